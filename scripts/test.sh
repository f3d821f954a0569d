#!/usr/bin/env bash
# Runs every test of the project: Rust (format, lints, unit, integration, doc tests), the fuzz
# smoke runs, and the Python and WebAssembly suites when their fronts exist. Installs what it
# needs, once.
#
# The four stages run side by side, each in its own target directory, its output kept in
# target/test-logs/ and printed whole when it ends: each stage spends long single-threaded spells
# (the core crate's front end, links, pytest, node, a fuzzer) that leave a core idle when they
# run one after the other; on two cores this takes the run from about 40 to under 30 minutes.
# TS_TEST_SERIAL=1 runs them one after the other, their output printed as it comes.
set -euo pipefail
cd "$(dirname "$0")/.."
# A one-off run gains nothing from incremental artefacts, which double the disk the build needs.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

rust() {
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets --all-features -- -D warnings
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p territoire-sante --all-features --quiet
  cargo test --workspace --all-features
}

stages=(rust)
for front in fuzz python wasm; do
  [ -x "scripts/test-$front.sh" ] && stages+=("$front")
done

run_stage() {
  if [ "$1" = rust ]; then rust; else "scripts/test-$1.sh"; fi
}

if [ -n "${TS_TEST_SERIAL:-}" ]; then
  for s in "${stages[@]}"; do
    echo "== $s"
    run_stage "$s"
  done
  echo "== all tests passed"
  exit 0
fi

logs=target/test-logs
rm -rf "$logs"
mkdir -p "$logs"
start=$SECONDS
declare -A pids
for s in "${stages[@]}"; do
  (
    t0=$SECONDS
    # The stage stops at its first failing command (set -e inside its own subshell).
    set +e
    (
      set -e
      run_stage "$s"
    ) >"$logs/$s.log" 2>&1
    echo "$? $((SECONDS - t0))" >"$logs/$s.status"
  ) &
  pids[$s]=$!
  echo "== $s: started (log: $logs/$s.log)"
done

# A line a minute, so that a quiet log still shows the run is alive.
beat=$SECONDS
while :; do
  running=()
  for s in "${stages[@]}"; do
    [ -f "$logs/$s.status" ] || running+=("$s")
  done
  [ ${#running[@]} -eq 0 ] && break
  if [ $((SECONDS - beat)) -ge 60 ]; then
    echo "-- $((SECONDS - start)) s: running ${running[*]}"
    beat=$SECONDS
  fi
  sleep 5
done
for s in "${stages[@]}"; do wait "${pids[$s]}" || true; done

failed=()
for s in "${stages[@]}"; do
  read -r rc secs <"$logs/$s.status"
  echo
  echo "== $s: exit $rc after $secs s"
  cat "$logs/$s.log"
  [ "$rc" = 0 ] || failed+=("$s")
done
echo
for s in "${stages[@]}"; do
  read -r rc secs <"$logs/$s.status"
  printf '%-8s exit %s  %5d s\n' "$s" "$rc" "$secs"
done
echo "total    $((SECONDS - start)) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "== failed: ${failed[*]}"
  exit 1
fi
echo "== all tests passed"
