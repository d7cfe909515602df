#!/usr/bin/env bash
# The checker: reads published reports (PDF, Word, HTML or text) and lists what is wrong with each.
# Usage: scripts/check.sh [OPTIONS] FILE|DIR...      (scripts/check.sh --help lists the options)
# Builds the project once (needs only a JDK 17), then runs io.github.ogireport.cli.Check.
# Exit code: 0 clean, 1 a report has an error, 2 a file could not be read as a report or bad arguments.
#
# After a build it also makes cli/target/check.jsa, an archive of the classes a check loads (the
# JVM's application class-data sharing), by one check of the repository's own samples: later runs
# map those classes instead of loading them, and start sooner. The JVM compares the archive with the
# class path and the JDK and ignores it, silently, when they differ. CHECK_CDS=off runs without it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classpath="$root/cli/target/check.classpath"
archive="$root/cli/target/check.jsa"
# The cli module's jar (the newest, should an older version's be left), not its classes folder: the
# JVM archives classes from jars only.
cli_jar() {
  ls -t "$root"/cli/target/ogi-report-cli-*.jar 2>/dev/null | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' | head -1 || true
}
if [ ! -s "$classpath" ] || [ -z "$(cli_jar)" ] || [ -n "$(find "$root/core/src" "$root/documents/src" "$root/cli/src" "$root/pom.xml" "$root/scripts/check.sh" -newer "$classpath" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/check.classpath -DincludeScope=runtime >&2)
  touch "$classpath" # the plugin leaves an unchanged file as it was: without this, every run would build again
  rm -f "$archive"
fi
jars="$(cli_jar):$(cat "$classpath")"
cds=()
if [ "${CHECK_CDS:-on}" != off ]; then
  # Made again when missing or older than a jar of the project's modules (the JVM would ignore it).
  if [ ! -s "$archive" ] || [ -n "$(find "$root/core/target" "$root/documents/target" "$root/cli/target" -maxdepth 1 -name '*.jar' -newer "$archive" -print -quit)" ]; then
    training="$archive.$$" # a name of its own: two first runs at once do not write one file
    trap 'rm -f "$training"' EXIT
    java -XX:ArchiveClassesAtExit="$training" '-Xlog:cds*=off' -cp "$jars" \
      io.github.ogireport.cli.Check -q "$root/core/src/test/resources/samples" \
      "$root/documents/src/test/resources/pdf" "$root/documents/src/test/resources/official-template-2021.docx" \
      >/dev/null 2>&1 || true
    # Kept only if the JVM maps it (-Xshare:on fails otherwise): a JVM stopped while writing it
    # would leave a file that stops every later start.
    if [ -s "$training" ] && java -Xshare:on -XX:SharedArchiveFile="$training" -XX:ErrorFile=/dev/null '-Xlog:cds*=off' \
      -cp "$jars" io.github.ogireport.cli.Check --version >/dev/null 2>&1; then
      mv -f "$training" "$archive"
    fi
    rm -f "$training"
    trap - EXIT
  fi
  if [ -s "$archive" ]; then
    cds=(-XX:SharedArchiveFile="$archive" '-Xlog:cds*=off')
  fi
fi
exec java "${cds[@]}" -cp "$jars" io.github.ogireport.cli.Check "$@"
