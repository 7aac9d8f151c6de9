#!/usr/bin/env bash
# integrations/hooks/prepublish.sh as a CMS runs it: in-process and against a real
# claimcheck_server on a free port. The worked example passes, the Denver
# variant is blocked, from claims files and from the article's body (a file,
# or standard input with --input), warnings block only with --warnings-block,
# and an unreachable server blocks unless --allow-unreachable.
set -uo pipefail
root="${TEST_SRCDIR}/${TEST_WORKSPACE}"
cd "$root" || exit 1
hook=integrations/hooks/prepublish.sh
export CLAIMCHECK="$root/client/claimcheck"
tmp="${TEST_TMPDIR}"
failures=0
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill -9 "$server_pid" 2>/dev/null; }
trap cleanup EXIT

# expect STATUS DESCRIPTION -- COMMAND...: runs it (60 s at most), keeps its
# output in $tmp/out and $tmp/err, and checks its exit status.
expect() {
  local want="$1" what="$2"
  shift 3
  timeout 60 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local got=$?
  if [[ "$got" != "$want" ]]; then
    echo "FAIL: $what: exit status $got, want $want"
    cat "$tmp/out" "$tmp/err"
    failures=$((failures + 1))
  fi
}
expect_output() {
  if ! grep -qF -- "$1" "$tmp/out" "$tmp/err"; then
    echo "FAIL: output lacks: $1"
    cat "$tmp/out" "$tmp/err"
    failures=$((failures + 1))
  fi
}

# expect_stdin STATUS DESCRIPTION FILE -- COMMAND...: expect, with FILE on
# standard input.
expect_stdin() {
  local want="$1" what="$2" input="$3"
  shift 4
  timeout 60 "$@" >"$tmp/out" 2>"$tmp/err" <"$input"
  local got=$?
  if [[ "$got" != "$want" ]]; then
    echo "FAIL: $what: exit status $got, want $want"
    cat "$tmp/out" "$tmp/err"
    failures=$((failures + 1))
  fi
}

check_both_examples() {  # hook flags...
  expect 0 "worked example ($*)" -- bash "$hook" "$@" examples/kqed-ice-arrests.json
  expect_output "3 claims: 2 consistent, 0 errors, 0 warnings, 1 not checkable"
  expect_output "prepublish: OK to publish"
  expect 1 "Denver variant ($*)" -- bash "$hook" "$@" examples/kqed-ice-arrests-denver-36.json
  expect_output 'correction: denver "36" should be "63"'
  expect_output "prepublish: BLOCKED"
  # The article's body, as the CMS has it.
  expect 0 "worked example's text ($*)" -- bash "$hook" "$@" examples/kqed-ice-arrests.txt
  expect_output " consistent, 0 errors, 0 warnings, "
  expect_output "312 to 316"
  expect_output "prepublish: OK to publish"
  expect 1 "Denver variant's text ($*)" -- bash "$hook" "$@" examples/kqed-ice-arrests-denver-36.txt
  expect_output 'correction: denver "36" should be "63"'
  expect_output "[36] in Denver"
  expect_output "prepublish: BLOCKED: the article has an arithmetic error"
  expect_stdin 0 "worked example's HTML on stdin ($*)" examples/kqed-ice-arrests.html -- \
    bash "$hook" "$@" --input=html -
  expect_output "<stdin>:"
  expect_output "prepublish: OK to publish"
  expect_stdin 1 "Denver variant's text on stdin ($*)" examples/kqed-ice-arrests-denver-36.txt -- \
    bash "$hook" "$@" --input=text -
  expect_output "[36] in Denver"
}

check_both_examples
# Standard input, as a CMS that pipes the claims.
timeout 60 bash "$hook" - <examples/kqed-ice-arrests-denver-36.json >"$tmp/out" 2>"$tmp/err"
[[ $? == 1 ]] || { echo "FAIL: Denver on stdin not blocked"; failures=$((failures + 1)); }

# The readings example without its one error: three warnings.
/usr/bin/python3 - examples/changes-and-readings.json "$tmp/warnings.json" <<'PY'
import json, sys
request = json.load(open(sys.argv[1]))
request["claims"] = [c for c in request["claims"] if c["id"] != "arrests-fall"]
json.dump(request, open(sys.argv[2], "w"))
PY
expect 0 "warnings only" -- bash "$hook" "$tmp/warnings.json"
expect_output "0 errors, 3 warnings"
expect 1 "warnings with --warnings-block" -- bash "$hook" --warnings-block "$tmp/warnings.json"
expect_output "--warnings-block"
expect 2 "a file that is not there" -- bash "$hook" "$tmp/missing.json"
expect 2 "an unknown flag" -- bash "$hook" --publish-anyway examples/kqed-ice-arrests.json
expect 2 "an unknown input" -- bash "$hook" --input=pdf examples/kqed-ice-arrests.txt
printf 'Police arrested 107 people in Caf\xe9 Street.' >"$tmp/latin1.txt"
expect 2 "a body that is not UTF-8" -- bash "$hook" "$tmp/latin1.txt"
expect_output "offset 33"
expect_output "prepublish: BLOCKED: the article could not be checked"

# Against a real server.
service/claimcheck_server --port=0 >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
address=""
for _ in $(seq 300); do
  address="$(sed -n 's/^claimcheck_server listening on //p' "$tmp/server.out")"
  [[ -n "$address" ]] && break
  sleep 0.1
done
if [[ -z "$address" ]]; then
  echo "FAIL: the server did not start"; cat "$tmp/server.err"; exit 1
fi
check_both_examples --server="$address"
expect 1 "flags after --" -- bash "$hook" --server="$address" -- --timeout=20s \
  examples/kqed-ice-arrests-denver-36.json
kill -TERM "$server_pid"
timeout 30 tail --pid="$server_pid" -f /dev/null
server_pid=""

expect 3 "server gone" -- bash "$hook" --server="$address" -- --timeout=5s examples/kqed-ice-arrests.json
expect_output "could not be reached"
expect 0 "server gone, --allow-unreachable" -- bash "$hook" --server="$address" \
  --allow-unreachable -- --timeout=5s examples/kqed-ice-arrests.json

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
