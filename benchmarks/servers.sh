#!/usr/bin/env bash
# Compare the WSGI servers behind `sitecraft serve` (gunicorn sync vs granian wsgi) on loopback,
# against nginx serving the same article bytes from a file (the physical limit of this machine).
#
#   benchmarks/servers.sh                 # 4 workers (2 x cores) plus 2 and 3 workers
#   WORKER_COUNTS="4" benchmarks/servers.sh
#
# Environment knobs (all optional):
#   SRC_DATA_DIR   demo data dir to copy (default /tmp/sc-demo; never modified)
#   WORKER_COUNTS  space-separated worker counts (default: "2*cores" first, then 2 and 3)
#   SERVERS        default "gunicorn granian"
#   DURATION       wrk seconds per page (default 10), WARMUP seconds (default 3)
#   THREADS / CONNECTIONS   wrk -t / -c (default 2 / 32)
#   BUDGET         overall wall-clock limit in seconds (default 1500); later runs are skipped
#   QUIET_BUSY     before each measurement wait (bounded) until host CPU busy% < this (default 35)
#   QUIET_WAIT     at most this many seconds per measurement (default 60); 0 disables the wait
#
# Output: a markdown table on stdout and in benchmarks/out/servers.md (git-ignored).
#   PAGE_CACHE     1: the page cache is on (warm hits are measured); default 0: uncached renders
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out_dir="$here/out"
venv="$root/.venv"
src_data=${SRC_DATA_DIR:-/tmp/sc-demo}
servers=${SERVERS:-"gunicorn granian"}
duration=${DURATION:-10}
warmup=${WARMUP:-3}
threads=${THREADS:-2}
conns=${CONNECTIONS:-32}
budget=${BUDGET:-1500}
quiet_busy=${QUIET_BUSY:-35}
quiet_wait=${QUIET_WAIT:-60}
start_ts=$SECONDS

die() { echo "servers.sh: ERROR: $*" >&2; exit 1; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- prerequisites
[ -x "$venv/bin/sitecraft" ] || die "$venv/bin/sitecraft not found: run ./run demo (or ./run tests) first"
[ -f "$src_data/sitecraft.sqlite3" ] || die "demo data dir $src_data has no sitecraft.sqlite3: run sitecraft demo first"

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing ${missing[*]} with apt-get"
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
    $sudo apt-get update -qq || die "apt-get update failed"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || die "could not install ${missing[*]}"
  fi
}
ensure_tools
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
command -v curl >/dev/null 2>&1 || die "curl is required"

cores=$("$venv/bin/python" -c 'import os; print(os.cpu_count() or 1)')
default_workers=$(( cores * 2 < 2 ? 2 : cores * 2 ))
worker_counts=${WORKER_COUNTS:-"$default_workers 2 3"}
# dedupe while keeping order
worker_counts=$(echo "$worker_counts" | tr ' ' '\n' | awk 'NF && !seen[$0]++' | tr '\n' ' ')

# ---------------------------------------------------------------- cleanup
work=$(mktemp -d /tmp/sc-bench.XXXXXX)
chmod 755 "$work"   # nginx workers may run as nobody when started by root
pids=()             # process-group leaders we started (setsid)

stop_group() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local p
  for p in "${pids[@]:-}"; do [ -n "$p" ] && stop_group "$p"; done
  if [ -f "$work/nginx/nginx.pid" ]; then
    "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  "$venv/bin/python" - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# wait_http URL PID SECONDS LOGFILE: wait until URL answers 200, failing if PID dies.
wait_http() {
  local url=$1 pid=$2 limit=$3 logf=$4 deadline=$((SECONDS + $3))
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "---- last lines of $logf ----" >&2; tail -n 30 "$logf" >&2 || true
      die "server (pid $pid) exited before answering $url"
    fi
    if curl -sf -o /dev/null --max-time 5 "$url"; then return 0; fi
    sleep 0.5
  done
  echo "---- last lines of $logf ----" >&2; tail -n 30 "$logf" >&2 || true
  die "$url did not answer within ${limit}s"
}

# ---------------------------------------------------------------- the data dir copy
data="$work/data"
# The demo dir may be in use by others: copy the files, but take the SQLite database through
# SQLite's online backup API (read-only on the source) so a live WAL cannot tear the copy.
mkdir -p "$data"
( cd "$src_data" && find . -mindepth 1 -maxdepth 1 ! -name 'sitecraft.sqlite3*' -print0 \
    | xargs -0 -r cp -a --target-directory="$data" ) 2>"$work/cp.err" \
  || { cat "$work/cp.err" >&2; die "could not copy $src_data"; }
"$venv/bin/python" - "$src_data/sitecraft.sqlite3" "$data/sitecraft.sqlite3" <<'PY' \
  || die "could not copy the SQLite database of $src_data"
