#!/usr/bin/env bash
# Measures the text extractor against the labelled news paragraphs
# (tests/testdata/news/paragraphs): claim precision and recall at the default
# threshold (medium) by kind, figure value F1, claims proposed on the
# paragraphs labelled with no claim, and extraction speed; for the tuning part
# of the set, the held-out part (a fixed quarter, by a hash of each id) and
# both; then the same for the published slips, labelled the same way: a
# second set, for how rules written from the tuning paragraphs carry over;
# then for the unseen paragraphs (tests/testdata/news/unseen), labelled after
# the rules were written by someone not writing rules and never read to write
# them: a third set, reported as counts only, whose misses are never printed.
# Prints figures; asserts nothing.
#   bash bench/text_eval.sh                    # the figures
#   TEXT_EVAL_MISSES=1 bash bench/text_eval.sh # and every miss of the tuning part
#   TEXT_EVAL_TAXONOMY=1 bash bench/text_eval.sh # and the misses of each part
#       by kind, where their figures stand, figures read, cue words (counts)
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build -c opt //bench:text_extract >&2
out="$(mktemp "${TMPDIR:-/tmp}/text_eval.XXXXXX")"
trap 'rm -f "$out"' EXIT
taxonomy=()
if [[ -n "${TEXT_EVAL_TAXONOMY:-}" ]]; then taxonomy=(--taxonomy); fi
.bazel/bin/bench/text_extract tests/testdata/news/paragraphs/*.json >"$out"
python3 bench/text_eval.py tests/testdata/news/paragraphs "$out" "${taxonomy[@]}"
# The published slips are labelled the same way: a second set, for how the
# rules carry over (their claims, not the slips' verdicts).
.bazel/bin/bench/text_extract tests/testdata/news/slips/*.json >"$out"
python3 bench/text_eval.py tests/testdata/news/slips "$out" \
  --set="slips (tests/testdata/news/slips)" "${taxonomy[@]}" | grep -v '^speed'
# The unseen paragraphs: a third set, labelled after the rules were written,
# by someone not writing rules; never read to write rules (its misses are
# counted, never listed).
# Once measured, an unseen set joins paragraphs/ and the folder fills again.
shopt -s nullglob
unseen=(tests/testdata/news/unseen/*.json)
if ((${#unseen[@]} == 0)); then
  echo "unseen (tests/testdata/news/unseen): no paragraphs yet"
  exit 0
fi
.bazel/bin/bench/text_extract "${unseen[@]}" >"$out"
python3 bench/text_eval.py tests/testdata/news/unseen "$out" \
  --set="unseen (tests/testdata/news/unseen)" "${taxonomy[@]}" | grep -v '^speed'
