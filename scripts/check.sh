#!/usr/bin/env bash
# The checker: reads published reports (text or HTML) and lists what is wrong with each.
# Usage: scripts/check.sh [--json] FILE|DIR...
# Builds the project once (needs only a JDK 17), then runs io.github.ogireport.examples.Check.
# Exit code: 0 no report has an error, 1 some report has an error, 2 bad arguments or files.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/examples/target/check.classpath"
if [ ! -s "$classpath" ] || [ -n "$(find "$root/core/src" "$root/dsl/src" "$root/examples/src" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl examples -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/check.classpath -Dmdep.includeScope=runtime >&2)
fi
exec java -cp "$root/examples/target/classes:$(cat "$classpath")" io.github.ogireport.examples.Check "$@"
