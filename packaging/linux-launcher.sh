#!/usr/bin/env bash
# Replaces the jpackage launcher of a Linux app-image (bin/JointPlan) by a small shell script that starts the same
# runtime with the same options and class path (read from lib/app/JointPlan.cfg). jpackage's launcher (Java 17 and 25) runs
# "rpm -qf" and "dpkg -S" on itself, twice, at every start to find the package it came from: about half a second
# here, a third of the whole start. The script names the AOT cache only when it is there (an app-image built with
# --no-cds has none).
# Usage: packaging/linux-launcher.sh APP_IMAGE
set -euo pipefail
IMAGE=$(cd "$1" && pwd)
CFG="$IMAGE/lib/app/JointPlan.cfg"
[ -f "$CFG" ] || { echo "linux-launcher.sh: $IMAGE is not a JointPlan app-image" >&2; exit 1; }
MAIN=$(sed -n 's/^app.mainclass=//p' "$CFG")
CP=$(sed -n 's/^app.classpath=//p' "$CFG" | paste -sd: -)
OPTIONS=""
while IFS= read -r option; do
    [[ "$option" == -XX:AOTCache=* ]] && continue
    OPTIONS="$OPTIONS \"$option\""
done < <(sed -n 's/^java-options=//p' "$CFG")
cat > "$IMAGE/bin/JointPlan" <<LAUNCHER
#!/bin/sh
# JointPlan's launcher, written by packaging/linux-launcher.sh from lib/app/JointPlan.cfg (see there why).
HERE=\$(dirname "\$(readlink -f "\$0")")
APPDIR=\$(readlink -f "\$HERE/../lib/app")
JAVA="\$HERE/../lib/runtime/bin/java"
if [ -f "\$APPDIR/jointplan.aot" ]; then
    exec "\$JAVA" "-XX:AOTCache=\$APPDIR/jointplan.aot"$OPTIONS -cp "$CP" $MAIN "\$@"
fi
exec "\$JAVA"$OPTIONS -cp "$CP" $MAIN "\$@"
LAUNCHER
chmod 755 "$IMAGE/bin/JointPlan"
rm -f "$IMAGE/lib/libapplauncher.so"
