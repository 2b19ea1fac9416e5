#!/usr/bin/env bash
# Plans of the claim list's queries (see docs/benchmarks.md, "Claim list and search"): migrates the
# database given (Flyway, the app's locations for its kind), fills it with N bench claims if it holds
# fewer, and prints EXPLAIN ANALYZE of each filter's first page.
# Usage: bench/explain-claims.sh [claims] [jdbc-url] [user] [password]
#   bench/explain-claims.sh 100000                                   # H2 file in a temporary directory
#   bench/explain-claims.sh 100000 jdbc:postgresql://127.0.0.1:5432/bench postgres postgres
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
TMP=""
if [ -z "${2:-}" ]; then
  TMP=$(mktemp -d /tmp/crosscheck-explain.XXXXXX)
  trap 'rm -rf "$TMP"' EXIT
fi
URL="${2:-jdbc:h2:file:$TMP/crosscheck}"
./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.crosscheck.bench.ExplainClaimList \
  -Dbench.args="$URL $N user=${3:-sa} password=${4:-}" -Dbench.heap=1g
