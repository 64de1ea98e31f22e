# shellcheck shell=bash
# Infrastructure: PostgreSQL (Debian cluster), Redis, Kafka (single-node KRaft broker from Maven Central jars).
# Sourced by ./platform (which sets ROOT, STATE, LOGS, PIDS, INFRA_MARKS, LOCAL_DEPLOY); not run on its own.

readonly PG_PORT=5432 REDIS_PORT=6379 KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093
# Fixed on purpose: a formatted KRaft data directory refuses any other cluster id.
readonly KAFKA_CLUSTER_ID="a5Xshce9RPWtjVOXrC7DQA"
readonly DB_CONTEXTS=(product inventory cart order payment user)

# ----------------------------------------------------------------------------------------
# Infrastructure: PostgreSQL
# ----------------------------------------------------------------------------------------
mark_started()   { echo "$2" >"$INFRA_MARKS/$1"; }
started_by_us()  { [[ -f "$INFRA_MARKS/$1" ]]; }

# Stops a server we started in the background ($1: its mark and pid file name, $2: a string of
# its command line, so a reused pid is never killed, $3: its name for people) and forgets it.
stop_started_process() {
  local pid
  pid="$(read_pid "$PIDS/$1.pid")"
  info "Stopping $3 (started by ./platform)"
  pid_runs "$pid" "$2" && terminate_pids "$pid"
  rm -f "$INFRA_MARKS/$1" "$PIDS/$1.pid"
}

wait_for_port() {
  local name="$1" port="$2" pid="${3:-}" waited=0
  until port_open "$port"; do
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then return 1; fi
    (( waited >= INFRA_TIMEOUT )) && return 1
    sleep 1; waited=$((waited + 1))
  done
  ok "$name listening on 127.0.0.1:$port (${waited}s)"
}

# "<version> <cluster>" of the local cluster configured for port 5432, empty if none.
pg_local_cluster() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }'
}

ensure_postgres() {
  if port_open "$PG_PORT"; then ok "PostgreSQL already running on 127.0.0.1:$PG_PORT (reused)"; return; fi
  local cluster
  cluster="$(pg_local_cluster)"
  if [[ -z "$cluster" ]]; then
    # Debian's package creates (and may start) a "main" cluster on port 5432.
    ensure_package postgresql pg_lsclusters
    cluster="$(pg_local_cluster)"
    [[ -n "$cluster" ]] || die "PostgreSQL is installed but no cluster uses port $PG_PORT (see pg_lsclusters)."
  fi
  if ! port_open "$PG_PORT"; then
    info "Starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086  # "<version> <cluster>" are two arguments
    # Eight services with connection pools plus test contexts outgrow the default 100 connections.
    pg_ctlcluster $cluster start -- -o "-c max_connections=${PG_MAX_CONNECTIONS:-300}" 2>"$LOGS/postgres-start.log" ||
      { tail_log "$LOGS/postgres-start.log"; die "could not start PostgreSQL: run as root: pg_ctlcluster $cluster start"; }
  fi
  mark_started postgres "$cluster"
  wait_for_port PostgreSQL "$PG_PORT" || die "PostgreSQL did not open port $PG_PORT in ${INFRA_TIMEOUT}s"
}

stop_postgres() {
  local cluster
  cluster="$(cat "$INFRA_MARKS/postgres")"
  info "Stopping PostgreSQL cluster $cluster (started by ./platform)"
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster stop -m fast || warn "pg_ctlcluster $cluster stop failed"
  rm -f "$INFRA_MARKS/postgres"
}

# Runs psql (script on stdin) as a PostgreSQL superuser: the local 'postgres' OS user (peer auth over the
# socket) when we can become it, else over TCP as PGADMIN_USER (password from PGPASSWORD).
psql_admin() {
  if is_root && id postgres >/dev/null 2>&1; then
    # From / so that psql need not read a directory the postgres user may not enter.
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres)
  elif [[ "$(id -un)" == postgres ]]; then
    psql -X -q -v ON_ERROR_STOP=1 -d postgres
  else
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "${PGADMIN_USER:-postgres}" -d postgres
  fi
}

