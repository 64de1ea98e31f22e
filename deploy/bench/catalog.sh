#!/usr/bin/env bash
# Catalog read throughput and latency on this machine: product detail and a listing page served by
# product-service from its Redis cache (one warm-up request fills it). Measured straight at the
# service: through the gateway one client address is limited to 10 requests/s by design, which a
# load generator on one machine would only measure as 429s.
# Run by `./platform bench catalog` (which starts the platform first). Bounded: DURATION per target.
set -euo pipefail
SERVICE="${SERVICE:-http://127.0.0.1:8081}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# Any ACTIVE product of the demo catalog.
product_id="$(curl -fsS "$SERVICE/api/v1/products?size=1" | sed -n 's/.*"id":"\([0-9A-Z]*\)".*/\1/p' | head -n 1)"
[[ -n "$product_id" ]] || { echo "no product found: is the demo catalog loaded (ECOMMERCE_DEMO=true)?" >&2; exit 1; }

run() {
  local label="$1" url="$2"
  curl -fsS -o /dev/null "$url"   # warm the cache
  printf '\n## %s\n%s\n' "$label" "$url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" |
    grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|Latency '
}

echo "catalog benchmark: $THREADS threads, $CONNECTIONS connections, $DURATION per target"
run "product detail (cached)" "$SERVICE/api/v1/products/$product_id"
run "list page of 20 (cached)" "$SERVICE/api/v1/products?page=0&size=20"
run "keyword search, 20 per page (cached page)" "$SERVICE/api/v1/products?keyword=laptop&size=20"
