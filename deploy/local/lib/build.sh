# shellcheck shell=bash
# Build: Maven runs only for the modules that changed since their last build, and their dependents.
# Sourced by ./platform (which sets ROOT, STATE, LOGS, PIDS, INFRA_MARKS, LOCAL_DEPLOY); not run on its own.

# ----------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------
# One stamp per Maven module, touched when a build of it started; the root pom.xml counts for all.
STAMPS="$STATE/build"

maven_modules() { sed -n 's|.*<module>\([^<]*\)</module>.*|\1|p' "$ROOT/pom.xml"; }

# True when a file of module $1 (its pom.xml, src/, …; not target/) is newer than its stamp,
# or the module is a service whose runnable jar is missing.
module_changed() {
  local module="$1" stamp="$STAMPS/$1"
  [[ -f "$stamp" && ! "$ROOT/pom.xml" -nt "$stamp" ]] || return 0
  if [[ -n "${PORT[$module]:-}" && ! -f "$(service_jar "$module")" ]]; then return 0; fi
  [[ -n "$(find "$ROOT/$module" \( -name target -o -name node_modules \) -prune -o -type f -newer "$stamp" -print -quit)" ]]
}

# Stamps every module as built as of $1 (a file touched when the build started): modules Maven
# did not build had no change older than that.
mark_built() {
  local module
  mkdir -p "$STAMPS"
  while read -r module; do touch -r "$1" "$STAMPS/$module"; done < <(maven_modules)
  rm -f "$1"
}

# The root pom.xml in the local Maven repository: a module built with -pl finds its parent there
# when it is run on its own later (load-tests by ./platform bench, system-tests), and -pl does
# not install the parent. Installed again when pom.xml changed since.
install_parent_pom() {
  [[ -f "$STAMPS/.parent" && ! "$ROOT/pom.xml" -nt "$STAMPS/.parent" ]] && return 0
  run_mvn -B -q -N install || die "installing the parent pom.xml failed (see the Maven output above)"
  mkdir -p "$STAMPS"; touch "$STAMPS/.parent"
}

# Builds the changed modules and those depending on them (-amd), nothing when none changed.
build_if_changed() {
  local module started=$SECONDS marker="$STATE/build.pending"
  local -a changed=()
  install_parent_pom
  while read -r module; do module_changed "$module" && changed+=("$module"); done < <(maven_modules)
  if (( ${#changed[@]} == 0 )); then ok "build up to date (no module changed since its last build)"; return 0; fi
  local list
  list="$(IFS=,; echo "${changed[*]}")"
  info "Building what changed and what depends on it (mvn -B -q -DskipTests install -pl $list -amd)"
  touch "$marker"
  run_mvn -B -q -DskipTests install -pl "$list" -amd || die "build failed (see the Maven output above)"
  mark_built "$marker"
  ok "built in $((SECONDS - started))s"
}

