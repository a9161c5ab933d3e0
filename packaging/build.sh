#!/usr/bin/env bash
# Builds Beeper Composer as an installable desktop app with jpackage (JDK 17+).
#   packaging/build.sh              an app image (a folder with a launcher and its own runtime)
#                                   bin/ also holds beeper-composer, the command line (send, chats, history)
#   packaging/build.sh deb|rpm      a Linux package with a menu entry
#   packaging/build.sh msi|exe      on Windows (needs the WiX toolset)
#   packaging/build.sh dmg|pkg      on macOS (make icons/beeper-composer.icns first: packaging/macos/make-icns.sh)
# JavaFX jars are per platform, so build on the platform you package for. Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-app-image}"
VERSION="$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')"
APP_VERSION="${VERSION%%-*}"   # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0

rm -rf target/package target/installer
mvn -q -B -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=target/package/lib
cp "target/beeper-composer-${VERSION}.jar" target/package/lib/

case "$(uname -s)" in
  Linux*) ICON=icons/beeper-composer-256.png ;;
  Darwin*) ICON=icons/beeper-composer.icns ;;
  *) ICON=icons/beeper-composer.ico ;;
esac

EXTRA=()
case "$TYPE" in
  deb|rpm) EXTRA=(--linux-shortcut --linux-menu-group "Network;InstantMessaging" --linux-app-category net) ;;
  msi|exe) EXTRA=(--win-menu --win-shortcut --win-dir-chooser) ;;
esac

# The app image first; installers are made from it, so they carry its class-data archive.
# Its JVM compiles with the quick compiler only (C1, -XX:TieredStopAtLevel=1): a start is mostly
# code run once, where the optimising compiler's work competes with the window for the CPU
# (bench/README.md has the figures; pom.xml gives mvn javafx:run the same option).
jpackage --type app-image \
  --name "Beeper Composer" \
  --app-version "$APP_VERSION" \
  --description "Compose and send messages through the Beeper Desktop API" \
  --vendor "Beeper Composer" \
  --input target/package/lib \
  --main-jar "beeper-composer-${VERSION}.jar" \
  --main-class com.beepercomposer.Launcher \
  --icon "$ICON" \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-Xshare:auto" \
  --java-options "-XX:TieredStopAtLevel=1" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/beeper-composer.jsa' \
  --add-launcher beeper-composer=packaging/cli-launcher.properties \
  --dest target/installer
IMAGE="$(find target/installer -mindepth 1 -maxdepth 1 | head -1)"

# A start maps the classes a training start recorded (packaging/cds-archive.sh) instead of
# loading each: about 40% of the time to the first window. Without a display on Linux the
# training start runs in a virtual one when xvfb-run is there; without the archive the app
# starts as before (-Xshare:auto).
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run > /dev/null; then
  xvfb-run -a packaging/cds-archive.sh --image "$IMAGE" || true
else
  packaging/cds-archive.sh --image "$IMAGE" || true
fi

if [ "$TYPE" != app-image ]; then
  jpackage --type "$TYPE" \
    --name "Beeper Composer" \
    --app-version "$APP_VERSION" \
    --description "Compose and send messages through the Beeper Desktop API" \
    --vendor "Beeper Composer" \
    --app-image "$IMAGE" \
    --dest target/installer \
    "${EXTRA[@]}"
fi
echo "Built: $(ls target/installer)"