import sqlite3, sys
src = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=30)
dst = sqlite3.connect(sys.argv[2])
src.backup(dst)
dst.close(); src.close()
PY
export SITECRAFT_DATA_DIR="$data"
unset DATABASE_URL REDIS_URL SITECRAFT_DEBUG SITECRAFT_PRODUCTION ALLOWED_HOSTS SITECRAFT_BASE_URL
# PAGE_CACHE=1 measures warm page-cache hits; the default measures uncached renders.
export SITECRAFT_PAGE_CACHE=${PAGE_CACHE:-0}
export DJANGO_SETTINGS_MODULE=sitecraft.settings

# Run a snapshot of the source: the tree is edited concurrently, and a template changing under
# a running benchmark turns renders into 500s. The editable install's finder comes after
# sys.path, so PYTHONPATH (and the working directory) make the snapshot win.
src="$work/src"
mkdir -p "$src"
cp -a "$root/sitecraft" "$src/sitecraft" || die "could not snapshot $root/sitecraft"
find "$src" -name __pycache__ -prune -exec rm -rf {} + 2>/dev/null || true
export PYTHONPATH="$src${PYTHONPATH:+:$PYTHONPATH}"
( cd "$src" && "$venv/bin/python" -c 'import sitecraft, sys; sys.exit(not sitecraft.__file__.startswith(sys.argv[1]))' "$src" ) \
  || die "the source snapshot is not the one Python imports"

# start_app SERVER WORKERS PORT -> sets app_pid
start_app() {
  local server=$1 workers=$2 port=$3 logf="$work/$1-$2.log"
  ( cd "$src" && exec setsid "$venv/bin/sitecraft" serve --addr "127.0.0.1:$port" \
      --workers "$workers" --server "$server" ) >"$logf" 2>&1 </dev/null &
  app_pid=$!
  pids+=("$app_pid")
  wait_http "http://127.0.0.1:$port/en/" "$app_pid" 90 "$logf"
}

# ---------------------------------------------------------------- 1. find the URLs
log "data dir copy: $data; cores=$cores; worker counts: $worker_counts; servers: $servers"
probe_port=$(free_port)
start_app gunicorn 1 "$probe_port"
base="http://127.0.0.1:$probe_port"
list_html=$(curl -sf --max-time 10 "$base/en/zone-news/") || die "GET /en/zone-news/ failed"
article_path=$(printf '%s' "$list_html" | grep -o 'href="/en/zone-news/[^"]*"[^>]*>Guests from Xinjiang Jeminay' \
  | head -n1 | sed -E 's/^href="([^"]*)".*/\1/')
[ -n "$article_path" ] || die "could not find the 'Guests from Xinjiang Jeminay' article in /en/zone-news/"
log "article: $article_path"
article_file="$work/article.html"
curl -sf --max-time 10 -o "$article_file" "$base$article_path" || die "GET $article_path failed"
chmod 644 "$article_file"
article_bytes=$(wc -c <"$article_file")
[ "$article_bytes" -gt 1000 ] || die "article page is suspiciously small ($article_bytes bytes)"
stop_group "$app_pid"; pids=()

declare -A page_path=([article]="$article_path" [list]="/en/zone-news/" [home]="/en/")
pages="article list home"

# ---------------------------------------------------------------- measurement
results="$work/results.tsv"   # server workers page rps p50 p99 errors
: >"$results"

# to_ms "1.23ms" -> 1.23
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1;
    if (f < 0 || n == "") print "nan"; else printf "%.2f", n * f }'
}

# host_busy: whole-host CPU busy % over one second (includes other people's processes)
host_busy() {
  local a b
  a=$(awk '/^cpu / {print $2+$3+$4+$6+$7+$8+$9, $5}' /proc/stat); sleep 1
  b=$(awk '/^cpu / {print $2+$3+$4+$6+$7+$8+$9, $5}' /proc/stat)
  echo "$a $b" | awk '{ busy = $3 - $1; idle = $4 - $2; t = busy + idle;
    printf "%d", (t > 0) ? 100 * busy / t : 0 }'
}

# wait_quiet: bounded wait for the host to calm down; echoes the last busy% seen
wait_quiet() {
  local deadline=$((SECONDS + quiet_wait)) busy
  busy=$(host_busy)
  while [ "$busy" -ge "$quiet_busy" ] && [ $SECONDS -lt $deadline ]; do
    sleep 2; busy=$(host_busy)
  done
  echo "$busy"
}

