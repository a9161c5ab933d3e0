#!/usr/bin/env bash
# Makes a class-data sharing (AppCDS) archive for the app: one training start records the classes
# a start loads (the app quits by itself once its window is drawn: beepercomposer.exitWhenShown),
# then the JVM dumps them into an archive that later starts map instead of loading, verifying and
# linking each class again. Java 17 archives classes from jar files only.
#   packaging/cds-archive.sh --image DIR                  into a jpackage app image (build.sh calls it)
#   packaging/cds-archive.sh ARCHIVE CLASSPATH MAINCLASS   with the `java` on the PATH (the start-up bench)
# The training start uses a fresh data folder, no keyring and the built-in sandbox, never the
# person's connection. It opens the window for a moment unless CDS_TRAINING_OPTIONS makes it
# headless (the bench passes Monocle's). The archive is only an optimisation: the app starts
# without it (-Xshare:auto), so a training start that fails leaves the image as it was.
set -euo pipefail

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TRAINING=(-Dbeepercomposer.exitWhenShown=true "-Dbeepercomposer.dataDir=$WORK/data"
          -Dbeepercomposer.noKeyring=true ${CDS_TRAINING_OPTIONS:-})

if [ "${1:-}" = "--image" ]; then
  IMAGE="$2"
  # The jpackage launcher reads its JVM options from its .cfg only (it ignores JDK_JAVA_OPTIONS),
  # and its runtime has no `java`: the command-line launcher's .cfg is lent for the two runs.
  # Without an argument that launcher starts the window, through the same main class and class path.
  CFG="$(find "$IMAGE" -name beeper-composer.cfg | head -1)"
  LAUNCHER="$(find "$IMAGE" -type f \( -name beeper-composer -o -name beeper-composer.exe \) | head -1)"
  if [ -z "$CFG" ] || [ -z "$LAUNCHER" ]; then
    echo "No command-line launcher in $IMAGE" >&2
    exit 1
  fi
  ARCHIVE="$(dirname "$CFG")/beeper-composer.jsa"
  cp "$CFG" "$WORK/cfg"
  run() {
    cp "$WORK/cfg" "$CFG"
    for option in "$@"; do printf 'java-options=%s\n' "$option" >> "$CFG"; done
    env -u BEEPER_ACCESS_TOKEN -u BEEPER_BASE_URL "$LAUNCHER" > "$WORK/log" 2>&1
  }
else
  ARCHIVE="$1"
  CLASSPATH_="$2"
  MAIN="$3"
  run() {
    env -u BEEPER_ACCESS_TOKEN -u BEEPER_BASE_URL java "$@" -cp "$CLASSPATH_" "$MAIN" > "$WORK/log" 2>&1
  }
fi

rm -f "$ARCHIVE"
status=0
run -Xshare:off "-XX:DumpLoadedClassList=$WORK/classes.lst" "${TRAINING[@]}" \
  && run -Xshare:dump "-XX:SharedClassListFile=$WORK/classes.lst" "-XX:SharedArchiveFile=$ARCHIVE" \
  || status=$?
[ -n "${CFG:-}" ] && cp "$WORK/cfg" "$CFG"
if [ "$status" -ne 0 ] || [ ! -s "$ARCHIVE" ]; then
  echo "No class-data archive: the training start failed (the app starts without one):" >&2
  tail -5 "$WORK/log" >&2
  rm -f "$ARCHIVE"
  exit 1
fi
echo "Class-data archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
