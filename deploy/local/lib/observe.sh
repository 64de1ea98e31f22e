# shellcheck shell=bash
# Prometheus and Zipkin for `up --observe` and `test`. Prometheus scrapes every service
# (deploy/observability/prometheus) and evaluates the alert rules; promtool checks the
# configuration and the rules' unit tests. Zipkin (its server jar from Maven Central, spans kept
# in memory) receives the spans of every JVM, which export only while it runs (ZIPKIN_ENABLED).
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

stop_prometheus() { stop_started_process prometheus prometheus Prometheus; }

# The `alert-rules` phase of test: the scrape configuration and rules are valid, and the rules'
# unit tests (alerts.test.yml) pass.
check_prometheus_config() {
  ensure_package prometheus promtool
  info "Prometheus configuration, alert rules and their unit tests (promtool)"
  ( cd "$PROMETHEUS_CONFIG_DIR" &&
    promtool check config prometheus.yml &&
    promtool test rules alerts.test.yml )
}

# ----------------------------------------------------------------------------------------
# Zipkin
# ----------------------------------------------------------------------------------------
readonly ZIPKIN_PORT=9411
readonly ZIPKIN_ARTIFACT="io.zipkin:zipkin-server:3.5.1:jar:exec"
ZIPKIN_HOME="$STATE/zipkin"

# True when the Zipkin that runs is the one ./platform started: the services then export to it.
zipkin_is_ours() { started_by_us zipkin && port_open "$ZIPKIN_PORT"; }

# Copies the server jar once (again when ZIPKIN_ARTIFACT changes).
ensure_zipkin_jar() {
  local stamp="$ZIPKIN_HOME/.artifact"
  [[ -f "$ZIPKIN_HOME/zipkin.jar" && "$(cat "$stamp" 2>/dev/null)" == "$ZIPKIN_ARTIFACT" ]] && return 0
  info "Downloading the Zipkin server jar (Maven, once)"
  mkdir -p "$ZIPKIN_HOME"
  mvn -B -q dependency:copy -Dartifact="$ZIPKIN_ARTIFACT" -DoutputDirectory="$ZIPKIN_HOME" \
    -Dmdep.stripVersion=true -Dmdep.stripClassifier=true >"$LOGS/zipkin-download.log" 2>&1 ||
    { tail_log "$LOGS/zipkin-download.log"; die "downloading the Zipkin server failed"; }
  mv -f "$ZIPKIN_HOME/zipkin-server.jar" "$ZIPKIN_HOME/zipkin.jar"
  echo "$ZIPKIN_ARTIFACT" >"$stamp"
}

ensure_zipkin() {
  if port_open "$ZIPKIN_PORT"; then
    started_by_us zipkin && { ok "Zipkin already running on 127.0.0.1:$ZIPKIN_PORT (reused)"; return; }
    die "port $ZIPKIN_PORT (Zipkin) is taken by $(port_owner "$ZIPKIN_PORT"); stop it and run again"
  fi
  ensure_zipkin_jar
  info "Starting Zipkin (spans of every service, kept in memory)"
  # A bounded heap and span count: the newest 100,000 spans stay, older traces are dropped.
  # Only the HTTP collector, and only on 127.0.0.1 (the port list replaces Zipkin's, which
  # listens on every address).
  setsid nohup env QUERY_PORT="$ZIPKIN_PORT" STORAGE_TYPE=mem MEM_MAX_SPANS=100000 \
    COLLECTOR_KAFKA_ENABLED=false COLLECTOR_RABBITMQ_ENABLED=false COLLECTOR_ACTIVEMQ_ENABLED=false \
    COLLECTOR_PULSAR_ENABLED=false \
    "$JAVA" -Xms64m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
    --enable-native-access=ALL-UNNAMED -jar "$ZIPKIN_HOME/zipkin.jar" \
    "--armeria.ports[0].ip=127.0.0.1" "--armeria.ports[0].port=$ZIPKIN_PORT" "--armeria.ports[0].protocols[0]=http" \
    >"$LOGS/zipkin.log" 2>&1 </dev/null &
  echo $! >"$PIDS/zipkin.pid"
  mark_started zipkin "zipkin"
  wait_for_port Zipkin "$ZIPKIN_PORT" "$!" || { tail_log "$LOGS/zipkin.log"; die "Zipkin did not start"; }
}

stop_zipkin() { stop_started_process zipkin zipkin.jar Zipkin; }
