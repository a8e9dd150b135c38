#!/usr/bin/env bash
# The fuzz part of bench/reliability.sh (issue 14; docs/reliability/fuzz.md): malformed, mutated
# and hostile WebSocket frames from 100 sessions against the counter app while 8 users click.
# Checks: no crash, every bad frame answered by an error or a close, the users see no error and
# their p99 stays within 20x the baseline of the same run, the heap after a full GC (fuzz
# sessions ended) within 10% of before. Writes bench/results/reliability-fuzz-<date>.md.
#
#   bench/reliability-fuzz.sh            100,000 frames (about 5 minutes with the session wait)
#   bench/reliability-fuzz.sh --short    2,500 frames, as the suite's FuzzTest (but the default
#                                        30 s wait for the fuzz sessions' end)
#   bench/reliability-fuzz.sh FRAMES [SESSIONS [CLICKERS]]
#
# In-process: the server and the fuzzing clients share one JVM (-Xmx1g), whose heap is measured.
# Loopback only; the frame count bounds the run, and every wait has a deadline.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
for arg in "$@"; do
  case "$arg" in
    --short) args=(2500 100 5) ;;
    *) args+=("$arg") ;;
  esac
done

exec bench/test-main.sh -Xmx1g dev.weft.hardening.FuzzMain "${args[@]}"
