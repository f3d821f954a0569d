//! JSON twins of the référentiel lookups.
