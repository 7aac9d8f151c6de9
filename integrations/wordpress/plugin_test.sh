#!/usr/bin/env bash
# Runs plugin_test.js (the WordPress plugin in a real WordPress, browser
# included) with the node and node_modules that scripts/setup.sh installed.
# Bounded: the script stops itself after 13 minutes; `timeout` backs it up.
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
NODE_PATH="$node_modules" exec timeout -k 20 840 "$node" integrations/wordpress/plugin_test.js \
  --server="$root/service/claimcheck_server" \
  --plugin="$root/integrations/wordpress/claimcheck" \
  --story="$root/examples/kqed-ice-arrests-denver-36.txt" \
  --deadline_seconds=780
