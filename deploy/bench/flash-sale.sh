#!/usr/bin/env bash
# Flash sale through the gateway: one product with UNITS units (10,000), BUYERS customers ordering
# one each at RATE orders/s until 10% more than the units were offered; fails unless every unit is
# sold exactly once (confirmed = sold = units, 0 oversold) and the invariants hold.
# Run by `./platform bench flash-sale`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/gatling.sh
source "$ROOT/deploy/bench/lib/gatling.sh"

echo "flash-sale benchmark: ${UNITS:-10000} units, ${BUYERS:-200} buyers, ${RATE:-100} orders/s offered"
run_simulation FlashSaleSimulation -Dbench.units="${UNITS:-10000}" -Dbench.buyers="${BUYERS:-200}" -Dbench.rate="${RATE:-100}"
