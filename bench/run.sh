#!/usr/bin/env bash
# Weft's benchmarks (issues 5 and 15): the load driver against Weft and against a raw Vert.x
# WebSocket echo server, in the scenarios of our Flet measurements; every target of issues 5 and 15
# judged (met / missed / not measured) in the report. See BENCHMARKS.md for what the numbers mean.
#
#   bench/run.sh              every scenario, 3 runs each: about 25 minutes on the shared 2-core
#                             machine (startup to bigpage ~12, expiry ~1, clustered ~5, hop ~8);
#                             writes bench/results/<date>.md (+ .jsonl, + -logs/) and the table in
#                             BENCHMARKS.md
#   bench/run.sh --smoke      tiny counts through every scenario but clustered and hop (about half a
#                             minute on a quiet machine); fails if the driver saw no renders, no
#                             patches, a zero rate or any protocol problem (test.sh runs this); writes
#                             to a temporary directory. The clustered JVMs' Hazelcast join takes
#                             5-20 s per start: --smoke --only clustered (about 1 min) and --smoke
#                             --only hop (about 40 s) run them alone
#   bench/run.sh --profile    JFR on the click loop (200 sessions) and on session opening, class
#                             histograms of 15,000 idle sessions: bench/results/profile-<date>.md
#   extra arguments go to the driver, e.g. --only clicks,open  --runs 1
#   scenarios (--only, comma-separated; an unknown name is an error):
#     startup    process start to first page, Weft and a trivial Vert.x server (+ AppCDS)
#     memory     idle heap and RSS per session at 1k, 5k, 15k sessions; clicks among them
#     open       sessions opened per second at concurrency 1 and 50: the demo's counter, the echo,
#                and the same page from a blocking main (/blocking-main/: the worker-pool hop)
#     clicks     closed click loop at 1, 50, 200 sessions, Weft and echo
#     blocking   a 50 ms blocking handler, 200 clickers (JDK 17 worker pool; JDK 25 virtual threads)
#     async      a 50 ms async handler, 200 clickers, Weft and an echo answering after 50 ms
#     bigpage    one cell of a 10,000-row page: bytes and server time per update
#     expiry     1,000 sessions dropped and expired: the heap returns to its baseline
#     clustered  the click loop at 50 and 200 sessions with clustering on (one JVM, one Hazelcast
#                member on 127.0.0.1) and off, alternating, a fresh JVM each (target: >= 0.9x)
#     hop        50 sessions clicking with socket and session on one instance, and with the socket
#                on the other member of a cluster of two (two clustered JVMs from the fat jar):
#                as fast as answered, then paced (20 clicks/s each), then one session alone
#
# It builds what it needs: Weft (mvn install -DskipTests into $BENCH_BUILD_DIR, default
# bench/target/weft-build, so it never touches target/) and bench/ itself. Environment:
#   WEFT_FAT_JAR=<jar>       use this app-fat.jar instead of building Weft (dev.weft:weft must then
#                            already be installed in the local Maven repository; test.sh does this)
#   BENCH_HEAP_DUMPS=1       the expiry scenario also writes heap dumps (baseline, after expiry) to
#                            the logs directory, for finding what holds what its histograms count
#   BENCH_JDK17_HOME=<dir>   the JDK the servers and the driver run on (default: the `java` on PATH)
#   BENCH_JDK25_HOME=<dir>   the JDK 25 for the virtual-thread rows (default: $WEFT_JDK25_HOME, then
#                            /usr/lib/jvm/temurin-25*); without one those rows are left out
#
# Server JVMs: -Xmx2g -XX:+UseG1GC (Weft and echo alike). Driver JVM: -Xmx2g -XX:+UseG1GC, its own
# process. Loopback only; every load loop is bounded in count and in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=full
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --profile) mode=profile ;;
  esac
done

say() { printf '== bench/run.sh: %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- JDKs
source "$root/bench/lib.sh"
bench_jdk
jdk17="$jdk"
[[ -x "$jdk17/bin/java" && -x "$jdk17/bin/jcmd" ]] || die "$jdk17 has no bin/java and bin/jcmd (a full JDK is needed)"
version17=$("$jdk17/bin/java" -version 2>&1 | head -n 1)
[[ "$version17" == *'"17.'* ]] || say "warning: the servers' JDK is not 17 ($version17): the JDK 17 rows will say so"

jdk25="${BENCH_JDK25_HOME:-${WEFT_JDK25_HOME:-}}"
if [[ -z "$jdk25" ]]; then
  for dir in /usr/lib/jvm/temurin-25*; do
    if [[ -x "$dir/bin/java" ]]; then jdk25="$dir"; break; fi
  done
fi
if [[ -z "$jdk25" && "$mode" == full ]]; then
  say "no JDK 25 found (BENCH_JDK25_HOME, WEFT_JDK25_HOME, /usr/lib/jvm/temurin-25*): the virtual-thread rows are left out"
fi

# ---------------------------------------------------------------- build
bench_fat_jar "$jdk17"
say "building bench/ (driver, echo server, bench apps, trivial Vert.x server)"
JAVA_HOME="$jdk17" mvn -B -q -f bench/pom.xml package
benchjar="$root/bench/target/weft-bench.jar"
trivial="$root/bench/target/vertx-trivial.jar"

# ---------------------------------------------------------------- run
stamp=$(date +%F-%H%M)
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD -- src pom.xml 2>/dev/null; then rev="$rev + uncommitted changes in src/"; fi
case "$mode" in
  smoke)   out="$(mktemp -d "${TMPDIR:-/tmp}/weft-bench-smoke.XXXXXX")/smoke.md" ;;
  profile) out="$root/bench/results/profile-$stamp.md" ;;
  *)       out="$root/bench/results/$stamp.md" ;;
esac
mkdir -p "$(dirname "$out")"
say "$mode run; results: $out"
status=0
"$jdk17/bin/java" -Xmx2g -XX:+UseG1GC -cp "$fat:$benchjar" dev.weft.bench.Bench \
  --fat "$fat" --bench "$benchjar" --trivial "$trivial" --conf "$root/bench/weft-bench.json" \
  --jdk17 "$jdk17" --jdk25 "$jdk25" --out "$out" --rev "$rev" "$@" || status=$?
if [[ $status -ne 0 ]]; then
  die "the driver failed (exit $status); server logs are in ${out%.md}-logs/"
fi
if [[ "$mode" == smoke ]]; then
  rm -rf "$(dirname "$out")"
  say "smoke passed"
else
  say "done: $out"
fi
