#!/usr/bin/env bash
# The culprit benchmark: random articles with one realistic slip each
# (transposed digits, a digit dropped or doubled, a neighbouring key on a
# keyboard or number pad, a power of ten, percent for points, a reversed
# direction word), checked by the engine; prints how often the diagnosis
# names the right figure first, in its top three, with the exact
# correction, and how it states ties and confidence. A benchmark, not a
# test: it prints figures and fails nothing.
#   bash bench/culprits.sh [ARTICLES=2000] [SEED=1] [SHOW]
# SHOW (high-wrong, top3-miss, unlisted, wrong, inexact) prints those cases with their requests.
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-2000}"
seed="${2:-1}"
bash scripts/setup.sh >/dev/null
bazel build -c opt //bench:culprit_benchmark >&2
"$(bazel info -c opt bazel-bin 2>/dev/null)/bench/culprit_benchmark" "$articles" "$seed" "${3:-}"
