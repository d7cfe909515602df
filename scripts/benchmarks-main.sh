#!/usr/bin/env bash
# Runs a main class of the benchmarks module (LibraryLoop, Phases, AlternatingBlocks) on this
# tree's modules, in a JVM of its own; library-loop.sh, phases.sh and ab.sh call it.
# Usage: scripts/benchmarks-main.sh CLASS [ARGS...]
# Builds the benchmarks module when a source is newer than its class path (as scripts/check.sh
# does), so that timing a run times the JVM, not the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
main=$1
shift
classpath="$root/benchmarks/target/loop.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/benchmarks/src" "$root/pom.xml" "$root/scripts/benchmarks-main.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/loop.classpath -DincludeScope=runtime >&2)
  touch "$classpath"
fi
exec java -cp "$root/benchmarks/target/classes:$(cat "$classpath")" \
  "io.github.ogireport.benchmarks.$main" "$@"
