# shellcheck shell=bash
# Output, toolchain (JDK, Maven), processes, ports, pid files and OS packages.
# Sourced by ./platform (which sets ROOT, STATE, LOGS, PIDS, INFRA_MARKS, LOCAL_DEPLOY); not run on its own.

# ----------------------------------------------------------------------------------------
# Output helpers
# ----------------------------------------------------------------------------------------
if [[ -t 1 ]]; then BOLD=$'\e[1m' RED=$'\e[31m' GREEN=$'\e[32m' YELLOW=$'\e[33m' RESET=$'\e[0m'
else BOLD='' RED='' GREEN='' YELLOW='' RESET=''; fi

info() { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
ok()   { printf '  %s✓%s %s\n' "$GREEN" "$RESET" "$*"; }
warn() { printf '%swarning:%s %s\n' "$YELLOW" "$RESET" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

ensure_state_dirs() { mkdir -p "$LOGS" "$PIDS" "$INFRA_MARKS"; }

# ----------------------------------------------------------------------------------------
# Toolchain: a JDK >= 21 and Maven
# ----------------------------------------------------------------------------------------
# Major version of the JDK at $1, or 0 when it is not a usable JDK (javac is needed by Maven).
jdk_major() {
  local home="$1" version=""
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || { echo 0; return; }
  if [[ -r "$home/release" ]]; then
    version="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")"
  fi
  if [[ -z "$version" ]]; then
    version="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  fi
  version="${version#1.}"                 # 1.8 -> 8
  version="${version%%[.+-]*}"
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

# Sets JAVA_HOME/JAVA: $JAVA_HOME if >= 21, else the newest JDK >= 21 under /usr/lib/jvm.
find_jdk() {
  local best="" best_major=0 candidate major
  if [[ -n "${JAVA_HOME:-}" ]] && (( $(jdk_major "$JAVA_HOME") >= 21 )); then
    best="$JAVA_HOME"; best_major="$(jdk_major "$JAVA_HOME")"
  else
    for candidate in /usr/lib/jvm/*; do
      [[ -d "$candidate" ]] || continue
      major="$(jdk_major "$candidate")"
      if (( major >= 21 && major > best_major )); then best="$candidate"; best_major="$major"; fi
    done
  fi
  if [[ -z "$best" ]]; then
    die "no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/* checked).
       Install one, e.g. 'apt-get install -y openjdk-21-jdk-headless' (or Temurin 21/25),
       or point JAVA_HOME at it."
  fi
  JAVA_HOME="$(cd "$best" && pwd -P)"
  JAVA="$JAVA_HOME/bin/java"
  JAVA_MAJOR="$best_major"
  export JAVA_HOME
}

# Sets up Maven's environment; mvn must be on PATH.
setup_maven() {
  find_jdk
  command -v mvn >/dev/null 2>&1 ||
    die "Maven ('mvn') is not on PATH. Install it, e.g. 'apt-get install -y maven' (3.8.7 or newer)."
  # JDK 24+ prints a warning for every sun.misc.Unsafe use (Guava inside Maven); this option
  # does not exist before 24, where passing it would make the JVM refuse to start.
  if (( JAVA_MAJOR >= 24 )) && [[ "${MAVEN_OPTS:-}" != *--sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}

run_mvn() { (cd "$ROOT" && mvn "$@"); }

# ----------------------------------------------------------------------------------------
# Processes, ports and pid files
# ----------------------------------------------------------------------------------------
port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Who listens on a port, as `ss` can tell (process names need root or the same user).
port_owner() {
  local line
  line="$(ss -Hltnp "sport = :$1" 2>/dev/null | head -n1 || true)"
  # users:(("python3",pid=7864,fd=3)) -> python3 (pid 7864)
  if [[ "$line" =~ users:\(\(\"([^\"]*)\",pid=([0-9]+) ]]; then
    echo "${BASH_REMATCH[1]} (pid ${BASH_REMATCH[2]})"
  else
    echo "a process ss cannot name (try as root: ss -ltnp 'sport = :$1')"
  fi
}

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# True when pid $1 is alive and its command line contains $2 (guards against pid reuse).
pid_runs() {
  local pid="$1" needle="$2" cmdline
  pid_alive "$pid" || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmdline" == *"$needle"* ]]
}

read_pid() { if [[ -s "$1" ]]; then tr -dc '0-9' <"$1"; fi; }

# Stops the given pids: TERM, wait up to STOP_TIMEOUT seconds, then KILL and wait again.
terminate_pids() {
  local pid waited=0 alive
  (( $# )) || return 0
  kill -TERM "$@" 2>/dev/null || true
  while :; do
    alive=()
    for pid in "$@"; do pid_alive "$pid" && alive+=("$pid"); done
    (( ${#alive[@]} )) || return 0
    if (( waited >= STOP_TIMEOUT )); then
      warn "still running after ${STOP_TIMEOUT}s, killing: ${alive[*]}"
      kill -KILL "${alive[@]}" 2>/dev/null || true
      sleep 1
      return 0
    fi
    sleep 1; waited=$((waited + 1))
  done
}

tail_log() {
  [[ -f "$1" ]] || return 0
  { echo "----- last 40 lines of $1 -----"; tail -n 40 "$1"; echo "-----"; } >&2
}

# ----------------------------------------------------------------------------------------
# OS packages
# ----------------------------------------------------------------------------------------
# Installs Debian package $1 unless command $2 exists. Only root may; others get the command.
ensure_package() {
  local package="$1" command_name="$2"
  command -v "$command_name" >/dev/null 2>&1 && return 0
  is_root || die "'$command_name' is missing and only root may install it. Run:
       sudo apt-get update && sudo apt-get install -y $package
       then run this command again."
  command -v apt-get >/dev/null 2>&1 || die "'$command_name' is missing and apt-get is not available; install $package."
  info "Installing $package (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have an empty package index: update only when the first try fails.
  apt-get install -y -q "$package" >"$LOGS/apt-$package.log" 2>&1 ||
    { apt-get update -q >>"$LOGS/apt-$package.log" 2>&1 && apt-get install -y -q "$package" >>"$LOGS/apt-$package.log" 2>&1; } ||
    { tail_log "$LOGS/apt-$package.log"; die "apt-get install $package failed (log: $LOGS/apt-$package.log)"; }
}

