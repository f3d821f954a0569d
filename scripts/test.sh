#!/usr/bin/env bash
# Runs every test of the project: Rust (format, lints, unit, integration, doc tests), then the
# Python and WebAssembly suites when their fronts exist. Installs what it needs, once.
set -euo pipefail
cd "$(dirname "$0")/.."
# A one-off run gains nothing from incremental artefacts, which double the disk the build needs.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

echo "== Rust: format, lints, tests"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --all-features -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p territoire-sante --all-features --quiet
cargo test --workspace --all-features

for front in fuzz python wasm; do
  if [ -x "scripts/test-$front.sh" ]; then
    echo "== $front"
    "scripts/test-$front.sh"
  fi
done
echo "== all tests passed"
