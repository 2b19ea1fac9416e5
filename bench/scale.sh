#!/usr/bin/env bash
# Issue 12's table at several store sizes (see docs/benchmarks.md, "A newsroom archive: 1M claims").
# For each size: a database of its own (PostgreSQL: bench100k, bench1m, bench<N>; H2: a file under
# target/bench-db/), migrated by the packaged app's first start (Flyway), bulk-loaded with
# ExportBenchData (200 subjects, 4 metrics, 2,000 sources, 10 topics, creation times over 100 days;
# COPY on PostgreSQL) unless already loaded; then one packaged app per size (-Xmx512m), all running at
# once on 127.0.0.1, and ScaleBench measures each row over HTTP on every size in turn, so a ratio
# between sizes is measured in one run under the same load.
#
# Usage: bench/scale.sh pg|h2 [sizes] [rows] [samples]
#   bench/scale.sh pg                                # 100000 and 1000000 claims, every row
#   bench/scale.sh h2 "100000 1000000" comparison,widget,report
# rows: comparison,widget,metric,q,export,write,scan,import,report (default all, in that order).
# Env: REBUILD=1 rebuilds the app (APP_DIR, default target/bench-app-<kind>; the commit it was built from
# is kept in APP_DIR/built-from.txt and printed), RELOAD=1 reloads the data, JOB_TIMEOUT
# (seconds a job may take, default 1800), PGHOST/PGPORT (127.0.0.1:5432, user postgres, trust auth),
# BENCH_ARGS (more ScaleBench arguments, e.g. "write-cold=30 write-warmup=1000").
# The rows write (scan proposals, imports, new claims, reports): a second run measures a store that
# has them. RELOAD=1 starts again from the bulk load.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND="${1:?pg or h2}"
SIZES="${2:-100000 1000000}"
ROWS="${3:-all}"
SAMPLES="${4:-10}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
KEY="bench-admin-key-$(date +%s)-0123456789"
APP_DIR="${APP_DIR:-target/bench-app-$KIND}"
WORK="$(pwd)/target/bench-db"
mkdir -p "$WORK"
case "$KIND" in pg|h2) ;; *) echo "kind must be pg or h2" >&2; exit 2;; esac

if [ ! -f "$APP_DIR/quarkus-run.jar" ] || [ -n "${REBUILD:-}" ]; then
  echo "== Packaging the app for $KIND"
  if [ "$KIND" = pg ]; then ./mvnw -q -DskipTests -Ppostgresql package; else ./mvnw -q -DskipTests package; fi
  rm -rf "$APP_DIR"
  cp -r target/quarkus-app "$APP_DIR"
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' + uncommitted changes') ($(git log -1 --format=%cI))" \
    >"$APP_DIR/built-from.txt"
fi
echo "== App: $APP_DIR, built from $(cat "$APP_DIR/built-from.txt" 2>/dev/null || echo 'an unknown commit')"

db_name() { case "$1" in 100000) echo bench100k;; 1000000) echo bench1m;; *) echo "bench$1";; esac; }
jdbc_url() {
  if [ "$KIND" = pg ]; then echo "jdbc:postgresql://$PGHOST:$PGPORT/$(db_name "$1")"
  else echo "jdbc:h2:file:$WORK/h2-$1/crosscheck"; fi
}

free_port() {
  for p in $(seq 18100 18999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && ! grep -qx "$p" "$WORK/.ports.$$" 2>/dev/null; then
      echo "$p" >>"$WORK/.ports.$$"; echo "$p"; return
    fi
  done
  echo "no free port" >&2; exit 1
}

PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  rm -f "$WORK/.ports.$$"
}
trap cleanup EXIT

