#!/usr/bin/env bash
# A quick number (not the benchmark suite): one session clicking the counter over the real socket.
# Start the demo first (./run.sh), then: bench/quick-clicks.sh [url] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/app-fat.jar ] || mvn -B -q package -DskipTests
exec java -cp target/app-fat.jar bench/QuickClicks.java "$@"
