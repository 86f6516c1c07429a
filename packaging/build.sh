#!/usr/bin/env bash
# Builds JointPlan's installers with jpackage: on Linux an app-image and a .deb, on Windows a per-user .msi, on
# macOS a .dmg; each with a jlink runtime of only the JDK modules in modules.txt. JavaFX and the other libraries
# stay jars on the class path. Run by `mvn -Ppackage package` (after the jar and target/lib exist), or by hand
# after `mvn package`. Options: --app-image-only (skip the installer), --no-cds (skip the AOT cache).
# The version comes from pom.xml (through target/classes/org/jointplan/version.properties).
# The runtime is made from a JDK 25 or later (the code itself stays Java 17): its AOT cache (JEP 483, 514) is what
# brings the start within the target. The JDK is JPACKAGE_JDK, else the first JDK 25+ among JAVA_HOME, the `java`
# on the PATH and the usual install folders.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_IMAGE_ONLY=false
CDS=true
# split on spaces: Maven passes -Djpackage.options="--app-image-only --no-cds" as one argument
for arg in $*; do
    case "$arg" in
        --app-image-only) APP_IMAGE_ONLY=true ;;
        --no-cds) CDS=false ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

JDK_NEEDED=25
feature_version() { # the JDK's feature release (17, 21, 25 ...), or nothing when $1 is not a JDK with jpackage
    { [ -x "$1/bin/jpackage" ] || [ -x "$1/bin/jpackage.exe" ]; } || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | tr -d '\r' | sed -n 's/^ *java.specification.version = //p'
}
find_jdk() {
    if [ -n "${JPACKAGE_JDK:-}" ]; then
        echo "$JPACKAGE_JDK"
        return
    fi
    local on_path=""
    command -v java >/dev/null && on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    for home in "${JAVA_HOME:-}" "$on_path" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -n "$home" ] && [ "$(feature_version "$home")" -ge "$JDK_NEEDED" ] 2>/dev/null && { echo "$home"; return; }
    done
}
JDK=$(find_jdk)
JDK_VERSION=$(feature_version "${JDK:-/none}")
if ! [ "${JDK_VERSION:-0}" -ge "$JDK_NEEDED" ] 2>/dev/null; then
    echo "build.sh: packaging needs a JDK $JDK_NEEDED or later (for its runtime and AOT cache);" \
        "install one and name it with JPACKAGE_JDK=/path/to/jdk${JPACKAGE_JDK:+ (not $JPACKAGE_JDK)}" >&2
    exit 1
fi
JAVA_BIN="$JDK/bin/"
VERSION=$(sed -n 's/^version=//p' target/classes/org/jointplan/version.properties)
APP_VERSION="${VERSION%%-*}" # jpackage wants numbers only: 0.2.0-SNAPSHOT builds as 0.2.0
OUT=target/jpackage
case "$(uname -s)" in
    Linux*) OS=linux; ICON=packaging/icons/jointplan-256.png; SEP=: ;;
    Darwin*) OS=mac; ICON=target/jpackage-icons/JointPlan.icns; SEP=: ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows; ICON=packaging/icons/jointplan.ico; SEP=';' ;;
    *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
[ -f target/jointplan.jar ] && [ -d target/lib ] || { echo "build.sh: run mvn package first" >&2; exit 1; }

echo "== JointPlan $VERSION for $OS, runtime from $JDK (Java $JDK_VERSION)"
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/jointplan.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"
# SQLite's native library, taken out of sqlite-jdbc's jar once here: otherwise it is written to the temporary folder
# and loaded from there at every start, which costs time and fails where policy forbids running code from %TEMP%
case "$(uname -m)" in arm64|aarch64) ARCH=aarch64 ;; *) ARCH=x86_64 ;; esac
case "$OS" in linux) NATIVE=Linux; NATIVE_FX=linux ;; mac) NATIVE=Mac; NATIVE_FX=mac ;;
    windows) NATIVE=Windows; NATIVE_FX=win ;; esac