# Roles and databases (idempotent), then proof that the apps' login path works.
ensure_databases() {
  command -v psql >/dev/null 2>&1 || ensure_package postgresql-client psql
  # On stdin: the postgres OS user may be unable to read a checkout under /root.
  psql_admin <"$LOCAL_DEPLOY/postgres/init.sql" >"$LOGS/postgres-init.log" 2>&1 ||
    { tail_log "$LOGS/postgres-init.log"
      die "creating roles/databases failed. As non-root, set PGADMIN_USER/PGPASSWORD for a superuser, or run: sudo ./platform infra"; }
  local ctx
  for ctx in "${DB_CONTEXTS[@]}" defaults_it; do
    PGPASSWORD="$ctx" PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$ctx" \
      -d "$( [[ $ctx == defaults_it ]] && echo defaults_it || echo "${ctx}_db" )" -c 'select 1' >/dev/null 2>&1 ||
      die "role '$ctx' cannot log in with its password over 127.0.0.1:$PG_PORT; pg_hba.conf must allow
       'host all all 127.0.0.1/32 scram-sha-256' (or md5)."
  done
  ok "PostgreSQL roles and databases ready (<ctx>_db and <ctx>_it for ${DB_CONTEXTS[*]}; defaults_it)"
}

# ----------------------------------------------------------------------------------------
# Infrastructure: Redis
# ----------------------------------------------------------------------------------------
ensure_redis() {
  if port_open "$REDIS_PORT"; then ok "Redis already running on 127.0.0.1:$REDIS_PORT (reused)"; return; fi
  ensure_package redis-server redis-server
  # The package's init script may have started a server during the install: that one is ours.
  if ! port_open "$REDIS_PORT"; then
    info "Starting Redis"
    mkdir -p "$STATE/redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
      --dir "$STATE/redis" --pidfile "$PIDS/redis.pid" --logfile "$LOGS/redis.log" >/dev/null
  fi
  mark_started redis "redis"
  wait_for_port Redis "$REDIS_PORT" || { tail_log "$LOGS/redis.log"; die "Redis did not start"; }
}

stop_redis() {
  local pid
  pid="$(read_pid "$PIDS/redis.pid")"
  info "Stopping Redis (started by ./platform)"
  if pid_runs "$pid" redis-server; then
    terminate_pids "$pid"
  elif command -v redis-cli >/dev/null 2>&1; then
    # Started by the package install rather than by us directly: no pid file of ours.
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  rm -f "$INFRA_MARKS/redis" "$PIDS/redis.pid"
}

# ----------------------------------------------------------------------------------------
# Infrastructure: Kafka (single-node KRaft broker from the Maven Central jars)
# ----------------------------------------------------------------------------------------
KAFKA_HOME="$STATE/kafka"

# Copies the broker jars once (again when deploy/local/kafka/pom.xml changes).
ensure_kafka_jars() {
  local pom="$LOCAL_DEPLOY/kafka/pom.xml" stamp="$KAFKA_HOME/libs/.complete" want
  want="$(sha256sum "$pom" | cut -d' ' -f1)"
  [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] && return 0
  info "Downloading the Kafka broker jars (Maven, once)"
  rm -rf "$KAFKA_HOME/libs"; mkdir -p "$KAFKA_HOME/libs"
  mvn -B -q -f "$pom" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$KAFKA_HOME/libs" >"$LOGS/kafka-download.log" 2>&1 ||
    { tail_log "$LOGS/kafka-download.log"; die "downloading the Kafka jars failed"; }
  rm -rf "$LOCAL_DEPLOY/kafka/target"
  echo "$want" >"$stamp"
}

# Sets KAFKA_CMD to run main class $1 (args follow) from the broker jars with a small heap.
kafka_command() {
  KAFKA_CMD=("$JAVA" -Xms64m -Xmx192m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
             -Dlog4j2.configurationFile="$LOCAL_DEPLOY/kafka/log4j2.xml" -Dkafka.logs.dir="$LOGS"
             -cp "$KAFKA_HOME/libs/*" "$@")
}

