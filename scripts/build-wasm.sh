#!/usr/bin/env bash
# Builds the npm package `territoire-sante` (wasm/): compiles the crate territoire-sante-wasm for
# wasm32-unknown-unknown, binds it (one ES-module glue for browsers, bundlers and Node.js), shrinks it with
# `wasm-opt -Oz` and prints the sizes. Installs what it lacks, once (see docs in wasm/README.md).
#
# Toolchain: rustup's wasm32 target when installed; otherwise Debian's rustc-web, which builds the
# standard library from source (`-Zbuild-std`), because the rustup target cannot be downloaded
# everywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
TARGET_BASE="$ROOT/target/wasm"
PROFILE=wasm-release
PKG="$ROOT/wasm/pkg"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Installs the Debian packages not yet installed; `apt-get update` runs once per run of the test
# scripts (TS_APT_UPDATED is shared with scripts/test-wasm.sh).
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "${TS_APT_UPDATED:-}" ]; then
    $SUDO apt-get update -qq
    export TS_APT_UPDATED=1
  fi
  echo "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm dev tools (wasm-opt from the `binaryen` package, TypeScript, playwright-core), pinned by
# wasm/package-lock.json; reinstalled only when the lock file changed.
npm_tools() {
  local stamp="$ROOT/wasm/node_modules/.ts-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$ROOT/wasm/package-lock.json"; then
    (cd "$ROOT/wasm" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/wasm/package-lock.json" "$stamp"
  fi
}

# --- wasm-bindgen CLI: must be the exact version of the crate in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  echo "wasm-bindgen absent de Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  echo "== installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  # No --locked: the CLI's own lock file may name versions a registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --quiet
fi

npm_tools

# --- compile, bind and optimise: the main module, and two more that the wrapper loads on first
# use so that the main module keeps its size budget: the same with the analyses (couverture,
# articulation, opportunité), the QPV contours and the coverage maps (feature `analyses`: with the
# core's `cartes`, the `geo` crate and the drawing; pkg/analyses/, wasm/js/api.mjs), and the same
# with the spreadsheet reader (feature `tableur`: calamine, encoding_rs, csv, toml; pkg/tableur/,
# wasm/tableur.mjs).
WASM_OPT="$ROOT/wasm/node_modules/.bin/wasm-opt"
# Features rustc enables by default for wasm32 (and that every current browser and Node 20 have).
OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-multivalue --enable-reference-types)
# Size: the standard library is rebuilt with its small-code algorithms (`optimize_for_size`:
# sorting alone was ~60 KB of the module) and panics abort at once, without formatting a message
# nobody reads (a panic in the module is a trap either way; the library does not panic). These
# are unstable options, hence RUSTC_BOOTSTRAP; they need the standard library's sources.
SIZE_FLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
BUILD_STD=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
# The Node.js module (pkg/node/): the same code built for speed (profile wasm-speed, opt-level 3),
# the standard library without its small-code algorithms.
SPEED_FLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
BUILD_STD_SPEED=(-Zbuild-std=std,panic_abort)
bg=territoire_sante_wasm_bg.wasm
rm -rf "$PKG/node" "$PKG/web" "$PKG/cartes" "$PKG/analyses" "$PKG/tableur"

# The toolchain, chosen (and installed) once, before the builds run side by side.
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  if rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    CARGO=(env RUSTC_BOOTSTRAP=1 RUSTFLAGS="$SIZE_FLAGS" cargo build "${BUILD_STD[@]}")
    CARGO_SPEED=(env RUSTC_BOOTSTRAP=1 RUSTFLAGS="$SPEED_FLAGS" cargo build "${BUILD_STD_SPEED[@]}")
  else
    echo "(no rust-src component: the modules are larger than with the standard library rebuilt)"
    CARGO=(cargo build)
    CARGO_SPEED=(cargo build)
  fi
