#!/usr/bin/env bash
# Weft's whole test suite, as CI runs it (.ci/run calls this):
#   1. installs what the tests need when it is missing (Debian's chromium for the browser tests,
#      Debian's nginx for the test that drives the app through nginx under a path prefix);
#   2. `mvn -B install` on the default JDK: unit tests, the packaged-jar tests and the browser
#      tests (install, so examples/hello-app can build against the installed artifact);
#   3. builds examples/hello-app against the installed artifact, runs its tests, and checks its
#      jar serves a page (in the background, while step 4 runs);
#   4. runs the handler/concurrency tests (JUnit tag `handlers`) again on JDK 25, where blocking
#      handlers run on virtual threads instead of the worker pool;
#   5. runs the benchmark driver's smoke mode (bench/run.sh --smoke, under a minute with its build), so
#      bench/ cannot rot unnoticed;
#   6. runs a short soak (bench/reliability.sh soak --short, about 45 s), which fails on a leak.
#
# Switches (environment):
#   WEFT_SKIP_BROWSER_TESTS=1  skip the browser tests (and do not install chromium)
#   WEFT_SKIP_NGINX_TESTS=1    skip the nginx proxy test (and do not install nginx)
#   WEFT_JDK25_HOME=<dir>      the JDK 25 to use (default: /usr/lib/jvm/temurin-25*)
#   WEFT_SKIP_JDK25=1          skip step 4 when there is no JDK 25
#   WEFT_TEST_FORKS=N          test JVMs side by side (default: 2, or 1 on a machine already busy)
#
# Each pass's test reports are kept under target/test-reports/<pass>/.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== test.sh: %s\n' "$*" >&2; }
# GET http://127.0.0.1:<port><path> with bash alone (no curl on a bare machine); prints the response
http_get() {
  local port="$1" path="$2"
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
  cat <&3
  exec 3<&-
}
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- find JDK 25 first (fail fast)
jdk25=""
if [[ -n "${WEFT_JDK25_HOME:-}" ]]; then
  [[ -x "$WEFT_JDK25_HOME/bin/java" ]] || die "WEFT_JDK25_HOME=$WEFT_JDK25_HOME has no bin/java"
  jdk25="$WEFT_JDK25_HOME"
else
  for dir in /usr/lib/jvm/temurin-25*; do
    if [[ -x "$dir/bin/java" ]]; then jdk25="$dir"; break; fi
  done
fi
if [[ -z "$jdk25" && "${WEFT_SKIP_JDK25:-}" != 1 ]]; then
  die "no JDK 25 found (looked at \$WEFT_JDK25_HOME and /usr/lib/jvm/temurin-25*). The handler tests must also pass on JDK 25 (virtual threads): install Temurin 25, point WEFT_JDK25_HOME at a JDK 25, or set WEFT_SKIP_JDK25=1 to skip that pass."
fi

