#!/usr/bin/env bash
# How the text reader does on the common ways news prints arithmetic
# (tests/testdata/phrasings.tsv, constructed sentences, each correct and with one
# number wrong): per kind, whether the correct version is checked and found
# consistent and whether the wrong one gets an error or warning, at the
# default confidence (medium). Prints figures; asserts nothing.
#   bash bench/phrasings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build -c opt --noshow_progress //client:claimcheck >&2
python3 bench/phrasings.py "$(bazel info -c opt bazel-bin 2>/dev/null)/client/claimcheck" \
  tests/testdata/phrasings.tsv
