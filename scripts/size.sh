#!/usr/bin/env bash
# Prints the size of what a control panel loads (the .wasm, the JS glue and the custom
# elements): raw, gzip -9 and brotli (quality 11, what servers send). With --check, fails when
# the gzip total is over the budget. The size rules and their measured costs: README "Size rules".
set -euo pipefail
cd "$(dirname "$0")/.."
# The budget the test command enforces: issue 8's gate, 100 KB gzip (wasm + glue + elements).
# Measured 2026-11-26 with every feature in: 102,111 B. README "Size rules" lists what each
# rule saves; a feature that would cross the line pays for itself first.
BUDGET=${SIZE_BUDGET_BYTES:-102400}
files=(manetti_privacy_bg.wasm manetti_privacy.js manetti-privacy-elements.js)
brotli_size() {
  node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
    console.log(z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11,
      [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length)' "$1"
}
total=0
total_br=0
for file in "${files[@]}"; do
  path="www/pkg/$file"
  raw=$(wc -c < "$path")
  gz=$(gzip -9 -c "$path" | wc -c)
  br=$(brotli_size "$path")
  total=$((total + gz))
  total_br=$((total_br + br))
  printf 'size: %s %d bytes raw, %d bytes gzip, %d bytes brotli\n' "$file" "$raw" "$gz" "$br"
done
printf 'size: total %d bytes gzip (%.1f KB), %d bytes brotli (%.1f KB); budget %d bytes gzip\n' \
  "$total" "$(awk "BEGIN{print $total/1024}")" "$total_br" "$(awk "BEGIN{print $total_br/1024}")" "$BUDGET"
if [ "${1:-}" = "--check" ] && [ "$total" -gt "$BUDGET" ]; then
  echo "size: over budget by $((total - BUDGET)) bytes gzip" >&2
  exit 1
fi
