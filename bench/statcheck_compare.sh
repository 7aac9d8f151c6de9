#!/usr/bin/env bash
# Compares claimcheck's statistical-test check (kind 9) with statcheck, the R
# package it follows, on 10,000 generated APA-style results with known truth
# (bench/statcheck_gen.cc): a mix of consistent results, p errors, decision
# errors and p = .000, over t, F, r, chi2 and z, many dfs, statistics printed
# with 0 to 3 decimals, and p reported as =, <, > or ns. Prints the agreement
# rate, each tool against the truth, and every disagreement with its reason:
#
#   10000 results: consistent 5523, decision_error 2150, p_error 2237, p_zero 90
#   agreement: 9947 of 10000 (99.47%)
#   ...
#   r527 t(27) = -2, p < .001: statcheck decision_error, claimcheck error, truth error ...
#
# Installs Debian's r-cran-statcheck when it is missing (needs root and the
# Debian archive). Run by hand, not in CI:
#   bash bench/statcheck_compare.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
seed="${2:-1}"

if ! Rscript -e 'library(statcheck)' >/dev/null 2>&1; then
  echo "statcheck_compare: installing r-cran-statcheck" >&2
  as_root=()
  [[ "$(id -u)" -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-cran-statcheck >/dev/null
fi

bazel build //bench:statcheck_gen //client:claimcheck >&2
bin="$(bazel info bazel-bin 2>/dev/null)"
work="$(mktemp -d "${TMPDIR:-/tmp}/statcheck-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$bin/bench/statcheck_gen" --n="$n" --seed="$seed" --out="$work"
Rscript bench/statcheck_run.R "$work/texts.tsv" "$work/statcheck.tsv" >&2
# One request per 400 results (the engine's limit is 500 claims). Exit status
# 1 means some claim is an error, as expected here.
for request in "$work"/request-*.json; do
  "$bin/client/claimcheck" check --format=json "$request" >"${request/request-/claimcheck-}" ||
    [[ $? -eq 1 ]]
done
python3 bench/statcheck_compare.py "$work/truth.tsv" "$work/statcheck.tsv" "$work"/claimcheck-*.json
