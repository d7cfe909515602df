#!/usr/bin/env bash
# The checker: reads published reports (PDF, Word, HTML or text) and lists what is wrong with each.
# Usage: scripts/check.sh [OPTIONS] FILE|DIR...      (scripts/check.sh --help lists the options)
# Builds the project once (needs only a JDK 17), then runs io.github.ogireport.cli.Check.
# Exit code: 0 clean, 1 a report has an error, 2 a file could not be read as a report or bad arguments.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/cli/target/check.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/documents/src" "$root/cli/src" "$root/pom.xml" "$root/scripts/check.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/check.classpath -DincludeScope=runtime >&2)
  touch "$classpath" # the plugin leaves an unchanged file as it was: without this, every run would build again
fi
exec java -cp "$root/cli/target/classes:$(cat "$classpath")" io.github.ogireport.cli.Check "$@"
