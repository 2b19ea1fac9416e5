#!/usr/bin/env bash
# Widget throughput against the packaged app, as ratios to a constant endpoint in the same process
# returning the same number of bytes (see docs/benchmarks.md, "Embedded widgets").
# Usage: bench/embed.sh [seconds per measurement, default 5] [rounds, default 3]
# Each round measures the four endpoints back to back; a ratio is taken within a round and the
# median over rounds is reported, so load from other processes on the machine cancels out.
# Env: SKIP_BUILD=1 reuses target/quarkus-app; THREADS (2), CONNECTIONS (32).
# Needs wrk (apt-get install -y wrk) and curl. Talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-5}"
ROUNDS="${2:-3}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -o -q package -DskipTests
fi

free_port() {
  for p in $(seq 18080 18980); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port" >&2; exit 1
}
PORT=$(free_port)
DATA=$(mktemp -d /tmp/crosscheck-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
java -Xmx512m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$DATA/crosscheck" -Dquarkus.log.level=WARN \
  -Dcrosscheck.embed.bench-endpoint=true -jar target/quarkus-app/quarkus-run.jar >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/q/health/ready" >/dev/null || { cat "$DATA/app.log"; exit 1; }

# A demo claim with a contradiction: sources, a dispute line, a normalised figure.
ID=$(curl -fs "$BASE/api/links?type=CONTRADICTS&limit=1" | grep -o '"from":{"id":"[^"]*"' | head -1 | sed 's/.*"id":"//; s/"$//')
WIDGET="$BASE/embed/claims/$ID?lang=en"
BYTES=$(curl -fs "$WIDGET" | wc -c | tr -d ' ')
ETAG=$(curl -fsI "$WIDGET" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$WIDGET")" = 304 ] || { echo "no 304" >&2; exit 1; }
[ "$(curl -fs "$BASE/embed/_constant?bytes=$BYTES" | wc -c | tr -d ' ')" = "$BYTES" ] || { echo "constant size" >&2; exit 1; }
echo "claim $ID: widget $BYTES bytes, ETag $ETAG; $THREADS threads, $CONNECTIONS connections, ${SECONDS_EACH}s each"

rps() { # url [header] -> requests/s
  if [ -n "${2:-}" ]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "$2" "$1"); else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$1"); fi
  if echo "$out" | grep -q "Non-2xx"; then echo "$out" | grep "Non-2xx" >&2; fi
  echo "$out" | awk '/Requests\/sec/{print $2}'
}

echo "warming up (JIT) ..."
for u in "$BASE/embed/_constant?bytes=$BYTES" "$WIDGET" "$WIDGET&_bench=fresh" "$BASE/embed/_constant?bytes=0"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$u" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "If-None-Match: $ETAG" "$WIDGET" >/dev/null

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
ratio() { echo "$1 $2" | awk '{printf "%.3f", $1/$2}'; }
R_CACHED=""; R_304=""; R_FRESH=""
printf '\n%-6s %12s %12s %12s %12s %12s\n' round "const(N)" cached "const(0)" "304" rendered
for r in $(seq 1 "$ROUNDS"); do
  CONST=$(rps "$BASE/embed/_constant?bytes=$BYTES")
  CACHED=$(rps "$WIDGET")
  CONST0=$(rps "$BASE/embed/_constant?bytes=0")
  NOTMOD=$(rps "$WIDGET" "If-None-Match: $ETAG")
  FRESH=$(rps "$WIDGET&_bench=fresh")
  printf '%-6s %12s %12s %12s %12s %12s\n' "$r" "$CONST" "$CACHED" "$CONST0" "$NOTMOD" "$FRESH"
  R_CACHED="$R_CACHED $(ratio "$CACHED" "$CONST")"
  R_304="$R_304 $(ratio "$NOTMOD" "$CONST0")"
  R_FRESH="$R_FRESH $(ratio "$FRESH" "$CONST")"
done
printf '\nmedian ratio over %s rounds (goal):\n' "$ROUNDS"
printf '  claim widget, cached / constant(%s bytes)            %s  (>= 0.8)  rounds:%s\n' "$BYTES" "$(echo "$R_CACHED" | median)" "$R_CACHED"
printf '  claim widget, 304 / constant(0 bytes)                %s  (>= 0.9)  rounds:%s\n' "$(echo "$R_304" | median)" "$R_304"
printf '  claim widget, rendered (no HTML cache) / constant    %s            rounds:%s\n' "$(echo "$R_FRESH" | median)" "$R_FRESH"
