#!/usr/bin/env bash
# Requests per second of the owner's dashboard (/Projects, signed in, demo data) with wrk, on this machine, and the
# CPU time each request cost the app processes and PostgreSQL together (read from /proc, so it holds even when other
# work shares the machine and the requests per second do not):
#   1. one instance on SQLite
#   2. one instance on PostgreSQL
#   3. two instances on the same PostgreSQL database, loaded together (one wrk per instance, results summed:
#      what a round-robin proxy in front of them would see, without the proxy's own cost)
# Run as root from the repository root: bash tests/perf/instances.sh [seconds per run, default 20]
# Needs wrk (apt-get install -y wrk) and PostgreSQL 15's binaries (apt-get install -y postgresql-15). It starts its
# own throwaway cluster and app processes on 127.0.0.1, and stops them at the end. Writes a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-20}
pg_bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet build -c Release src/OutsourceHub.Web -v quiet -nologo >/dev/null
dll=artifacts/bin/OutsourceHub.Web/release/OutsourceHub.Web.dll

# PostgreSQL with its default durability settings (fsync on), as a deployment would run it.
pg_port=54421
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg -c max_connections=200" >/dev/null
postgres="Host=127.0.0.1;Port=$pg_port;Database=outsourcehub;Username=postgres"

# start NAME PORT PROVIDER CONNECTION [ARGS...]: one app process, logging warnings only (request logs off).
start() {
  local name=$1 port=$2 provider=$3 connection=$4
  shift 4
  mkdir -p "$work/$name/home"
  HOME="$work/$name/home" ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider="$provider" ConnectionStrings__OutsourceHub="$connection" \
    Serilog__MinimumLevel__Default=Warning Serilog__WriteTo__1__Args__path="$work/$name/log-.txt" \
    RateLimits__SignInPostsPerMinute=100000 \
    dotnet "$dll" --contentRoot "$PWD/src/OutsourceHub.Web" --urls "http://127.0.0.1:$port" "$@" >"$work/$name/out.txt" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "$name did not start:" >&2
  cat "$work/$name/out.txt" >&2
  exit 1
}

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

# The demo owner's auth cookie from PORT: the sign-in form's antiforgery cookie and token, then the post.
cookie() {
  local port=$1 jar="$work/jar-$1"
  local token
  token=$(curl -fs -c "$jar" "http://127.0.0.1:$port/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "Input.Email=owner@demo.outsourcehub.test" --data-urlencode "Input.Password=demo owner password" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/Login"
  awk '$6 == "OutsourceHub.Auth" { print $6 "=" $7 }' "$jar"
}

# CPU time in clock ticks used so far by the app processes given and the whole PostgreSQL cluster (the postmaster,
# its live backends, and the backends that already ended, which the postmaster's child times include). wrk is left out.
ticks() {
  local total=0 pid fields
  local pm
  pm=$(head -1 "$work/pg/data/postmaster.pid")
  for pid in "$@" $(pgrep -P "$pm"); do
    if [ -r "/proc/$pid/stat" ]; then
      fields=$(sed 's/^.*) //' "/proc/$pid/stat")
      total=$(( total + $(echo "$fields" | awk '{ print $12 + $13 }') ))
    fi
  done
  fields=$(sed 's/^.*) //' "/proc/$pm/stat")
  echo $(( total + $(echo "$fields" | awk '{ print $12 + $13 + $14 + $15 }') ))
}

# load PORT CONNECTIONS: wrk for $duration seconds on /Projects; prints "requests/s requests".
load() {
  local port=$1 connections=$2 auth
  auth=$(cookie "$port")
  wrk -t1 -c"$connections" -d"${duration}s" -H "Cookie: $auth" "http://127.0.0.1:$port/Projects" \
    | awk '/requests in/ { n = $1 } /Requests\/sec/ { r = $2 } END { print r, n }'
}

warm() { wrk -t1 -c4 -d5s -H "Cookie: $(cookie "$1")" "http://127.0.0.1:$1/Projects" >/dev/null; }

# measure LABEL PORT...: loads each port with 16/N connections at once; prints a table row with the summed
# requests/s and the CPU milliseconds (app + PostgreSQL) each request cost.
measure() {
  local label=$1
  shift
  local ports=("$@") per=$(( 16 / $# )) before after i rates=() total_rate=0 total_requests=0
  before=$(ticks "${pids[@]}")
  local loads=()
  for i in "${!ports[@]}"; do
    load "${ports[$i]}" "$per" >"$work/load-$i.txt" &
    loads+=($!)
  done
  wait "${loads[@]}"
  after=$(ticks "${pids[@]}")
  for i in "${!ports[@]}"; do
    read -r rate requests <"$work/load-$i.txt"
    rates+=("$rate")
    total_rate=$(awk -v a="$total_rate" -v b="$rate" 'BEGIN { print a + b }')
    total_requests=$(( total_requests + requests ))
  done
  local ticks_per_second
  ticks_per_second=$(getconf CLK_TCK)
  printf '| %s | %s | %.0f%s | %.2f |\n' "$label" "$per × $#" "$total_rate" \
    "$( [ "${#ports[@]}" -gt 1 ] && printf ' (%s)' "$(IFS=+; echo "${rates[*]}" | sed 's/+/ + /g')")" \
    "$(awk -v t=$(( after - before )) -v hz="$ticks_per_second" -v n="$total_requests" 'BEGIN { print t * 1000 / hz / n }')"
}

echo "| set-up | wrk connections | requests/s | CPU ms per request (app + PostgreSQL) |"
echo "|---|---:|---:|---:|"

start sqlite 5301 Sqlite "Data Source=$work/sqlite/outsourcehub.db" --seed-demo
warm 5301
measure "one instance, SQLite" 5301
stop_all

start pg-a 5302 Postgres "$postgres" --seed-demo
warm 5302
measure "one instance, PostgreSQL" 5302
start pg-b 5303 Postgres "$postgres"
warm 5303
measure "two instances, one PostgreSQL (one wrk each, summed)" 5302 5303
stop_all
