#!/usr/bin/env bash
# Catalog read throughput and latency on this machine: product detail and a listing page, through
# the gateway and straight to product-service, after one warm-up request fills the Redis cache.
# Run by `./platform bench catalog` (which starts the platform first). Bounded: DURATION per target.
set -euo pipefail
GATEWAY="${GATEWAY:-http://127.0.0.1:8080}"
SERVICE="${SERVICE:-http://127.0.0.1:8081}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# Any ACTIVE product of the demo catalog.
product_id="$(curl -fsS "$GATEWAY/api/v1/products?size=1" | sed -n 's/.*"id":"\([0-9A-Z]*\)".*/\1/p' | head -n 1)"
[[ -n "$product_id" ]] || { echo "no product found: is the demo catalog loaded (ECOMMERCE_DEMO=true)?" >&2; exit 1; }

run() {
  local label="$1" url="$2"
  curl -fsS -o /dev/null "$url"   # warm the cache
  printf '\n## %s\n%s\n' "$label" "$url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" |
    grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency '
}

echo "catalog benchmark: $THREADS threads, $CONNECTIONS connections, $DURATION per target"
run "product detail via gateway" "$GATEWAY/api/v1/products/$product_id"
run "list page (20) via gateway" "$GATEWAY/api/v1/products?page=0&size=20"
run "product detail direct" "$SERVICE/api/v1/products/$product_id"
run "list page (20) direct" "$SERVICE/api/v1/products?page=0&size=20"
