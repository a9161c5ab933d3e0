#!/usr/bin/env bash
# Runs the benchmarks against a standalone sandbox on this machine. Each prints its figures
# as ratios to a reference measured in the same run (curl, or a frame's time budget).
# Usage: bench/run.sh [upload|upload-2g|send|editor|startup|history]...   (default: all)
# MVN=mvnl bench/run.sh ... builds through another Maven command (a shared machine's lock).
set -euo pipefail
cd "$(dirname "$0")/.."
"${MVN:-mvn}" -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/*.java
CP="target/bench-classes:$CP"
# The benchmarks of the app's own work run on the compiler the app runs on (packaging/build.sh's and
# pom.xml's -XX:TieredStopAtLevel=1); the references they start (curl, node, the sandbox) are their own.
APP_JVM=(-XX:TieredStopAtLevel=1)
for bench in "${@:-upload send editor startup history}"; do
  for name in $bench; do
    case "$name" in
      upload) java "${APP_JVM[@]}" -Xmx256m -cp "$CP" UploadBench ;;
      upload-2g) java "${APP_JVM[@]}" -Xmx128m -cp "$CP" UploadBench 2g ;;
      send) java "${APP_JVM[@]}" -cp "$CP" SendBench ;;
      editor) java "${APP_JVM[@]}" -cp "$CP" EditorBench ;;
      startup) java -cp "$CP" StartupBench ;;
      history) java "${APP_JVM[@]}" -cp "$CP" HistoryBench ;;
      *) echo "unknown benchmark: $name" >&2; exit 2 ;;
    esac
  done
done
