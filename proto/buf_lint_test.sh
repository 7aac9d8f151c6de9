#!/usr/bin/env bash
# Runs `buf lint` with proto/buf.yaml over the .proto files in this test's data.
# Usage (from BUILD.bazel): buf_lint_test.sh BUF BUF_YAML
# It fails, never passes, when buf is missing or finds no file to lint.
set -euo pipefail

# Arguments are relative to the runfiles tree, where the test starts.
buf="${PWD}/$1"
module_dir="${PWD}/$(dirname "$2")"

if ! version="$("$buf" --version 2>&1)"; then
  echo "FAIL: the buf CLI does not run: ${version}" >&2
  exit 1
fi

# buf keeps a cache under $HOME by default; tests get a private, writable dir.
export BUF_CACHE_DIR="${TEST_TMPDIR}/buf-cache"
export HOME="${TEST_TMPDIR}"

cd "${module_dir}"
files="$("$buf" ls-files)"
if [[ -z "${files}" ]]; then
  echo "FAIL: buf found no .proto file under ${module_dir}" >&2
  exit 1
fi
echo "buf ${version}: linting $(wc -l <<<"${files}") files:"
echo "${files}"
"$buf" lint
echo "buf lint: no findings"
