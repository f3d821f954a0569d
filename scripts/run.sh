#!/usr/bin/env bash
# The main job: validates the bundled real-world examples, in French, with the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --features cli
./target/release/territoire-sante validate docs/examples/*.json "$@" || status=$?
# Exit 1 only means "some document is invalid", which is the expected outcome on real data.
[ "${status:-0}" -le 1 ]
