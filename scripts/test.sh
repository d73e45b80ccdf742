#!/usr/bin/env bash
# Sets everything up, then runs every test: native, wasm in headless Chromium, end to end.
#
#   scripts/test.sh          everything (what CI runs)
#   scripts/test.sh --fast   formatting, lints and the native tests of every crate, without
#                            building the release package (under 2 minutes on a warm machine)
set -euo pipefail
cd "$(dirname "$0")/.."
fast=false
case "${1:-}" in
  --fast) fast=true ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--fast]" >&2; exit 2 ;;
esac
export PATH="$HOME/.cargo/bin:$PWD/e2e/node_modules/.bin:$PATH"
if $fast; then
  bash scripts/setup.sh --tools-only
else
  bash scripts/setup.sh
fi

printf '\n== formatting and lints (cargo fmt --check, clippy native and wasm)\n'
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown --features server -- -D warnings

printf '\n== native tests (cargo test, every crate)\n'
cargo test --quiet --workspace

if $fast; then
  printf '\n== fast tier done: the release package, the browser and end-to-end tests were not run\n'
  exit 0
fi

printf '\n== size budget\n'
bash scripts/size.sh --check

printf '\n== DOM tests in headless Chromium (wasm-pack test)\n'
wasm-pack test --headless --chrome -- --test dom

printf '\n== end-to-end tests in Chromium (playwright-core, release package)\n'
(cd e2e && npm test)

printf '\n== types: tsc --strict on a typed example of the package (e2e/types)\n'
(cd e2e && tsc -p types)
