#!/usr/bin/env bash
# Prints the gzipped size of what a control panel loads (the .wasm and the JS glue) and
# with --check, fails when it is over the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${SIZE_BUDGET_BYTES:-112640}   # 110 KB
wasm=$(gzip -9 -c www/pkg/manetti_privacy_bg.wasm | wc -c)
glue=$(gzip -9 -c www/pkg/manetti_privacy.js | wc -c)
total=$((wasm + glue))
printf 'size: manetti_privacy_bg.wasm %d bytes raw, %d bytes gzip\n' "$(wc -c < www/pkg/manetti_privacy_bg.wasm)" "$wasm"
printf 'size: manetti_privacy.js %d bytes raw, %d bytes gzip\n' "$(wc -c < www/pkg/manetti_privacy.js)" "$glue"
printf 'size: total %d bytes gzip (%.1f KB), budget %d bytes\n' "$total" "$(awk "BEGIN{print $total/1024}")" "$BUDGET"
if [ "${1:-}" = "--check" ] && [ "$total" -gt "$BUDGET" ]; then
  echo "size: over budget" >&2
  exit 1
fi