ensure_kafka() {
  if port_open "$KAFKA_PORT"; then ok "Kafka already running on 127.0.0.1:$KAFKA_PORT (reused)"; return; fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    die "port $KAFKA_CONTROLLER_PORT (Kafka controller) is taken by $(port_owner "$KAFKA_CONTROLLER_PORT") while $KAFKA_PORT is free"
  fi
  ensure_kafka_jars
  mkdir -p "$KAFKA_HOME/data"
  sed "s|@KAFKA_DATA_DIR@|$KAFKA_HOME/data|" "$LOCAL_DEPLOY/kafka/server.properties" >"$KAFKA_HOME/server.properties"
  # --ignore-formatted: an existing data directory with the same (fixed) cluster id is kept.
  kafka_command kafka.tools.StorageTool format -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_HOME/server.properties" --ignore-formatted
  "${KAFKA_CMD[@]}" >"$LOGS/kafka-format.log" 2>&1 ||
    { tail_log "$LOGS/kafka-format.log"; die "formatting the Kafka storage failed (delete $KAFKA_HOME/data to start afresh)"; }
  info "Starting Kafka (KRaft, single node)"
  kafka_command kafka.Kafka "$KAFKA_HOME/server.properties"
  # setsid: the broker outlives this script and a Ctrl-C in the terminal that started it.
  setsid nohup "${KAFKA_CMD[@]}" >"$LOGS/kafka.stdout.log" 2>&1 </dev/null &
  echo $! >"$PIDS/kafka.pid"
  mark_started kafka "kafka"
  wait_for_port Kafka "$KAFKA_PORT" "$!" ||
    { tail_log "$LOGS/kafka.stdout.log"; tail_log "$LOGS/kafka.log"; die "Kafka did not start"; }
}

stop_kafka() { stop_started_process kafka kafka.Kafka Kafka; }

# ----------------------------------------------------------------------------------------
# All infrastructure
# ----------------------------------------------------------------------------------------
# Serialises infrastructure changes between concurrent ./platform runs (tests, benchmarks).
with_lock() {
  exec 9>"$STATE/.lock"
  flock -w 600 9 || die "another ./platform holds $STATE/.lock for more than 10 minutes"
  "$@"
  flock -u 9
}

ensure_infra_unlocked() {
  info "Infrastructure"
  ensure_postgres
  ensure_databases
  ensure_redis
  ensure_kafka
}

ensure_infra() { find_jdk; ensure_state_dirs; with_lock ensure_infra_unlocked; }

stop_infra() {
  local which
  for which in "$@"; do
    started_by_us "$which" || continue
    case "$which" in
      kafka) stop_kafka ;;
      redis) stop_redis ;;
      postgres) stop_postgres ;;
      prometheus) stop_prometheus ;;
      zipkin) stop_zipkin ;;
    esac
  done
}

# Faults for `./platform infra stop|start|restart <name>` (the chaos scenarios). Only what
# ./platform started is stopped: a server found running belongs to someone else.
infra_fault() {
  local action="$1" which="$2"
  case "$which" in postgres|redis|kafka) ;; *) die "infra $action: one of postgres, redis, kafka (not '$which')" ;; esac
  if [[ "$action" != start ]] && ! started_by_us "$which"; then
    die "$which was not started by ./platform (it was found running): not ours to $action"
  fi
  case "$action" in
    stop) "stop_$which" ;;
    start) "ensure_$which" ;;
    restart) "stop_$which"; "ensure_$which" ;;
    *) die "usage: ./platform infra [stop|start|restart <postgres|redis|kafka>]" ;;
  esac
}

infra_status_line() {
  local name="$1" port="$2" mark="$3" state="down" who=""
  port_open "$port" && state="running"
  if started_by_us "$mark"; then who="started by ./platform"; elif [[ $state == running ]]; then who="external (reused, never stopped)"; fi
  if [[ -f "$PIDS/$mark.pid" ]] && [[ $state == running ]]; then who="$who, pid $(read_pid "$PIDS/$mark.pid")"; fi
  printf '  %-18s %-8s 127.0.0.1:%-5s %s\n' "$name" "$state" "$port" "$who"
}
