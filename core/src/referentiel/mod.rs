//! The référentiel: official geography and priority neighbourhoods, vintage-aware.
//!
//! (Placeholder: the embedded data and lookups are built in their own change.)

/// Reference data of one vintage.
#[derive(Debug, Clone, Default)]
pub struct Referentiel {
    /// Vintage label (`"COG 2026"`).
    pub vintage: String,
}

/// The référentiel used when the caller gives none (the embedded one, when compiled in).
pub fn default_shared() -> Option<std::sync::Arc<Referentiel>> {
    None
}
