#!/usr/bin/env bash
# Widget throughput against the packaged app, as ratios to a constant endpoint in the same process
# returning the same number of bytes (see docs/benchmarks.md, "Embedded widgets").
# Usage: bench/embed.sh [seconds per measurement, default 5] [rounds, default 3]
# Each round measures the endpoints back to back; a ratio is taken within a round and the median
# over rounds is reported. Besides wall-clock requests/s, each run reports requests per CPU-second
# of the server process (from /proc/PID/stat), which other load on the machine disturbs much less.
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
  -Dcrosscheck.embed.bench-endpoint=true \
  -Dcrosscheck.report.organisation-name="Bench newsroom" -Dcrosscheck.report.organisation-url=https://bench.example/ \
  -Dcrosscheck.embed.public-base-url="http://127.0.0.1:$PORT" -jar target/quarkus-app/quarkus-run.jar >"$DATA/app.log" 2>&1 &
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

TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP/stat"; }

# measure URL [header] -> "requests/s requests-per-server-CPU-second"
measure() {
  local before after out reqs
  before=$(cpu_ticks)
  if [ -n "${2:-}" ]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -H "$2" "$1"); else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$1"); fi
  after=$(cpu_ticks)
  if echo "$out" | grep -q "Non-2xx"; then echo "$out" | grep "Non-2xx" >&2; fi
  reqs=$(echo "$out" | awk '/requests in/{print $1}')
  echo "$(echo "$out" | awk '/Requests\/sec/{print $2}') $(echo "$reqs $before $after $TICKS" | awk '{printf "%.0f", $1 / (($3 - $2) / $4)}')"
}

echo "warming up (JIT) ..."
for u in "$BASE/embed/_constant?bytes=$BYTES" "$WIDGET" "$WIDGET&_bench=fresh" "$BASE/embed/_constant?bytes=0"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$u" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H "If-None-Match: $ETAG" "$WIDGET" >/dev/null

median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }
ratio() { echo "$1 $2" | awk '{printf "%.3f", $1/$2}'; }
W_CACHED=""; W_304=""; W_FRESH=""; C_CACHED=""; C_304=""; C_FRESH=""
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\nround  %-24s %-24s %-24s %-24s %-24s\n' "const(N) req/s,req/cpu-s" "cached" "const(0)" "304" "rendered"
for r in $(seq 1 "$ROUNDS"); do
  read -r CONST CONST_C <<<"$(measure "$BASE/embed/_constant?bytes=$BYTES")"
  read -r CACHED CACHED_C <<<"$(measure "$WIDGET")"
  read -r CONST0 CONST0_C <<<"$(measure "$BASE/embed/_constant?bytes=0")"
  read -r NOTMOD NOTMOD_C <<<"$(measure "$WIDGET" "If-None-Match: $ETAG")"
  read -r FRESH FRESH_C <<<"$(measure "$WIDGET&_bench=fresh")"
  printf '%-6s %-24s %-24s %-24s %-24s %-24s\n' "$r" "$CONST, $CONST_C" "$CACHED, $CACHED_C" "$CONST0, $CONST0_C" \
    "$NOTMOD, $NOTMOD_C" "$FRESH, $FRESH_C"
  W_CACHED="$W_CACHED $(ratio "$CACHED" "$CONST")"; C_CACHED="$C_CACHED $(ratio "$CACHED_C" "$CONST_C")"
  W_304="$W_304 $(ratio "$NOTMOD" "$CONST0")"; C_304="$C_304 $(ratio "$NOTMOD_C" "$CONST0_C")"
  W_FRESH="$W_FRESH $(ratio "$FRESH" "$CONST")"; C_FRESH="$C_FRESH $(ratio "$FRESH_C" "$CONST_C")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\nmedian ratios over %s rounds: wall-clock req/s | per server CPU-second   (goal)\n' "$ROUNDS"
printf '  cached widget / constant(%s B)   %s | %s   (>= 0.8)   rounds: %s |%s\n' "$BYTES" \
  "$(echo "$W_CACHED" | median)" "$(echo "$C_CACHED" | median)" "$W_CACHED" "$C_CACHED"
printf '  304 / constant(0 B)                %s | %s   (>= 0.9)   rounds: %s |%s\n' \
  "$(echo "$W_304" | median)" "$(echo "$C_304" | median)" "$W_304" "$C_304"
printf '  rendered / constant(%s B)        %s | %s              rounds: %s |%s\n' "$BYTES" \
  "$(echo "$W_FRESH" | median)" "$(echo "$C_FRESH" | median)" "$W_FRESH" "$C_FRESH"
