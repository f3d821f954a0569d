//! JSON twins of the portfolio analyses.
