#!/usr/bin/env bash
# Issue 6 — public report submission, receipt look-up and the public ward page under wrk, with
# 1,000,000 stored reports (docs/benchmarks/citizenreports.md). Loopback only, bounded runs.
#   src/bench/citizenreports-bench.sh          # BENCH_ROWS, BENCH_PORT, BENCH_WRK_DURATION to change
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"; cd "$ROOT"
JAR="target/giamsat-0.1.0-SNAPSHOT.jar"
PORT="${BENCH_PORT:-8103}"; ROWS="${BENCH_ROWS:-1000000}"; DUR="${BENCH_WRK_DURATION:-30s}"
BASE="http://127.0.0.1:$PORT"; OUT=".bench/reports-$(date +%Y%m%d-%H%M%S)"; DATA="$OUT/data"
PEPPER="demo-pepper-not-for-production"
mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date +%T)" "$*" | tee -a "$OUT/run.log" >&2; }
{ date -Is; nproc; free -h | head -2; java -version 2>&1 | head -1; git rev-parse HEAD; uptime; } > "$OUT/machine.txt"
[[ -f "$JAR" ]] || ./mvnw -B -o -q -DskipTests package
# the throttle is raised: wrk sends everything from one loopback address
GIAMSAT_ADMIN_PASSWORD='Bench@2026admin' java -Xmx1g -jar "$JAR" --server.port="$PORT" --giamsat.data-dir="$DATA" \
  --giamsat.reports.submit-per-hour=100000000 --giamsat.reports.lookup-per-minute=100000000 \
  --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" >/dev/null; do sleep 2; kill -0 $APP; done
log "app up"
./mvnw -B -o -q -Pbench compile exec:java -Dexec.mainClass=vn.giamsat.bench.CitizenReportGenerator \
  -Dexec.args="$DATA/postgres $ROWS $PEPPER" | tee -a "$OUT/run.log"
psql_count=$(curl -s "$BASE/api/v1/public/reports/$(printf '%016d' 500000)")
log "lookup of a generated code: $psql_count"
cat > "$OUT/submit.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"classification":"PHAN_ANH","unit":"HN-P-VH-T01","subjectName":"Ông Tổ trưởng","subjectPosition":"Tổ trưởng","content":"Thu tiền vệ sinh không có biên lai, đề nghị Mặt trận xem xét.","anonymous":true}'
LUA
cat > "$OUT/lookup.lua" <<'LUA'
-- known codes of generated reports, spread over the table, plus one wrong code in ten
local n = 0
request = function()
  n = n + 1
  local code
  if n % 10 == 0 then code = "9999999999999999" else code = string.format("%016d", (n * 7919) % 1000000 + 1) end
  return wrk.format("GET", "/api/v1/public/reports/" .. code)
end
LUA
# wrk prints p50/p75/p90/p99 only: every script also prints p95
cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
LUA
cat "$OUT/p95.lua" >> "$OUT/submit.lua"; cat "$OUT/p95.lua" >> "$OUT/lookup.lua"
run() { # label, script or path
  local label="$1" target="$2"; shift 2
  wrk -t2 -c8 -d10s --latency "$@" "$target" > "$OUT/$label-warmup.txt"
  wrk -t2 -c8 -d"$DUR" --latency "$@" "$target" > "$OUT/$label.txt"
  log "$label: $(grep -E 'Requests/sec' "$OUT/$label.txt") p50 $(awk '$1=="50%"{print $2}' "$OUT/$label.txt") p90 $(awk '$1=="90%"{print $2}' "$OUT/$label.txt") $(grep '^p95' "$OUT/$label.txt") p99 $(awk '$1=="99%"{print $2}' "$OUT/$label.txt") $(grep -E 'Non-2xx|Socket' "$OUT/$label.txt" | tr '\n' ' ')"
}
run submit "$BASE/api/v1/public/reports" -s "$OUT/submit.lua"
run lookup "$BASE" -s "$OUT/lookup.lua"
run ward-page "$BASE/portal/units/HN-P-VH" -s "$OUT/p95.lua"
run group-page "$BASE/portal/units/HN-P-VH-T01" -s "$OUT/p95.lua"
log "uptime: $(uptime)"
log "results in $OUT"