[ "$OS" = mac ] && [ "$ARCH" = aarch64 ] && NATIVE_FX=mac-aarch64
SQLITE_JAR=$(cd target/lib && echo sqlite-jdbc-*.jar)
mkdir -p "$OUT/native-jar"
(cd "$OUT/native-jar" && "${JAVA_BIN}jar" xf "../../lib/$SQLITE_JAR" "org/sqlite/native/$NATIVE/$ARCH")
mkdir -p "$OUT/input/native"
cp "$OUT/native-jar/org/sqlite/native/$NATIVE/$ARCH/"* "$OUT/input/native/"
# JavaFX's native libraries likewise: JavaFX loads them from beside its jars (from ../bin on Windows) before it
# would extract them into the user's profile (~/.openjfx/cache)
FX_NATIVE="$OUT/input/lib"
[ "$OS" = windows ] && FX_NATIVE="$OUT/input/bin" && mkdir -p "$FX_NATIVE"
for jar in target/lib/javafx-*-"$NATIVE_FX".jar; do
    LIBS=$("${JAVA_BIN}jar" tf "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
    [ -n "$LIBS" ] && (cd "$FX_NATIVE" && "${JAVA_BIN}jar" xf "../../../lib/$(basename "$jar")" $LIBS)
done

# The runtime: only the listed modules. jdeps checks that nothing the code uses is missing (jdk.jfr is an optional
# dependency of javafx.base, used only when flight recording is on).
MODULES=$(grep -v '^\s*#' packaging/modules.txt | grep -v '^\s*$' | paste -sd, -)
# From the application's jar through every library it reaches: POI's jars declare modules whose names the jars
# they need do not carry, so naming each jar as a root would stop jdeps at resolving them.
NEEDED=$("${JAVA_BIN}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps --recursive \
    --class-path "$OUT/input/lib/*" "$OUT/input/jointplan.jar" 2>/dev/null | tail -1)
for module in ${NEEDED//,/ }; do
    if [[ ",$MODULES,jdk.jfr," != *",$module,"* ]]; then
        echo "build.sh: the code needs the module $module; add it to packaging/modules.txt" >&2
        exit 1
    fi
done
echo "jlink: $MODULES (jdeps asks for $NEEDED)"
# no --compress: compressed modules are inflated at every start; the installers are compressed anyway
"${JAVA_BIN}jlink" --add-modules "$MODULES" --include-locales=en,en-GB --strip-debug --no-header-files \
    --no-man-pages --generate-cds-archive --output "$OUT/runtime"

if [ "$OS" != linux ]; then
    # no AOT cache on Windows and macOS: the runtime's own class-data archive is dumped again with the launcher's
    # module options (the lines of java-options.txt that start with --), since a JVM started with other ones than
    # its archive's prints errors at start and leaves part of the archive unused
    # shellcheck disable=SC2046
    "$OUT/runtime/bin/java" -Xshare:dump $(grep -E '^--' packaging/java-options.txt) >/dev/null
fi

JAVA_OPTIONS=()
while IFS= read -r line; do
    line="${line%%#*}"; line="${line%"${line##*[![:space:]]}"}"
    [ -z "$line" ] && continue
    JAVA_OPTIONS+=(--java-options "$line")
done < packaging/java-options.txt
if [ "$OS" = windows ] && [ "$CDS" = true ]; then
    # the per-user install folder is the user's own: the first run writes a class-data archive there, later runs
    # use it (an AOT cache trained here would not survive: jpackage copies the jars with new times, and the cache
    # is tied to them)
    JAVA_OPTIONS+=(--java-options "-XX:+AutoCreateSharedArchive" --java-options "-XX:SharedArchiveFile=\$APPDIR/jointplan.jsa")
fi

if [ "$OS" = mac ]; then
    # macOS wants an .icns; iconutil (macOS only) makes one from the PNGs
    mkdir -p target/jpackage-icons/JointPlan.iconset
    for size in 16 32 128 256 512; do
        cp "packaging/icons/jointplan-$size.png" "target/jpackage-icons/JointPlan.iconset/icon_${size}x${size}.png"
    done
    iconutil -c icns -o "$ICON" target/jpackage-icons/JointPlan.iconset
fi

COMMON=(--name JointPlan --app-version "$APP_VERSION" --vendor "JointPlan contributors"
    --description "Joint SEND commissioning delivery plans for councils and the NHS"
    --copyright "Copyright (c) 2026 The JointPlan contributors (MIT licence)")
MAC_ID=()
[ "$OS" = mac ] && MAC_ID=(--mac-package-identifier org.jointplan.JointPlan)
"${JAVA_BIN}jpackage" --type app-image "${COMMON[@]}" --input "$OUT/input" --main-jar jointplan.jar \
    --main-class org.jointplan.Main --runtime-image "$OUT/runtime" --icon "$ICON" "${JAVA_OPTIONS[@]}" \
    "${MAC_ID[@]}" --dest "$OUT"
case "$OS" in
    linux) APP_IMAGE="$OUT/JointPlan"; APP_DIR="$APP_IMAGE/lib/app" ;;
    mac) APP_IMAGE="$OUT/JointPlan.app"; APP_DIR="$APP_IMAGE/Contents/app" ;;
    windows) APP_IMAGE="$OUT/JointPlan"; APP_DIR="$APP_IMAGE/app" ;;
esac
echo "app-image: $APP_IMAGE"

if [ "$OS" = linux ] && [ "$CDS" = true ]; then
    packaging/aot-cache.sh "$APP_IMAGE" || echo "build.sh: no AOT cache (see above); the app starts without it"
fi
# jpackage's Linux launcher asks dpkg and rpm about itself at every start: a shell script does without
[ "$OS" = linux ] && packaging/linux-launcher.sh "$APP_IMAGE"
$APP_IMAGE_ONLY && exit 0

INSTALLER=(--app-image "$APP_IMAGE" "${COMMON[@]}" --file-associations packaging/jplan.properties
    --license-file LICENSE --dest "$OUT/installers")
case "$OS" in
    linux)
        # jpackage gives the files new times; postinst puts back the jars' times the AOT cache was made with
        "${JAVA_BIN}jpackage" --type deb "${INSTALLER[@]}" --resource-dir packaging/linux \
            --linux-package-deps "libgtk-3-0, libxtst6" \
            --linux-package-name jointplan --linux-deb-maintainer "jointplan@example.org" \
            --linux-menu-group "Office" --linux-app-category "office" --linux-shortcut ;;
    windows)
        # per-user: installs under %LOCALAPPDATA% without administrator rights
        "${JAVA_BIN}jpackage" --type msi "${INSTALLER[@]}" --win-per-user-install --win-dir-chooser \
            --win-menu --win-menu-group "JointPlan" --win-shortcut \
            --win-upgrade-uuid 6f1c1d0e-3d55-4b8e-9a53-5a7e1f2c8b41 ;;
    mac)
        "${JAVA_BIN}jpackage" --type dmg "${INSTALLER[@]}" ;;
esac
ls -l "$OUT/installers"
