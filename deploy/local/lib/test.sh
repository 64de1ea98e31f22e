# shellcheck shell=bash
# Benchmarks (which exist, where) and the phases of the test command.
# Sourced by ./platform (which sets ROOT, STATE, LOGS, PIDS, INFRA_MARKS, LOCAL_DEPLOY); not run on its own.

bench_names() {
  {
    find "$ROOT" -maxdepth 2 -name pom.xml -not -path "$LOCAL_DEPLOY/*" -exec grep -ho '<id>bench-[^<]*</id>' {} + 2>/dev/null |
      sed 's|<id>bench-\(.*\)</id>|\1|'
    find "$ROOT/deploy/bench" -maxdepth 1 -name '*.sh' -printf '%f\n' 2>/dev/null | sed 's/\.sh$//'
  } | sort -u || true   # no benchmark yet is not an error
}

# The module whose pom.xml defines the profile bench-<name>.
bench_module() {
  local pom
  pom="$(grep -l "<id>bench-$1</id>" "$ROOT"/*/pom.xml 2>/dev/null | head -n 1)"
  [[ -n "$pom" ]] && basename "$(dirname "$pom")"
}

# Runs a benchmark script ($1, args follow) with the gateway restarted on the bench edge limits
# (PLATFORM_EDGE_LIMITS in service_env), and restarts it on the production limits afterwards,
# also when the benchmark fails or is interrupted.
with_bench_edge_limits() {
  local status=0
  info "Gateway on the bench edge limits for the run (PLATFORM_EDGE_LIMITS=bench)"
  PLATFORM_EDGE_LIMITS=bench restart_service api-gateway ""
  trap 'restore_edge_limits; exit 130' INT TERM
  info "Benchmark $(basename "$1" .sh) (deploy/bench/$(basename "$1") ${*:2})"
  "$@" || status=$?
  trap - INT TERM
  restore_edge_limits
  return "$status"
}

restore_edge_limits() {
  info "Gateway back on the production edge limits"
  PLATFORM_EDGE_LIMITS="" restart_service api-gateway ""
}

# --- test --------------------------------------------------------------------------------
declare -a PHASES=()
phase_done() { PHASES+=("$(printf '%-14s %4ss  %s' "$1" "$2" "$3")"); }

print_phase_summary() {
  local line
  (( ${#PHASES[@]} )) || return 0
  info "Summary"
  for line in "${PHASES[@]}"; do echo "  $line"; done
}

# Trap handler of `test`: stop the services and infrastructure this run started.
test_teardown() {
  local status=$? started=$SECONDS
  trap - EXIT INT TERM
  set +e
  info "Tearing down what this test run started"
  local -a ours=() infra=()
  [[ -f "$STATE/.started-this-run" ]] && mapfile -t ours <"$STATE/.started-this-run"
  (( ${#ours[@]} )) && stop_services "${ours[@]}"
  rm -f "$STATE/.started-this-run"
  mapfile -t infra < <(infra_started_since "$TEST_INFRA_BEFORE")
  stop_infra "${infra[@]}"
  if leftovers "${ours[@]}" "${infra[@]}"; then
    phase_done teardown $((SECONDS - started)) "ok (nothing this run started still listens)"
  else
    phase_done teardown $((SECONDS - started)) "FAILED: something this run started still listens"
    (( status == 0 )) && status=1
  fi
  print_phase_summary
  exit "$status"
}

# After a teardown: false (and says so) when a stopped service or server still listens on its port.
leftovers() {
  local name port clean=0
  for name in "$@"; do
    case "$name" in
      kafka) port=$KAFKA_PORT ;; redis) port=$REDIS_PORT ;; postgres) port=$PG_PORT ;;
      prometheus) port=$PROMETHEUS_PORT ;; zipkin) port=$ZIPKIN_PORT ;;
      *) port="${PORT[$name]:-}" ;;
    esac
    [[ -n "$port" ]] || continue
    if port_open "$port"; then
      warn "$name was stopped but port $port is still served by $(port_owner "$port")"
      clean=1
    fi
  done
  return "$clean"
}

# Runs a phase, records its duration and outcome; returns the phase's exit status.
run_phase() {
  local name="$1" started=$SECONDS status=0
  shift
  "$@" || status=$?
  phase_done "$name" $((SECONDS - started)) "$( ((status == 0)) && echo ok || echo "FAILED (exit $status)")"
  return "$status"
}

