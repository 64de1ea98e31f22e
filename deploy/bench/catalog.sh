#!/usr/bin/env bash
# Cached catalog reads (product detail, list page, keyword search) as fast as CONNECTIONS clients
# can go for DURATION measured seconds (after WARMUP unmeasured ones), first straight at product-service,
# then through the gateway, in the same session so the two compare. Run by `./platform bench catalog`.
# The warm-up is long because `bench` has just restarted the gateway: its JIT compiler keeps a core
# busy for about a minute under this load (after 20 s of warm-up the same gateway served 621 req/s,
# after 60 s 1,078-1,206; docs/benchmarks/catalog.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/gatling.sh
source "$ROOT/deploy/bench/lib/gatling.sh"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-60}"

echo "catalog benchmark: $CONNECTIONS clients, ${WARMUP}s warm-up + ${DURATION}s measured per target, no think time"
declare -A rate p99
for target in service gateway; do
  echo "== ${target/service/straight at product-service}"
  run_simulation CatalogSimulation -Dbench.target="$target" -Dbench.connections="$CONNECTIONS" -Dbench.duration="$DURATION" -Dbench.warmup="$WARMUP"
  line="$(grep -a "^catalog via $target:" "$ROOT/load-tests/target/CatalogSimulation.log" | tail -n 1)"
  rate[$target]="$(sed -n 's/.* = \([0-9]*\) requests\/s.*/\1/p' <<<"$line")"
  p99[$target]="$(sed -n 's/.*p99 \([0-9]*\) ms.*/\1/p' <<<"$line")"
done
awk -v g="${rate[gateway]}" -v s="${rate[service]}" -v p="${p99[gateway]}" 'BEGIN {
  printf "catalog: gateway %.0f req/s (p99 %d ms), service %.0f req/s: the gateway keeps %.2f of it (goal ≥ 5,000 req/s at p99 ≤ 25 ms, ≥ 0.5×)\n", g, p, s, g / s }'
