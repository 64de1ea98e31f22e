#!/usr/bin/env bash
# Checkout through the gateway, open model: one pass per offered rate in RATES (orders/s, each for
# DURATION seconds); prints orders/s confirmed and placement → CONFIRMED latency per pass and checks
# the invariants after each. Run by `./platform bench checkout`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/gatling.sh
source "$ROOT/deploy/bench/lib/gatling.sh"
RATES="${RATES:-50 100 150}"
DURATION="${DURATION:-60}"

echo "checkout benchmark: offered ${RATES// /, } orders/s, ${DURATION}s each"
for rate in $RATES; do
  echo "== $rate orders/s offered"
  run_simulation CheckoutSimulation -Dbench.rate="$rate" -Dbench.duration="$DURATION"
done
