#!/usr/bin/env bash
# Journey capacity, open model: new journeys arrive at a rate stepped up by STEP per second from
# START (one run of DURATION seconds per step, at most STEPS steps) until p99 passes 100 ms or more
# than 0.1% of requests fail; prints the highest request rate that met both.
# Run by `./platform bench capacity`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/gatling.sh
source "$ROOT/deploy/bench/lib/gatling.sh"
START="${START:-40}"
STEP="${STEP:-40}"
STEPS="${STEPS:-6}"
DURATION="${DURATION:-60}"

echo "capacity benchmark: journeys arriving at $START, $((START + STEP)), … per second (≤ $STEPS steps, ${DURATION}s each)"
best="none"
for ((i = 0; i < STEPS; i++)); do
  arrivals=$((START + i * STEP))
  echo "== $arrivals journeys/s"
  run_simulation CapacitySimulation -Dbench.arrivals="$arrivals" -Dbench.duration="$DURATION" || true
  (( REQUESTS > 0 )) || break
  p99="$P99"; rate="$RPS"
  ko="$(awk -v k="$KO" -v n="$REQUESTS" 'BEGIN { printf "%.3f", 100 * k / n }')"
  if awk -v p="$p99" -v k="$ko" 'BEGIN { exit !(p <= 100 && k <= 0.1) }'; then
    best="$(printf '%.0f req/s (%d journeys/s, p99 %d ms, %.2f%% KO)' "$rate" "$arrivals" "$p99" "$ko")"
  else
    printf 'capacity: stopped at %d journeys/s: p99 %d ms, %.2f%% KO\n' "$arrivals" "$p99" "$ko"
    break
  fi
done
echo "capacity: highest rate within p99 ≤ 100 ms and ≤ 0.1% KO: $best (goal ≥ 1,000 req/s)"
