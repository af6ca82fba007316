#!/usr/bin/env bash
# Requests per second of the owner's dashboard (/Projects, signed in, demo data) with wrk, on this machine:
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

# load PORT CONNECTIONS: wrk for $duration seconds on /Projects; prints requests per second.
load() {
  local port=$1 connections=$2 auth
  auth=$(cookie "$port")
  wrk -t1 -c"$connections" -d"${duration}s" -H "Cookie: $auth" "http://127.0.0.1:$port/Projects" | awk '/Requests\/sec/ { print $2 }'
}

warm() { wrk -t1 -c4 -d5s -H "Cookie: $(cookie "$1")" "http://127.0.0.1:$1/Projects" >/dev/null; }

echo "| set-up | connections | requests/s |"
echo "|---|---:|---:|"

start sqlite 5301 Sqlite "Data Source=$work/sqlite/outsourcehub.db" --seed-demo
warm 5301
echo "| one instance, SQLite | 16 | $(load 5301 16) |"
stop_all

start pg-a 5302 Postgres "$postgres" --seed-demo
warm 5302
echo "| one instance, PostgreSQL | 16 | $(load 5302 16) |"

start pg-b 5303 Postgres "$postgres"
warm 5303
load 5302 8 >"$work/a.txt" &
first_load=$!
load 5303 8 >"$work/b.txt"
wait "$first_load"
a=$(cat "$work/a.txt")
b=$(cat "$work/b.txt")
echo "| two instances, one PostgreSQL (8 + 8, summed) | 16 | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f (%s + %s)", a + b, a, b }') |"
stop_all
