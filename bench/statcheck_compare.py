#!/usr/bin/env python3
"""Compares claimcheck's and statcheck's verdicts on the bench results.

Each result gets one class from each tool and from the generator's truth:
consistent, error (the p cannot come from the rounded statistic) or
decision_error (an error that also flips significance at .05). claimcheck's
warnings map to statcheck's classes: "rounding_edge" is consistent (it holds,
only at the edge of the statistic's rounding; statcheck counts it consistent
too), "one_tailed_only" is an error (wrong as the two-tailed p that statcheck
assumes by default). Prints the agreement rate, each tool against the truth,
and every disagreement with the reason for it and which tool is right.

  statcheck_compare.py truth.tsv statcheck.tsv claimcheck-000.json ...

Example lines of the output:
  r527 t(27) = -2, p < .001: statcheck decision_error, claimcheck error, truth
      error (true statistic -2.49974, p 0.0188053).
    The reported p is wrong either way; whether significance flipped hangs on
    the rounding: the printed statistic allows p from 0.01879 to 0.1453 ...
"""
import csv
import json
import sys
from collections import Counter

ALPHA = 0.05


def read_tsv(path):
    with open(path, newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def claimcheck_class(result):
    verdict = result.get("verdict")
    code = result["discrepancies"][0]["code"] if result.get("discrepancies") else ""
    if verdict == "VERDICT_CONSISTENT":
        return "consistent", code
    if verdict == "VERDICT_WARNING":
        return ("error" if code.endswith("one_tailed_only") else "consistent"), code
    if verdict == "VERDICT_ERROR":
        return ("decision_error" if code.endswith("decision_error") else "error"), code
    return "not_checked", code


def statcheck_class(row):
    if row is None:
        return "not_extracted"
    if row["error"] != "TRUE":
        return "consistent"
    return "decision_error" if row["decision_error"] == "TRUE" else "error"


def p_range(result):
    for v in result.get("impliedValues", []):
        if v.get("role") == "p":
            r = v["range"]
            return float(r["lower"]["value"]), float(r["upper"]["value"])
    return None


def reason(item, sc, cc, cc_code, sc_row, result):
    """Why the tools differ, and which is right."""
    text, truth = item["text"], item["class"]
    rng = p_range(result)
    true_p = float(item["true_p"])
    if sc == "not_extracted":
        return "statcheck's regular expressions did not extract this result; claimcheck is given it as data."
    stat_text = text.split(" = ", 1)[1].split(",", 1)[0]
    if float(stat_text) == 0 and rng:
        return (f"The statistic is printed as {stat_text}, which stands for values on both sides of 0; "
                f"p reaches 1 at 0. statcheck evaluates p at |statistic| = half a unit instead of 0 "
                f"(its error_test takes the ends of the interval only), so it misses p up to 1. "
                f"claimcheck is right (truth: {truth}).")
    computed = float(sc_row["computed_p"])
    if {sc, cc} == {"error", "decision_error"} and rng and rng[0] <= ALPHA < rng[1]:
        right = "statcheck matches the truth" if sc == truth else "claimcheck matches the truth"
        return (f"The reported p is wrong either way; whether significance flipped hangs on the rounding: "
                f"the printed statistic allows p from {rng[0]:.4g} to {rng[1]:.4g}, across .05. statcheck "
                f"judges significance at the printed value (p = {computed:.4g}) and claimcheck only calls a "
                f"decision error when no value the printed statistic stands for gives the reported side. "
                f"The true statistic (p = {true_p:.4g}) gives {truth}, so {right} here; claimcheck's is the "
                f"verdict the printed figures establish.")
    if cc_code.endswith("one_tailed_only"):
        return ("claimcheck finds the p right only as a one-tailed p (a warning); statcheck's default reads "
                "every p as two-tailed.")
    return (f"Unexplained: statcheck p at printed value {computed:.6g}; claimcheck range {rng}; "
            f"claimcheck code {cc_code or '-'}; truth {truth} (true p {true_p:.6g}).")


def main(truth_path, statcheck_path, *claimcheck_paths):
    truth = read_tsv(truth_path)
    statcheck = read_tsv(statcheck_path)
    results = {}
    for path in claimcheck_paths:
        with open(path) as f:
            response = json.load(f)
        if "results" not in response:
            sys.exit(f"{path}: claimcheck refused the request: {response.get('message')}")
        results.update((r["claimId"], r) for r in response["results"])

    label_class = {"consistent": "consistent", "p_error": "error", "p_zero": "error",
                   "decision_error": "decision_error"}
    agree = 0
    sc_right = cc_right = 0
    edge = one_tailed = 0
    confusion = Counter()
    disagreements = []
    for rid, item in truth.items():
        item["class"] = label_class[item["label"]]
        result = results[rid]
        cc, cc_code = claimcheck_class(result)
        sc = statcheck_class(statcheck.get(rid))
        edge += cc_code.endswith("rounding_edge")
        one_tailed += cc_code.endswith("one_tailed_only")
        confusion[(sc, cc)] += 1
        sc_right += sc == item["class"]
        cc_right += cc == item["class"]
        if sc == cc:
            agree += 1
        else:
            disagreements.append((rid, item, sc, cc, cc_code, statcheck.get(rid), result))

    n = len(truth)
    labels = Counter(item["label"] for item in truth.values())
    tests = Counter(item["test"] for item in truth.values())
    print(f"{n} results: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    print("tests: " + ", ".join(f"{k} {v}" for k, v in sorted(tests.items())))
    print(f"statcheck extracted {sum(1 for r in truth if r in statcheck)} of {n}")
    print(f"agreement: {agree} of {n} ({100 * agree / n:.2f}%)")
    print(f"against the truth: statcheck {sc_right} ({100 * sc_right / n:.2f}%), "
          f"claimcheck {cc_right} ({100 * cc_right / n:.2f}%)")
    print(f"claimcheck warnings: {edge} consistent only at the edge of the statistic's rounding "
          f"(counted consistent), {one_tailed} right only as one-tailed (counted errors)")
    print("statcheck \\ claimcheck: " + "; ".join(
        f"{sc}/{cc} {count}" for (sc, cc), count in sorted(confusion.items())))
    print(f"{len(disagreements)} disagreements:")
    for rid, item, sc, cc, cc_code, sc_row, result in disagreements:
        print(f"  {rid} {item['text']}: statcheck {sc}, claimcheck {cc}, truth {item['class']} "
              f"(true statistic {item['true_statistic']}, p {item['true_p']}).")
        print(f"    {reason(item, sc, cc, cc_code, sc_row, result)}")
    print(f"{agree} agreed, {n - agree} disagreed")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
