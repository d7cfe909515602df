#!/usr/bin/env bash
# Whether the machine moves a run's median (BENCHMARKS.md, "The machine"): readText of FILE and two
# fixed pieces of work with no library code, one touching memory, one in registers, block by block.
# Usage: scripts/phases.sh FILE [BLOCKS [CALLS]]   (default 40 blocks of 500 calls)
# Builds the benchmarks module when a source is newer than its class path, as library-loop.sh does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/benchmarks/target/loop.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/benchmarks/src" "$root/pom.xml" "$root/scripts/phases.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/loop.classpath -DincludeScope=runtime >&2)
  touch "$classpath"
fi
exec java -cp "$root/benchmarks/target/classes:$(cat "$classpath")" \
  io.github.ogireport.benchmarks.Phases "$@"
