#!/usr/bin/env bash
# Makes the AOT cache (Java 25: JEP 483, 514) of a Linux app-image: runs the application once to its first frame
# with a fresh store (under Xvfb when there is no display), with the launcher's own options, and keeps the classes
# it loaded and linked in lib/app/jointplan.aot; only then does the launcher name the cache.
# The cache holds each jar's size and time, and a JVM ignores a cache whose jars differ. The jars' times are first
# set to one instant, written to lib/app/jointplan.aot.jar-time, so that the .deb's postinst can put them back after
# jpackage and dpkg have given the files new ones.
# Usage: packaging/aot-cache.sh APP_IMAGE
set -euo pipefail
IMAGE=$(cd "$1" && pwd)
APP="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
CFG="$APP/JointPlan.cfg"
CP=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP|p" "$CFG" | paste -sd: -)
[ -x "$JAVA" ] && [ -n "$CP" ] || { echo "aot-cache.sh: $IMAGE is not a JointPlan app-image" >&2; exit 1; }
OPTIONS=()
while IFS= read -r option; do
    OPTIONS+=("${option//\$APPDIR/$APP}")
done < <(sed -n 's/^java-options=//p' "$CFG" | grep -v -- '^-XX:AOTCache=')
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# the commit's time: the same source gives jars with the same times
JAR_TIME=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
find "$APP" -name '*.jar' -exec touch -m -d "@$JAR_TIME" {} +
echo "$JAR_TIME" > "$APP/jointplan.aot.jar-time"

RUN=()
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "aot-cache.sh: no display, and no xvfb-run to make one" >&2; exit 1; }
    RUN=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
echo "aot-cache: training run"
# started as a double-click starts it (no arguments; the store chosen by the environment variable)
XDG_DATA_HOME="$WORK/data" JOINTPLAN_STORE="$WORK/plan.sqlite" timeout 180 "${RUN[@]}" "$JAVA" \
    -XX:AOTCacheOutput="$APP/jointplan.aot" "${OPTIONS[@]}" -Djointplan.reportFirstFrame=true \
    -cp "$CP" org.jointplan.Main >"$WORK/train.log" 2>&1 || true
grep -q JOINTPLAN_FIRST_FRAME "$WORK/train.log" && [ -f "$APP/jointplan.aot" ] \
    || { tail -20 "$WORK/train.log" >&2; echo "aot-cache.sh: the training run made no cache" >&2; exit 1; }
# the cache must be usable as the launcher starts: -XX:AOTMode=on refuses to start without it
"$JAVA" -XX:AOTMode=on -XX:AOTCache="$APP/jointplan.aot" "${OPTIONS[@]}" -cp "$CP" org.jointplan.Main --version \
    >"$WORK/check.log" 2>&1 || { cat "$WORK/check.log" >&2; rm -f "$APP/jointplan.aot"; exit 1; }
# only now does the launcher name the cache
grep -q -- '^java-options=-XX:AOTCache=' "$CFG" \
    || sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/jointplan.aot' "$CFG"
ls -l "$APP/jointplan.aot"