# Infra names recorded as started by us now but not before.
infra_started_since() {
  local before="$1" which
  for which in prometheus zipkin kafka redis postgres; do
    started_by_us "$which" && [[ " $before " != *" $which "* ]] && echo "$which"
  done
  return 0
}

test_build() {
  local marker="$STATE/build.pending"
  touch "$marker"
  info "Build + unit and integration tests (mvn -B install)"
  run_mvn -B install && mark_built "$marker"
}

# Prometheus and Zipkin too: the system tests check that Prometheus scrapes every service and
# sees a checkout, and that Zipkin holds the checkout's trace (Zipkin first: services export to
# it only when it runs as they start).
test_up() { ( ensure_zipkin ) && ( start_services ) && ( ensure_prometheus ) && print_urls; }

test_system() {
  if ! [[ -f "$ROOT/system-tests/pom.xml" ]]; then
    warn "system-tests/pom.xml does not exist yet: system tests skipped"
    return 0
  fi
  info "System tests"
  run_system_tests
}

# The system-tests module against the running platform; extra Maven arguments follow.
run_system_tests() {
  run_mvn -B -pl system-tests verify -Psystem-tests \
    -Dgateway.url="http://127.0.0.1:${PORT[$GATEWAY]}" -Ddiscovery.url="http://127.0.0.1:${PORT[$DISCOVERY]}" \
    -Dplatform.script="$ROOT/platform" -Dprometheus.url="http://127.0.0.1:$PROMETHEUS_PORT" \
    -Dzipkin.url="http://127.0.0.1:$ZIPKIN_PORT" -Dkafka.bootstrap="127.0.0.1:$KAFKA_PORT" "$@"
}

# ./platform chaos: the named scenarios (system-tests ChaosIT), each --runs times; "all" also
# writes docs/reliability/README.md.
run_chaos() {
  local runs=1 report="" names=""
  while (( $# )); do
    case "$1" in
      --runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number"; runs="$2"; shift 2 ;;
      --report) report="$ROOT/docs/reliability/README.md"; shift ;;
      -*) die "unknown option '$1' (--runs N, --report)" ;;
      *) names+="${names:+,}$1"; shift ;;
    esac
  done
  [[ -n "$names" ]] || die "usage: ./platform chaos <scenario ...|all> [--runs N] [--report]; scenarios: $CHAOS_SCENARIOS"
  [[ "$names" == all ]] && report="$ROOT/docs/reliability/README.md"
  info "Chaos: $names, $runs run(s) each${report:+ (report: docs/reliability/README.md)}"
  run_system_tests -Dit.test=ChaosIT -Dfailsafe.failIfNoSpecifiedTests=false -Dchaos.scenarios="$names" \
    -Dchaos.runs="$runs" -Dchaos.report="$report"
}

# The storefront in a real browser (storefront/src/main/web/e2e): Debian's Chromium driven by
# playwright-core through the gateway that serves the app. No browser is downloaded.
test_e2e() {
  command -v chromium >/dev/null 2>&1 || ensure_package chromium chromium
  info "Storefront end-to-end tests (Playwright, Chromium headless; screenshots in storefront/target/e2e/screenshots)"
  run_mvn -B -q -pl storefront verify -Pe2e -Dstorefront.url="http://127.0.0.1:${PORT[$GATEWAY]}"
}

# --- container images --------------------------------------------------------------------
# Container images (docs/adr/0010-container-images.md): container-base/target/container-base.tar
# and every service's target/jib-image.tar (mvn -Pimages; Jib, no Docker engine), then
# ServiceImagesTest reads each one (user, entrypoint, port, heap against deploy/topology). Needs
# no infrastructure. The modules the services depend on must be installed (a build ran before).
build_images() {
  local name modules=container-base
  while read -r name; do modules+=",$name"; done < <(all_services_in_start_order)
  info "Container images (mvn -B -q -DskipTests -Pimages install -pl $modules)"
  run_mvn -B -q -DskipTests -Pimages install -pl "$modules" || return 1
  info "Checking the images (ServiceImagesTest)"
  run_mvn -B -q -pl test-support test -Dtest=ServiceImagesTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dimages.required=true || return 1
  for name in container-base/target/container-base.tar $(all_services_in_start_order | sed 's|$|/target/jib-image.tar|'); do
    printf '  %-42s %s\n' "$name" "$(du -h "$ROOT/$name" | cut -f1)"
  done
  echo "  Load one with: docker load -i <service>/target/jib-image.tar"
}
