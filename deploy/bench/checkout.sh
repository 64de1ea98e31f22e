#!/usr/bin/env bash
# Checkout end to end: orders/s placed and confirmed, POST latency and POST-to-CONFIRMED latency,
# by system-tests' CheckoutBench against the running platform. Run by `./platform bench checkout`
# (which starts the platform first). Bounded by ORDERS per pass; one pass per CONCURRENCY value.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ORDERS="${ORDERS:-600}"
CONCURRENCY="${CONCURRENCY:-4 16}"

for clients in $CONCURRENCY; do
  (cd "$ROOT" && mvn -B -pl system-tests -Pbench-checkout verify \
      -Dbench.orders="$ORDERS" -Dbench.concurrency="$clients" "$@") |
    grep -E '^(checkout benchmark|placed:|confirmed:|POST to CONFIRMED:)|ERROR|FAIL' || true
done
