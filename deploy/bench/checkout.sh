#!/usr/bin/env bash
# Checkout end to end: orders/s placed and confirmed, POST latency and POST-to-CONFIRMED latency,
# by system-tests' CheckoutBench against the running platform. Run by `./platform bench checkout`
# (which starts the platform first). One pass per offered rate (open loop, orders/s), then one
# closed-loop pass with CONCURRENCY clients for the ceiling. Bounded by ORDERS per pass.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ORDERS="${ORDERS:-600}"
RATES="${RATES:-10 20 30}"
CONCURRENCY="${CONCURRENCY:-16}"

pass() {
  (cd "$ROOT" && mvn -B -pl system-tests -Pbench-checkout verify -Dbench.orders="$ORDERS" "$@") |
    grep -E '^(checkout benchmark|placed:|confirmed:|POST to CONFIRMED:)|ERROR|FAIL' || true
}

for rate in $RATES; do pass -Dbench.rate="$rate"; done
pass -Dbench.rate=0 -Dbench.concurrency="$CONCURRENCY"
