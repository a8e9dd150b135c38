#!/usr/bin/env bash
# Runs a main class of Weft's test sources with the test classpath: the reliability runs whose
# driver lives beside the tests it shares code with (FuzzMain, SlowLorisFigures).
#
#   bench/test-main.sh [-X<jvm option>…] <class> [arguments…]
#
# Compiles the tests first (offline when it can) and keeps the classpath in target/.
set -euo pipefail
cd "$(dirname "$0")/.."

jvm=()
while [[ $# -gt 0 && "$1" == -X* ]]; do jvm+=("$1"); shift; done
[[ $# -gt 0 ]] || { echo "usage: bench/test-main.sh [-X<jvm option>…] <class> [arguments…]" >&2; exit 2; }
main="$1"; shift

mvn -B -q test-compile -o 2>/dev/null || mvn -B -q test-compile
cp_file=target/test-main-classpath.txt
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test -o \
  >/dev/null 2>&1 || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test >/dev/null
exec java "${jvm[@]}" -XX:+UseG1GC -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  "$main" "$@"
