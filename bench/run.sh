#!/usr/bin/env bash
# Runs the benchmarks against a standalone sandbox on this machine. Each prints its figures
# as ratios to a reference measured in the same run (curl, or a frame's time budget).
# Usage: bench/run.sh [upload|send|editor]...   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
for bench in "${@:-upload send editor}"; do
  for name in $bench; do
    case "$name" in
      upload) java -Xmx256m -cp "$CP" bench/UploadBench.java ;;
      send) java -cp "$CP" bench/SendBench.java ;;
      editor) java -cp "$CP" bench/EditorBench.java ;;
      *) echo "unknown benchmark: $name" >&2; exit 2 ;;
    esac
  done
done
