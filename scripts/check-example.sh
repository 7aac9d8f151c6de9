#!/usr/bin/env bash
# The main job, for a fresh Debian 12 machine: install what is needed, build
# the CLI (optimized, -c opt: the build the docs tell users to run), and check
# the worked example (KQED, 2 October 2017) from its text with the embedded
# engine, then the same text with Denver printed as 36.
# Exits non-zero if the worked example does not come out consistent (0) or
# the Denver variant does not come out as an error (1).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bazel build -c opt --noshow_progress //client:claimcheck
trap 'bazel shutdown 2>/dev/null' EXIT
# The -c opt output folder itself: .bazel/bin is whichever build ran last.
bin="$(bazel info -c opt bazel-bin 2>/dev/null)"

run() {
  local expected=$1 file=$2 status=0
  echo
  echo "\$ claimcheck check $file"
  "$bin/client/claimcheck" check "$file" || status=$?
  echo "(exit status $status)"
  if [[ $status -ne $expected ]]; then
    echo "check-example.sh: expected exit status $expected for $file" >&2
    exit 1
  fi
}
run 0 examples/kqed-ice-arrests.txt
run 1 examples/kqed-ice-arrests-denver-36.txt
