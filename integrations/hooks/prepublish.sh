#!/usr/bin/env bash
# claimcheck's pre-publish hook: a CMS runs it before publishing an article.
# It checks the article's body (.txt, .md, .html) or claims file (.json), or
# standard input, with `claimcheck check`, prints the report for the editor,
# and exits non-zero to block publication when the arithmetic is wrong.
#
#   prepublish.sh [--server=HOST:PORT] [--input=json|text|html]
#                 [--warnings-block] [--allow-unreachable]
#                 [-- CLAIMCHECK-CHECK-FLAGS...] [FILE|-]
#
#   --server=HOST:PORT   ask a running claimcheck_server (default: check
#                        in-process with the embedded engine)
#   --input=KIND         what FILE or standard input holds: the article's
#                        text or HTML, or a claims file (json); by default
#                        from FILE's name, and json for standard input
#   --warnings-block     block on warnings too (readings a careful editor
#                        would not assume), not only on errors
#   --allow-unreachable  publish (exit 0, with a message) when the server
#                        cannot be reached; by default that blocks too
#   after --             passed to `claimcheck check` (--tls, --ca=FILE,
#                        --token_file=FILE, --timeout=10s, ...)
#
# Exit status: 0 publish; 1 blocked by an error (or a warning with
# --warnings-block); 2 the article, claims file or command line cannot be
# read (or the server refused the token); 3 the server could not be reached.
# The claimcheck binary is $CLAIMCHECK, else `claimcheck` on PATH, else the
# one Bazel built in this repository.
set -uo pipefail

usage() {
  sed -n '6,25p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

server=""
input=""
warnings_block=0
allow_unreachable=0
extra=()
file="-"
while (($#)); do
  case "$1" in
    --server=*) server="${1#--server=}" ;;
    --input=json | --input=text | --input=html) input="${1#--input=}" ;;
    --input=*) echo "prepublish: --input must be json, text or html" >&2; usage ;;
    --warnings-block) warnings_block=1 ;;
    --allow-unreachable) allow_unreachable=1 ;;
    -h | --help) usage ;;
    --)
      shift
      while (($# > 1)); do extra+=("$1"); shift; done
      [[ $# -eq 1 ]] && file="$1"
      break
      ;;
    -) file="-" ;;
    -*) echo "prepublish: unknown flag $1" >&2; usage ;;
    *) file="$1" ;;
  esac
  shift
done

claimcheck="${CLAIMCHECK:-}"
if [[ -z "$claimcheck" ]]; then
  if command -v claimcheck >/dev/null; then
    claimcheck="$(command -v claimcheck)"
  else
    claimcheck="$(cd "$(dirname "$0")/../.." && pwd)/.bazel/bin/client/claimcheck"
  fi
fi
if [[ ! -x "$claimcheck" ]]; then
  echo "prepublish: no claimcheck binary at $claimcheck (set CLAIMCHECK, or bazel build //client:claimcheck)" >&2
  exit 2
fi

args=(check)
[[ -n "$server" ]] && args+=("--server=$server")
[[ -n "$input" ]] && args+=("--input=$input")
args+=(${extra[@]+"${extra[@]}"} "$file")

report="$("$claimcheck" "${args[@]}")"
status=$?
printf '%s\n' "$report"

case "$status" in
  0)
    # The summary line: "N claims: C consistent, E errors, W warnings, X not checkable".
    warnings="$(printf '%s\n' "$report" | sed -n 's/^[0-9]* claims\{0,1\}: .*, \([0-9]*\) warnings\{0,1\},.*/\1/p' | tail -n 1)"
    if ((warnings_block)) && [[ "${warnings:-0}" -gt 0 ]]; then
      echo "prepublish: BLOCKED: $warnings claim(s) with a warning (--warnings-block)" >&2
      exit 1
    fi
    echo "prepublish: OK to publish" >&2
    exit 0
    ;;
  1)
    echo "prepublish: BLOCKED: the article has an arithmetic error (see above)" >&2
    exit 1
    ;;
  3)
    if ((allow_unreachable)); then
      echo "prepublish: claimcheck server unreachable; publishing unchecked (--allow-unreachable)" >&2
      exit 0
    fi
    echo "prepublish: BLOCKED: the claimcheck server could not be reached" >&2
    exit 3
    ;;
  *)
    echo "prepublish: BLOCKED: the article could not be checked (exit status $status)" >&2
    exit "$status"
    ;;
esac
