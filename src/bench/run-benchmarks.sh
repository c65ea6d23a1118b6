#!/usr/bin/env bash
# Issue 2 — measured performance of the running system (docs/BENCHMARKS.md).
#
#   src/bench/run-benchmarks.sh            # everything, ~15 min on 2 cores
#   BENCH_SKIP=start,capped src/bench/run-benchmarks.sh   # skip parts (start, import, wrk, capped)
#
# Outside `./mvnw verify` on purpose. Loopback only; every load run is bounded. Needs java, curl,
# wrk, jcmd/jstat (JDK), python3 (for the summary). Results: .bench/<timestamp>/ with
# results.tsv (one line per figure) and the raw logs (app logs, GC logs, jstat samples, wrk output).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

JAR="target/giamsat-0.1.0-SNAPSHOT.jar"
PORT="${BENCH_PORT:-18080}"
ROWS="${BENCH_ROWS:-100000}"
SEED="${BENCH_SEED:-42}"
WRK_DURATION="${BENCH_WRK_DURATION:-30s}"
WRK_WARMUP="${BENCH_WRK_WARMUP:-10s}"
CAPPED_HEAP="${BENCH_CAPPED_HEAP:--Xmx512m}"
SKIP=",${BENCH_SKIP:-},"
ADMIN_PW='Bench@2026admin'
OFFICER='mttq.longbien'
OFFICER_PW='Demo@2026giamsat'   # demo accounts' password (DemoDataLoader)
BASE="http://127.0.0.1:$PORT"
WORK="${BENCH_WORK:-.bench}"   # outside target/: survives `clean`, ignored by git
XLSX="$WORK/people-${ROWS}-seed${SEED}.xlsx"
OUT="$WORK/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
printf 'figure\tvalue\tunit\tload_1min\tnote\n' > "$RESULTS"

APP_PID=""

log() { printf '[%s] %s\n' "$(date +%T)" "$*" | tee -a "$OUT/run.log" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg; }
result() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(load1)" "${4:-}" >> "$RESULTS"; log "RESULT $1 = $2 $3 ${4:-}"; }
skip() { [[ "$SKIP" == *",$1,"* ]]; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then stop_app; fi
}
trap cleanup EXIT

machine() {
  {
    echo "date: $(date -Is)"
    echo "nproc: $(nproc)"
    free -h
    uname -r
    java -version 2>&1
    wrk --version 2>&1 | head -1 || true
    echo "git: $(git rev-parse HEAD) $(git status --porcelain | wc -l) uncommitted"
    echo "uptime: $(uptime)"
  } > "$OUT/machine.txt"
  cat "$OUT/machine.txt" >&2
}

build() {
  if [[ ! -f "$JAR" || -n "${BENCH_REBUILD:-}" ]]; then
    log "building $JAR"
    # clean: classes of an earlier -Pbench compile must not end up in the jar
    ./mvnw -B -o -q -DskipTests clean package
  fi
  if [[ ! -f "$XLSX" ]]; then
    log "generating $XLSX"
    ./mvnw -B -o -q -Pbench compile exec:java -Dexec.mainClass=vn.giamsat.bench.PeopleXlsxGenerator \
      -Dexec.args="$XLSX $ROWS $SEED"
  fi
  ls -l "$JAR" "$XLSX" | tee -a "$OUT/run.log" >&2
}