else
  # rust-web-llvm holds the rust-lld link to lld-22 (only recommended by rustc-web).
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  # RUSTC: without it Debian's cargo would pick rustup's rustc from PATH, which has no std
  # sources. RUSTC_BOOTSTRAP: -Zbuild-std is unstable.
  CARGO=(env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$SIZE_FLAGS" /usr/bin/cargo build
    "${BUILD_STD[@]}")
  CARGO_SPEED=(env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$SPEED_FLAGS" /usr/bin/cargo build
    "${BUILD_STD_SPEED[@]}")
fi

# Compiles, binds and shrinks the modules of one lane, one after the other, in the lane's own
# target directory: $1 the directory's name under target/wasm/, then pairs of output folder
# under pkg/ and cargo features (may be empty).
build_lane() {
  local target="$TARGET_BASE/$1" out feats
  shift
  while [ $# -gt 0 ]; do
    out="$PKG/$1" feats=()
    [ -n "$2" ] && feats=(--features "$2")
    echo "== cargo build (wasm32-unknown-unknown, profile $PROFILE${2:+, features $2})"
    "${CARGO[@]}" --profile "$PROFILE" --target wasm32-unknown-unknown -p territoire-sante-wasm \
      "${feats[@]}" --target-dir "$target" --locked
    # One binding, the browsers' (ES module): node.mjs instantiates the same glue synchronously
    # from the same file, so that the package ships the .wasm once.
    wasm-bindgen --target web --no-typescript --out-dir "$out" \
      "$target/wasm32-unknown-unknown/$PROFILE/territoire_sante_wasm.wasm"
    # One pass of -Oz: running the passes again until they gain nothing (`--converge`) saved the
    # main module 399 bytes gzipped on 2026-12-07 (362,663 → 362,264 by Node's zlib, 37 KB under
    # its budget once the analyses left it) for 40 s of build: not worth it any more.
    echo "== wasm-opt -Oz ($1)"
    "$WASM_OPT" -Oz --strip-debug --strip-producers "${OPT_FEATURES[@]}" "$out/$bg" -o "$out/$bg.opt"
    mv "$out/$bg.opt" "$out/$bg"
    shift 2
  done
}

# The Node.js module: the main module's code built for speed and shrunk with `wasm-opt -O3`, in
# pkg/node/ (a server does not download it; the rules run several times faster than in the
# size-first build, see docs/performance.md). node.mjs instantiates the browsers' glue with it, so
# the two bindings must be the same byte for byte: checked here, then only the module is kept.
build_speed() {
  local target="$TARGET_BASE/main" out="$PKG/node"
  echo "== cargo build (wasm32-unknown-unknown, profile wasm-speed)"
  "${CARGO_SPEED[@]}" --profile wasm-speed --target wasm32-unknown-unknown -p territoire-sante-wasm \
    --target-dir "$target" --locked
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$target/wasm32-unknown-unknown/wasm-speed/territoire_sante_wasm.wasm"
  if ! cmp -s "$out/territoire_sante_wasm.js" "$PKG/web/territoire_sante_wasm.js"; then
    echo "pkg/node/ : la liaison diffère de celle de pkg/web/ (node.mjs les suppose identiques)" >&2
    return 1
  fi
  rm "$out/territoire_sante_wasm.js"
  echo "== wasm-opt -O3 (node)"
  "$WASM_OPT" -O3 --strip-debug --strip-producers "${OPT_FEATURES[@]}" "$out/$bg" -o "$out/$bg.opt"
  mv "$out/$bg.opt" "$out/$bg"
}

# The builds are mostly one core each (profile wasm-release: LTO, one codegen unit), so they run
# side by side in two lanes, each with its own target directory (cargo locks a target directory
# for the length of a build): the main module in one, the analyses' then the reader's in the
# other (they share its compiled standard library and dependencies); one lane's wasm-opt runs
# while the other compiles. A lane's output is shown when it ends; a failing lane fails the script.
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
{ build_lane main web "" && build_speed; } >"$LOGS/main" 2>&1 &
main_pid=$!
build_lane lazy analyses analyses tableur tableur >"$LOGS/lazy" 2>&1 &
lazy_pid=$!
failed=0
for lane in main lazy; do
  pid_var="${lane}_pid"
  if wait "${!pid_var}"; then
    cat "$LOGS/$lane"
  else
    echo "== échec de la construction ($lane) :" >&2
    cat "$LOGS/$lane" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
UNOPT_WEB=$(wc -c <"$TARGET_BASE/main/wasm32-unknown-unknown/$PROFILE/territoire_sante_wasm.wasm" | tr -d ' ')

# --- the licence texts of the repository's root, shipped in the npm package (ignored by git there)
cp "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$ROOT/wasm/"

# --- the référentiel, a separate asset that loadReferentiel() reads (Node) or fetches (browser)
cp "$ROOT/core/data/referentiel.tsv" "$PKG/referentiel.tsv"
# --- the rules' documentation (descriptions, limits, sources' notes; generated and checked by the
# core's tests), a separate asset that rules()/explain() add once loaded: the module is built
# without it (feature `documentation-regles` off), about 30 KB gzipped less.
cp "$ROOT/docs/rules/documentation.json" "$PKG/documentation.json"
# --- the JSON Schemas of docs/schema/ (generated and checked by the core's tests), as a module:
# the schema generator is not compiled into the module.
node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1], out = {};
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  out[f.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
}
// A module (not a .json file): imported the same way by Node.js, browsers and bundlers.
fs.writeFileSync(process.argv[2], "// Generated from docs/schema/ by scripts/build-wasm.sh.\n" +
  "export default JSON.parse(" + JSON.stringify(JSON.stringify(out)) + ");\n");
