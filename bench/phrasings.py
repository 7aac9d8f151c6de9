"""Checks each sentence of tests/testdata/phrasings.tsv as article text with
the CLI and prints, per kind, what came of the correct and the wrong version: "ok"
when the correct one has a claim and no error or warning, and when the wrong
one has an error or warning (of a claim, or of the claims checked together);
"missed" when no claim was checked or the wrong number passed; "FLAGGED" when
a correct sentence got an error or warning.
Then the totals. Prints figures; asserts nothing.
Usage: phrasings.py CLAIMCHECK_BINARY PHRASINGS_TSV
"""
import re
import subprocess
import sys


def summary(binary, sentence):
    """The CLI's report for the sentence: its closing line ("N claims: ...")
    or None, and whether the claims checked together got an error or a
    warning (a conflict between claims that each hold alone)."""
    out = subprocess.run([binary, "check", "--input=text", "-"], input=sentence,
                         capture_output=True, text=True).stdout
    lines = [l for l in out.splitlines() if re.match(r"^\d+ claims?:", l)]
    article = any(re.match(r"^\S+: article: (error|warning):", l)
                  for l in out.splitlines())
    return (lines[-1] if lines else None), article


def counts(report):
    line, article = report
    out = {k: int(n) for n, k in
           re.findall(r"(\d+) (consistent|errors?|warnings?)", line or "")}
    out["article"] = int(article)
    return out


def main():
    binary, tsv = sys.argv[1], sys.argv[2]
    rows = [l.rstrip("\n").split("\t") for l in open(tsv, encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    right = flagged = caught = 0
    for kind, good, bad, _ in rows:
        g, b = counts(summary(binary, good)), counts(summary(binary, bad))
        g_bad = (g.get("errors", g.get("error", 0)) +
                 g.get("warnings", g.get("warning", 0)) + g["article"])
        b_bad = (b.get("errors", b.get("error", 0)) +
                 b.get("warnings", b.get("warning", 0)) + b["article"])
        g_state = "FLAGGED" if g_bad else ("ok" if g.get("consistent") else "missed")
        b_state = "ok" if b_bad else "missed"
        right += g_state == "ok"
        flagged += g_state == "FLAGGED"
        caught += b_state == "ok"
        print(f"{kind:24s} correct: {g_state:8s} wrong: {b_state}")
    n = len(rows)
    print(f"phrasings: {n} kinds; correct versions checked and consistent {right} "
          f"of {n}, flagged {flagged}; wrong versions caught {caught} of {n}")


if __name__ == "__main__":
    main()
