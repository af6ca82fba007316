#!/usr/bin/env bash
# The load runs of docs/performance.md, all of them, in one go (about 12 minutes on 2 cores):
#   1. builds the app and the seed-perf command in Release;
#   2. for 10, 1,000 and 10,000 jobs: generates a database, starts the app on 127.0.0.1 with Benchmarks=true,
#      signs in the owner and the writer, and runs wrk against each page, each one right after a run of the raw
#      ADO.NET baseline (/benchmarks/dashboard-raw), so a page's ratio compares two runs seconds apart;
#   3. at 10,000 jobs: 64 connections, read-only and then 90 % reads / 10 % message posts; the working set;
#   4. the SQL-count tests at 10 and 10,000 jobs;
#   5. writes the results between the markers in docs/performance.md.
# Only loopback is used. Settings: PERF_DURATION (seconds per wrk run, 6), PERF_CONNECTIONS (16),
# PERF_SIZES ("10 1000 10000"), PERF_WORK (/tmp/outsourcehub-perf), PERF_PORT (5391), PERF_APP_ENV (environment
# variables for the app process only, e.g. "MALLOC_ARENA_MAX=2"; recorded with the results).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

DURATION=${PERF_DURATION:-6}
CONNECTIONS=${PERF_CONNECTIONS:-16}
SIZES=${PERF_SIZES:-"10 1000 10000"}
WORK=${PERF_WORK:-/tmp/outsourcehub-perf}
PORT=${PERF_PORT:-5391}
APP_ENV=${PERF_APP_ENV:-}
BASE="http://127.0.0.1:$PORT"
WRK=${WRK:-/usr/bin/wrk}
DOC="$ROOT/docs/performance.md"
RESULTS="$WORK/results.tsv"
MIXES="$WORK/mixes.tsv"
NOTES="$WORK/notes.txt"
APP_PID=

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() { # database file
  stop_app
  # shellcheck disable=SC2086 # APP_ENV is a list of NAME=value words
  (cd "$WORK/web" && exec env $APP_ENV dotnet OutsourceHub.Web.dll --urls "$BASE" \
      --ConnectionStrings:OutsourceHub="Data Source=$1" --Benchmarks=true --App:PublicUrl="$BASE" \
      --Serilog:WriteTo:1:Args:path="$WORK/logs/app-.log") >"$WORK/app-$(basename "$1" .db).out" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "$BASE/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "The app did not start; see $WORK/app-*.out" >&2
  exit 1
}

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# Netscape cookie jar -> "name=value; name=value" (curl marks HttpOnly cookies with a #HttpOnly_ prefix).
cookie_header() { sed 's/^#HttpOnly_//' "$1" | awk -F'\t' '!/^#/ && NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'; }

sign_in() { # email password jar
  rm -f "$3"
  local token
  token=$(curl -fsS -c "$3" -b "$3" "$BASE/Account/Login" | token_of)
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$3" -b "$3" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" --data-urlencode "__RequestVerificationToken=$token" \
    "$BASE/Account/Login")
  [ "$status" = 302 ] || { echo "Sign-in of $1 answered $status" >&2; exit 1; }
}

# Reads wrk's report (with --latency) into: req/s, p50 ms, p99 ms, errors, requests.
parse_wrk() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { requests = $1 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /^Requests\/sec:/ { rps = $2 }
    /^MIX / { split($2, r, "="); split($3, w, "="); reads = r[2]; writes = w[2] }
    END { printf "%.0f\t%.2f\t%.2f\t%d\t%d\t%d\t%d\n", rps, p50, p99, errors, requests, reads, writes }'
}

wrk_run() { # connections cookie path [lua]
  local args=(-t2 -c"$1" -d"${DURATION}s" --timeout 10s --latency -H "Cookie: $2")
  if [ -n "${4:-}" ]; then args+=(-s "$4"); fi
  "$WRK" "${args[@]}" "$BASE$3" | tee -a "$WORK/wrk.log" | parse_wrk
}

measure() { # size name cookie path [lua]
  local baseline page
  baseline=$(wrk_run "$CONNECTIONS" "$OWNER_COOKIE" /benchmarks/dashboard-raw | cut -f1)
  page=$(wrk_run "$CONNECTIONS" "$3" "$4" "${5:-}")
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$baseline" "$page" >>"$RESULTS"
  log "$1 jobs, $2: $(echo "$page" | cut -f1) req/s against $baseline (baseline)"
}

