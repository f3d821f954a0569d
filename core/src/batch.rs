//! The outcome of validating several files at once, in one shape whatever their number: what
//! `territoire-sante validate --format json` prints (schema `docs/schema/batch.json`), each entry
//! being also one line of `--format jsonl`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::report::{Counts, Report};

/// The reports of the files validated together, in the order given, and their summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Batch {
    /// One entry per file, in the order given (a directory contributes its `*.json` files,
    /// sorted by name).
    pub reports: Vec<BatchEntry>,
    /// Totals over every file.
    pub summary: BatchSummary,
}

/// The report of one file: the file's name, then the report's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BatchEntry {
    /// The file as it was named (`-`: standard input).
    pub file: String,
    /// Its report.
    #[serde(flatten)]
    pub report: Report,
}

/// Totals of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct BatchSummary {
    /// Files validated.
    pub documents: usize,
    /// Files whose document is valid.
    pub valid: usize,
    /// Files whose document is not valid (unreadable files included).
    pub invalid: usize,
    /// Files whose document has elements « à compléter ».
    pub incomplete: usize,
    /// Findings per severity, over every file.
    pub counts: Counts,
}

impl Batch {
    /// Gathers `(file, report)` pairs, in their order, and counts them.
    pub fn new(reports: Vec<(String, Report)>) -> Batch {
        let mut summary = BatchSummary {
            documents: reports.len(),
            ..BatchSummary::default()
        };
        for (_, r) in &reports {
            if r.valid {
                summary.valid += 1;
            } else {
                summary.invalid += 1;
            }
            if !r.complete {
                summary.incomplete += 1;
            }
            summary.counts.fatal += r.counts.fatal;
            summary.counts.error += r.counts.error;
            summary.counts.warning += r.counts.warning;
            summary.counts.information += r.counts.information;
        }
        Batch {
            reports: reports
                .into_iter()
                .map(|(file, report)| BatchEntry { file, report })
                .collect(),
            summary,
        }
    }
}
