#!/usr/bin/env bash
# Prints the gzipped size of what a control panel loads (the .wasm, the JS glue and the
# custom elements); with --check, fails when the total is over the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
# The budget CI enforces: 110 KB. Work towards 90 KB.
BUDGET=${SIZE_BUDGET_BYTES:-112640}
wasm=$(gzip -9 -c www/pkg/manetti_privacy_bg.wasm | wc -c)
glue=$(gzip -9 -c www/pkg/manetti_privacy.js | wc -c)
elements=$(gzip -9 -c www/pkg/manetti-privacy-elements.js | wc -c)
total=$((wasm + glue + elements))
printf 'size: manetti_privacy_bg.wasm %d bytes raw, %d bytes gzip\n' "$(wc -c < www/pkg/manetti_privacy_bg.wasm)" "$wasm"
printf 'size: manetti_privacy.js %d bytes raw, %d bytes gzip\n' "$(wc -c < www/pkg/manetti_privacy.js)" "$glue"
printf 'size: manetti-privacy-elements.js %d bytes raw, %d bytes gzip\n' "$(wc -c < www/pkg/manetti-privacy-elements.js)" "$elements"
printf 'size: total %d bytes gzip (%.1f KB), budget %d bytes\n' "$total" "$(awk "BEGIN{print $total/1024}")" "$BUDGET"
if [ "${1:-}" = "--check" ] && [ "$total" -gt "$BUDGET" ]; then
  echo "size: over budget" >&2
  exit 1
fi
