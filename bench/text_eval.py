#!/usr/bin/env python3
"""Scores ExtractClaims against the labelled news paragraphs.

Reads the labelled files and the extractor's output (one JSON line per
paragraph, from bench/text_extract) and prints, for the tuning part of the
set, the held-out part and both together:
- claim precision and recall at the default threshold (medium), by kind: a
  proposed claim counts when a labelled claim has its kind and the same
  figures (matched by where they stand in the text; an unstated quantity of
  either request, which has no place in the text, matches any other);
- figure value F1: every quantity the extractor read (a figure of its
  request, or a number unused for want of a relation) against every labelled
  figure, a match when the spans overlap and the printed values agree;
- claims proposed on the paragraphs labelled with no claim.
The held-out part is fixed by the paragraph id (a hash), never chosen by
results: paragraphs whose id hashes to 0 mod 4.
With --set=NAME the files are reported as one set under NAME (the slips,
a second set for how the rules carry over).
With --taxonomy, for the tuning and the held-out part apart, the labelled
claims missed, as counts only (never a paragraph's text, so that the held-out
part stays unread), by features worked out from the labels and the text:
- where the claim's figures and its labelled phrase stand: over a quantity
  the text does not print (a `quantities` id of the request), in more than
  one paragraph (blank line), in several sentences of one paragraph (a line
  break ends one too), or in one sentence; sentences split by a plain rule (., ! or ? then a
  space and a capital, digit, quote or bracket; not after the usual
  abbreviations), near enough the extractor's ICU sentences to count by;
- whether the extractor read every printed figure of the claim (span and
  value, as figure F1 scores them);
- whether a cue word of the claim kind's rule (the words of its word lists
  and of the words it tests, function words aside) stands in the claim's
  sentences or its labelled phrase;
- how many figures the claim has;
- whether a proposal of the same kind used one of its figures (a rule fired
  with other figures);
and the proposals that match no labelled claim, by how near they come (see
wrong_cause).
The first column that applies gives each miss its reach, in this order:
unprinted, across paragraphs, a figure unread, across sentences, one
sentence with a cue, one sentence without; the claims found are put in the
same columns, for the recall of each. Then the figure values scored
wrong, by cause: an extra quantity, by the labelled reason of the number at
its span (a year, an age, ...) or that its value differs; a missed one, by
the reason the extractor gave for leaving it unused, or "not read".
Usage: text_eval.py LABELLED_DIR EXTRACTED_JSONL [--set=NAME] [--taxonomy]
"""
import collections
import hashlib
import json
import os
import re
import sys

CONF = {"CONFIDENCE_LOW": 1, "CONFIDENCE_MEDIUM": 2, "CONFIDENCE_HIGH": 3}
KINDS = ["total", "count", "share", "sharesSum", "change", "ratio", "rate",
         "mean", "comparison", "statisticalTest", "sameQuantity"]


def held_out(pid):
    return int(hashlib.sha256(pid.encode()).hexdigest(), 16) % 4 == 0


def kind_of(claim):
    for k in KINDS:
        if k in claim:
            return k
    return "other"


def ids_in(x):
    """Every figure id a claim refers to (fields named *Id / *Ids)."""
    out = []
    if isinstance(x, dict):
        for k, v in x.items():
            if k in ("id", "text", "span"):
                continue
            if k.endswith("Id") and isinstance(v, str) and v:
                out.append(v)
            elif k.endswith("Ids") and isinstance(v, list):
                out.extend(v)
            else:
                out.extend(ids_in(v))
    elif isinstance(x, list):
        for v in x:
            out.extend(ids_in(v))
    return out


def value_of(text):
    """The printed number, as a plain decimal string, for comparing values."""
    t = text.lower().replace("\u2212", "-").replace("\u00a0", " ")
    m = re.search(r"-?\d[\d,]*\.?\d*|-?\.\d+", t)
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30,
             "forty": 40, "fifty": 50, "hundred": 100}
    # A multiple in words, which a reader writes as "2 times": "doubled",
    # "nearly tripled", "cut in half".
    multiples = {"doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5,
                 "in half": 0.5}
    if m:
        v = float(m.group(0).replace(",", ""))
    elif any(re.search(r"\b" + w + r"\b", t) for w in multiples):
        v = next(n for w, n in multiples.items()
                 if re.search(r"\b" + w + r"\b", t))
    else:
        v = None
        for w, n in words.items():
            if re.search(r"\b" + w + r"\b", t):
                v = n
                break
        if v is None:
            return None
    for w, f in (("trillion", 1e12), ("billion", 1e9), ("bn", 1e9),
                 ("million", 1e6), ("mln", 1e6), ("thousand", 1e3)):
        if re.search(r"\d\s*" + w + r"\b|\b" + w + r"\b", t):
            v *= f
            break
    return round(v, 9)


