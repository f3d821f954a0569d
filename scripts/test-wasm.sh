#!/usr/bin/env bash
# Builds the npm package `territoire-sante` (scripts/build-wasm.sh) and runs its tests with
# `node --test`: the shared vectors against the Rust golden reports, the API, the errors, a batch
# of 10,000 documents, the TypeScript declarations (tsc --noEmit) and the demo page in headless
# Chromium. Installs what it lacks (Debian's chromium, npm dev tools), once.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  $SUDO apt-get update -qq
  export TS_APT_UPDATED=1
  echo "apt-get install chromium"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

scripts/build-wasm.sh

cd wasm
node --test tests/
