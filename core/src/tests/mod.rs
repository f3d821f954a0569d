//! Tests of the crate's internals (the decoder, the pointer module) on the shared vectors and
//! examples; the integration tests in `core/tests/` see only the public API.

// The integration tests' helpers, shared rather than copied.
#[path = "../../tests/support/mod.rs"]
mod support;

mod located;
