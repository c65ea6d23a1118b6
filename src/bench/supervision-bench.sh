#!/usr/bin/env bash
# Supervision: latency of the record entry page (GET /supervision/records/new) for the Women's
# Union officer of the demo (this year's subjects, criteria, methods), under wrk on loopback.
#
#   src/bench/supervision-bench.sh                 # builds the jar if missing, ~2 min of load
#   BENCH_PORT=8101 BENCH_WRK_DURATION=30s src/bench/supervision-bench.sh
#
# Bounded: fixed duration and connection counts; a throw-away data directory under .bench/.
# Results: .bench/supervision-<timestamp>/ (wrk output with p50/p90/p95/p99 from wrk's own
# histogram via a Lua done() hook, app log, machine.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
JAR="target/giamsat-0.1.0-SNAPSHOT.jar"
PORT="${BENCH_PORT:-8101}"
BASE="http://127.0.0.1:$PORT"
DURATION="${BENCH_WRK_DURATION:-30s}"
WARMUP="${BENCH_WRK_WARMUP:-15s}"
OUT=".bench/supervision-$(date +%Y%m%d-%H%M%S)"
DATA="$OUT/data"
mkdir -p "$OUT"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

{ echo "date: $(date -Is)"; echo "nproc: $(nproc)"; free -h | head -2; echo "load: $(cat /proc/loadavg)";
  echo "git: $(git rev-parse HEAD)"; } > "$OUT/machine.txt"
[[ -f "$JAR" && -z "${BENCH_REBUILD:-}" ]] || ./mvnw -B -o -q -DskipTests clean package

GIAMSAT_ADMIN_PASSWORD='Bench@2026admin' java -jar "$JAR" --giamsat.data-dir="$DATA" --server.port="$PORT" \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1800); do
  curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app.log"; exit 1; }
  sleep 0.2
done

jar="$OUT/cookies.txt"
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=hoiphunu.longbien" \
  --data-urlencode "password=Demo@2026giamsat" --data-urlencode "_csrf=$token" "$BASE/login"
COOKIE="Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
curl -s -o "$OUT/sample.html" -w 'single request: %{http_code} %{time_total}s %{size_download}B\n' -H "$COOKIE" \
  "$BASE/supervision/records/new" | tee "$OUT/single.txt"
grep -q 'name="person"' "$OUT/sample.html" || { echo "not the entry form"; exit 1; }
echo "subjects on the form: $(grep -o '<option value="[0-9]*"' "$OUT/sample.html" | wc -l)" | tee -a "$OUT/single.txt"

cat > "$OUT/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests %d errors %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

# the entry page, and for comparison the smallest signed-in page (session, scope, layout only)
run() {
  local label="$1" path="$2" conns="$3" threads
  threads=$(( conns < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$conns" -d"$WARMUP" --timeout 10s -H "$COOKIE" "$BASE$path" > /dev/null
  wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$OUT/percentiles.lua" -H "$COOKIE" \
    "$BASE$path" > "$OUT/wrk-$label-c$conns.txt"
  echo "== $label $path c$conns (load before: $(cut -d' ' -f1 /proc/loadavg))"
  grep -E '^p[0-9]+|Requests/sec|^requests ' "$OUT/wrk-$label-c$conns.txt"
}
{
  for conns in ${BENCH_CONNS:-1 4 16}; do
    run entry /supervision/records/new "$conns"
    run baseline /account/password "$conns"
  done
} | tee "$OUT/summary.txt"
echo "results in $OUT"