def overlap(a, b):
    # proto3 JSON leaves out a start of 0.
    return (a.get("start", 0) < b.get("end", 0) and
            b.get("start", 0) < a.get("end", 0))


# The rule file of each claim kind, for its cue words.
RULE_FILES = {"total": ["rule_totals.cc"], "count": ["rule_counts.cc"],
              "share": ["rule_shares.cc"], "sharesSum": ["rule_shares_sum.cc"],
              "change": ["rule_changes.cc"],
              "comparison": ["rule_comparisons.cc"],
              "mean": ["rule_means.cc"], "rate": ["rule_rates.cc"],
              "ratio": ["rule_ratios.cc"],
              "statisticalTest": ["rule_statistics.cc"],
              "sameQuantity": ["rule_same_quantity.cc"]}
# Words too common to say anything of a claim, though rules test them.
FUNCTION_WORDS = set("""a an the of and or to by in on at for from with is was
are were be been has have had its their them they it this that these those
which whom who all also not no up down out over under one new""".split())


def cue_words():
    """Per kind, the words its rule file lists (Set{...}) or tests (Is(i,
    "word")), lower case, function words aside."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "engine", "text")
    cues = {}
    for kind, files in RULE_FILES.items():
        words = set()
        for f in files:
            src = open(os.path.join(here, f), encoding="utf-8").read()
            for body in re.findall(r"new Set\{([^}]*)\}", src):
                words.update(re.findall(r'"([A-Za-z][A-Za-z-]*)"', body))
            words.update(re.findall(r'Is\([^,()]*,\s*"([A-Za-z][A-Za-z-]*)"\)',
                                    src))
        cues[kind] = {w.lower() for w in words} - FUNCTION_WORDS
    return cues


ABBREVIATIONS = set("""mr mrs ms dr st jr sr inc co corp ltd no vs gov sen rep
gen lt col capt prof jan feb mar apr aug sept sep oct nov dec u.s u.k a.m p.m
approx est fig""".split())


def sentences(text):
    """(paragraph, start, end) of each sentence, in code points: paragraphs
    end at a blank line, sentences at a line break or at ., ! or ? before a
    space and a capital, a digit, a quote or a bracket (not after a usual
    abbreviation or an initial)."""
    out = []
    para = 0
    for pm in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        for lm in re.finditer(r"[^\n]+", pm.group(0)):
            base = pm.start() + lm.start()
            line = lm.group(0)
            start = 0
            for m in re.finditer(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[A-Z0-9\"'\u201c\u2018(\[])",
                                 line):
                before = re.search(r"([A-Za-z.]*)[.!?]$", line[:m.start() + 1])
                word = before.group(1).lower().rstrip(".") if before else ""
                if word in ABBREVIATIONS or len(word) == 1:
                    continue
                out.append((para, base + start, base + m.start() + 1))
                start = m.end()
            out.append((para, base + start, base + len(line)))
        para += 1
    return out


def sentence_of(sents, pos):
    for k, (_, a, b) in enumerate(sents):
        if pos < b or k == len(sents) - 1:
            return k
    return 0


UNSTATED = "(a value not printed)"

REACH = ["unprinted", "paragraphs", "unread", "sentences", "cue", "no cue"]
REACH_HEAD = {"unprinted": "unprinted", "paragraphs": "across para",
              "unread": "fig unread", "sentences": "across sent",
              "cue": "1 sent+cue", "no cue": "1 sent"}


def taxonomy_of(lab, claim, lab_figs, read_ids, cues, near):
    """The features of one missed labelled claim (counts only are printed)."""
    text = lab["text"]
    sents = sentences(text)
    kind = kind_of(claim)
    ids = list(dict.fromkeys(ids_in(claim)))
    printed = [i for i in ids if i in lab_figs and lab_figs[i].get("span")]
    f = {"kind": kind, "figures": len(ids), "near": near,
         "unprinted": len(printed) < len(ids),
         "unread": any(i not in read_ids for i in printed)}
    # The sentences of its figures and of its labelled phrase (the words
    # that assert it may stand apart from the figures).
    where = {sentence_of(sents, lab_figs[i]["span"].get("start", 0))
             for i in printed}
    span = claim.get("span", {})
    if span.get("end"):
        where.add(sentence_of(sents, span.get("start", 0)))
        where.add(sentence_of(sents, span["end"] - 1))
    f["paragraphs"] = len({sents[k][0] for k in where}) > 1
    f["sentences"] = len(where) > 1
    words = set(re.findall(r"[a-z][a-z-]*", (claim.get("text", "") + " " + " ".join(
        text[sents[k][1]:sents[k][2]] for k in where)).lower()))
    f["cue"] = bool(words & cues.get(kind, set()))
    f["reach"] = next(r for r in REACH[:4] if f[r]) if any(
        f[r] for r in REACH[:4]) else ("cue" if f["cue"] else "no cue")
    return f


def labelled_reason(lab, span):
    """Why the labels do not count a number the extractor took as a quantity:
    the reason of the labelled number at its span, or that none is there."""
    for n in lab.get("numbers", []):
        if overlap(span, n):
            return n.get("reason", "a figure") if "reason" in n else "a figure"
    return "no labelled number"


def read_as(ext, span):
    """What the extractor made of a labelled quantity it did not give as one:
    the reason it left the number unused, or that it read no number there."""
    for u in ext.get("unused", []):
        if overlap(span, u.get("span", {})):
            return "read as " + u.get("reason", "?").replace(
                "UNUSED_REASON_", "").lower()
    return "not read"


def print_taxonomy(name, misses, found):
    """A compact table of one set's missed claims: reach by kind, then by
    the number of figures, then the claims found by the same reach (the
    recall of each column), then the near misses."""
    print(f"taxonomy of the missed claims, {name}: {len(misses)} missed")
    head = "".join(f"{REACH_HEAD[r]:>12s}" for r in REACH)
    print(f"  {'kind':16s}{head}{'all':>6s}{'cue':>5s}")

    def row(label, ms):
        cells = "".join(f"{sum(m['reach'] == r for m in ms):12d}" for r in REACH)
        print(f"  {label:16s}{cells}{len(ms):6d}{sum(m['cue'] for m in ms):5d}")

    for k in sorted({m["kind"] for m in misses}, key=lambda k: (
            -sum(m["kind"] == k for m in misses), k)):
        row(k, [m for m in misses if m["kind"] == k])
    for label, lo, hi in (("1 figure", 1, 1), ("2 figures", 2, 2),
                          ("3 figures", 3, 3), ("4-5 figures", 4, 5),
                          ("6+ figures", 6, 10 ** 6)):
        ms = [m for m in misses if lo <= m["figures"] <= hi]
        if ms:
            row(label, ms)
    row("all", misses)
    row("found", found)
    cells = ""
    for r in REACH:
        f = sum(m["reach"] == r for m in found)
        n = f + sum(m["reach"] == r for m in misses)
        cells += f"{f / n:12.2f}" if n else f"{'-':>12s}"
    print(f"  {'recall':16s}{cells}{len(found) / max(len(found) + len(misses), 1):6.2f}")
    print(f"  every printed figure read: {sum(not m['unread'] for m in misses)}; "
          f"a proposal of its kind used one of its figures: "
          f"{sum(m['near'] for m in misses)}")


def wrong_cause(key, lab_claims):
    """How near a proposal that matches no labelled claim comes to one:
    it uses a number the labels do not file as a figure (a year, a quantity
    no claim relates); a labelled claim of another kind has its figures; one
    of its kind shares some of them (other endpoints or parts); or no
    labelled claim of its kind relates any of them."""
    kind, ids = key
    if any(i.startswith("?") for i in ids if isinstance(i, str)):
        return "a number not labelled a figure"
    if any(k != kind and f == ids for k, f in lab_claims):
        return "figures of a claim of another kind"
    if any(k == kind and (f & ids) - {UNSTATED} for k, f in lab_claims):
        return "its kind, other figures"
    return "figures no claim of its kind relates"


def print_wrong(name, causes):
    """The wrong proposals of one set by cause, as counts."""
    print(f"wrong proposals, {name}: {sum(causes.values())}" + "".join(
        f"; {k} {n}" for k, n in sorted(causes.items(),
                                        key=lambda kv: (-kv[1], kv[0]))))


def main():
    labelled_dir, extracted = sys.argv[1], sys.argv[2]
    # --set=NAME: the files are one set (no held-out part), reported as NAME.
    whole_set = next((a[6:] for a in sys.argv[3:] if a.startswith("--set=")), "")
    taxonomy = "--taxonomy" in sys.argv[3:]
    cues = cue_words() if taxonomy else {}
    missed = {"tuning": [], "held-out": []}
    fig_causes = {"tuning": collections.Counter(),
                  "held-out": collections.Counter()}
    found = {"tuning": [], "held-out": []}
    wrong = {"tuning": collections.Counter(), "held-out": collections.Counter()}
    got = {}
    micros = {}
    for line in open(extracted, encoding="utf-8"):
        d = json.loads(line)
        got[d["id"]] = d["extraction"]
        micros[d["id"]] = d["micros"]
    parts = {"tuning": collections.Counter(), "held-out": collections.Counter()}
    by_kind = {"tuning": collections.defaultdict(collections.Counter),
               "held-out": collections.defaultdict(collections.Counter)}
    words = 0
    total_us = 0.0
    misses = []
    fig_misses = []
    for name in sorted(os.listdir(labelled_dir)):
        if not name.endswith(".json"):
            continue
        lab = json.load(open(os.path.join(labelled_dir, name), encoding="utf-8"))
        pid = lab["id"]
        part = "held-out" if held_out(pid) else "tuning"
        c = parts[part]
        ext = got[pid]
        words += len(lab["text"].split())
        total_us += micros[pid]
        req = ext.get("request", {})
        # Figures: labelled spans and values.
        lab_figs = {f["id"]: f for f in lab["request"].get("figures", [])}
        # The quantities printed: the request's figures and the numbers
        # labelled as a quantity with no relation stated.
        lab_quantities = dict(lab_figs)
        for k, n in enumerate(lab.get("numbers", [])):
            if n.get("reason") == "money_or_quantity_unrelated":
                lab_quantities["#%d" % k] = {
                    "text": n["quote"],
                    "span": {"start": n["start"], "end": n["end"]}}
        mine = {f["id"]: f for f in req.get("figures", [])}
        quantities = [(f["span"], f["text"]) for f in req.get("figures", [])]
        quantities += [(u["span"], u["text"]) for u in ext.get("unused", [])
                       if u.get("reason") == "UNUSED_REASON_NO_RELATION"]
        matched_lab = set()
        for span, text in quantities:
            span = {"start": span.get("start", 0), "end": span.get("end", 0)}
            hit = None
            for fid, f in lab_quantities.items():
                fs = f.get("span")
                if fs and overlap(span, fs) and fid not in matched_lab:
                    hit = fid
                    break
            if hit and value_of(text) == value_of(lab_quantities[hit]["text"]):
                c["fig_tp"] += 1
                matched_lab.add(hit)
            else:
                c["fig_fp"] += 1
                if part == "tuning":
                    fig_misses.append((pid, text))
                if taxonomy:
                    fig_causes[part]["extra: " + (
                        "value differs" if hit else
                        labelled_reason(lab, span))] += 1
        c["fig_labelled"] += len(lab_quantities)
        if taxonomy:
            for fid, f in lab_quantities.items():
                if fid not in matched_lab and f.get("span"):
                    fig_causes[part]["missed: " + read_as(ext, f["span"])] += 1
        # Claims: map my figure ids to labelled ones by span.
        to_lab = {}
        for fid, f in mine.items():
            for lid, lf in lab_figs.items():
                if lf.get("span") and overlap(f["span"], lf["span"]):
                    to_lab[fid] = lid
                    break
        # A quantity the text does not print, unstated, has no span to
        # match by: on either side it stands for "a value not printed", so a
        # claim matches on its kind, its printed figures and whether it
        # rests on such a value.
        for q in req.get("quantities", []):
            if "expression" not in q:
                to_lab[q["id"]] = UNSTATED
        lab_unstated = {q["id"] for q in lab["request"].get("quantities", [])
                        if "expression" not in q}
        lab_claims = collections.Counter()
        claims_of = collections.defaultdict(list)
        for cl in lab["request"].get("claims", []):
            key = (kind_of(cl), frozenset(UNSTATED if i in lab_unstated else i
                                          for i in ids_in(cl)))
            lab_claims[key] += 1
            claims_of[key].append(cl)
        proposed = [cl for cl, ev in zip(req.get("claims", []), ext.get("claims", []))
                    if CONF.get(ev.get("confidence"), 0) >= 2]
        if not lab["request"].get("claims"):
            c["noclaim_paragraphs"] += 1
            c["noclaim_proposed"] += len(proposed)
        remaining = lab_claims.copy()
        for cl in proposed:
            key = (kind_of(cl), frozenset(to_lab.get(i, "?" + i) for i in ids_in(cl)))
            k = by_kind[part][key[0]]
            if remaining[key] > 0:
                remaining[key] -= 1
                c["claim_tp"] += 1
                k["tp"] += 1
            else:
                c["claim_fp"] += 1
                k["fp"] += 1
                if taxonomy:
                    wrong[part][wrong_cause(key, lab_claims)] += 1
                if part == "tuning": misses.append(("FP", pid, cl.get("id"), cl.get("text", "")[:90]))
        for key, n in remaining.items():
            for _ in range(n):
                c["claim_fn"] += 1
                by_kind[part][key[0]]["fn"] += 1
                if part == "tuning": misses.append(("FN", pid, key[0], ",".join(sorted(key[1]))[:90]))
            if taxonomy:
                near = any(kind_of(cl) == key[0] and
                           key[1] & ({to_lab.get(i) for i in ids_in(cl)} - {UNSTATED})
                           for cl in proposed)
                for cl in claims_of[key][:n]:
                    missed[part].append(
                        taxonomy_of(lab, cl, lab_figs, matched_lab, cues, near))
        if taxonomy:
            for key, n in lab_claims.items():
                for cl in claims_of[key][remaining[key]:]:
                    found[part].append(
                        taxonomy_of(lab, cl, lab_figs, matched_lab, cues, True))
        c["paragraphs"] += 1

    def ratio(a, b):
        return a / b if b else float("nan")

    def report(label, c, kinds):
        p = ratio(c["claim_tp"], c["claim_tp"] + c["claim_fp"])
        r = ratio(c["claim_tp"], c["claim_tp"] + c["claim_fn"])
        fp = ratio(c["fig_tp"], c["fig_tp"] + c["fig_fp"])
        fr = ratio(c["fig_tp"], c["fig_labelled"])
        f1 = ratio(2 * fp * fr, fp + fr)
        print(f"{label}: {c['paragraphs']} paragraphs")
        print(f"  claims at medium or above: precision {p:.3f} "
              f"({c['claim_tp']} of {c['claim_tp'] + c['claim_fp']} proposed), "
              f"recall {r:.3f} ({c['claim_tp']} of {c['claim_tp'] + c['claim_fn']} labelled)")
        print(f"  figure values: F1 {f1:.3f} (precision {fp:.3f}, recall {fr:.3f}; "
              f"{c['fig_tp']} right of {c['fig_labelled']} labelled)")
        print(f"  no-claim paragraphs: {c['noclaim_paragraphs']}, "
              f"claims proposed on them: {c['noclaim_proposed']}")
        for k in sorted(kinds):
            v = kinds[k]
            print(f"    {k:16s} proposed {v['tp'] + v['fp']:3d}  right {v['tp']:3d}  "
                  f"missed {v['fn']:3d}")

    both = parts["tuning"] + parts["held-out"]
    kinds_both = collections.defaultdict(collections.Counter)
    for part in by_kind.values():
        for k, v in part.items():
            kinds_both[k] += v
    if whole_set:
        report(whole_set, both, kinds_both)
        if taxonomy:
            print_taxonomy(whole_set, missed["tuning"] + missed["held-out"],
                           found["tuning"] + found["held-out"])
            print_wrong(whole_set, wrong["tuning"] + wrong["held-out"])
        return
    report("tuning set (paragraphs whose id hashes to 1-3 mod 4)", parts["tuning"], by_kind["tuning"])
    report("held-out set (id hash 0 mod 4; not looked at while tuning)", parts["held-out"], by_kind["held-out"])
    report("all", both, kinds_both)
    print(f"speed: {words} words extracted in {total_us / 1000:.2f} ms "
          f"({total_us / max(words, 1) * 1000:.0f} us per 1,000 words, best of 5 per paragraph)")
    if taxonomy:
        print_taxonomy("tuning", missed["tuning"], found["tuning"])
        print_taxonomy("held-out (counts only)", missed["held-out"],
                       found["held-out"])
        for part in ("tuning", "held-out"):
            print_wrong(part, wrong[part])
        for part in ("tuning", "held-out"):
            print(f"figure value misses, {part}: " + "; ".join(
                f"{k} {n}" for k, n in sorted(fig_causes[part].items(),
                                              key=lambda kv: (-kv[1], kv[0]))))
    if os.environ.get("TEXT_EVAL_MISSES"):
        for m in misses:
            print("  ", *m)
        for m in fig_misses:
            print("   figure not labelled as a quantity:", *m)


if __name__ == "__main__":
    main()
