#!/usr/bin/env bash
# The benchmarks of docs/performance.md, each from one command (they are not tests: times depend
# on the machine and its load, which every part prints).
#
#   scripts/bench.sh native      # criterion: parse-only against parse + validate (3 documents)
#   scripts/bench.sh portfolio   # national portfolio ×1, ×10 (and ×100 with TS_BENCH_X100=1):
#                                # time and peak memory, one process each
#   scripts/bench.sh python      # Python against jsonschema-rs, pydantic… (interleaved rounds);
#                                # BENCH_ARGS passes options (--quick, --rounds 5, --n 2000)
#   scripts/bench.sh wasm        # the WASM package in Node against ajv
#   scripts/bench.sh all         # all four, in that order
set -euo pipefail
cd "$(dirname "$0")/.."

load() { echo "-- $(uptime | sed 's/.*load average/load average/')"; }

native() {
    load
    cargo bench -p territoire-sante --bench validate -- --warm-up-time 1 --measurement-time 3 cls_
    load
}

portfolio() {
    cargo build --release --quiet -p territoire-sante --features generateur --example portfolio_memory
    local scales=(1 10)
    [ "${TS_BENCH_X100:-}" = 1 ] && scales+=(100)
    for s in "${scales[@]}"; do
        load
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f "×$s: %e s elapsed, %U s user, peak RSS %M KB" \
                target/release/examples/portfolio_memory "$s"
        else
            target/release/examples/portfolio_memory "$s"
        fi
    done
    load
}

python() {
    [ -x python/.venv/bin/python ] || scripts/test-python.sh
    # shellcheck disable=SC2086 # BENCH_ARGS is a list of options
    python/.venv/bin/python scripts/bench/compare_python.py ${BENCH_ARGS:-}
}

wasm() {
    [ -d wasm/pkg ] || scripts/build-wasm.sh
    (cd wasm/bench && npm install --no-audit --no-fund --silent && node compare_ajv.mjs)
}

case "${1:-}" in
    native) native ;;
    portfolio) portfolio ;;
    python) python ;;
    wasm) wasm ;;
    all) native; portfolio; python; wasm ;;
    *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
