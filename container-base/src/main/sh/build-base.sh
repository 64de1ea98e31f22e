#!/usr/bin/env bash
# Assembles the base image of every service image as a `docker save` tarball, without a container
# engine or registry (see docs/adr/0010-container-images.md): a jlink'd Java runtime of the JDK that
# runs the build, the C libraries it and bash/grep link to (copied from this machine), a non-root
# user, /tmp and the C.UTF-8 locale. One layer; the same inputs (JDK, Debian packages, this
# module) give the same bytes.
#
#   build-base.sh <jdk> <output dir> <image name> <modules> <rootfs files>
set -euo pipefail
umask 022

readonly JDK="$1" OUT="$2" IMAGE="$3" MODULES="$4" FILES="$5"
readonly ROOTFS="$OUT/rootfs" STAGE="$OUT/image" APP_UID=65532
# Fixed timestamps: 1 s after the epoch for files, as Jib writes its own layers.
readonly TAR=(tar --sort=name --format=gnu --mtime=@1 --numeric-owner)

die() { echo "build-base.sh: $*" >&2; exit 1; }
[[ -x "$JDK/bin/jlink" ]] || die "no jlink in $JDK (the build needs a full JDK 21+, not a JRE)"
command -v ldd >/dev/null || die "ldd is missing (Debian package libc-bin)"

rm -rf "$ROOTFS" "$STAGE"
mkdir -p "$ROOTFS/usr/bin" "$STAGE"

# --- the Java runtime ----------------------------------------------------------------------
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$ROOTFS/opt/java" \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive >/dev/null
# Desktop-only natives (X11, ALSA, splash screen) are never loaded by a headless server; without
# them the runtime links to glibc alone. The CDS archive for heaps over 32 GB is never used here.
rm -f "$ROOTFS"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so \
      "$ROOTFS/opt/java/lib/server/classes_nocoops.jsa"

# --- the healthcheck's tools (deploy/docker-compose.yml probes with bash's /dev/tcp and grep) ---
cp /usr/bin/bash /usr/bin/grep "$ROOTFS/usr/bin/"
# Debian's C.UTF-8 locale (libc-bin): without it LANG=C.UTF-8 falls back to ASCII and the JVM
# decodes file names and its environment as ASCII (sun.jnu.encoding).
[[ -d /usr/lib/locale/C.utf8 ]] || die "/usr/lib/locale/C.utf8 is missing (Debian package libc-bin)"
mkdir -p "$ROOTFS/usr/lib/locale"
cp -R /usr/lib/locale/C.utf8 "$ROOTFS/usr/lib/locale/"

# --- the shared libraries all of these load, at the paths the dynamic loader looks them up ---
libraries() {
  local file
  while IFS= read -r -d '' file; do
    [[ "$(od -An -N4 -tx1 "$file")" == " 7f 45 4c 46" ]] || continue
    # libjvm.so is found through the runtime's own lib directory, not the system's.
    { LD_LIBRARY_PATH="$ROOTFS/opt/java/lib:$ROOTFS/opt/java/lib/server" ldd "$file" || true; } |
      awk -v own="$ROOTFS" '
        /not found/            { print "MISSING " $1; next }
        $2 == "=>" && $3 ~ /^\// { if (index($3, own) != 1) print $3; next }
        $1 ~ /^\//             { print $1 }'
  done < <(find "$ROOTFS" -type f -print0)
}
mapfile -t libs < <(libraries | sort -u)
for lib in "${libs[@]}"; do
  [[ "$lib" == MISSING* ]] && die "a file of the image links to a library this machine lacks: ${lib#MISSING }"
  mkdir -p "$ROOTFS$(dirname "$lib")"
  cp -L "$lib" "$ROOTFS$lib"
done

# --- users, name lookup, writable directories -------------------------------------------------
cp -R "$FILES/." "$ROOTFS/"
mkdir -p "$ROOTFS/tmp" "$ROOTFS/home/app"
find "$ROOTFS" -type d -exec chmod 755 {} +
find "$ROOTFS" -type f -exec chmod go-w {} +
chmod 1777 "$ROOTFS/tmp"

# --- the layer: everything root-owned, then the user's home appended as the user's --------------
"${TAR[@]}" --owner=0 --group=0 --exclude=./home/app -cf "$STAGE/layer.tar" -C "$ROOTFS" .
"${TAR[@]}" --owner="$APP_UID" --group="$APP_UID" -rf "$STAGE/layer.tar" -C "$ROOTFS" ./home/app
diff_id="sha256:$(sha256sum "$STAGE/layer.tar" | cut -d' ' -f1)"
gzip -n -6 "$STAGE/layer.tar"

case "$(uname -m)" in
  x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) arch="$(uname -m)" ;;
esac
java_version="$("$ROOTFS/opt/java/bin/java" -XshowSettings:properties -version 2>&1 |
  awk -F' = ' '/java.runtime.version/ { print $2 }')"

cat >"$STAGE/config.json" <<EOF
{"architecture":"$arch","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"$APP_UID:$APP_UID","WorkingDir":"/home/app",
  "Env":["PATH=/opt/java/bin:/usr/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
  "Entrypoint":["/opt/java/bin/java"],"Cmd":["-version"],
  "Labels":{"org.opencontainers.image.title":"container-base","org.opencontainers.image.version":"$java_version"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"container-base/src/main/sh/build-base.sh: Java $java_version (jlink: $MODULES), glibc, bash, grep, user $APP_UID"}]}
EOF
printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar.gz"]}]\n' "$IMAGE" >"$STAGE/manifest.json"

"${TAR[@]}" --owner=0 --group=0 -cf "$OUT/container-base.tar" -C "$STAGE" config.json layer.tar.gz manifest.json
echo "container-base: $OUT/container-base.tar ($(du -h "$OUT/container-base.tar" | cut -f1), Java $java_version, ${#libs[@]} system libraries)"