# start_app <label> <data dir> [jvm options...]: times process start → /actuator/health UP
start_app() {
  local label="$1" dir="$2"; shift 2
  local t0 t1
  t0=$(now_ms)
  GIAMSAT_ADMIN_PASSWORD="$ADMIN_PW" java "$@" "-Xlog:gc*:file=$OUT/$label-gc.log:time,uptime" \
    -jar "$JAR" --giamsat.data-dir="$dir" --server.port="$PORT" > "$OUT/$label-app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then log "app died, see $OUT/$label-app.log"; exit 1; fi
    if (( $(now_ms) - t0 > 600000 )); then log "no health after 600 s"; exit 1; fi
    sleep 0.1
  done
  t1=$(now_ms)
  result "$label: start to health UP" "$(( t1 - t0 ))" ms "$*"
  if [[ "$label" == *first* ]]; then
    # health is UP as soon as Tomcat listens; the demo loader (an ApplicationRunner) is still running
    until grep -aq 'Đã nạp dữ liệu mẫu' "$OUT/$label-app.log"; do
      if (( $(now_ms) - t0 > 600000 )) || ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
      sleep 0.1
    done
    result "$label: start to demo data loaded" "$(( $(now_ms) - t0 ))" ms "log line of DemoDataLoader"
  fi
  local boot
  boot=$(grep -o 'Started GiamsatApplication in [0-9.]* seconds' "$OUT/$label-app.log" | grep -o '[0-9.]* seconds' || true)
  [[ -n "$boot" ]] && result "$label: Spring's own 'Started in'" "${boot% seconds}" s
  sleep 2   # let post-start work settle before sampling memory
  result "$label: RSS after start" "$(( $(ps -o rss= -p "$APP_PID") / 1024 ))" MiB "java process only (ps -o rss=)"
  result "$label: postgres memory after start (PSS)" "$(pg_rss)" MiB "PSS of the embedded server and its backends"
  jcmd "$APP_PID" GC.heap_info > "$OUT/$label-heap-after-start.txt" 2>&1 || true
  result "$label: heap used after start" "$(heap_used_mib "$OUT/$label-heap-after-start.txt")" MiB "jcmd GC.heap_info"
}

stop_app() {
  log "stopping $APP_PID"
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$APP_PID" 2>/dev/null; then log "still running after 60 s: SIGKILL $APP_PID"; kill -KILL "$APP_PID"; fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  sleep 1
}

