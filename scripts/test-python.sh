#!/usr/bin/env bash
# Python front: builds the abi3 wheel with maturin into a virtualenv (python/.venv), installs it,
# then runs pytest, mypy (strict, and stubtest against the compiled module) and the notebooks
# with nbclient. Installs what is missing, once; later runs only rebuild what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
venv="$root/python/.venv"
py="$venv/bin/python"

if [ ! -x "$py" ]; then
  echo "-- creating $venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    # Debian ships venv separately.
    rm -rf "$venv"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    python3 -m venv "$venv"
  fi
fi

# Distributions the build and the tests need; only the missing ones are installed.
# pyarrow, polars and tqdm are optional for users; installed here so that their tests run.
needed="maturin pytest pandas matplotlib nbclient nbformat ipykernel mypy jsonschema pyarrow polars tqdm openpyxl"
missing=$("$py" - $needed <<'PY'
import sys
from importlib import metadata
out = []
for name in sys.argv[1:]:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        out.append(name)
print(" ".join(out))
PY
)
if [ -n "$missing" ]; then
  echo "-- installing: $missing"
  "$py" -m pip install --quiet --disable-pip-version-check $missing
fi

# Property-test dependencies (pinned; see the file).
if ! "$py" -c "import hypothesis_jsonschema" 2>/dev/null; then
  echo "-- installing python/requirements-test-extra.txt"
  "$py" -m pip install --quiet --disable-pip-version-check -r "$root/python/requirements-test-extra.txt"
fi

echo "-- building the wheel (release)"
wheels="$root/target/wheels"
rm -f "$wheels"/territoire_sante-*.whl
# Its own target directory, so that it can build while scripts/test.sh's other stages build theirs.
( cd python && CARGO_TARGET_DIR="$root/target/python" "$venv/bin/maturin" build --release --quiet \
  --interpreter "$py" --out "$wheels" )
wheel=$(ls "$wheels"/territoire_sante-*.whl)
"$py" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
echo "-- installed $(basename "$wheel")"

cd python
echo "-- mypy (strict) and stubtest"
"$py" -m mypy --strict --no-incremental -p territoire_sante
"$py" -m mypy.stubtest territoire_sante

echo "-- notebooks"
"$py" tools/run_notebooks.py "$root"/docs/notebooks/*.ipynb

echo "-- pytest"
# The property test draws 1,000 schema-generated documents (about a minute and a half here; see
# docs/performance.md); TS_HYPOTHESIS_EXAMPLES=100 for a quicker run.
TS_HYPOTHESIS_EXAMPLES="${TS_HYPOTHESIS_EXAMPLES:-1000}" "$py" -m pytest -p no:cacheprovider tests
