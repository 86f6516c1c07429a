#!/usr/bin/env bash
# Smoke test of the real artefact: starts the Linux app-image under a private Xvfb with a fresh store, waits for
# the main window with the plan, takes a screenshot, hands it a plan package from a second start, then closes it
# with Ctrl+Q and checks that it closed cleanly. Fails (non-zero) when any of that does not happen.
# Usage: packaging/smoke-test.sh [--build]   (--build, or a missing app-image, runs mvn -Ppackage package first)
# Needs: Xvfb, xdotool, ImageMagick's import (apt-get install xvfb xdotool imagemagick).
# Writes the screenshot to target/smoke/packaged.png (or $SMOKE_SCREENSHOT).
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=target/jpackage/JointPlan
SHOT=${SMOKE_SCREENSHOT:-target/smoke/packaged.png}

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || fail "it needs $tool (apt-get install xvfb xdotool imagemagick)"
done
if [ "${1:-}" = --build ] || [ ! -x "$IMAGE/bin/JointPlan" ]; then
    mvn -B -q -Ppackage package -Djpackage.options=--app-image-only
fi
[ -x "$IMAGE/bin/JointPlan" ] || fail "no app-image in $IMAGE"

WORK=$(mktemp -d)
XVFB=""
APP=""
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
    [ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for n in $(seq 121 160); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    XVFB=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    if [ -e "/tmp/.X11-unix/X$n" ]; then export DISPLAY=":$n"; break; fi
    kill "$XVFB" 2>/dev/null || true; XVFB=""
done
[ -n "$XVFB" ] || fail "Xvfb did not start"

# the launcher must start with its AOT cache: -XX:AOTMode=on makes the JVM refuse to start without it
if [ -f "$IMAGE/lib/app/jointplan.aot" ]; then
    JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$IMAGE/bin/JointPlan" --version >"$WORK/aot.txt" 2>&1 \
        || { cat "$WORK/aot.txt" >&2; fail "the launcher does not start with its AOT cache"; }
    echo "smoke-test: the launcher starts with its AOT cache"
fi

# a fresh store and a data folder (logs, instance lock) of our own
export XDG_DATA_HOME="$WORK/data"
START=$(date +%s)
"$IMAGE/bin/JointPlan" --store "$WORK/plan.sqlite" >"$WORK/out.txt" 2>"$WORK/err.txt" &
APP=$!

WINDOW=""
for _ in $(seq 120); do
    WINDOW=$(xdotool search --name ' - JointPlan$' 2>/dev/null | head -1 || true)
    [ -n "$WINDOW" ] && break
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/err.txt" >&2; fail "the application ended before its window showed"; }
    sleep 0.5
done
[ -n "$WINDOW" ] || { cat "$WORK/err.txt" >&2; fail "no main window with a plan within 60 s"; }
echo "smoke-test: main window '$(xdotool getwindowname "$WINDOW")' after $(( $(date +%s) - START )) s"
LOG="$XDG_DATA_HOME/jointplan/logs/jointplan-0.log"
grep -q "Plan store opened: $WORK/plan.sqlite; SQLite 3\." "$LOG" || fail "the log $LOG does not say the store opened"

mkdir -p "$(dirname "$SHOT")"
for _ in $(seq 20); do # the title is set a moment before the plan's first frame is drawn
    sleep 0.5
    import -window root "$SHOT" || fail "no screenshot"
    [ "$(stat -c %s "$SHOT")" -gt 50000 ] && break
done
[ "$(stat -c %s "$SHOT")" -gt 50000 ] || fail "the screenshot $SHOT looks empty"
echo "smoke-test: screenshot $SHOT"

# a second start with a plan package must hand it to this window and end at once
echo "PK" > "$WORK/from-the-icb.jplan"
SECOND=$(timeout 20 "$IMAGE/bin/JointPlan" --store "$WORK/plan.sqlite" "$WORK/from-the-icb.jplan" 2>&1) \
    || fail "the second start failed: $SECOND"
[[ "$SECOND" == *"was handed to its window"* ]] || fail "the second start did not hand over: $SECOND"
DIALOG=""
for _ in $(seq 40); do
    DIALOG=$(xdotool search --name '^(Message|Error)$' 2>/dev/null | head -1 || true)
    [ -n "$DIALOG" ] && break
    sleep 0.25
done
[ -n "$DIALOG" ] || fail "the window showed no message for the handed-over package"
echo "smoke-test: a second start handed its package over; the window says so"

# close cleanly with the keyboard (the message first: it is modal), and check it really ended well
xdotool windowfocus --sync "$DIALOG" 2>/dev/null || true
xdotool key --clearmodifiers Escape
for _ in $(seq 20); do xdotool search --name '^(Message|Error)$' >/dev/null 2>&1 || break; sleep 0.25; done
xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 40); do kill -0 "$APP" 2>/dev/null || break; sleep 0.25; done
kill -0 "$APP" 2>/dev/null && fail "the window did not close on Ctrl+Q"
wait "$APP" && CODE=0 || CODE=$?
APP=""
[ "$CODE" -eq 0 ] || fail "the application exited with $CODE"
grep -q "JointPlan closed" "$LOG" || fail "the log does not say JointPlan closed"
[ ! -e "$WORK/plan.sqlite-wal" ] || fail "the store was not closed cleanly (its WAL file is still there)"
if grep -E "Exception|SEVERE" "$WORK/err.txt" >/dev/null; then cat "$WORK/err.txt" >&2; fail "errors on stderr"; fi
echo "smoke-test: passed"
