//! Parse-only against parse + validate, on a typical CLS (about 9 KB) with its keys sorted
//! (`"type"` late) and with `"type"` first, on the 1.1 KB example, on the seed examples, and a
//! batch of 10,000 documents. Run with `cargo bench -p territoire-sante --bench validate`
//! (`-- cls_` for the three single documents only).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use territoire_sante::{Date, Document, Options, Validator};

#[path = "typical_cls.rs"]
mod typical_cls;
use typical_cls::{example_cls, typical_cls, typical_cls_type_first};

fn examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/examples");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn bench(c: &mut Criterion) {
    let validator = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Options::default()
    })
    .unwrap();
    let cls = typical_cls();
    for (group, text) in [
        ("cls_9kb_sorted", &cls),
        ("cls_9kb_type_first", &typical_cls_type_first()),
        ("cls_1kb_example", &example_cls()),
    ] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("parse_only", |b| {
            b.iter(|| serde_json::from_str::<Document>(text).unwrap())
        });
        g.bench_function("parse_and_validate", |b| {
            b.iter(|| validator.validate_str(text))
        });
        g.finish();
    }

    let mut g = c.benchmark_group("examples");
    for (name, text) in examples() {
        g.bench_function(format!("{name}/parse_only"), |b| {
            b.iter(|| serde_json::from_str::<Document>(&text).unwrap())
        });
        g.bench_function(format!("{name}/parse_and_validate"), |b| {
            b.iter(|| validator.validate_str(&text))
        });
    }
    g.finish();

    let batch: Vec<String> = (0..10_000)
        .map(|i| cls.replace("Château-Thierry\"", &format!("Château-Thierry {i}\"")))
        .collect();
    let mut g = c.benchmark_group("batch_10000");
    g.sample_size(10);
    g.throughput(Throughput::Elements(batch.len() as u64));
    g.bench_function("validate_many", |b| {
        b.iter_batched(
            || (),
            |_| validator.validate_many(&batch),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("validate_str_loop", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|t| validator.validate_str(t))
                .collect::<Vec<_>>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
