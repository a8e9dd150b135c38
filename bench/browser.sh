#!/usr/bin/env bash
# Browser-side timings (issue 13): Debian's Chromium, driven by Playwright, loads the bench apps of
# a Weft server and times, with the Performance API, what the browser does with Weft's messages:
#   - a 10,000-item ListView (virtualised): render message -> next paint; one-cell patches, on a
#     row in view and on a row anywhere (script time)
#   - a 1,000-row DataTable: render message -> next paint
#   - a LineChart of 1,000 points: a one-point patch (script time)
#   - the 10,000-row Column page of bench/run.sh's bigpage scenario, for comparison (not virtualised)
# See BENCHMARKS.md ("Browser side") for what each figure means and bench/.../browser/Instrument.java
# for how it is taken.
#
#   bench/browser.sh            5 page loads per app, 30 clicks per button per load (about a minute)
#                               writes bench/results/browser-<date>.md
#   bench/browser.sh --smoke    1 load, 3 clicks per button: checks it all works, writes to a
#                               temporary directory
#   --only biglist,bigchart     some of the apps (biglist, bigtable, bigchart, bigpage)
# Environment: WEFT_FAT_JAR=<jar> (use this jar; dev.weft:weft must be installed in the local Maven
# repository, as bench/run.sh also needs), BENCH_JDK17_HOME=<dir>. Needs `chromium` on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

say() { printf '== bench/browser.sh: %s\n' "$*" >&2; }
die() { printf 'bench/browser.sh: %s\n' "$*" >&2; exit 1; }

runs=5 clicks=30 mode=full only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) runs=1 clicks=3 mode=smoke ;;
    --only) only=(--only "${2:?--only needs a list, e.g. biglist,bigchart}"); shift ;;
    *) die "unknown argument $1 (use --smoke and/or --only biglist,bigtable,bigchart,bigpage)" ;;
  esac
  shift
done

source "$root/bench/lib.sh"
bench_jdk
command -v chromium >/dev/null 2>&1 || die "no chromium on the PATH (apt-get install -y chromium)"
bench_fat_jar "$jdk"
say "building bench/ and its class path (Playwright from the local repository)"
JAVA_HOME="$jdk" mvn -B -q -f bench/pom.xml package
JAVA_HOME="$jdk" mvn -B -q -f bench/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/browser.classpath" >/dev/null
benchjar="$root/bench/target/weft-bench.jar"

case "$mode" in
  smoke) out="$(mktemp -d "${TMPDIR:-/tmp}/weft-browser-smoke.XXXXXX")/browser.md" ;;
  *) out="$root/bench/results/browser-$(date +%F-%H%M).md" ;;
esac
mkdir -p "$(dirname "$out")"
log="${out%.md}-server.log"

port=$("$jdk/bin/java" -cp "$benchjar" dev.weft.bench.FreePort 2>/dev/null || echo 18641)
say "starting Weft on 127.0.0.1:$port (log: $log)"
"$jdk/bin/java" -Xmx2g -XX:+UseG1GC -cp "$fat:$benchjar" dev.weft.server.WeftLauncher \
  -conf "$root/bench/weft-bench.json" --port "$port" --host 127.0.0.1 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  kill -0 "$server" 2>/dev/null || die "the server exited; see $log"
  sleep 0.5
done

rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
{
  echo "# Browser-side timings, $(date '+%F %H:%M') (Weft at $rev; $runs loads per app, $clicks clicks per button per load)"
  echo
  echo "Chromium $(chromium --version 2>/dev/null | awk '{print $2}'), headless, 1280x800; $(nproc) cores."
  echo
} >"$out.head"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$jdk/bin/java" -Xmx1g \
  -cp "$benchjar:$(cat "$root/bench/target/browser.classpath")" dev.weft.bench.browser.BrowserTiming \
  --base "http://127.0.0.1:$port" --runs "$runs" --clicks "$clicks" --out "$out.table" "${only[@]}"
cat "$out.head" "$out.table" >"$out" && rm -f "$out.head" "$out.table"
if [[ "$mode" == smoke ]]; then
  say "smoke passed"
else
  say "done: $out"
fi
