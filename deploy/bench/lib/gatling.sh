# shellcheck shell=bash
# Runs one Gatling simulation of the load-tests module against the running platform, shows its
# progress (a line per 5 s) and its own summary lines, then the run's global statistics.
# Sourced by the scripts in deploy/bench; they set ROOT.

LOAD_TESTS="$ROOT/load-tests"
# The last run's global figures, from Gatling's "Global Information" block (milliseconds, requests/s).
REQUESTS=0 KO=0 RPS=0 P50=0 P95=0 P99=0

# run_simulation <SimulationClass> [-Dbench.name=value ...]; returns Maven's (Gatling's) status.
run_simulation() {
  local simulation="$1" status
  shift
  mkdir -p "$LOAD_TESTS/target"
  local log="$LOAD_TESTS/target/$simulation.log"
  set +e
  (cd "$ROOT" && mvn -B -pl load-tests gatling:test -Dgatling.simulationClass="com.ecommerce.loadtests.$simulation" "$@") 2>&1 |
    tee "$log" | awk -F'|' '
      / elapsed *$/                 { n = split($0, w, " "); elapsed = w[n-1] " " w[n] }
      /^> Global /                  { gsub(/ /, "", $2); gsub(/ /, "", $4); printf "  %-12s %s requests, %s KO\n", elapsed, $2, $4; fflush() }
      /^(journey|checkout|flash sale|capacity|invariants|catalog via)/ { print "  " $0; fflush() }
      # A broken invariant: the message once, with the lines naming each broken rule under it.
      detail && /^  [a-z]+: /       { print "    " $0; fflush(); next }
      { detail = 0 }
      /invariants broken/           { if (!told) { print "  " $0; fflush() }; detail = !told; told = 1; next }
      /AssertionError|Exception:|BUILD FAILURE|: false \(actual/ { print "  " $0; fflush() }'
  status=${PIPESTATUS[0]}
  set -e
  read_global_stats "$log"
  printf '  all requests: %s, %s KO, %s req/s, p50 %s ms, p95 %s ms, p99 %s ms\n' "$REQUESTS" "$KO" "$RPS" "$P50" "$P95" "$P99"
  local report
  report="$(sed -n 's|^Reports generated, please open the following file: file://||p' "$log" | tail -n 1)"
  [[ -n "$report" ]] && echo "  report: ${report#"$ROOT/"}"
  (( status == 0 )) || echo "  FAILED (exit $status; full log: load-tests/target/$simulation.log)"
  return "$status"
}

read_global_stats() {
  local figures
  figures="$(awk -F'|' '
    /^---- Global Information/ { on = 1 }
    on && /^> request count/          { gsub(/[ ,]/, "", $2); gsub(/[ ,-]/, "", $4); req = $2; ko = ($4 == "" ? 0 : $4) }
    on && /^> response time 50th/     { gsub(/ /, "", $2); p50 = $2 }
    on && /^> response time 95th/     { gsub(/ /, "", $2); p95 = $2 }
    on && /^> response time 99th/     { gsub(/ /, "", $2); p99 = $2 }
    on && /^> mean throughput/        { gsub(/[ ,]/, "", $2); rps = $2; on = 0 }
    END { printf "%s %s %s %s %s %s", req + 0, ko + 0, rps + 0, p50 + 0, p95 + 0, p99 + 0 }' "$1")"
  read -r REQUESTS KO RPS P50 P95 P99 <<<"$figures"
}
