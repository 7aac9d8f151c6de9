#!/usr/bin/env bash
# Prints how often the article-level check ranks the known correction of each
# case in tests/testdata/corpus first, and among its first three suggestions.
set -euo pipefail
cd "$(dirname "$0")/.."
bazel run --ui_event_filters=-info,-stdout,-stderr --noshow_progress //tests:corpus_hit_rate
