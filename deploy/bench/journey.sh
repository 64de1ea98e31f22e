#!/usr/bin/env bash
# The seed's load test through the gateway: 50 signed-up customers (closed model) on the journey
# list → detail → add to cart → cart → 80% place order → order status, 1–2 s think time; ramp 1 min,
# hold 3 min, ramp down 1 min (USERS, RAMP, HOLD in seconds scale it). Fails when more than 0.1%
# of requests fail or an invariant breaks. Run by `./platform bench journey`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/gatling.sh
source "$ROOT/deploy/bench/lib/gatling.sh"

echo "journey benchmark: ${USERS:-50} customers, ramp ${RAMP:-60}s, hold ${HOLD:-180}s, ramp down ${RAMP:-60}s"
run_simulation JourneySimulation -Dbench.users="${USERS:-50}" -Dbench.ramp="${RAMP:-60}" -Dbench.hold="${HOLD:-180}"
echo "journey: goal failures ≤ 0.1%, p95 ≤ 15 ms, p99 ≤ 30 ms; measured $KO of $REQUESTS failed, p95 $P95 ms, p99 $P99 ms"
