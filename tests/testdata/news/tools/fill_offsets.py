#!/usr/bin/python3
"""Fills in the offsets of a labelled paragraph file from its quotes.

Write a file of tests/testdata/news/ with every "numbers" entry's "quote" (in
reading order) and leave "start"/"end" out; write each request figure's
"span": {"quote": ...} and each claim's "text" (a phrase of the paragraph).
Then:

    python3 tests/testdata/news/tools/fill_offsets.py FILE.json [...]

sets "start" and "end" (Unicode code points, as Span counts them) on every
number, copies them to the figure with the same figure_id, sets each claim's
span to where its text first stands, and rewrites the file with a 2-space
indent. Each quote is looked for after the previous one, whole (not inside
a longer word or number), unless the entry already has a "start" that
quotes the text there (for a number printed glued to a word). It stops with a message naming the quote it
cannot place, and warns about digits that no number covers.

Python's own str indexes are code points, so text[start:end] == quote.
"""
import json
import re
import sys


def _is_word_char(ch):
    return ch.isalnum()


def _thousands_group(text, k):
    """True when text[k:] starts with exactly three digits, as after the
    comma of "1,200" (and not of "F(1,23)")."""
    return (text[k:k + 3].isdigit() and len(text[k:k + 3]) == 3 and
            not text[k + 3:k + 4].isdigit())


def find_whole(text, quote, pos):
    """First index >= pos where quote stands whole, or -1."""
    while True:
        i = text.find(quote, pos)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(quote)] if i + len(quote) < len(text) else ""
        ok_before = not (before and _is_word_char(before) and
                         _is_word_char(quote[0]))
        ok_after = not (after and _is_word_char(after) and
                        _is_word_char(quote[-1]))
        # "2" must not be read out of "2.5" or "1,200"; "F(1,23)" has two.
        end = i + len(quote)
        if ok_after and after and after in ".," and quote[-1].isdigit():
            if after == "." and text[end + 1:end + 2].isdigit():
                ok_after = False
            if after == "," and _thousands_group(text, end + 1):
                ok_after = False
        if ok_before and before and before in ".," and quote[0].isdigit():
            if text[i - 2:i - 1].isdigit() and (
                    before == "." or _thousands_group(text, i)):
                ok_before = False
        if ok_before and ok_after:
            return i
        pos = i + 1


def fill(case):
    """Sets the offsets of `case` in place; returns a list of warnings."""
    text = case["text"]
    pos = 0
    by_figure = {}
    for n in case["numbers"]:
        i = -1
        given = n.get("start")
        # A start already given is kept when it quotes the text: a number
        # printed glued to a word ("2020Tommy") cannot be found whole.
        if (isinstance(given, int) and given >= pos and
                text[given:given + len(n["quote"])] == n["quote"]):
            i = given
        else:
            i = find_whole(text, n["quote"], pos)
        if i < 0:
            raise ValueError("%s: cannot place %r after offset %d" %
                             (case["id"], n["quote"], pos))
        n["start"], n["end"] = i, i + len(n["quote"])
        pos = n["end"]
        if "figure_id" in n:
            by_figure[n["figure_id"]] = n
    request = case["request"]
    for f in request.get("figures", []):
        n = by_figure.get(f["id"])
        if n is None:
            raise ValueError("%s: figure %s has no entry in numbers" %
                             (case["id"], f["id"]))
        f["span"] = {"start": n["start"], "end": n["end"],
                     "quote": n["quote"]}
    for c in request.get("claims", []):
        i = text.find(c["text"])
        if i < 0:
            raise ValueError("%s: claim %s: its text is not in the paragraph" %
                             (case["id"], c["id"]))
        c["span"] = {"start": i, "end": i + len(c["text"]),
                     "quote": c["text"]}
    warnings = []
    covered = [False] * len(text)
    for n in case["numbers"]:
        for k in range(n["start"], n["end"]):
            covered[k] = True
    for m in re.finditer(r"[0-9]+", text):
        if not all(covered[m.start():m.end()]):
            warnings.append("%s: digits %r at %d are in no number" %
                            (case["id"], m.group(), m.start()))
    return warnings


def main(paths):
    status = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        try:
            warnings = fill(case)
        except ValueError as e:
            print(e, file=sys.stderr)
            status = 1
            continue
        for w in warnings:
            print("warning:", w, file=sys.stderr)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
