#!/usr/bin/env sh
# Throughput and memory benchmark of figure extraction (see docs/benchmarks.md).
# Usage: bench/figure-extraction.sh [target-bytes]   (default 1048576)
set -e
cd "$(dirname "$0")/.."
BYTES="${1:-1048576}"
./mvnw -q -o -Pbench test-compile exec:exec -Dbench.args="$BYTES"
