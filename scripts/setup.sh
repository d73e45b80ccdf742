#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (idempotent), then builds
# the release wasm package into www/pkg and the static policy pages into www/.
#
#   scripts/setup.sh               install, then build
#   scripts/setup.sh --tools-only  install only (the fast test tier needs no package)
#
# Needs: rustup with a stable toolchain, Node.js >= 20.19 with npm, apt (Debian).
set -euo pipefail
tools_only=false
[ "${1:-}" = "--tools-only" ] && tools_only=true
cd "$(dirname "$0")/.."
WASM_BINDGEN_VERSION=0.2.129   # must equal the wasm-bindgen pin in Cargo.toml
WASM_PACK_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n== %s\n' "$*"; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Node.js 20.19 is the oldest the package and its tools support (require(esm) without a flag,
# which vite 7 and the e2e tools rely on).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number);
  process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null; then
  echo "setup: Node.js >= 20.19 is needed; found $(node --version 2>/dev/null || echo none)" >&2
  exit 1
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm is built with a pinned nightly that compiles std itself (build-std), so that
# std is optimised for size with the crate and panics become a bare trap. Measured gains and the
# reasons: ARCHITECTURE.md "Size rules". Everything else (tests, clippy, the server entry) uses
# the stable toolchain.
RELEASE_TOOLCHAIN=nightly-2026-05-19
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -q '^rust-src'; then
  say "installing $RELEASE_TOOLCHAIN with rust-src (the release build compiles std from source)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src
fi
# wasm-pack refuses to build unless the sysroot has a wasm32 std, and tries `rustup target add`,
# which this nightly does not offer. build-std never reads that directory: an empty one passes
# the check.
mkdir -p "$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib"

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes several minutes the first time)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi

if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

say "installing npm tools (binaryen's wasm-opt, playwright-core, axe-core)"
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)

if $tools_only; then
  exit 0
fi

# wasm-pack takes the first wasm-opt on PATH: it must be npm's binaryen, never Debian's.
export PATH="$PWD/e2e/node_modules/.bin:$PATH"

say "building the release wasm package into www/pkg"
# -Zcross-crate-inline-threshold=always: every function, std's too, can be inlined into
# another crate before LLVM, as it could inside one crate (ARCHITECTURE.md "Size ledger").
RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Zcross-crate-inline-threshold=always"
# -Cpanic=immediate-abort: a panic is a bare `unreachable` trap, with no panic machinery or
# message formatting (the module never panics by design; tests/hostile_input.rs). Location
# details and Debug formatting are dropped for the same reason. Its own target dir, so that the
# stable builds (tests, the server entry) are not rebuilt each time.
RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" CARGO_TARGET_DIR=target/release-nightly \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  RUSTFLAGS="$RELEASE_RUSTFLAGS" wasm-pack build --release --target web --out-dir www/pkg
# One shared, idempotent init(); exports before init() throw a clear Error (js/patch-glue.mjs).
node js/patch-glue.mjs www/pkg/manetti_privacy.js
# Short import names in the wasm and the glue alike (wasm-bindgen's carry 16 random hex
# digits each): 2.8 KB gzip (js/shorten-imports.mjs).
node js/shorten-imports.mjs www/pkg/manetti_privacy_bg.wasm www/pkg/manetti_privacy.js
# The server entry (kit): the same crate with the `server` feature (changesText,
# renderPolicyHtml, renderBannerHtml), shipped as manetti-privacy/server for Node.
wasm-pack build --release --target web --no-pack --out-dir www/pkg/server -- --features server
rm -f www/pkg/server/.gitignore www/pkg/server/README.md
# The custom elements ship in the package, beside the wasm-pack output.
cp js/manetti-privacy-elements.js js/manetti-privacy-elements.d.ts www/pkg/
cp js/manetti-privacy-jsx.d.ts www/pkg/   # JSX IntrinsicElements (kit)
node -e '
  const fs = require("fs"), path = "www/pkg/package.json", pkg = JSON.parse(fs.readFileSync(path));
  const extra = "manetti-privacy-elements.js", types = "manetti-privacy-elements.d.ts";
  pkg.files = [...new Set([...(pkg.files ?? []), extra, types])];
  pkg.files.push("manetti-privacy-jsx.d.ts", "server/manetti_privacy.js", "server/manetti_privacy.d.ts", "server/manetti_privacy_bg.wasm");
  pkg.exports = {
    ".": { types: "./manetti_privacy.d.ts", default: "./manetti_privacy.js" },
    "./elements": { types: "./" + types, default: "./" + extra },
    "./manetti_privacy_bg.wasm": "./manetti_privacy_bg.wasm", // for Node: init({ module_or_path: bytes })
    "./server": { types: "./server/manetti_privacy.d.ts", default: "./server/manetti_privacy.js" },
    "./server/manetti_privacy_bg.wasm": "./server/manetti_privacy_bg.wasm",
    "./jsx": { types: "./manetti-privacy-jsx.d.ts" },
  };
  pkg.sideEffects = ["./" + extra, "./snippets/*"];
  fs.writeFileSync(path, JSON.stringify(pkg, null, 2) + "\n");
  // wasm-pack writes a .gitignore of "*": a panel that vendors the package could not git add it.
  for (const dir of ["www/pkg", "www/pkg/server"]) fs.rmSync(dir + "/.gitignore", { force: true });'

say "minifying the shipped JS with terser (readable copies in target/pkg-readable/, not shipped)"
# The glue and the custom elements are ES modules: --module keeps every export name and
# import.meta.url, and lets terser rename top-level bindings. 2 compress passes, no unsafe
# transforms. Saves 2.7 KB gzip (glue 6,315 -> 4,237 B, elements 1,654 -> 1,028 B).
mkdir -p target/pkg-readable
for js in manetti_privacy.js manetti-privacy-elements.js; do
  cp "www/pkg/$js" "target/pkg-readable/$js"
  terser "target/pkg-readable/$js" --module --ecma 2020 --compress passes=2 --mangle \
    --output "www/pkg/$js"
done

say "writing the static policy pages into www/"
cargo run --quiet --release --bin static-pages -- www

bash scripts/size.sh
