#!/usr/bin/env bash
# Makes the class-data sharing (AppCDS) archive of a Linux app-image: runs the application once to its first frame
# with a fresh store (under Xvfb when there is no display) recording the classes it loads, then dumps a static
# archive of them next to the jars. The class list is kept in the app folder so that the .deb's postinst can dump
# the archive again where the application is installed (Java 17 checks the archive's class path against the files).
# Usage: packaging/appcds.sh APP_IMAGE
set -euo pipefail
IMAGE=$(cd "$1" && pwd)
APP="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
CP=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP|p" "$APP/JointPlan.cfg" | paste -sd: -)
[ -x "$JAVA" ] && [ -n "$CP" ] || { echo "appcds.sh: $IMAGE is not a JointPlan app-image" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

RUN=()
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "appcds.sh: no display, and no xvfb-run to make one" >&2; exit 1; }
    RUN=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
echo "appcds: training run"
# started as a double-click starts it (no arguments; the store chosen by the environment variable)
XDG_DATA_HOME="$WORK/data" JOINTPLAN_STORE="$WORK/plan.sqlite" timeout 120 "${RUN[@]}" "$JAVA" \
    -XX:DumpLoadedClassList="$APP/jointplan.classlist" -Djointplan.reportFirstFrame=true \
    -Dorg.sqlite.lib.path="$APP/native" -cp "$CP" org.jointplan.Main 2>"$WORK/train.log" \
    | grep JOINTPLAN_FIRST_FRAME || { echo "appcds.sh: the training run did not reach its first frame" >&2; exit 1; }
echo "appcds: dumping $(wc -l < "$APP/jointplan.classlist") classes"
# dumped with the launcher's maximum heap, so that the archived heap objects need no relocation at start
XMX=$(sed -n 's/^java-options=\(-Xmx.*\)/\1/p' "$APP/JointPlan.cfg")
"$JAVA" -Xshare:dump $XMX -XX:SharedClassListFile="$APP/jointplan.classlist" \
    -XX:SharedArchiveFile="$APP/jointplan.jsa" -cp "$CP" > "$WORK/dump.log" 2>&1 \
    || { tail -20 "$WORK/dump.log" >&2; exit 1; }
# only now does the launcher name the archive: a JVM told to use a missing archive runs with no sharing at all
OPTION=$(grep -- '^-XX:SharedArchiveFile=' "$(dirname "$0")/java-options.txt")
grep -q -- "$OPTION" "$APP/JointPlan.cfg" || sed -i "/^\[JavaOptions\]/a java-options=$OPTION" "$APP/JointPlan.cfg"
ls -l "$APP/jointplan.jsa"
