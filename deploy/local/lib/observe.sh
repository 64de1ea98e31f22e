# shellcheck shell=bash
# Prometheus for `up --observe` and `test`: scrapes every service (deploy/observability/prometheus)
# and evaluates the alert rules; promtool checks the configuration and the rules' unit tests.
# Sourced by ./platform after infra.sh (mark_started, wait_for_port); not run on its own.

readonly PROMETHEUS_PORT=9090
PROMETHEUS_CONFIG_DIR="$ROOT/deploy/observability/prometheus"

# True when what answers on the Prometheus port runs our configuration (the `shop` job).
prometheus_is_ours() {
  curl -fsS --max-time 3 "http://127.0.0.1:$PROMETHEUS_PORT/api/v1/status/config" 2>/dev/null |
    grep -q 'job_name: shop'
}

ensure_prometheus() {
  if port_open "$PROMETHEUS_PORT"; then
    prometheus_is_ours && { ok "Prometheus already running on 127.0.0.1:$PROMETHEUS_PORT (reused)"; return; }
    # Typically the Debian package's own service, started by its install with the default config.
    die "port $PROMETHEUS_PORT is taken by $(port_owner "$PROMETHEUS_PORT") without this platform's scrape config; stop it (e.g. 'systemctl stop prometheus') and run again"
  fi
  ensure_package prometheus prometheus
  port_open "$PROMETHEUS_PORT" && ! prometheus_is_ours &&
    die "installing the prometheus package started its own server on $PROMETHEUS_PORT; stop it ('systemctl stop prometheus') and run again"
  info "Starting Prometheus (scraping the services registered with discovery-server)"
  mkdir -p "$STATE/prometheus"
  # setsid: it outlives this script, like the infrastructure; one day of local history is plenty.
  setsid nohup prometheus --config.file="$PROMETHEUS_CONFIG_DIR/prometheus.yml" \
    --storage.tsdb.path="$STATE/prometheus" --storage.tsdb.retention.time=1d \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" >"$LOGS/prometheus.log" 2>&1 </dev/null &
  echo $! >"$PIDS/prometheus.pid"
  mark_started prometheus "prometheus"
  wait_for_port Prometheus "$PROMETHEUS_PORT" "$!" || { tail_log "$LOGS/prometheus.log"; die "Prometheus did not start"; }
}

stop_prometheus() {
  local pid
  pid="$(read_pid "$PIDS/prometheus.pid")"
  info "Stopping Prometheus (started by ./platform)"
  pid_runs "$pid" prometheus && terminate_pids "$pid"
  rm -f "$INFRA_MARKS/prometheus" "$PIDS/prometheus.pid"
}

# The `alert-rules` phase of test: the scrape configuration and rules are valid, and the rules'
# unit tests (alerts.test.yml) pass.
check_prometheus_config() {
  ensure_package prometheus promtool
  info "Prometheus configuration, alert rules and their unit tests (promtool)"
  ( cd "$PROMETHEUS_CONFIG_DIR" &&
    promtool check config prometheus.yml &&
    promtool test rules alerts.test.yml )
}
