#!/usr/bin/env bash
# Runs a browser test (SCRIPT, a path from the workspace root, and its
# arguments) with the node and node_modules that scripts/setup.sh installed;
# the script finds tests/browser_harness.js and puppeteer-core on NODE_PATH.
# Bounded: the scripts stop themselves at their deadline (13 minutes at
# most); `timeout` backs them up.
#   browser_test.sh SCRIPT [--name=value ...]
set -uo pipefail
runfiles="${TEST_SRCDIR}"
root="${runfiles}/${TEST_WORKSPACE}"
node="${runfiles}/system_tools/node"
node_modules="$(cat "${runfiles}/system_tools/root_node_modules.txt")"
if [[ -z "$node_modules" ]]; then
  echo "puppeteer-core is not installed: run scripts/setup.sh (npm ci), then 'bazel shutdown'" >&2
  exit 1
fi
cd "$root" || exit 1
NODE_PATH="$node_modules:$root" exec timeout -k 20 840 "$node" "$@"
