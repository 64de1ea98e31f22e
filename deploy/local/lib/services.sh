# shellcheck shell=bash
# The JVM services of deploy/topology: start-up caches, launch, health, stop.
# Sourced by ./platform (which sets ROOT, STATE, LOGS, PIDS, INFRA_MARKS, LOCAL_DEPLOY); not run on its own.

# Which JVMs run, on which port, with which heap and in which start wave: deploy/topology.
readonly TOPOLOGY="$ROOT/deploy/topology"
readonly DISCOVERY="discovery-server" GATEWAY="api-gateway"   # named for the URLs printed by `up`
declare -A PORT=() HEAP=() WAVE=()   # the needs column is for readers and the tests
declare -a SERVICES=()   # in the file's order, which is the start order
declare -a EXTRA_ENV=()  # NAME=value given to `restart`/`start`: for that start of the service only

load_topology() {
  local name port heap wave needs
  [[ -r "$TOPOLOGY" ]] || { echo "error: $TOPOLOGY is missing" >&2; exit 1; }
  while read -r name port heap wave needs; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    if ! [[ "$port" =~ ^[0-9]+$ && "$heap" =~ ^[0-9]+[mg]$ && "$wave" =~ ^[0-9]+$ && -n "$needs" ]]; then
      echo "error: $TOPOLOGY: bad line for '$name' (want: service port heap wave needs)" >&2; exit 1
    fi
    SERVICES+=("$name"); PORT[$name]=$port; HEAP[$name]=$heap; WAVE[$name]=$wave
  done <"$TOPOLOGY"
}
load_topology

# ----------------------------------------------------------------------------------------
# Instances: a service of deploy/topology runs as its first instance, named like the service, on
# its port. `up --instances` adds more of the services behind the registry (every one but the
# registry and the gateway, whose addresses clients know): <service>-2 ... <service>-9, each on
# the service's port + 100 per instance (order-service-2 on 8183). They share the service's jar,
# start-up cache, database and Kafka consumer group, and register under their own port.
# ----------------------------------------------------------------------------------------
readonly MAX_INSTANCES=9 INSTANCE_PORT_STEP=100

scalable() { [[ -n "${PORT[$1]:-}" && "$1" != "$DISCOVERY" && "$1" != "$GATEWAY" ]]; }

# The service an instance belongs to: order-service-2 -> order-service; "" for an unknown name.
instance_service() {
  if [[ -n "${PORT[$1]:-}" ]]; then echo "$1"; return 0; fi
  if [[ "$1" =~ ^(.+)-([2-9])$ ]] && scalable "${BASH_REMATCH[1]}"; then echo "${BASH_REMATCH[1]}"; fi
  return 0
}
instance_number() { if [[ "$1" =~ -([2-9])$ && -z "${PORT[$1]:-}" ]]; then echo "${BASH_REMATCH[1]}"; else echo 1; fi; }
instance_port() {
  local service
  service="$(instance_service "$1")"
  echo $(( PORT[$service] + INSTANCE_PORT_STEP * ($(instance_number "$1") - 1) ))
}
instance_name() { if (( $2 == 1 )); then echo "$1"; else echo "$1-$2"; fi; }   # service, number
known_instance() { [[ -n "$(instance_service "$1")" ]]; }

# Extra instances that have a pid file (running or left over), in start order.
extra_instances() {
  local name k
  for name in "${SERVICES[@]}"; do
    scalable "$name" || continue
    for (( k = 2; k <= MAX_INSTANCES; k++ )); do
      [[ -f "$PIDS/$(instance_name "$name" "$k").pid" ]] && instance_name "$name" "$k"
    done
  done
  return 0
}

