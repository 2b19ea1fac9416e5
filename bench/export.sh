#!/usr/bin/env bash
# Export benchmark (see docs/benchmarks.md, "Export"): N claims (default 1,000,000) bulk-inserted by
# JDBC into an H2 file database in a temporary directory, the packaged app started against it with
# -Xmx256m, and GET /api/export/claims.csv streamed with curl to /dev/null.
# Usage: bench/export.sh [claims] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
PORT="${2:-18086}"
TMP=$(mktemp -d /tmp/crosscheck-export.XXXXXX)
DB="jdbc:h2:file:$TMP/crosscheck"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

start_app() {  # $1: heap
  java "-Xmx$1" -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="$DB" \
    -Dcrosscheck.demo.enabled=false -Dcrosscheck.report.enabled=false \
    -Dcrosscheck.report.organisation-name="Bench newsroom" -Dcrosscheck.report.organisation-url=https://bench.example/ \
    -Dcrosscheck.embed.public-base-url="http://127.0.0.1:$PORT" \
    -jar target/quarkus-app/quarkus-run.jar >"$TMP/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "the app did not start; see $TMP/app.log" >&2; cat "$TMP/app.log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

echo "== Packaging"
[ -f target/quarkus-app/quarkus-run.jar ] && [ -z "${REBUILD:-}" ] || ./mvnw -q -o package -DskipTests
echo "== Creating the schema (Flyway, at the app's first start)"
start_app 256m
stop_app
echo "== Inserting $N claims"
./mvnw -q -o -Pbench test-compile exec:exec -Dbench.main=io.crosscheck.bench.ExportBenchData \
  -Dbench.args="$DB $N" -Dbench.heap=1g
echo "== Streaming /api/export/claims.csv with -Xmx256m"
start_app 256m
read -r SIZE SECONDS_TOTAL TTFB < <(curl -fsS -o /dev/null -w '%{size_download} %{time_total} %{time_starttransfer}\n' \
  "http://127.0.0.1:$PORT/api/export/claims.csv")
HWM=$(grep VmHWM "/proc/$APP_PID/status" | awk '{print $2}')
curl -fs "http://127.0.0.1:$PORT/q/health/live" >/dev/null && ALIVE=yes || ALIVE=no
OOM=$(grep -c OutOfMemoryError "$TMP/app.log" || true)
stop_app
awk -v n="$N" -v s="$SIZE" -v t="$SECONDS_TOTAL" -v f="$TTFB" -v h="$HWM" -v a="$ALIVE" -v o="$OOM" 'BEGIN {
  printf "claims: %d\nbytes: %d (%.1f MB)\ntime: %.1f s (first byte after %.2f s)\nrate: %.0f rows/s, %.1f MB/s\n", n, s, s/1e6, t, f, n/t, s/1e6/t
  printf "peak RSS of the app: %.0f MB\nalive after: %s\nOutOfMemoryError in log: %d\n", h/1024, a, o }'
