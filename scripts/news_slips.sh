#!/usr/bin/env bash
# Prints how claimcheck does on the labelled news set: of the published slips in
# tests/testdata/news/slips/, how many it catches as errors, how many as
# warnings and which it misses (with why); of the correct paragraphs in
# tests/testdata/news/paragraphs/ (when present), on how many it raises a false
# error; and, over both, the claims the API cannot say yet, by reason.
#
# It checks each file's "request" with the CLI in-process, built with -c opt;
# with --text, each file's "text" instead, as a newsroom would send it
# (claimcheck check --input=text: the claims are the ones text in proposes).
# A figures script, not a test: it exits 0 whatever the figures are, and
# non-zero only when it cannot run.
#
#   bash scripts/news_slips.sh            # build, then print the figures
#   bash scripts/news_slips.sh --text     # the same, from each file's text
#   bash scripts/news_slips.sh --verbose  # also one line per file
set -euo pipefail
cd "$(dirname "$0")/.."

bazel build -c opt --noshow_progress --ui_event_filters=-info,-stdout,-stderr //client:claimcheck
cli=.bazel/bin/client/claimcheck
[[ -x $cli ]] || { echo "news_slips.sh: $cli was not built" >&2; exit 2; }

python3 - "$cli" "$@" <<'PY'
import collections
import glob
import json
import os
import subprocess
import sys

cli = sys.argv[1]
verbose = "--verbose" in sys.argv[2:]
from_text = "--text" in sys.argv[2:]
RANK = {"VERDICT_ERROR": 3, "VERDICT_WARNING": 2, "VERDICT_NOT_CHECKABLE": 1,
        "VERDICT_CONSISTENT": 0, "VERDICT_UNSPECIFIED": 0}


def check(case):
    """Runs the CLI on one file's request (or text, with --text); returns
    (outcome, detail).

    outcome is "error", "warning", "unreadable" or "none": the worst verdict
    over the article and its claims, so a claim's warning counts even when the
    article-level check leaves it to its own verdict."""
    if from_text:
        proc = subprocess.run([cli, "check", "--input=text", "--format=json", "-"],
                              input=case["text"], capture_output=True, text=True)
    else:
        proc = subprocess.run([cli, "check", "--format=json", "-"],
                              input=json.dumps(case["request"]), capture_output=True,
                              text=True)
    if proc.returncode == 2:
        try:
            status = json.loads(proc.stdout)
            detail = status.get("message", "").replace("invalid request: ", "")
        except ValueError:
            detail = (proc.stdout + proc.stderr).strip().splitlines()[0]
        return "unreadable", detail
    if proc.returncode not in (0, 1):
        sys.exit(f"news_slips.sh: {cli} exited {proc.returncode}: {proc.stderr.strip()}")
    response = json.loads(proc.stdout)
    if from_text:
        request = response.get("extraction", {}).get("request", {})
        response = response.get("check", {})
    else:
        request = case["request"]
    verdicts = [response.get("article", {}).get("verdict", "VERDICT_UNSPECIFIED")]
    verdicts += [r.get("verdict", "VERDICT_UNSPECIFIED") for r in response.get("results", [])]
    worst = max(verdicts, key=lambda v: RANK.get(v, 0))
    codes = sorted({d["code"] for r in response.get("results", [])
                    for d in r.get("discrepancies", []) if d.get("code")})
    if worst == "VERDICT_ERROR":
        return "error", ", ".join(codes)
    if worst == "VERDICT_WARNING":
        return "warning", ", ".join(codes)
    claims = len(request.get("claims", []))
    return "none", ("no claim in the request" if claims == 0 else
                    f"{claims} claim(s), none found wrong")


def load(folder):
    files = sorted(glob.glob(os.path.join(folder, "*.json")))
    return [(os.path.basename(f)[:-5], json.load(open(f, encoding="utf-8"))) for f in files]


