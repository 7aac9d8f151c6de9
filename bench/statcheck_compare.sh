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
# Last, the two side by side for speed on the same texts: statcheck() in R
# and claimcheck's text in (CheckText: extraction, then the check), each
# timed in its own process without start-up, and the ratio.
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
Rscript bench/statcheck_run.R "$work/texts.tsv" "$work/statcheck.tsv" | tee "$work/statcheck.log" >&2
# One request per 400 results (the engine's limit is 500 claims). Exit status
# 1 means some claim is an error, as expected here.
for request in "$work"/request-*.json; do
  "$bin/client/claimcheck" check --format=json "$request" >"${request/request-/claimcheck-}" ||
    [[ $? -eq 1 ]]
done
python3 bench/statcheck_compare.py "$work/truth.tsv" "$work/statcheck.tsv" "$work"/claimcheck-*.json

# Speed on the same APA texts: statcheck() inside R (as timed by
# statcheck_run.R) beside claimcheck's text in, CheckText in-process (-c opt:
# extraction of each text, then the check of the claims proposed).
bazel build -c opt //bench:text_extract >&2
"$(bazel info -c opt bazel-bin 2>/dev/null)/bench/text_extract" --check_tsv="$work/texts.tsv" \
  >"$work/claimcheck-speed.log"
python3 - "$work/statcheck.log" "$work/claimcheck-speed.log" <<'PY'
import sys
def fields(path, key):
    for line in open(path):
        if line.startswith(key):
            return line.split()[1:]
    raise SystemExit("statcheck_compare: no %s line in %s" % (key, path))
s_sec, s_texts, s_found = fields(sys.argv[1], "statcheck_seconds")
c_sec, c_texts, c_found = fields(sys.argv[2], "claimcheck_seconds")
s_sec, c_sec = float(s_sec), float(c_sec)
print("speed on the same %s APA texts: statcheck %.0f ms (%.0f us a text, %s results), "
      "claimcheck text in %.1f ms (%.1f us a text, %s statistical tests found): "
      "%.0f x statcheck's speed" % (
          s_texts, s_sec * 1e3, s_sec * 1e6 / int(s_texts), s_found, c_sec * 1e3,
          c_sec * 1e6 / int(c_texts), c_found, s_sec / max(c_sec, 1e-9)))
PY
