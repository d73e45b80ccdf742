#!/usr/bin/env bash
# Sets everything up, then runs every test: native, wasm in headless Chromium, end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"

printf '\n== formatting and lints (cargo fmt --check, clippy native and wasm)\n'
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings

printf '\n== size budget\n'
bash scripts/size.sh --check

printf '\n== native tests (cargo test)\n'
cargo test --quiet

printf '\n== DOM tests in headless Chromium (wasm-pack test)\n'
wasm-pack test --headless --chrome -- --test dom

printf '\n== end-to-end tests in Chromium (playwright-core, release package)\n'
(cd e2e && npm test)

printf '\n== types: tsc --strict on a typed example of the package (e2e/types)\n'
(cd e2e && tsc -p types)

printf '\n== lints of the server entry (cargo feature server)\n'
cargo clippy --quiet --lib --target wasm32-unknown-unknown --features server -- -D warnings