def inexpressible_by_reason(cases):
    reasons = collections.Counter()
    files = collections.Counter()
    for _, case in cases:
        seen = set()
        for item in case.get("inexpressible", []):
            reasons[item.get("reason", "?")] += 1
            seen.add(item.get("reason", "?"))
        for r in seen:
            files[r] += 1
    return reasons, files


def print_inexpressible(cases):
    reasons, files = inexpressible_by_reason(cases)
    total = sum(reasons.values())
    with_any = sum(1 for _, c in cases if c.get("inexpressible"))
    print(f"  claims or figures the API cannot say yet: {total}, in {with_any} of {len(cases)} files")
    for reason, n in reasons.most_common():
        print(f"    {reason}: {n} (in {files[reason]} files)")


def pct(n, d):
    return f"{100.0 * n / d:.0f}%" if d else "-"


slips = load("tests/testdata/news/slips")
print(f"slips: {len(slips)} published arithmetic slips (tests/testdata/news/slips), "
      f"checked from their {'text' if from_text else 'requests'}")
outcomes = collections.defaultdict(list)
by_kind = collections.defaultdict(collections.Counter)
agree = 0
for sid, case in slips:
    outcome, detail = check(case)
    outcomes[outcome].append((sid, detail))
    kind = case.get("slip", {}).get("kind", "?")
    by_kind[kind][outcome] += 1
    expected = case.get("expected", {}).get("article_verdict")
    if {"error": "VERDICT_ERROR", "warning": "VERDICT_WARNING"}.get(outcome) == expected:
        agree += 1
    if verbose:
        print(f"    {sid}: {outcome} (expected {expected}) {detail}")
caught = len(outcomes["error"]) + len(outcomes["warning"])
print(f"  caught as errors:   {len(outcomes['error'])}")
print(f"  caught as warnings: {len(outcomes['warning'])}")
print(f"  caught:             {caught} of {len(slips)} ({pct(caught, len(slips))}); "
      f"with the expected verdict: {agree}")
missed = outcomes["none"] + outcomes["unreadable"]
print(f"  missed:             {len(missed)}")
for sid, detail in outcomes["unreadable"]:
    print(f"    {sid}: request not readable today: {detail}")
for sid, detail in outcomes["none"]:
    print(f"    {sid}: {detail}")
print("  by kind of slip (caught/total):")
for kind in sorted(by_kind):
    c = by_kind[kind]
    print(f"    {kind}: {c['error'] + c['warning']}/{sum(c.values())}")
print_inexpressible(slips)

paragraphs = load("tests/testdata/news/paragraphs")
if not paragraphs:
    print("paragraphs: none yet (tests/testdata/news/paragraphs)")
    sys.exit(0)
correct = [(pid, p) for pid, p in paragraphs
           if p.get("expected", {}).get("article_verdict") == "VERDICT_CONSISTENT"]
print(f"paragraphs: {len(paragraphs)} published paragraphs, {len(correct)} expected consistent "
      f"(tests/testdata/news/paragraphs)")
false_errors, false_warnings, unreadable = [], [], []
for pid, p in correct:
    outcome, detail = check(p)
    if outcome == "error":
        false_errors.append((pid, detail))
    elif outcome == "warning":
        false_warnings.append((pid, detail))
    elif outcome == "unreadable":
        unreadable.append((pid, detail))
    if verbose:
        print(f"    {pid}: {outcome} {detail}")
print(f"  false errors on correct paragraphs:   {len(false_errors)}")
for pid, detail in false_errors:
    print(f"    {pid}: {detail}")
print(f"  warnings on correct paragraphs:       {len(false_warnings)}")
for pid, detail in false_warnings:
    print(f"    {pid}: {detail}")
print(f"  correct paragraphs not readable today: {len(unreadable)}")
for pid, detail in unreadable:
    print(f"    {pid}: {detail}")
print_inexpressible(paragraphs)
PY
