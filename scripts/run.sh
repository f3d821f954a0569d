#!/usr/bin/env bash
# The main job: validates the bundled real-world examples (docs/examples), in French, then runs
# the analyses on them: opportunity of the Vitry-sur-Seine process, coverage of Château-Thierry.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --features cli
bin=./target/release/territoire-sante
status=0
"$bin" validate docs/examples/*.json "$@" || status=$?
# Exit 1 only means "some document is invalid", the expected outcome on real documents.
[ "$status" -le 1 ] || exit "$status"
echo "== Opportunité de la démarche de Vitry-sur-Seine (seed 000)"
"$bin" opportunite docs/examples/vitry-demarche-ufs.json
echo "== Couverture de Château-Thierry au 30 juin 2016"
"$bin" couverture --territoire communes:02168 --as-of 2016-06-30 docs/examples/chateau-thierry-portefeuille.json