# `up --instances`: N (every scalable service) or service=N,service=N. Prints the instances to
# start beyond the first of each service.
parse_instances() {
  local spec="$1" item name count k
  local -A wanted=()
  if [[ "$spec" =~ ^[1-9]$ ]]; then
    for name in "${SERVICES[@]}"; do scalable "$name" && wanted[$name]=$spec; done
  else
    for item in ${spec//,/ }; do
      [[ "$item" =~ ^([a-z-]+)=([1-9])$ ]] || die "--instances wants N or service=N,... (1-$MAX_INSTANCES), not '$item'"
      name="${BASH_REMATCH[1]}"; count="${BASH_REMATCH[2]}"
      scalable "$name" || die "--instances: '$name' cannot run more than once (scalable: $(scalable_list))"
      wanted[$name]=$count
    done
  fi
  for name in "${SERVICES[@]}"; do
    for (( k = 2; k <= ${wanted[$name]:-1}; k++ )); do instance_name "$name" "$k"; done
  done
}
scalable_list() { local name; for name in "${SERVICES[@]}"; do scalable "$name" && printf '%s ' "$name"; done; }

# ----------------------------------------------------------------------------------------
# JVM services (each function takes an instance name; a service's name is its first instance)
# ----------------------------------------------------------------------------------------
service_exists() { [[ -f "$ROOT/$(instance_service "$1")/pom.xml" ]]; }
service_jar()    { echo "$ROOT/$1/target/$1.jar"; }   # what the build produces
service_pid()    { read_pid "$PIDS/$1.pid"; }
# A service runs from its extracted copy (see prepare_service); the pid check looks for that path.
service_running() { pid_runs "$(service_pid "$1")" "$(runtime_jar "$(instance_service "$1")")"; }

# UP means HTTP 200 with "status":"UP" (a DOWN/OUT_OF_SERVICE aggregate answers 503).
# No pipe into `grep -q`: its early exit could SIGPIPE curl and, with pipefail, fail the check.
service_healthy() {
  local body
  body="$(curl -fsS --max-time 3 "http://127.0.0.1:$(instance_port "$1")/actuator/health" 2>/dev/null)" || return 1
  [[ "$body" == *'"status":"UP"'* ]]
}

all_services_in_start_order() {
  local name
  for name in "${SERVICES[@]}"; do service_exists "$name" && echo "$name"; done
  return 0
}

# Per-service heap: PLATFORM_HEAP_ORDER_SERVICE=512m beats PLATFORM_HEAP beats deploy/topology.
service_heap() {
  local var="PLATFORM_HEAP_${1//-/_}"
  var="${var^^}"
  echo "${!var:-${PLATFORM_HEAP:-${HEAP[$1]}}}"
}

# Seconds since $1 (an EPOCHREALTIME value), with one decimal.
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# --- start-up caches ---------------------------------------------------------------------
# A service starts from its jar extracted into .platform/app/<service>/ (plain jars on the class
# path instead of jars nested in a jar), with the JDK's AOT cache (JDK 25+, JEP 483/514/515):
# classes already parsed, linked and profiled by a training run. Both are redone when the jar
# or the JDK changes. See docs/adr/0008-startup-caches.md.
APPS="$STATE/app"
runtime_dir() { echo "$APPS/$1"; }
runtime_jar() { echo "$APPS/$1/$1.jar"; }
aot_cache()   { echo "$APPS/$1/app.aot"; }
aot_enabled() { [[ "${PLATFORM_AOT:-true}" == true ]] && (( JAVA_MAJOR >= 25 )); }

# What the caches of a service were made from: its jar (size and modification time; a rebuild
# rewrites it), the JDK and the JVM options (an AOT cache made with another heap layout, e.g. other
# -Xmn, makes the JVM refuse to start).
cache_key() {
  service_jvm_opts "$1"
  echo "$(stat -c '%s %Y' "$(service_jar "$1")") $JAVA_HOME $JAVA_MAJOR ${JVM_OPTS[*]}"
}

# Extracts the jar again when it changed; drops the AOT cache made from the old one.
prepare_service() {
  local name="$1" dir key
  dir="$(runtime_dir "$name")"
  service_running "$name" && return 0   # its files are in use; a changed jar applies on restart
  [[ -f "$(service_jar "$name")" ]] || die "$(service_jar "$name") is missing; build it with 'mvn -DskipTests install'"
  key="$(cache_key "$name")"
  [[ -f "$dir/.key" && "$(cat "$dir/.key")" == "$key" && -f "$(runtime_jar "$name")" ]] && return 0
  rm -rf "$dir"; mkdir -p "$dir"
  "$JAVA" -Djarmode=tools -jar "$(service_jar "$name")" extract --destination "$dir" >"$LOGS/$name-extract.log" 2>&1 ||
    { tail_log "$LOGS/$name-extract.log"; die "extracting $(service_jar "$name") failed"; }
  echo "$key" >"$dir/.key"
}

# JVM options of a service (also of its training run, which must match for the cache to apply).
service_jvm_opts() {
  JVM_OPTS=(-Xms64m "-Xmx$(service_heap "$1")" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError
            --enable-native-access=ALL-UNNAMED)
  # PLATFORM_JAVA_OPTS: extra JVM options for every service; split on spaces.
  # shellcheck disable=SC2206
  [[ -n "${PLATFORM_JAVA_OPTS:-}" ]] && JVM_OPTS+=(${PLATFORM_JAVA_OPTS})
  return 0
}

# Environment of a service (also of its training run, so that both create the same beans).
# ECOMMERCE_DEMO (default true): services load demo data (catalog, stock, accounts) idempotently;
# new products then start with INVENTORY_INITIAL_STOCK units (default 100 in demo mode, else 0).
# PLATFORM_EDGE_LIMITS=bench (set by ./platform bench): the gateway's rate limits far above what
# this machine can serve, so that load from one address and a few customers measures the shop and
# not the limiter's 429s; the limiter still runs (its Redis round trip is part of every request).
service_env() {
  local demo="${ECOMMERCE_DEMO:-true}" stock=0 policy
  [[ "$demo" == true ]] && stock=100
  SERVICE_ENV=(PORT="$(instance_port "$1")" ECOMMERCE_DEMO="$demo" INVENTORY_INITIAL_STOCK="${INVENTORY_INITIAL_STOCK:-$stock}")
  # Spans are exported while our Zipkin runs (`up --observe`, `test`), also by a service restarted later.
  zipkin_is_ours && SERVICE_ENV+=(ZIPKIN_ENABLED=true ZIPKIN_ENDPOINT="http://127.0.0.1:$ZIPKIN_PORT/api/v2/spans")
  # A Google login ends in the web app, which the gateway serves (user-service redirects there).
  [[ "$(instance_service "$1")" == user-service ]] && SERVICE_ENV+=(FRONTEND_URL="http://127.0.0.1:${PORT[$GATEWAY]}")
  if [[ "$1" == api-gateway && "${PLATFORM_EDGE_LIMITS:-}" == bench ]]; then
    for policy in USER ANONYMOUS AUTHENTICATION CHECKOUT REJECTEDTOKEN; do
      SERVICE_ENV+=("ECOMMERCE_EDGE_RATELIMITS_${policy}_REPLENISHRATE=1000000"
                    "ECOMMERCE_EDGE_RATELIMITS_${policy}_BURSTCAPACITY=2000000")
    done
  fi
  return 0
}

# Training runs for the services that have no AOT cache yet, all at once: each starts its
# application context (connecting to the infrastructure, migrating its database) and exits
# before serving anything (spring.context.exit=onRefresh); the JVM then writes the cache.
# PLATFORM_AOT_TRAIN=false skips training: caches that exist are still used.
train_services() {
  aot_enabled || return 0
  [[ "${PLATFORM_AOT_TRAIN:-true}" == true ]] || return 0
  local name started=$EPOCHREALTIME
  local -a todo=() pids=()
  for name in "$@"; do
    service_running "$name" || [[ -f "$(aot_cache "$name")" ]] || todo+=("$name")
  done
  (( ${#todo[@]} )) || return 0
  info "Training start-up caches (once per build, JDK $JAVA_MAJOR AOT cache): ${todo[*]}"
  for name in "${todo[@]}"; do
    service_jvm_opts "$name"; service_env "$name"
    (cd "$ROOT/$name" && exec env "${SERVICE_ENV[@]}" "$JAVA" "${JVM_OPTS[@]}" \
      -XX:AOTCacheOutput="$(aot_cache "$name")" -Dspring.context.exit=onRefresh \
      -jar "$(runtime_jar "$name")" >"$LOGS/$name-training.log" 2>&1 </dev/null) &
    pids+=($!)
  done
  local i status
  for i in "${!todo[@]}"; do
    status=0; wait "${pids[$i]}" || status=$?
    name="${todo[$i]}"
    if (( status == 0 )) && [[ -f "$(aot_cache "$name")" ]]; then
      ok "$name trained ($(since "$started")s)"
    else
      # A missing cache only costs speed: the service starts without one.
      rm -f "$(aot_cache "$name")"
      warn "$name: training run failed (exit $status, log .platform/logs/$name-training.log); it starts without a cache"
    fi
  done
}

# Starts one service in the background unless it already runs from our pid file.
# Sets STARTED_NOW=1 when it launched a process.
launch_service() {
  local name="$1" service port log pid
  STARTED_NOW=0
  service="$(instance_service "$name")"
  port="$(instance_port "$name")"; log="$LOGS/$name.log"
  if service_running "$name"; then
    echo "  $name already running (pid $(service_pid "$name"))"
    return 0
  fi
  rm -f "$PIDS/$name.pid"
  if port_open "$port"; then
    die "port $port needed by $name is already taken by $(port_owner "$port"); stop that process or free the port"
  fi
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  service_jvm_opts "$service"
  if aot_enabled && [[ -f "$(aot_cache "$service")" ]]; then JVM_OPTS+=(-XX:AOTCache="$(aot_cache "$service")"); fi
  service_env "$name"
  # Extra variables for this start only (`./platform restart|start <service> NAME=value`).
  SERVICE_ENV+=("${EXTRA_ENV[@]}")
  # setsid: the service outlives this script and a Ctrl-C in the terminal that ran `up`.
  (cd "$ROOT/$service" && exec env "${SERVICE_ENV[@]}" setsid nohup "$JAVA" "${JVM_OPTS[@]}" -jar "$(runtime_jar "$service")" >"$log" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" >"$PIDS/$name.pid"
  STARTED_NOW=1
  echo "  $name starting (pid $pid, port $port, log .platform/logs/$name.log)"
}

# Waits until every named service answers UP; prints each one's time to healthy (from $1, an
# EPOCHREALTIME value) and progress; fails on exit or timeout.
wait_for_health() {
  local started="$1" name elapsed ticks=0
  shift
  local -a pending=("$@") still
  local progress_line=0   # 1 while the cursor is on a line of progress dots
  while (( ${#pending[@]} )); do
    still=()
    for name in "${pending[@]}"; do
      elapsed="$(since "$started")"
      if service_healthy "$name"; then
        (( progress_line )) && printf '\n'
        printf '  %s✓%s %-19s UP after %ss\n' "$GREEN" "$RESET" "$name" "$elapsed"
        progress_line=0
      elif ! service_running "$name"; then
        (( progress_line )) && printf '\n'
        tail_log "$LOGS/$name.log"
        die "$name exited during startup after ${elapsed}s (log: .platform/logs/$name.log); './platform down' stops the rest"
      elif (( ${elapsed%.*} >= HEALTH_TIMEOUT )); then
        (( progress_line )) && printf '\n'
        tail_log "$LOGS/$name.log"
        die "$name was not UP after ${HEALTH_TIMEOUT}s (PLATFORM_HEALTH_TIMEOUT; log: .platform/logs/$name.log); './platform down' stops the rest"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    (( ${#pending[@]} )) || break
    # A dot per poll and the elapsed time every 10th: visible progress, also in CI logs.
    if (( ! progress_line )); then printf '  waiting for %d more:' "${#pending[@]}"; progress_line=1; fi
    ticks=$((ticks + 1))
    if (( ticks % 10 == 0 )); then printf '%ss' "$(since "$started")"; else printf '.'; fi
    sleep 0.5
  done
  (( progress_line )) && printf '\n'
  return 0
}

# Launches a group of services together (prepared and trained before) and waits for them.
start_group() {
  local name started
  (( $# )) || return 0
  started=$EPOCHREALTIME
  for name in "$@"; do
    launch_service "$name"
    (( STARTED_NOW )) && echo "$name" >>"$STATE/.started-this-run"
  done
  wait_for_health "$started" "$@"
}

# Starts every service wave by wave (deploy/topology) and prints the total time to healthy.
start_services() {
  local -a names wave_members
  local name wave started
  mapfile -t names < <(all_services_in_start_order)
  info "Services"
  command -v curl >/dev/null 2>&1 || ensure_package curl curl   # the health probe
  if (( ${#names[@]} == 0 )); then
    warn "no service module exists yet (no <module>/pom.xml); nothing to start"
    return 0
  fi
  # Caches first, for every service, so that the time to healthy below is only starting.
  for name in "${names[@]}"; do prepare_service "$name"; done
  train_services "${names[@]}"
  started=$EPOCHREALTIME
  for wave in $(for name in "${names[@]}"; do echo "${WAVE[$name]}"; done | sort -un); do
    wave_members=()
    for name in "${names[@]}"; do [[ "${WAVE[$name]}" == "$wave" ]] && wave_members+=("$name"); done
    start_group "${wave_members[@]}"
  done
  ok "all ${#names[@]} services healthy $(since "$started")s after the first was started"
}

# Stops the named services (all of ours when none named): gateway first, discovery last.
stop_services() {
  local name pid i
  local -a order=() pids=()
  if (( $# )); then order=("$@"); else mapfile -t order < <(all_services_in_start_order; extra_instances); fi
  # Reverse the start order: the gateway stops taking traffic before the services go away.
  for (( i = ${#order[@]} - 1; i >= 0; i-- )); do
    name="${order[$i]}"
    pid="$(service_pid "$name")"
    if [[ -n "$pid" ]] && service_running "$name"; then
      echo "  stopping $name (pid $pid)"
      pids+=("$pid")
    fi
    rm -f "$PIDS/$name.pid"
  done
  terminate_pids "${pids[@]}"
  # Pid files of modules that no longer exist would otherwise linger.
  for pid in "$PIDS"/*-server.pid "$PIDS"/*-service.pid "$PIDS"/*-service-[2-9].pid "$PIDS"/api-gateway.pid; do
    [[ -e "$pid" ]] || continue
    name="$(basename "$pid" .pid)"
    (( $# )) && [[ " $* " != *" $name "* ]] && continue
    service_running "$name" && terminate_pids "$(service_pid "$name")"
    rm -f "$pid"
  done
}

# SIGKILL, as in a crash: nothing is flushed or deregistered. Returns once the port is free.
kill_service() {
  local name="$1" pid waited=0
  pid="$(service_pid "$name")"
  [[ -n "$pid" ]] && service_running "$name" || return 0
  echo "  killing $name (pid $pid, SIGKILL)"
  kill -KILL "$pid" 2>/dev/null || true
  # A killed child of this shell may linger as a zombie (kill -0 succeeds) with no cmdline, and
  # a dying JVM closes its listening socket after its memory is gone: wait for both, bounded.
  while pid_runs "$pid" "$(runtime_jar "$(instance_service "$name")")" || port_open "$(instance_port "$name")"; do
    (( waited++ < 150 )) || die "$name (pid $pid) still holds port $(instance_port "$name") 30s after SIGKILL"
    sleep 0.2
  done
}

# Stops one service (TERM, or KILL with --kill: a crash, nothing flushed) and starts it again,
# waiting for health. The fault system tests use it to crash a service in the middle of a batch.
restart_service() {
  local name="$1" mode="$2" pid
  pid="$(service_pid "$name")"
  if [[ -n "$pid" ]] && service_running "$name"; then
    if [[ "$mode" == --kill ]]; then kill_service "$name"; else stop_services "$name"; fi
  fi
  prepare_service "$(instance_service "$name")"; train_services "$(instance_service "$name")"
  start_group "$name"
}

# One line per service: ours and running?, pid, port, health.
service_status_lines() {
  local name pid health state
  local -a names
  mapfile -t names < <(all_services_in_start_order; extra_instances)
  (( ${#names[@]} )) || echo "  (no service module exists yet)"
  for name in "${names[@]}"; do
    pid="$(service_pid "$name")"
    if service_running "$name"; then state="running"; else state="stopped"; pid=""; fi
    if service_healthy "$name"; then health="UP"
    elif port_open "$(instance_port "$name")"; then health="not UP"
    else health="-"; fi
    [[ $state == stopped && $health != "-" ]] && state="FOREIGN"   # the port is served by a process that is not ours
    printf '  %-19s %-8s pid %-8s port %-5s health %s\n' "$name" "$state" "${pid:--}" "$(instance_port "$name")" "$health"
  done
}

print_urls() {
  local name
  info "Platform is up"
  if service_exists "$GATEWAY"; then
    echo "  Storefront         http://127.0.0.1:${PORT[$GATEWAY]}/   (back office: log in as the admin below)"
    echo "  Gateway            http://127.0.0.1:${PORT[$GATEWAY]}"
    echo "  Swagger UI         http://127.0.0.1:${PORT[$GATEWAY]}/swagger-ui.html"
  fi
  if service_exists "$DISCOVERY"; then echo "  Eureka dashboard   http://127.0.0.1:${PORT[$DISCOVERY]}/"; fi
  while read -r name; do
    printf '  %-19s http://127.0.0.1:%s/actuator/health\n' "$name" "$(instance_port "$name")"
  done < <(all_services_in_start_order; extra_instances)
  echo "  PostgreSQL 127.0.0.1:$PG_PORT, role/password <ctx>/<ctx> (local development defaults)"
  echo "  Redis 127.0.0.1:$REDIS_PORT   Kafka 127.0.0.1:$KAFKA_PORT"
  if port_open "$PROMETHEUS_PORT"; then
    echo "  Prometheus         http://127.0.0.1:$PROMETHEUS_PORT/targets  (alerts: /alerts)"
  fi
  if zipkin_is_ours; then echo "  Zipkin (traces)    http://127.0.0.1:$ZIPKIN_PORT/zipkin/"; fi
  # The demo data defines the demo accounts; until it exists there is nothing to print.
  if [[ -s "$LOCAL_DEPLOY/demo-credentials.txt" ]]; then
    sed 's/^/  /' "$LOCAL_DEPLOY/demo-credentials.txt"
  else
    echo "  Demo logins: (none yet: defined by the demo data once it is loaded)"
  fi
  echo "Stop everything with: ./platform down"
}
