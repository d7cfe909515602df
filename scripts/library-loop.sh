#!/usr/bin/env bash
# The checker's floor (BENCHMARKS.md): the library's readText + validate over every file of DIR, on
# THREADS threads (default one per core), as a user would write the loop; prints wall and CPU time.
# Usage: scripts/library-loop.sh DIR [THREADS]
# Builds the benchmarks module when a source is newer than its class path (as scripts/check.sh
# does), so that timing this script times the JVM, not the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/benchmarks/target/loop.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/benchmarks/src" "$root/pom.xml" "$root/scripts/library-loop.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl benchmarks -am -DskipTests package \
    dependency:build-classpath -Dmdep.outputFile=target/loop.classpath -DincludeScope=runtime >&2)
  touch "$classpath"
fi
exec java -cp "$root/benchmarks/target/classes:$(cat "$classpath")" \
  io.github.ogireport.benchmarks.LibraryLoop "$@"
