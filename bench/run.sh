#!/usr/bin/env bash
# Prints claimcheck's performance figures on this machine (a benchmark, not a
# test: nothing here passes or fails on timing).
#   bash bench/run.sh [SECONDS_PER_LOAD=5]
# 1. The engine with Google Benchmark (-c opt): reading printed figures, one
#    claim of each kind, the worked example, a total whose parts hide a slip,
#    and whole articles of 10 to 10,000 claims that share no figures.
# 2. End to end: claimcheck_server (-c opt) on 127.0.0.1, loaded by h2load
#    (Debian's nghttp2-client) from another process over one HTTP/2
#    connection at 1, 8 and 64 concurrent streams: CheckClaims on the worked
#    example beside CheckClaims on the same server with a stored answer
#    instead of the check (bench/rpc_floor_server.cc), the RPC alone and the
#    floor the targets are set against, and beside grpc.health.v1.Health/Check,
#    the cheapest RPC the server has. Throughput, p50 and p99 latency, the
#    server's CPU time per call, and the ratios.
# 3. Bulk: the `claimcheck check` CLI over a JSON-lines archive of 10,000
#    worked examples, in-process and over one CheckArticles stream to a fresh
#    server, with the server's peak memory (VmHWM) after 1,000 and 10,000.
# 4. Text in: extraction of 1,000 words of news and extraction plus check of
#    the worked example's text, from section 1's rows.
# Every load is bounded in time and stops by itself; the servers are stopped
# with SIGTERM at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"

bash scripts/setup.sh >/dev/null
bazel build -c opt //bench:engine_benchmark //bench:grpc_frame //bench:rpc_floor_server \
  //service:claimcheck_server //client:claimcheck >&2