warm_up() { # cookie path
  "$WRK" -t1 -c4 -d2s -H "Cookie: $1" "$BASE$2" >/dev/null
}

mkdir -p "$WORK"
rm -f "$RESULTS" "$MIXES" "$NOTES" "$WORK/wrk.log" "$WORK"/*.db "$WORK"/*.db-*
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')

log "Building Release"
dotnet publish src/OutsourceHub.Web -c Release -o "$WORK/web" -v q --nologo >/dev/null
dotnet publish src/OutsourceHub.Cli -c Release -o "$WORK/cli" -v q --nologo >/dev/null

for size in $SIZES; do
  db="$WORK/perf-$size.db"
  log "Generating $size jobs"
  SEED_STARTED=$(date +%s)
  dotnet "$WORK/cli/OutsourceHub.Cli.dll" seed-perf --database "$db" --jobs "$size" >"$WORK/perf-$size.env" 2>>"$NOTES"
  echo "seed $size $(( $(date +%s) - SEED_STARTED ))" >>"$NOTES"
  # shellcheck disable=SC1090
  . "$WORK/perf-$size.env"

  start_app "$db"
  sign_in "$OWNER_EMAIL" "$PASSWORD" "$WORK/owner.jar"
  sign_in "$WRITER_EMAIL" "$PASSWORD" "$WORK/writer.jar"
  TOKEN=$(curl -fsS -c "$WORK/writer.jar" -b "$WORK/writer.jar" "$BASE/Thread/$SHOWCASE_JOB" | token_of)
  OWNER_COOKIE=$(cookie_header "$WORK/owner.jar")
  WRITER_COOKIE=$(cookie_header "$WORK/writer.jar")

  DASHBOARD=/Projects
  FILTERED="/Projects?status=Approved&clientId=$FILTER_CLIENT"
  DETAILS="/Projects/Details/$SHOWCASE_JOB"
  BRIEF="/Briefs/Version/$SHOWCASE_JOB/2"
  PREVIEW="/Briefs/Preview/$SHOWCASE_JOB"
  COMPARE="/Drafts/Compare/$SHOWCASE_JOB/2"
  for path in /benchmarks/dashboard-raw "$DASHBOARD" "$FILTERED" "$DETAILS" "$PREVIEW" "$COMPARE"; do warm_up "$OWNER_COOKIE" "$path"; done
  for path in "$BRIEF" /MyJobs; do warm_up "$WRITER_COOKIE" "$path"; done

  measure "$size" "Owner dashboard, page 1" "$OWNER_COOKIE" "$DASHBOARD"
  measure "$size" "Owner dashboard, filtered (status and client)" "$OWNER_COOKIE" "$FILTERED"
  measure "$size" "Job details" "$OWNER_COOKIE" "$DETAILS"
  measure "$size" "Brief page (version 2, as the writer reads it)" "$WRITER_COOKIE" "$BRIEF"
  measure "$size" "Brief preview (the owner's Brief tab)" "$OWNER_COOKIE" "$PREVIEW"
  measure "$size" "Draft compare (2 against 1)" "$OWNER_COOKIE" "$COMPARE"
  measure "$size" "Writer: My jobs" "$WRITER_COOKIE" /MyJobs
  PERF_PATH="/Thread/$SHOWCASE_JOB" PERF_COOKIE="$WRITER_COOKIE" PERF_TOKEN="$TOKEN" \
    measure "$size" "Post a message (POST with token)" "$WRITER_COOKIE" "/Thread/$SHOWCASE_JOB" tests/perf/post-message.lua

  if [ "$size" = "$(echo "$SIZES" | awk '{ print $NF }')" ]; then
    export PERF_JOB="$SHOWCASE_JOB" PERF_OWNER_COOKIE="$OWNER_COOKIE" PERF_WRITER_COOKIE="$WRITER_COOKIE" PERF_TOKEN="$TOKEN" PERF_FILTER_CLIENT="$FILTER_CLIENT"
    log "$size jobs: 64 connections, read-only"
    printf '%s\tread-only\t%s\n' "$size" "$(PERF_WRITE_EVERY=0 DURATION=$((DURATION * 2)) wrk_run 64 "$OWNER_COOKIE" / tests/perf/mix.lua)" >>"$MIXES"
    log "$size jobs: 64 connections, 90 % reads / 10 % posts"
    printf '%s\t90/10\t%s\n' "$size" "$(PERF_WRITE_EVERY=10 DURATION=$((DURATION * 2)) wrk_run 64 "$OWNER_COOKIE" / tests/perf/mix.lua)" >>"$MIXES"
  fi

  echo "memory $size $(awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 } END { printf "%d %d", rss / 1024, hwm / 1024 }' "/proc/$APP_PID/status") $(du -m "$db" | cut -f1)" >>"$NOTES"
  stop_app
done

log "SQL commands per request at 10 and 10,000 jobs"
[ -n "${PERF_SKIP_SQL:-}" ] || OUTSOURCEHUB_SQLCOUNT_JOBS=10000 dotnet test tests/OutsourceHub.Web.Tests --filter "FullyQualifiedName~Performance.SqlCommandCountTests" -v q --nologo >"$WORK/sql-count.log" 2>&1 \
  || { echo "The SQL-count tests failed; see $WORK/sql-count.log" >&2; exit 1; }
SQL_TABLE=$(cat "$ROOT/artifacts/bin/OutsourceHub.Web.Tests/debug/sql-commands.md" 2>/dev/null || echo "(not run: PERF_SKIP_SQL)")

log "Writing docs/performance.md"
{
  echo "<!-- perf-results:start (written by tests/perf/run.sh; edit the script, not this block) -->"
  echo "### The run of $STARTED"
  echo
  echo "- Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), .NET SDK $(dotnet --version), $("$WRK" -v 2>&1 | head -1 | awk '{ print $1, $2 }')."
  echo "- Commit: \`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes in src)'). Load average when the run started: $LOAD_AT_START (other work shares this machine; each ratio compares two runs seconds apart)."
  echo "- Command: \`tests/perf/run.sh\` — each wrk run: \`wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency\` with the signed-in cookie, right after the same run of the baseline; the mixes \`-c64 -d$((DURATION * 2))s -s tests/perf/mix.lua\`.${APP_ENV:+ Environment of the app process: \`$APP_ENV\`.}"
  echo "- Data: $(awk '/^seed / { printf "%s%s jobs in %s s", sep, $2, $3; sep = ", " }' "$NOTES") (seed-perf; drafts 800–3,000 words; database sizes $(awk '/^memory / { printf "%s%s MB", sep, $5; sep = ", " }' "$NOTES"))."
  echo
  echo "| jobs | page | req/s | baseline req/s | ratio | p50 ms | p99 ms | errors |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %.0f %% | %s | %s | %s |\n", $1, $2, $4, $3, ($3 > 0 ? 100 * $4 / $3 : 0), $5, $6, $7 }' "$RESULTS"
  echo
  echo "**64 connections, $(awk -F'\t' 'NR == 1 { print $1 }' "$MIXES") jobs** (the same read rotation; posts by the writer to the job's thread):"
  echo
  echo "| run | req/s | reads/s | posts/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{ total = $8 + $9; reads = (total > 0 ? $3 * $8 / total : $3); printf "| %s | %s | %.0f | %.0f | %s | %s | %s |\n", $2, $3, reads, $3 - reads, $4, $5, $6 }' "$MIXES"
  awk -F'\t' '{ total = $8 + $9; reads[NR] = (total > 0 ? $3 * $8 / total : $3) } END { if (NR == 2) printf "\nReads per second with posts: %.0f %% of the read-only run.\n", 100 * reads[2] / reads[1] }' "$MIXES"
  echo
  echo "**Memory** (the app's working set, VmRSS, after each size's runs; VmHWM is the peak):"
  echo
  awk '/^memory / { printf "- %s jobs: %s MB (peak %s MB)\n", $2, $3, $4 }' "$NOTES"
  echo
  echo "**SQL commands per request** (\`SqlCommandCountTests\`, the second visit of each page, counted by a DbCommandInterceptor):"
  echo
  echo "$SQL_TABLE"
  echo "<!-- perf-results:end -->"
} >"$WORK/block.md"

if grep -q '<!-- perf-results:start' "$DOC" 2>/dev/null; then
  awk -v block="$WORK/block.md" '
    /<!-- perf-results:start/ { while ((getline line < block) > 0) print line; skip = 1; next }
    /<!-- perf-results:end -->/ { skip = 0; next }
    !skip { print }' "$DOC" >"$WORK/doc.md"
  cp "$WORK/doc.md" "$DOC"
else
  cat "$WORK/block.md" >>"$DOC"
fi
log "Done: $DOC"
