#!/usr/bin/env bash
# Short smoke runs of the fuzz targets (longer runs: see docs/performance.md). Needs the nightly
# toolchain that rustup provides here, and cargo-fuzz (installed once).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
if ! rustup toolchain list | grep -q nightly; then
  echo "no nightly toolchain: fuzz smoke run skipped"; exit 0
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --quiet
secs="${FUZZ_SECONDS:-20}"
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target" "seeds/$target"
  # -a: debug assertions, overflow checks included, so that a wrapping sum is a crash.
  # -s none: no AddressSanitizer: the crate forbids unsafe code, and without it the targets build
  # in less time and run faster (the runs at length in docs/performance.md use the default).
  cargo +nightly fuzz run -a -s none "$target" "corpus/$target" "seeds/$target" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 | tail -n 3
done
