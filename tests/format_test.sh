#!/usr/bin/env bash
# Holds every tracked C++ file (*.cc, *.h) to `clang-format --style=file`: the
# repository's .clang-format, Google style. Each file is one test case in the
# JUnit XML that Bazel reads, so scripts/test.sh counts them, and a file that
# differs fails with the diff that `clang-format -i FILE` would apply.
# Usage (from BUILD.bazel): format_test.sh CLANG_FORMAT DOT_CLANG_FORMAT
#
# It reads the source tree itself (the files git tracks, where .clang-format
# lies), not a copy: its target is tagged "external" so that Bazel never
# answers from a cached run. It fails, never passes, when clang-format does
# not run, the tree is not a git checkout, or it finds no file.
set -uo pipefail

clang_format="${PWD}/$1"
root="$(dirname "$(readlink -f "$2")")"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

version="$("${clang_format}" --version 2>&1)" ||
  fail "clang-format does not run: ${version}"
[[ -f "${root}/.clang-format" ]] || fail "no .clang-format in ${root}"
files="$(git -C "${root}" ls-files -- '*.cc' '*.h' 2>&1)" ||
  fail "${root} is not a git checkout: ${files}"
[[ -n "${files}" ]] || fail "git tracks no .cc or .h file under ${root}"

xml_escape() {
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'
}

cd "${root}" || fail "cannot enter ${root}"
formatted="$(mktemp "${TEST_TMPDIR:-/tmp}/formatted.XXXXXX")"
errors="$(mktemp "${TEST_TMPDIR:-/tmp}/errors.XXXXXX")"
trap 'rm -f "${formatted}" "${errors}"' EXIT
cases=""
count=0
failed=0
while IFS= read -r file; do
  count=$((count + 1))
  name="$(xml_escape <<<"${file}")"
  if ! "${clang_format}" --style=file "${file}" >"${formatted}" 2>"${errors}"; then
    failed=$((failed + 1))
    echo "${file}: clang-format failed: $(cat "${errors}")" >&2
    cases+="<testcase classname=\"format\" name=\"${name}\"><failure message=\"clang-format failed\">$(xml_escape <"${errors}")</failure></testcase>"$'\n'
  elif ! difference="$(diff -u "${file}" "${formatted}")"; then
    failed=$((failed + 1))
    echo "${file}: not formatted (clang-format --style=file -i ${file}):" >&2
    head -40 <<<"${difference}" >&2
    cases+="<testcase classname=\"format\" name=\"${name}\"><failure message=\"differs from clang-format --style=file\">$(head -200 <<<"${difference}" | xml_escape)</failure></testcase>"$'\n'
  else
    cases+="<testcase classname=\"format\" name=\"${name}\"/>"$'\n'
  fi
done <<<"${files}"

if [[ -n "${XML_OUTPUT_FILE:-}" ]]; then
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<testsuites tests=\"${count}\" failures=\"${failed}\">"
    echo "<testsuite name=\"format\" tests=\"${count}\" failures=\"${failed}\">"
    printf '%s' "${cases}"
    echo '</testsuite>'
    echo '</testsuites>'
  } >"${XML_OUTPUT_FILE}"
fi

echo "${version}: ${count} files, ${failed} not formatted"
[[ "${failed}" -eq 0 ]]