bin="$(bazel info -c opt bazel-bin 2>/dev/null)"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-bench.XXXXXX")"
servers=()
cleanup() {
  for p in "${servers[@]}"; do kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "== 1. engine (Google Benchmark, -c opt, one core)"
"$bin/bench/engine_benchmark" --benchmark_min_time=0.2 2>&1 | grep -v "^\*\*\*WARNING" |
  tee "$work/engine.txt"

echo
echo "== 2. end to end: claimcheck_server on 127.0.0.1, h2load over one HTTP/2 connection"
# start NAME COMMAND...: starts a server that prints "NAME listening on ADDRESS"
# and sets $address and $pid.
start() {
  local name=$1
  shift
  "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pid=$!
  servers+=("$pid")
  for _ in $(seq 100); do
    grep -q "listening on" "$work/$name.out" && break
    sleep 0.1
  done
  address="$(sed -n "s/^$name listening on //p" "$work/$name.out")"
  [[ -n "$address" ]] || { echo "run.sh: $name did not start" >&2; cat "$work/$name.err" >&2; exit 1; }
}
start claimcheck_server "$bin/service/claimcheck_server" --address=127.0.0.1 --port=0 --access_log=false
server_address=$address server_pid=$pid
# The same server, whose CheckClaims returns the worked example's answer as
# stored at start instead of checking (bench/rpc_floor_server.cc): what the
# call costs as an RPC, so that the check's own share can be told apart.
start rpc_floor_server "$bin/bench/rpc_floor_server" examples/kqed-ice-arrests.json
floor_address=$address floor_pid=$pid
# Both must answer the worked example correctly before they are timed
# (h2load sees HTTP statuses only, not gRPC's).
"$bin/client/claimcheck" check --format=json --server="$server_address" \
  examples/kqed-ice-arrests.json >"$work/real.json"
"$bin/client/claimcheck" check --format=json --server="$floor_address" \
  examples/kqed-ice-arrests.json >"$work/floor.json"
cmp -s "$work/real.json" "$work/floor.json" || { echo "run.sh: the stored answer differs" >&2; exit 1; }
"$bin/bench/grpc_frame" check examples/kqed-ice-arrests.json >"$work/check.body"
"$bin/bench/grpc_frame" health >"$work/health.body"

# load NAME ADDRESS PID PATH BODY STREAMS: after a second's warm-up, loads for
# $seconds and prints "req/s p50_ms p99_ms cpu_us_per_call non_200", the CPU
# being the server's (user + system, from /proc) over the calls it answered.
load() {
  local log="$work/$1-$6.log" ticks_before ticks_after
  local args=(-c 1 -t 1 -m "$6" -H 'content-type: application/grpc' -H 'te: trailers' -d "$5")
  h2load -D 1 "${args[@]}" "http://$2$4" >/dev/null 2>&1 || true
  ticks_before="$(awk '{print $14 + $15}' "/proc/$3/stat")"
  h2load -D "$seconds" "${args[@]}" --log-file="$log" "http://$2$4" >"$work/$1-$6.out" 2>&1 ||
    { cat "$work/$1-$6.out" >&2; return 1; }
  ticks_after="$(awk '{print $14 + $15}' "/proc/$3/stat")"
  python3 - "$log" "$seconds" "$((ticks_after - ticks_before))" "$(getconf CLK_TCK)" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
ok = sorted(int(r[2]) for r in rows if r[1] == "200")
pick = lambda q: ok[min(len(ok) - 1, int(q * len(ok)))] / 1000.0
cpu_us = int(sys.argv[3]) / float(sys.argv[4]) * 1e6 / max(len(rows), 1)
print("%.0f %.3f %.3f %.1f %d" % (len(ok) / float(sys.argv[2]), pick(0.50), pick(0.99), cpu_us,
                                  len(rows) - len(ok)))
PY
}

check_path=/claimcheck.v1.ClaimCheckService/CheckClaims
row="%-7s | %7s %6s %6s %6s | %7s %6s %6s %6s | %7s %6s %6s %6s | %10s %5s | %10s\n"
printf "%-7s | %-28s | %-28s | %-28s | %-16s | %s\n" "" "CheckClaims, stored answer" \
  "CheckClaims (worked example)" "Health/Check" "CheckClaims/stored" "/Health"
printf "$row" streams req/s p50ms p99ms cpu_us req/s p50ms p99ms cpu_us req/s p50ms p99ms cpu_us \
  throughput p99 throughput
for streams in 1 8 64; do
  read -r f_rps f_p50 f_p99 f_cpu f_bad < <(load floor "$floor_address" "$floor_pid" \
    "$check_path" "$work/check.body" "$streams")
  read -r c_rps c_p50 c_p99 c_cpu c_bad < <(load check "$server_address" "$server_pid" \
    "$check_path" "$work/check.body" "$streams")
  read -r h_rps h_p50 h_p99 h_cpu h_bad < <(load health "$server_address" "$server_pid" \
    /grpc.health.v1.Health/Check "$work/health.body" "$streams")
  read -r r_rps r_p99 r_health < <(python3 -c \
    "print('%.2f %.2f %.2f' % ($c_rps / $f_rps, $c_p99 / $f_p99, $c_rps / $h_rps))")
  printf "$row" "$streams" "$f_rps" "$f_p50" "$f_p99" "$f_cpu" "$c_rps" "$c_p50" "$c_p99" "$c_cpu" \
    "$h_rps" "$h_p50" "$h_p99" "$h_cpu" "$r_rps" "$r_p99" "$r_health"
  [[ "$h_bad" == 0 && "$f_bad" == 0 && "$c_bad" == 0 ]] ||
    echo "  (non-200 responses: health $h_bad, stored answer $f_bad, check $c_bad)"
done
echo "targets at 64 streams: CheckClaims throughput >= 0.80 x the stored answer's; p99 <= 1.5 x the stored answer's"
echo "  at 64 streams: throughput $r_rps x, p99 $r_p99 x the stored answer's"
echo "cpu_us: the server's CPU time per call, in microseconds, on both cores together"

echo
echo "== 3. bulk: claimcheck check over a JSON-lines archive of worked examples"
# archive N FILE: N copies of the worked example, each its own article id.
archive() {
  python3 - "$1" >"$2" <<'PY'
import json, sys
article = json.load(open("examples/kqed-ice-arrests.json"))
for i in range(int(sys.argv[1])):
    article["articleId"] = "story-%d" % i
    print(json.dumps(article, separators=(",", ":")))
PY
}
archive 1000 "$work/archive-1000.jsonl"
archive 10000 "$work/archive-10000.jsonl"
# bulk N [FLAGS...]: checks the N-article archive and prints articles/s,
# the CLI's own peak memory and its summary line.
bulk() {
  local n=$1 start end
  shift
  start="$(date +%s.%N)"
  /usr/bin/time -f "%M" -o "$work/bulk.rss" "$bin/client/claimcheck" check "$@" \
    "$work/archive-$n.jsonl" >"$work/bulk.out" 2>&1 || true
  end="$(date +%s.%N)"
  python3 -c "print('%.0f articles/s (%d articles in %.2f s; CLI peak RSS %.0f MB): %s' % ($n / ($end - $start), $n, $end - $start, int(open('$work/bulk.rss').read().split()[-1]) / 1024.0, open('$work/bulk.out').read().strip().splitlines()[-1]))"
}
# A fresh server, so that its peak memory is the stream's alone.
start claimcheck_server "$bin/service/claimcheck_server" --address=127.0.0.1 --port=0 --access_log=false
bulk_address=$address bulk_pid=$pid
peak() { awk '/^VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$bulk_pid/status"; }
echo "in-process:                        $(bulk 10000)"
echo "server started:                    peak RSS $(peak)"
echo "one CheckArticles stream, 1,000:   $(bulk 1000 --server="$bulk_address" --timeout=120s)"
echo "                                   server peak RSS $(peak)"
echo "one CheckArticles stream, 10,000:  $(bulk 10000 --server="$bulk_address" --timeout=300s)"
echo "                                   server peak RSS $(peak)"

echo
echo "== 4. text in (from section 1)"
echo "targets: extraction of 1,000 words < 0.5 ms; extraction + check of the worked example's text < 200 us"
grep -E "^BM_(ExtractClaims|CheckText)/" "$work/engine.txt" |
  awk '{printf "%-48s %10s %s CPU\n", $1, $4, $5}'
