#!/usr/bin/env bash
# Builds app-fat.jar (without tests) and serves the apps conf/config.json mounts. Extra arguments
# go to the launcher: ./run.sh --port 8080, ./run.sh -instances 4, ./run.sh --help.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -DskipTests && exec java -jar target/app-fat.jar -conf conf/config.json "$@"
