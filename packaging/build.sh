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

jpackage --type "$TYPE" \
  --name "Beeper Composer" \
  --app-version "$APP_VERSION" \
  --description "Compose and send messages through the Beeper Desktop API" \
  --vendor "Beeper Composer" \
  --input target/package/lib \
  --main-jar "beeper-composer-${VERSION}.jar" \
  --main-class com.beepercomposer.Launcher \
  --icon "$ICON" \
  --java-options "-Dfile.encoding=UTF-8" \
  --add-launcher beeper-composer=packaging/cli-launcher.properties \
  --dest target/installer \
  "${EXTRA[@]}"
echo "Built: $(ls target/installer)"
