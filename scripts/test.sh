#!/usr/bin/env bash
# Checks the docs' links (scripts/check_docs.py), builds and runs every test
# with Bazel, then prints one closing line,
# "N passed, N failed", counting test cases (gtest's TESTs), not Bazel targets.
# Exits non-zero when a test failed or Bazel failed.
#
# The suite then runs a second time under AddressSanitizer and UBSan (bazel
# test --config=asan //...), about ten more minutes on two cores; SANITIZE=0
# skips that stage for a quick run. Each test case is counted once: it
# passes only if it passed in every run.
#
# Last, each libFuzzer target runs for FUZZ_SECONDS (default 20; 0 skips)
# from its committed corpus (bash fuzz/run.sh), when clang and libFuzzer's
# runtime are installed (scripts/setup.sh installs them); each target counts
# as one case, failed when it finds a crash or does not build. The fuzz build
# is kept per checkout, so a second run rebuilds only what changed.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! bash scripts/setup.sh; then
  echo "scripts/setup.sh failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The build event log says which test.xml files this run produced or reused
# from cache; globbing .bazel/testlogs would also count results left over
# from tests that were since deleted or no longer build.
bep="$(mktemp "${TMPDIR:-/tmp}/claimcheck-bep.XXXXXX")"
bep_asan="$(mktemp "${TMPDIR:-/tmp}/claimcheck-bep-asan.XXXXXX")"
fuzz_cases="$(mktemp "${TMPDIR:-/tmp}/claimcheck-fuzz-cases.XXXXXX")"
trap 'rm -f "$bep" "$bep_asan" "$fuzz_cases"' EXIT

# The docs stand alone: every relative link in README.md and docs/ resolves,
# and nothing points outside the repository. Counted as one test case.
docs_rc=0
/usr/bin/python3 scripts/check_docs.py || docs_rc=$?

bazel_rc=0
bazel test --keep_going --build_event_json_file="$bep" //... || bazel_rc=$?
stages=("$bep" "$bazel_rc")
if [[ "${SANITIZE:-1}" == 1 ]]; then
  asan_rc=0
  bazel test --config=asan --keep_going --build_event_json_file="$bep_asan" //... ||
    asan_rc=$?
  stages+=("$bep_asan" "$asan_rc")
  [[ "$asan_rc" -eq 0 ]] || bazel_rc="$asan_rc"
fi

fuzz_seconds="${FUZZ_SECONDS:-20}"
if [[ "$fuzz_seconds" != 0 ]] && command -v clang++ >/dev/null &&
   ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  fuzz_out="${TMPDIR:-/tmp}/claimcheck-fuzz-$(pwd | cksum | cut -d' ' -f1)"
  fuzz_log="$fuzz_out.log"
  FUZZ_OUT="$fuzz_out" bash fuzz/run.sh "$fuzz_seconds" >"$fuzz_log" 2>&1 || true
  for target in figure engine json text; do
    line="$(grep -E "^${target}_fuzzer: [0-9]+ execs" "$fuzz_log" | tail -1 || true)"
    echo "${line:-${target}_fuzzer: did not run (see $fuzz_log)}"
    if [[ "$line" == *" 0 crashes,"* ]]; then
      printf '//fuzz:run\t%s_fuzzer\tpassed\n' "$target" >>"$fuzz_cases"
    else
      printf '//fuzz:run\t%s_fuzzer\tfailed\n' "$target" >>"$fuzz_cases"
    fi
  done
elif [[ "$fuzz_seconds" != 0 ]]; then
  echo "scripts/test.sh: clang or libFuzzer's runtime missing: the fuzz targets did not run"
fi

summary="$(DOCS_RC="$docs_rc" FUZZ_CASES="$fuzz_cases" /usr/bin/python3 - "${stages[@]}" <<'PY'
import json, os, sys, urllib.parse, xml.etree.ElementTree as ET

# Each stage is (build event log, bazel's exit status). A case is keyed by
# its target and name; over the stages, its worst outcome counts, once.
RANK = {"passed": 0, "skipped": 1, "failed": 2}
outcome = {}
def note(key, result):
    if RANK[result] >= RANK.get(outcome.get(key), -1):
        outcome[key] = result

note(("scripts/check_docs.py", "links"),
     "passed" if os.environ.get("DOCS_RC") == "0" else "failed")

args = sys.argv[1:]
bazel_failed = False
for stage in range(0, len(args), 2):
    bep_path, bazel_rc = args[stage], int(args[stage + 1])
    bazel_failed = bazel_failed or bazel_rc != 0
    tests = set()     # labels of test targets that were configured
    results = {}      # (label, run, shard) -> last attempt's (attempt, status, test.xml)
    for line in open(bep_path):
        event = json.loads(line)
        ev_id = event.get("id", {})
        kind = event.get("configured", {}).get("targetKind", "")
        if "targetConfigured" in ev_id and kind.endswith("_test rule"):
            tests.add(ev_id["targetConfigured"]["label"])
        if "testResult" in ev_id and "testResult" in event:
            rid = ev_id["testResult"]
            xml = next((urllib.parse.urlparse(f["uri"]).path
                        for f in event["testResult"].get("testActionOutput", [])
                        if f.get("name") == "test.xml"), None)
            key = (rid["label"], rid.get("run", 0), rid.get("shard", 0))
            if rid.get("attempt", 1) >= results.get(key, (0,))[0]:
                results[key] = (rid.get("attempt", 1), event["testResult"].get("status"), xml)
    for label in sorted(tests - {key[0] for key in results}):
        print(f"not run (did not build?): {label}", file=sys.stderr)
        note((label, "(target)"), "failed")
    for (label, run, shard), (_, status, xml) in sorted(results.items()):
        case_failed = False
        try:
            for case in ET.parse(xml).iter("testcase"):
                name = (label, case.get("classname", "") + "." + case.get("name", ""))
                if case.find("failure") is not None or case.find("error") is not None:
                    note(name, "failed")
                    case_failed = True
                elif case.get("result") in ("skipped", "suppressed") or case.get("status") == "notrun":
                    note(name, "skipped")
                else:
                    note(name, "passed")
        except (OSError, TypeError, ET.ParseError):
            pass
        if status != "PASSED" and not case_failed:
            # The process failed (crash, timeout, exit code) outside any case.
            note((label, f"(process {run}/{shard})"), "failed")

# Cases run outside Bazel (the fuzz targets): "label<TAB>case<TAB>result".
for line in open(os.environ["FUZZ_CASES"]):
    label, case, result = line.rstrip("\n").split("\t")
    note((label, case), result)

counts = {r: sum(1 for v in outcome.values() if v == r) for r in RANK}
passed, failed, skipped = counts["passed"], counts["failed"], counts["skipped"]
if bazel_failed and failed == 0:
    failed = 1  # Bazel itself failed: a BUILD error, a compile error, ...
if skipped:
    print(f"{skipped} skipped (not counted below)")
print(f"{passed} passed, {failed} failed")
PY
)" || summary="0 passed, 1 failed"

bazel shutdown >/dev/null 2>&1 || true
echo "$summary"
[[ "$bazel_rc" -eq 0 && "$summary" == *", 0 failed"* ]]
