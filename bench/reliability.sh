#!/usr/bin/env bash
# Weft's reliability runs (issue 14). RELIABILITY.md says what each one shows and gives its figures.
#
#   bench/reliability.sh soak              10 minutes of moderate load on one Weft JVM (-Xmx512m):
#                                          200 sessions clicking about once a second each, sessions
#                                          opening and closing all the time, some uploading a file;
#                                          every 30 s the server's heap after a full GC, the window's
#                                          p99 click latency, its open fds and threads. Verdict: the
#                                          first third of the samples against the last (within 10%),
#                                          then every session must end and the fds come back.
#                                          Writes bench/results/reliability-<date>.md
#   bench/reliability.sh soak --short      the same in about 45 s (a sample every 4 s), for the suite
#                                          (test.sh): fails on a leak, not on a slow machine; writes
#                                          to a temporary directory, kept only when it fails
#   bench/reliability.sh soak --minutes N  N minutes instead of 10
#   bench/reliability.sh fuzz [--short]    100,000 malformed and hostile frames from 100 sessions while
#                                          8 users click (bench/reliability-fuzz.sh, which says more)
#   bench/reliability.sh slow [N]          N (default 2,000) connections trickling headers, then the
#                                          same at the default deadline, then trickled uploads, while
#                                          a user loads pages (SlowLorisFigures; docs/reliability/slow.md)
#
# Each mode is one case block below; shared steps (JDK, build) come first.
#
# It builds what it needs, as bench/run.sh does: Weft (mvn install -DskipTests into
# $BENCH_BUILD_DIR, default bench/target/weft-build, never touching target/) and bench/. Environment:
#   WEFT_FAT_JAR=<jar>       use this app-fat.jar instead of building Weft (dev.weft:weft must then
#                            already be installed in the local Maven repository)
#   WEFT_BENCH_JAR=<jar>     use this weft-bench.jar instead of building bench/ (test.sh: the one
#                            bench/run.sh --smoke has just built)
#   BENCH_JDK17_HOME=<dir>   the JDK the server and the driver run on (default: the `java` on PATH)
#
# Loopback only; every load loop is bounded in count and in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

say() { printf '== bench/reliability.sh: %s\n' "$*" >&2; }
die() { printf 'bench/reliability.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//' >&2; }

mode="${1:-}"
[[ $# -gt 0 ]] && shift
case "$mode" in
  soak) ;;
  fuzz) exec "$root/bench/reliability-fuzz.sh" "$@" ;;
  slow) exec "$root/bench/test-main.sh" -Xmx1g dev.weft.it.SlowLorisFigures "${@:-2000}" ;;
  -h|--help) usage; exit 0 ;;
  "") usage; die "which run? (soak, fuzz, slow)" ;;
  *) usage; die "unknown run: $mode" ;;
esac

# ---------------------------------------------------------------- JDK
source "$root/bench/lib.sh"
bench_jdk
# a full JDK: the soak attaches to the server (jdk.attach) to read its heap after a full GC
[[ -x "$jdk/bin/java" && -x "$jdk/bin/jcmd" ]] || die "$jdk has no bin/java and bin/jcmd (a full JDK is needed)"

# ---------------------------------------------------------------- build
bench_fat_jar "$jdk"
if [[ -n "${WEFT_BENCH_JAR:-}" ]]; then
  [[ -f "$WEFT_BENCH_JAR" ]] || die "WEFT_BENCH_JAR=$WEFT_BENCH_JAR does not exist"
  benchjar=$(readlink -f "$WEFT_BENCH_JAR")
else
  say "building bench/"
  JAVA_HOME="$jdk" mvn -B -q -f bench/pom.xml package
  benchjar="$root/bench/target/weft-bench.jar"
fi
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD -- src pom.xml bench/src 2>/dev/null; then rev="$rev + uncommitted changes"; fi
driver=("$jdk/bin/java" -Xmx1g -XX:+UseG1GC -cp "$fat:$benchjar")

# ---------------------------------------------------------------- runs
case "$mode" in
  soak)
    short=""
    for arg in "$@"; do [[ "$arg" == --short ]] && short=yes; done
    if [[ -n "$short" ]]; then
      out="$(mktemp -d "${TMPDIR:-/tmp}/weft-soak.XXXXXX")/soak.md"
    else
      out="$root/bench/results/reliability-$(date +%F).md"
    fi
    say "soak $*; load average $(cut -d' ' -f1-3 /proc/loadavg); results: $out"
    status=0
    "${driver[@]}" dev.weft.bench.Soak --fat "$fat" --bench "$benchjar" --java "$jdk" \
      --out "$out" --rev "$rev" "$@" || status=$?
    case $status in
      0) if [[ -n "$short" ]]; then rm -rf "$(dirname "$out")"; fi
         say "soak passed" ;;
      1) die "the soak found a leak: see $out (server log in ${out%.md}-logs/)" ;;
      *) die "the soak driver failed (exit $status); server log in ${out%.md}-logs/" ;;
    esac
    ;;
esac
