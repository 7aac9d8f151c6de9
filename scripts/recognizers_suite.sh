#!/usr/bin/env bash
# Prints how claimcheck reads Microsoft Recognizers-Text's English number,
# percent, number-range and ordinal spec cases (tests/testdata/recognizers):
# read right, refused and read wrong, per file and in all, with the share read
# right. `bash scripts/recognizers_suite.sh --list` also lists each case not
# read right, with what claimcheck read and the reason refused.tsv gives.
set -euo pipefail
cd "$(dirname "$0")/.."
bazel run --ui_event_filters=-info,-stdout,-stderr --noshow_progress \
  //tests:recognizers_suite -- "$@"