' "$ROOT/docs/schema" "$PKG/schemas.mjs"

# --- sizes
size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
ref_raw=$(size "$PKG/referentiel.tsv")
ref_gz=$(gz "$PKG/referentiel.tsv")
web_raw=$(size "$PKG/web/$bg")
web_gz=$(gz "$PKG/web/$bg")
ana_raw=$(size "$PKG/analyses/$bg")
ana_gz=$(gz "$PKG/analyses/$bg")
tab_raw=$(size "$PKG/tableur/$bg")
tab_gz=$(gz "$PKG/tableur/$bg")
printf '{"wasm_bytes": %s, "wasm_gzip_bytes": %s, "unoptimised_bytes": %s, "referentiel_bytes": %s, "referentiel_gzip_bytes": %s, "analyses_wasm_bytes": %s, "analyses_wasm_gzip_bytes": %s, "tableur_wasm_bytes": %s, "tableur_wasm_gzip_bytes": %s}\n' \
  "$web_raw" "$web_gz" "$UNOPT_WEB" "$ref_raw" "$ref_gz" "$ana_raw" "$ana_gz" "$tab_raw" "$tab_gz" >"$PKG/sizes.json"
echo "== territoire_sante_wasm_bg.wasm (sans référentiel) : $web_raw octets, $web_gz octets gzip -9" \
  "(avant wasm-opt : $UNOPT_WEB octets)"
echo "== analyses/territoire_sante_wasm_bg.wasm (avec les analyses, les contours et les cartes) : $ana_raw octets, $ana_gz octets gzip -9"
echo "== tableur/territoire_sante_wasm_bg.wasm (avec le lecteur de tableurs) : $tab_raw octets, $tab_gz octets gzip -9"
echo "== node/territoire_sante_wasm_bg.wasm (Node.js, construit pour la vitesse) : $(size "$PKG/node/$bg") octets"
echo "== referentiel.tsv : $ref_raw octets, $ref_gz octets gzip -9"
echo "== documentation.json : $(size "$PKG/documentation.json") octets, $(gz "$PKG/documentation.json") octets gzip -9"
echo "== schemas.mjs : $(size "$PKG/schemas.mjs") octets, $(gz "$PKG/schemas.mjs") octets gzip -9"
