#!/usr/bin/env sh
# Rescan benchmark of conflict detection at two sizes, printing the time ratio (see docs/benchmarks.md).
# Usage: bench/conflict-detection.sh [sizes]   (default "100000 1000000")
set -e
cd "$(dirname "$0")/.."
SIZES="${1:-100000 1000000}"
./mvnw -q -o -Pbench test-compile exec:exec -Dbench.main=io.crosscheck.bench.ConflictDetectionBench \
  -Dbench.args="$SIZES" -Dbench.heap=4g