# ---------------------------------------------------------------- 1. what the tests need
command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is not on the PATH"
if [[ "${WEFT_SKIP_BROWSER_TESTS:-}" != 1 ]] && ! command -v chromium >/dev/null 2>&1; then
  log "no chromium on the PATH: installing Debian's chromium for the browser tests"
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "chromium is missing and this is not root and there is no sudo: install chromium, or set WEFT_SKIP_BROWSER_TESTS=1"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  command -v chromium >/dev/null 2>&1 || die "apt-get installed chromium, but there is still no chromium on the PATH"
fi
# Debian's nginx lives in /usr/sbin, which is not on every user's PATH; the test looks there too.
# It starts its own nginx on a loopback port; a system nginx the package may start is not used.
# The nginx test drives chromium too: skipping the browser tests skips it.
if [[ "${WEFT_SKIP_NGINX_TESTS:-}" != 1 && "${WEFT_SKIP_BROWSER_TESTS:-}" != 1 ]] \
    && ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  log "no nginx: installing Debian's nginx for the reverse-proxy test"
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "nginx is missing and this is not root and there is no sudo: install nginx, or set WEFT_SKIP_NGINX_TESTS=1"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
  [[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null 2>&1 || die "apt-get installed nginx, but there is no /usr/sbin/nginx"
fi

keep_reports() {
  local pass="$1"
  rm -rf "target/test-reports/$pass"
  mkdir -p "target/test-reports/$pass"
  for dir in surefire-reports failsafe-reports screenshots; do
    if [[ -d "target/$dir" ]]; then cp -r "target/$dir" "target/test-reports/$pass/"; fi
  done
}

# ---------------------------------------------------------------- how many test JVMs
# Unit tests, and the ITs not tagged serial, run in two JVMs side by side (pom.xml, weft.forks).
# On a machine already busy with other work (1-minute load average at or above its cores) they
# run in one, as before: two browsers on a saturated machine are what runs out of the browser
# tests' 5-10 s waits first (seen at load 12-24 on 2 cores). WEFT_TEST_FORKS=N forces N.
cores=$(nproc 2>/dev/null || echo 1)
load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if [[ -n "${WEFT_TEST_FORKS:-}" ]]; then
  [[ "$WEFT_TEST_FORKS" =~ ^[1-9][0-9]*$ ]] || die "WEFT_TEST_FORKS=$WEFT_TEST_FORKS: a number of JVMs, 1 or more"
  forks="$WEFT_TEST_FORKS"
elif awk -v load="$load" -v cores="$cores" 'BEGIN { exit !(load >= cores) }'; then
  forks=1
else
  forks=2
fi

# ---------------------------------------------------------------- 2. the full suite, default JDK
log "full suite on the default JDK ($(java -version 2>&1 | head -n 1)); tests in $forks JVM(s) side by side (load $load on $cores cores; WEFT_TEST_FORKS=N sets it)"
mvn -B install -Dweft.forks="$forks"
keep_reports default-jdk

# ---------------------------------------------------------------- 3. examples/hello-app
# A standalone app built against the dev.weft:weft artifact `mvn install` just put in the local
# repository: its own tests drive it with WeftTestClient, then its jar must serve a page. It shares
# nothing with step 4 (its own directory, a random port), so it runs beside it, in the background;
# its output is printed when step 4 is done.
hello_app() {
  mvn -B -f examples/hello-app/pom.xml verify || { echo "hello-app: mvn verify failed"; return 1; }
  local port=$(( 20000 + RANDOM % 10000 ))
  WEFT_PORT=$port java -jar examples/hello-app/target/hello-app.jar > target/hello-app.log 2>&1 &
  hello_pid=$!
  # this function runs in a background subshell: its server goes with it, however it ends
  trap 'kill "$hello_pid" 2>/dev/null || true' EXIT
  trap 'exit 143' TERM
  local served="" page
  for _ in $(seq 1 100); do
    if page=$(http_get "$port" / 2>/dev/null) && grep -q '^HTTP/1.1 200' <<<"$page" \
        && grep -q '<base href="/">' <<<"$page"; then
      served=yes; break
    fi
    sleep 0.2
  done
  kill "$hello_pid" 2>/dev/null || true
  wait "$hello_pid" 2>/dev/null || true
  if [[ -z "$served" ]]; then
    cat target/hello-app.log
    echo "examples/hello-app's jar did not serve its page on port $port"
    return 1
  fi
  echo "examples/hello-app served its page on port $port"
}
log "examples/hello-app: build against the installed dev.weft:weft, test, and serve (in the background, beside step 4)"
hello_app > target/hello-app-step.log 2>&1 &
hello_step=$!
trap 'kill "$hello_step" 2>/dev/null || true' EXIT

# ---------------------------------------------------------------- 4. handler tests on JDK 25
# Step 2 built and packaged everything (release 17 bytecode): this pass only runs the tagged tests on
# JDK 25, so it does not rebuild the fat jar (-Dweft.skipShade; the jar tests use step 2's, the same
# classes) and runs no serial IT that is not tagged handlers (pom.xml, weft.serialGroups).
if [[ -n "$jdk25" ]]; then
  log "handler tests (tag handlers) on JDK 25: $jdk25 ($("$jdk25/bin/java" -version 2>&1 | head -n 1))"
  # a fresh failsafe/surefire report set for this pass; the default JDK's stays in target/test-reports/
  rm -rf target/surefire-reports target/failsafe-reports
  JAVA_HOME="$jdk25" mvn -B verify -Dgroups=handlers -Dweft.serialGroups='serial & handlers' -Dweft.skipShade=true \
    -Dweft.forks="$forks"
  keep_reports jdk25
else
  log "WEFT_SKIP_JDK25=1 and no JDK 25: the JDK 25 handler pass is skipped"
fi

log "examples/hello-app (step 3), run beside step 4:"
hello_status=0
wait "$hello_step" || hello_status=$?
trap - EXIT
cat target/hello-app-step.log >&2
[[ $hello_status -eq 0 ]] || die "examples/hello-app failed (above)"

# ---------------------------------------------------------------- 5. benchmark smoke (bench/)
# Not a measurement: the load driver (bench/, issue 5) runs every scenario type once with tiny
# counts against the jar built above (dev.weft:weft is installed, so bench/ compiles against it),
# and fails if it saw no render, no patch, a zero rate or a protocol error. Real numbers come from
# bench/run.sh without --smoke; see BENCHMARKS.md.
log "benchmark smoke: bench/run.sh --smoke"
WEFT_FAT_JAR=target/app-fat.jar bench/run.sh --smoke

# ---------------------------------------------------------------- 6. short soak (bench/)
# One Weft JVM (-Xmx512m) under 200 clicking sessions and sessions coming and going with uploads,
# sampled every 4 s: fails on a leak (heap, fds or threads growing from the first third of the
# samples to the last, sessions not ended, fds not given back), never on latency. RELIABILITY.md.
log "short soak: bench/reliability.sh soak --short"
WEFT_FAT_JAR=target/app-fat.jar WEFT_BENCH_JAR=bench/target/weft-bench.jar bench/reliability.sh soak --short

log "all passes succeeded; reports in target/test-reports/"