# measure SERVER WORKERS PAGE URL
measure() {
  local server=$1 workers=$2 page=$3 url=$4 outf busy
  outf="$work/wrk-$server-$workers-$page.txt"
  curl -sf -o /dev/null --max-time 10 "$url" || die "$server/$workers: $url does not return 200"
  # idle baseline: our server is idle here, so this is other load on the host
  busy=$(wait_quiet)
  timeout $((warmup + 15)) wrk -t"$threads" -c"$conns" -d"${warmup}s" "$url" >/dev/null 2>&1 \
    || die "wrk warm-up failed for $url"
  timeout $((duration + 30)) wrk -t"$threads" -c"$conns" -d"${duration}s" --latency "$url" >"$outf" 2>&1 \
    || { cat "$outf" >&2; die "wrk failed for $url"; }
  local rps p50 p99 non2xx sockerr
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$outf")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$outf")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$outf")")
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$outf"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {s=0; for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s}' "$outf")
  sockerr=${sockerr:-0}
  [ -n "$rps" ] || { cat "$outf" >&2; die "could not parse wrk output for $url"; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$workers" "$page" "$rps" "$p50" "$p99" \
    "$((non2xx + sockerr))" "$busy" >>"$results"
  log "$(printf '%-9s w=%-2s %-8s %10s req/s  p50 %8s ms  p99 %8s ms  errors %s  (other load %s%%)' \
    "$server" "$workers" "$page" "$rps" "$p50" "$p99" "$((non2xx + sockerr))" "$busy")"
}

# ---- 2. nginx serving the article bytes
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
ngx_port=$(free_port)
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$work/nginx/nginx.conf" <<EOF
$user_line
worker_processes 2;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$ngx_port;
    root $work;
    location / {
      default_type "text/html; charset=utf-8";
      try_files /article.html =404;
    }
  }
}
EOF
"$nginx_bin" -t -p "$work/nginx" -c "$work/nginx/nginx.conf" >"$work/nginx/test.log" 2>&1 \
  || { cat "$work/nginx/test.log" >&2; die "nginx rejected its temporary config"; }
( exec setsid "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" ) \
  >"$work/nginx/logs/stdout.log" 2>&1 </dev/null &
ngx_pid=$!
pids+=("$ngx_pid")
wait_http "http://127.0.0.1:$ngx_port$article_path" "$ngx_pid" 20 "$work/nginx/logs/error.log"
served=$(curl -sf --max-time 5 "http://127.0.0.1:$ngx_port$article_path" | wc -c)
[ "$served" -eq "$article_bytes" ] || die "nginx serves $served bytes, expected $article_bytes"
log "nginx on :$ngx_port serving $article_bytes bytes"
measure nginx 2 article "http://127.0.0.1:$ngx_port$article_path"
stop_group "$ngx_pid"; pids=()

# ---- 3/4. the app servers
skipped=""
for workers in $worker_counts; do
  for server in $servers; do
    # one run is ~3 * (warmup + duration) + start-up; skip what no longer fits the budget
    need=$(( 3 * (warmup + duration + 2) + 30 ))
    if [ $((SECONDS - start_ts + need)) -gt "$budget" ]; then
      skipped+=" $server/$workers"; log "skipping $server with $workers workers (time budget)"; continue
    fi
    port=$(free_port)
    log "starting $server with $workers workers on :$port"
    start_app "$server" "$workers" "$port"
    for page in $pages; do
      measure "$server" "$workers" "$page" "http://127.0.0.1:$port${page_path[$page]}"
    done
    stop_group "$app_pid"; pids=()
  done
done

# ---------------------------------------------------------------- 5. the table
mkdir -p "$out_dir"
nginx_rps=$(awk -F'\t' '$1 == "nginx" {print $4}' "$results")
{
  echo "# sitecraft serve: gunicorn vs granian (page cache: $([ "$SITECRAFT_PAGE_CACHE" = 1 ] && echo on || echo off))"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs ($cores per os.cpu_count), loopback," \
       "\`wrk -t$threads -c$conns -d${duration}s --latency\` after a ${warmup}s warm-up;" \
       "wrk shares the CPUs with the server. Page cache: see the title (off = every request is an uncached render)."
  echo "Article: \`$article_path\` ($article_bytes bytes); list: \`/en/zone-news/\`; home: \`/en/\`."
  echo "nginx serves the article bytes from a file (worker_processes 2, access_log off)."
  echo "The app runs from a snapshot of sitecraft/ taken at the start (the tree is edited concurrently)."
  echo
  echo "errors = non-2xx responses + wrk socket errors/timeouts (wrk's 2 s timeout: timed-out"
  echo "requests are not in p50/p99). other CPU % = whole-host CPU busy just before the run, while"
  echo "the measured server was idle (other processes on the machine); above ~${quiet_busy}% the row is noisy."
  echo
  echo "| server | workers | page | req/s | p50 (ms) | p99 (ms) | ratio to nginx | errors | other CPU % |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v n="$nginx_rps" '{
    ratio = ($3 == "article" && n > 0) ? sprintf("%.4f", $4 / n) : "";
    if ($1 == "nginx") ratio = "1";
    printf "| %s | %s | %s | %.1f | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, ratio, $7, $8 }' "$results"
  [ -z "$skipped" ] || { echo; echo "Skipped for the time budget:$skipped"; }
} | tee "$out_dir/servers.md"
cp "$results" "$out_dir/servers.tsv"
log "wrote $out_dir/servers.md ($((SECONDS - start_ts)) s)"
if awk -F'\t' '$4 + 0 < 1 { bad = 1 } END { exit !bad }' "$results"; then
  die "some runs completed no request at all (see the table): the numbers are not usable"
fi
