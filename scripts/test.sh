#!/usr/bin/env bash
# Builds and runs every test with Bazel, then prints one closing line,
# "N passed, N failed", counting test cases (gtest's TESTs), not Bazel targets.
# Exits non-zero when a test failed or Bazel failed.
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
trap 'rm -f "$bep"' EXIT

bazel_rc=0
bazel test --keep_going --build_event_json_file="$bep" //... || bazel_rc=$?

summary="$(/usr/bin/python3 - "$bep" "$bazel_rc" <<'PY'
import json, sys, urllib.parse, xml.etree.ElementTree as ET

bep_path, bazel_rc = sys.argv[1], int(sys.argv[2])
tests = set()     # labels of test targets that were configured
results = {}      # (label, run, shard) -> last attempt's (status, test.xml path)
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

passed = failed = skipped = 0
for label in sorted(tests - {key[0] for key in results}):
    print(f"not run (did not build?): {label}", file=sys.stderr)
    failed += 1
for (label, _, _), (_, status, xml) in sorted(results.items()):
    p = f = s = 0
    try:
        for case in ET.parse(xml).iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                f += 1
            elif case.get("result") in ("skipped", "suppressed") or case.get("status") == "notrun":
                s += 1
            else:
                p += 1
    except (OSError, TypeError, ET.ParseError):
        pass
    if status != "PASSED" and f == 0:
        f = 1  # the process failed (crash, timeout, exit code) outside any case
    passed, failed, skipped = passed + p, failed + f, skipped + s
if bazel_rc != 0 and failed == 0:
    failed = 1  # Bazel itself failed: a BUILD error, a compile error, ...
line = f"{passed} passed, {failed} failed"
print(line + (f", {skipped} skipped" if skipped else ""))
PY
)" || summary="0 passed, 1 failed"

bazel shutdown >/dev/null 2>&1 || true
echo "$summary"
[[ "$bazel_rc" -eq 0 && "$summary" == *", 0 failed"* ]]
