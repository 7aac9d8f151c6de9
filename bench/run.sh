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
#    example beside grpc.health.v1.Health/Check, the cheapest RPC the server
#    has, as the floor. Throughput, p50 and p99 latency, and the ratios.
# 3. Bulk: the `claimcheck check` CLI over a JSON-lines file of worked
#    examples, in-process and over one CheckArticles stream.
# Every load is bounded in time and stops by itself; the server is stopped
# with SIGTERM at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"

bash scripts/setup.sh >/dev/null
bazel build -c opt //bench:engine_benchmark //bench:grpc_frame //service:claimcheck_server \
  //client:claimcheck >&2
bin="$(bazel info -c opt bazel-bin 2>/dev/null)"
work="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-bench.XXXXXX")"
server=""
cleanup() {
  [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "== 1. engine (Google Benchmark, -c opt, one core)"
"$bin/bench/engine_benchmark" --benchmark_min_time=0.2 2>&1 | grep -v "^\*\*\*WARNING"

echo
echo "== 2. end to end: claimcheck_server on 127.0.0.1, h2load over one HTTP/2 connection"
"$bin/service/claimcheck_server" --address=127.0.0.1 --port=0 --access_log=false \
  >"$work/server.out" 2>"$work/server.err" &
server=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.out" && break
  sleep 0.1
done
address="$(sed -n 's/^claimcheck_server listening on //p' "$work/server.out")"
[[ -n "$address" ]] || { echo "run.sh: the server did not start" >&2; exit 1; }
# The server must answer the worked example correctly before it is timed
# (h2load sees HTTP statuses only, not gRPC's).
"$bin/client/claimcheck" check --server="$address" examples/kqed-ice-arrests.json >/dev/null
"$bin/bench/grpc_frame" check examples/kqed-ice-arrests.json >"$work/check.body"
"$bin/bench/grpc_frame" health >"$work/health.body"

# load NAME PATH BODY STREAMS: prints "req/s p50_ms p99_ms" from h2load's log.
load() {
  local log="$work/$1-$4.log"
  h2load -D "$seconds" --warm-up-time=1 -c 1 -t 1 -m "$4" \
    -H 'content-type: application/grpc' -H 'te: trailers' -d "$3" --log-file="$log" \
    "http://$address$2" >"$work/$1-$4.out" 2>&1 || { cat "$work/$1-$4.out" >&2; return 1; }
  python3 - "$log" "$seconds" <<'PY'
import sys
rows = [line.split("\t") for line in open(sys.argv[1]) if line.strip()]
ok = [int(r[2]) for r in rows if r[1] == "200"]
bad = len(rows) - len(ok)
ok.sort()
pick = lambda q: ok[min(len(ok) - 1, int(q * len(ok)))] / 1000.0
print("%.0f %.3f %.3f %d" % (len(ok) / float(sys.argv[2]), pick(0.50), pick(0.99), bad))
PY
}

printf "%-8s | %-34s | %-34s | %s\n" "streams" "Health/Check (the floor)" "CheckClaims (worked example)" "ratio"
printf "%-8s | %10s %11s %11s | %10s %11s %11s | %s\n" "" "req/s" "p50 ms" "p99 ms" "req/s" "p50 ms" "p99 ms" "throughput, p99"
for streams in 1 8 64; do
  read -r h_rps h_p50 h_p99 h_bad < <(load health /grpc.health.v1.Health/Check "$work/health.body" "$streams")
  read -r c_rps c_p50 c_p99 c_bad < <(load check /claimcheck.v1.ClaimCheckService/CheckClaims "$work/check.body" "$streams")
  ratio="$(python3 -c "print('%.2f, %.2f' % ($c_rps / $h_rps, $c_p99 / $h_p99))")"
  printf "%-8s | %10s %11s %11s | %10s %11s %11s | %s\n" "$streams" "$h_rps" "$h_p50" "$h_p99" \
    "$c_rps" "$c_p50" "$c_p99" "$ratio"
  [[ "$h_bad" == 0 && "$c_bad" == 0 ]] || echo "  (non-200 responses: health $h_bad, check $c_bad)"
done
echo "targets at 64 streams: CheckClaims throughput >= 0.80 x Health/Check's; p99 < 2 x Health/Check's"

echo
echo "== 3. bulk: claimcheck check over a JSON-lines file of worked examples"
articles=2000
python3 - "$articles" >"$work/archive.jsonl" <<'PY'
import json, sys
article = json.load(open("examples/kqed-ice-arrests.json"))
for i in range(int(sys.argv[1])):
    article["articleId"] = "story-%d" % i
    print(json.dumps(article, separators=(",", ":")))
PY
bulk() {
  local start end
  start="$(date +%s.%N)"
  "$bin/client/claimcheck" check "$@" "$work/archive.jsonl" >"$work/bulk.out" 2>&1 || true
  end="$(date +%s.%N)"
  python3 -c "print('%.0f articles/s (%d articles in %.2f s): %s' % ($articles / ($end - $start), $articles, $end - $start, open('$work/bulk.out').read().strip().splitlines()[-1]))"
}
echo "in-process:                 $(bulk)"
echo "one CheckArticles stream:   $(bulk --server="$address" --timeout=10s)"
