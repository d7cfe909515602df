#!/usr/bin/env bash
# Two builds of core compared in one JVM, block by block (BENCHMARKS.md, "The eighth round"):
# readText of FILE with OLD_TREE's core/target/classes and NEW_TREE's, taking turns.
# Usage: scripts/ab.sh OLD_TREE NEW_TREE FILE [BLOCKS [CALLS]]   (default 60 blocks of 100 calls)
# Each tree must be built (./mvnw -q -pl core compile). Builds this tree's benchmarks module when a
# source is newer than its class path, as library-loop.sh does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/benchmarks/target/loop.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/benchmarks/src" "$root/pom.xml" "$root/scripts/ab.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/loop.classpath -DincludeScope=runtime >&2)
  touch "$classpath"
fi
exec java -cp "$root/benchmarks/target/classes:$(cat "$classpath")" \
  io.github.ogireport.benchmarks.AlternatingBlocks "$@"