# start_app SIZE PORT LOG -> pid in APP_PID
start_app() {
  local url; url="$(jdbc_url "$1")"
  # Apps that keep report files on disk write them under target/bench-db (newer ones keep them in the
  # database and refuse the unknown key).
  REPORT_DIR_OPTION=""
  if unzip -p "$APP_DIR"/app/*.jar application.properties 2>/dev/null | grep -q '^crosscheck.report.directory='; then
    REPORT_DIR_OPTION="-Dcrosscheck.report.directory=$WORK/reports-$KIND-$1"
  fi
  [ "$KIND" = h2 ] && url="$url;WRITE_DELAY=0"
  CROSSCHECK_ADMIN_KEY="$KEY" java -Xmx512m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
    -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username="$([ "$KIND" = pg ] && echo postgres || echo sa)" \
    -Dquarkus.datasource.password="$([ "$KIND" = pg ] && echo postgres || echo '')" \
    -Dcrosscheck.demo.enabled=false -Dcrosscheck.report.enabled=false \
    -Dcrosscheck.report.organisation-name="Bench newsroom" -Dcrosscheck.report.organisation-url=https://bench.example/ \
    -Dcrosscheck.embed.public-base-url="http://127.0.0.1:$2" \
    $REPORT_DIR_OPTION -Dcrosscheck.embed.bench-endpoint=true \
    -Dcrosscheck.security.rate-limit.per-minute=10000000 -Dcrosscheck.security.rate-limit.burst=1000000 \
    -Dcrosscheck.security.rate-limit.anonymous-per-minute=10000000 -Dcrosscheck.security.rate-limit.anonymous-burst=1000000 \
    -Dcrosscheck.security.rate-limit.compute-per-minute=10000000 -Dcrosscheck.security.rate-limit.compute-burst=1000000 \
    -jar "$APP_DIR/quarkus-run.jar" >"$3" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "the app for $1 claims did not start; see $3" >&2; tail -50 "$3" >&2; exit 1
}
stop_app() { kill "$1"; wait "$1" 2>/dev/null || true; }

loaded() {  # SIZE -> true when the store holds the bench load of that size
  [ -f "$WORK/$KIND-$1.loaded" ] || return 1
  if [ "$KIND" = pg ]; then
    [ "$(psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$(db_name "$1")" -tAc \
      "select count(*) >= $1 from claim" 2>/dev/null)" = t ] || return 1
  else
    [ -f "$WORK/h2-$1/crosscheck.mv.db" ] || return 1
  fi
}

for N in $SIZES; do
  if loaded "$N" && [ -z "${RELOAD:-}" ]; then
    echo "== $N claims: already loaded ($(cat "$WORK/$KIND-$N.loaded"))"; continue
  fi
  rm -f "$WORK/$KIND-$N.loaded"
  echo "== $N claims: a fresh database"
  if [ "$KIND" = pg ]; then
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qc "drop database if exists $(db_name "$N")"
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qc "create database $(db_name "$N")"
  else
    rm -rf "$WORK/h2-$N"
  fi
  rm -rf "$WORK/reports-$KIND-$N"
  PORT=$(free_port)
  start_app "$N" "$PORT" "$WORK/app-$KIND-$N-migrate.log"   # Flyway migrates at start
  stop_app "$APP_PID"
  T0=$(date +%s)
  ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.crosscheck.bench.ExportBenchData -Dbench.heap=1g \
    -Dbench.args="$(jdbc_url "$N") $N days=100 topics=10 user=$([ "$KIND" = pg ] && echo postgres || echo sa) password=$([ "$KIND" = pg ] && echo postgres)"
  echo "loaded in $(( $(date +%s) - T0 )) s on $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)" \
    | tee "$WORK/$KIND-$N.loaded"
done

TARGETS=""
for N in $SIZES; do
  PORT=$(free_port)
  LOG="$WORK/app-$KIND-$N.log"
  start_app "$N" "$PORT" "$LOG"
  TARGETS="$TARGETS target=$N,http://127.0.0.1:$PORT,$APP_PID,$LOG"
done
echo "== Measuring on $KIND ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(java -version 2>&1 | head -1)); load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -Pbench test-compile exec:exec -Dbench.main=io.crosscheck.bench.ScaleBench -Dbench.heap=256m \
  -Dbench.args="key=$KEY rows=$ROWS samples=$SAMPLES job-timeout=${JOB_TIMEOUT:-1800} ${BENCH_ARGS:-}$TARGETS"
for N in $SIZES; do
  echo "app log $WORK/app-$KIND-$N.log: $(grep -c OutOfMemoryError "$WORK/app-$KIND-$N.log" || true) OutOfMemoryError," \
    "$(grep -c ' ERROR ' "$WORK/app-$KIND-$N.log" || true) ERROR lines"
done
