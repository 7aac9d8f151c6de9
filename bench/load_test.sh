#!/usr/bin/env bash
# The bounded load test: starts claimcheck_server on 127.0.0.1 (a free
# port), runs bench/load_test.cc against it for SECONDS with CLIENTS threads,
# then stops the server with SIGTERM and checks that it exits 0.
#   bash bench/load_test.sh [SECONDS=60] [CLIENTS=16] [extra load_test flags]
# Prints the requests served, answers by status, wrong answers, crashes and
# the server's memory after warm-up and at the end; exits 1 if any answer was
# wrong, anything crashed, memory grew, or the server did not stop cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
clients="${2:-16}"
shift $(( $# > 2 ? 2 : $# ))

bash scripts/setup.sh >/dev/null
bazel build //service:claimcheck_server //bench:load_test >&2
bin=.bazel/bin

out="$(mktemp "${TMPDIR:-/tmp}/claimcheck-load.XXXXXX")"
"$bin/service/claimcheck_server" --address=127.0.0.1 --port=0 --drain_seconds=30 >"$out" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
  grep -q "listening on" "$out" && break
  sleep 0.1
done
address="$(sed -n 's/^claimcheck_server listening on //p' "$out")"
[[ -n "$address" ]] || { echo "load_test.sh: the server did not start" >&2; exit 1; }

rc=0
"$bin/bench/load_test" --server="$address" --server_pid="$server" \
  --clients="$clients" --seconds="$seconds" "$@" || rc=$?

kill -TERM "$server"
server_rc=0
wait "$server" || server_rc=$?
trap 'rm -f "$out"' EXIT
echo "server exit status after SIGTERM: $server_rc"
[[ "$rc" -eq 0 && "$server_rc" -eq 0 ]]
