//! Portfolio-level analyses: coverage, articulation, opportunity assessment.