pg_rss() {
  # the embedded postgres of this run's data directory and its backends: proportional set size
  # (shared buffers counted once, split among the processes sharing them), in MiB
  local pm total=0
  pm=$(pgrep -f -- "-D $(realpath -m "$DATA")/postgres" | head -1 || true)
  [[ -z "$pm" ]] && { echo "?"; return; }
  for p in $pm $(pgrep -P "$pm"); do
    total=$(( total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

heap_used_mib() {
  # "garbage-first heap   total 262144K, used 123456K"
  grep -m1 -o 'used [0-9]*K' "$1" | grep -o '[0-9]*' | awk '{printf "%d", $1/1024}'
}

# import_file <label>: POSTs the XLSX, samples the heap every 200 ms with jstat, peak RSS via VmHWM
import_file() {
  local label="$1" t0 t1 code jpid
  echo 5 > "/proc/$APP_PID/clear_refs" 2>/dev/null || true   # reset VmHWM (peak RSS)
  jstat -gc "$APP_PID" 200 > "$OUT/$label-jstat.txt" 2>&1 &
  jpid=$!
  t0=$(now_ms)
  code=$(curl -s -o "$OUT/$label-response.json" -w '%{http_code}' -u "admin:$ADMIN_PW" \
    -F "file=@$XLSX;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "$BASE/api/v1/imports/people")
  t1=$(now_ms)
  kill "$jpid" 2>/dev/null || true; wait "$jpid" 2>/dev/null || true
  log "$label: HTTP $code $(cat "$OUT/$label-response.json")"
  [[ "$code" == 200 ]] || { log "import failed"; exit 1; }
  result "$label: wall time" "$(( t1 - t0 ))" ms "$(cat "$OUT/$label-response.json")"
  result "$label: peak heap used (jstat, 200 ms)" "$(peak_heap "$OUT/$label-jstat.txt")" MiB
  result "$label: peak RSS during import (VmHWM)" "$(( $(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 ))" MiB
  jcmd "$APP_PID" GC.heap_info > "$OUT/$label-heap-after.txt" 2>&1 || true
}

gc_max_after() {
  # largest heap occupancy right after a GC pause ("123M->45M(512M)"): an upper bound of the live set
  # (young pauses leave old-generation garbage in place)
  grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" | awk -F'->' '{split($2,a,"M"); if (a[1]+0>m) m=a[1]+0} END {printf "%d", m}'
}

peak_heap() {
  # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...; used = S0U+S1U+EU+OU (KB)
  awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%d", m/1024}' "$1"
}

login() {
  # form login with the CSRF token of the login page; prints the SESSION cookie
  local jar="$OUT/cookies.txt" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}

# bench_url <label> <path> <header>: warm-up, then the measured wrk run
bench_url() {
  local label="$1" path="$2" header="$3" conns="${4:-16}" code
  local WRK_ARGS=(-t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" --timeout 10s --latency)
  code=$(curl -s -o "$OUT/$label-sample.html" -w '%{http_code} %{time_total}s %{size_download}B' -H "$header" "$BASE$path")
  log "$label: single request $code"
  [[ "$code" == 200* ]] || { log "$label: not 200, skipped"; return; }
  wrk "${WRK_ARGS[@]}" -d"$WRK_WARMUP" -H "$header" "$BASE$path" > "$OUT/$label-warmup.txt"
  wrk "${WRK_ARGS[@]}" -d"$WRK_DURATION" -H "$header" "$BASE$path" > "$OUT/$label-wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$label-wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/$label-wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/$label-wrk.txt")
  errors=$(grep -E 'Non-2xx|Socket errors' "$OUT/$label-wrk.txt" | tr '\n' ' ' || true)
  result "$label: requests/s" "$rps" req/s "wrk ${WRK_ARGS[*]} -d$WRK_DURATION $path ${errors}"
  result "$label: p50" "$p50" "" ""
  result "$label: p99" "$p99" "" ""
}

machine
build
DATA="$WORK/data-$(date +%s)"

if ! skip start; then
  log "== a. cold start, first (creates the database, loads the demo)"
  start_app start-first "$DATA"
  # residential groups the generator uses must exist (q=hn-lb- works around the 500 of a bare level filter)
  groups=$(curl -s -u "admin:$ADMIN_PW" "$BASE/api/v1/units?level=TO_DAN_PHO&size=500&q=hn-lb-" \
    | python3 -c 'import json,sys; c=[i["code"] for i in json.load(sys.stdin)["items"]]; print(sum(1 for x in c if x.startswith("HN-LB-DG-")), sum(1 for x in c if x.startswith("HN-LB-BD-")))')
  log "residential groups in Duc Giang, Bo De: $groups (generator uses T01..T16 of each)"
  stop_app
  log "== a. second start on the same data directory"
fi
start_app start-second "$DATA"

if ! skip import; then
  log "== b. import of $ROWS people (default heap), then the same file again"
  import_file import-first
  import_file import-again
fi

if ! skip wrk; then
  log "== c. wrk with $ROWS people loaded"
  SESSION=$(login "$OFFICER" "$OFFICER_PW")
  [[ -n "$SESSION" ]] || { log "login failed"; exit 1; }
  COOKIE="Cookie: SESSION=$SESSION"
  BASIC="Authorization: Basic $(printf 'admin:%s' "$ADMIN_PW" | base64 -w0)"
  bench_url people-page1 "/people" "$COOKIE"
  bench_url people-page1-c1 "/people" "$COOKIE" 1
  bench_url people-page50 "/people?page=49" "$COOKIE"
  bench_url people-search "/people?q=nguyen+van" "$COOKIE"
  bench_url people-ward "/people?unit=HN-LB-DG" "$COOKIE"
  bench_url api-search "/api/v1/people?q=nguyen%20van&size=50" "$BASIC"
fi
stop_app

if ! skip capped; then
  log "== b'. import into a fresh database with $CAPPED_HEAP"
  DATA="$WORK/data-capped-$(date +%s)"
  start_app capped-start-first "$DATA" "$CAPPED_HEAP"
  import_file capped-import-first
  import_file capped-import-again
  result "capped: largest heap after a GC pause (whole run)" "$(gc_max_after "$OUT/capped-start-first-gc.log")" MiB "GC log"
  result "capped: full GCs (whole run)" "$(grep -c 'Pause Full' "$OUT/capped-start-first-gc.log" || true)" "" "GC log"
  stop_app
fi

log "done: $RESULTS"
column -t -s $'\t' "$RESULTS" >&2
