// Totals and their parts.
//
//   "120 people, including 45 in Oakland and 30 in Fremont"
//                                    partial ("including", "among them",
//                                    "of whom", "such as"): high; the first
//                                    part may count a kind of what the
//                                    total counts ("seven people ...
//                                    including three family members"), a
//                                    bare number right after "of whom" ("of
//                                    which", "among them") what the total
//                                    counts ("4647 participants were
//                                    randomised, of whom 4575 were
//                                    included"); a
//                                    difference between is passed over
//                                    ("22,021 marriages in 2017, 605 or
//                                    2.7pc fewer than in 2016, including
//                                    759 same-sex marriages")
//   "a second interim dividend of 10.28p (2007: 9.13p) per share which,
//   together with the first interim ordinary dividend of 5.19p (2007:
//   4.32p) per share ..., makes a total of 15.47p for the year (2007:
//   13.45p)"                         "together with" ("combined with")
//                                    between two figures of one family,
//                                    the total after "a total of" later in
//                                    the sentence: the two its parts
//                                    (medium); so the figures of the year
//                                    before in brackets after each
//   "killing nine people, including six in Illinois" then "Three people
//   in Missouri were also killed"    and a count of the total's kind
//                                    opening the next sentence, "also"
//                                    after it in its clause
//   "Of the 10 cases, eight were ..." the whole opening the sentence, or a
//                                    clause after a comma ("It added that,
//                                    of 34 new routes ..., 32 were"), (the
//                                    count printed before when "the" names
//                                    it again, with the same quantity); low
//                                    when more counts of the whole open the
//                                    clauses after ("Of the 442
//                                    respondents, 2 (<1%) were ...; 36 (8%)
//                                    were ...": parts it does not take);
//                                    all of them, the whole's every part,
//                                    when each clause after a semicolon
//                                    opens with one and the last with
//                                    "leaving" ("...; leaving 250 (57%)
//                                    ..."), the remainder: medium
//   "Employment ... edged up in September by 16,000 positions." then
//   "Within the industry, job growth occurred in transit (+11,000) and in
//   couriers and messengers (+4,000)."
//                                    "Within" and the words of a place or
//                                    group (no figure) to a comma opening
//                                    the sentence: its counts some of the
//                                    one comparable count of the sentence
//                                    before; one count, or each alone in
//                                    brackets (side by side): medium. Not
//                                    "Within two weeks," (a figure before
//                                    the comma), not "30 homes burned and
//                                    12 were destroyed" (one inside the
//                                    other), nor with two figures before
//   "Two children were among 10 people hurt"
//   "Of the American 124 perished, and of the remainder 77 perished. The
//   total number lost was 785"       "the total number" and an outcome
//                                    ("lost", "killed"; "injured"; "saved")
//                                    before its figure: the counts its
//                                    paragraph printed before with a word
//                                    of that outcome after them; all when
//                                    one is "the remainder"'s or "the
//                                    rest"'s, some otherwise: medium
//   "Five people were killed ... three children were among the dead"
//                                    "among the dead" ("killed", "victims",
//                                    "injured", "wounded"): the latest
//                                    count before, five sentences at most,
//                                    that the words after it say met that
//                                    outcome: medium
//   "Thirty-three of those arrests"  "of those", "of them": the whole in
//                                    scope before ("nationwide"): medium
//   "Thirty-one of the state's 67 counties"  a part of a whole: high; with
//                                    "the" naming a count printed before
//                                    ("the 153 cases"), that count
//   "The economy generated 74,100 net new jobs ... 69,300 of the new jobs
//   were full-time work"             "of the" and words, to a verb or a
//                                    preposition, that the unit of a count
//                                    six sentences at most before holds
//                                    every one of (plurals as singulars):
//                                    a part of the latest such count:
//                                    medium (not "30 of the new teachers"
//                                    after "500 teachers")
//   "a total allocation of $317 million, with $225 million of that coming
//   in the district's general fund"  money, then "of that" ("of it") and
//                                    a verb, a preposition or a stop: some
//                                    of the nearest money figure before it
//                                    in the sentence (medium; not "$2
//                                    million of that growth")
//   "made 19 of his 32 attempts", "lost nine of their final 12 matches"
//                                    the same after "his", "her", "our"
//                                    (as after "its", "their"), and
//                                    "final", "last" or "first" before the
//                                    whole; not "one of our 12 analysts"
//                                    ("one" a pronoun)
//   "35 of 54 field-goal attempts for 65 percent", "128 of 205 (62%)"
//                                    a part, its whole and the share: high
//   "Of the adults, 545 were registered", "Of the British and Canadian 584
//   perished"                        the whole named by its noun, the
//                                    count of it printed before ("600
//                                    adults", "600 state of MN adults": past
//                                    "of" and a name), or by the
//                                    name of a group a count before was
//                                    said to be ("944 were British and
//                                    Canadian"; only a capitalised name: a
//                                    word in lower case after "were", as
//                                    in "30 were injured", added a wrong
//                                    proposal on the held-out paragraphs):
//                                    medium
//   "Of these, 944 were British and Canadian, 159 were Americans, and the
//   remainder ..."                   the counts opening the clauses after
//                                    "Of these," ("those", "them"), each
//                                    followed by "were", "was", "are",
//                                    "is", "had" or "have": some of the
//                                    count the sentence before ends with,
//                                    or of the total that count is a part
//                                    of: medium
//   "2229 people on board, 1316 passengers and 913 crew", "187
//   participants (120 female, 67 male)", "1,257, consisting of 290 saloon,
//   600 second-cabin, and 367 third-cabin passengers"
//                                    a total, then in apposition its kinds,
//                                    each named (a word joined by hyphens
//                                    is one), closing the clause: all the
//                                    parts (medium); after a comma only
//                                    for a count of people in general, or
//                                    for kinds a breakdown a few sentences
//                                    before named ("Of these, 713
//                                    survived, 498 passengers and 215
//                                    crew"); between spaced dashes ("At
//                                    least six people -- four women and two
//                                    men -- were killed", "–", "—") for a
//                                    count of people in general, the list
//                                    closing at the second dash; not "six
//                                    people – four of them women –"
//   "The company has 4,200 workers, 3,000 in the United States and 1,200
//   abroad", "Police made 80 arrests, 50 for theft and 30 for assault"
//                                    a count of a thing named, then after a
//                                    comma (or a spaced dash, "4,200
//                                    workers – 3,000 in ...") two or more
//                                    bare numbers of it,
//                                    each where ("in" or "at" and a name,
//                                    or a place in lower case, "31 goals
//                                    in all competitions, 24 in the league
//                                    and 7 in cup games", not a time nor
//                                    "in all"; "abroad", "overseas",
//                                    "elsewhere") or
//                                    what for ("for" and a word), all
//                                    alike, closing the clause: all the
//                                    parts (medium); not "in 2019" (a
//                                    series), not a place and a reason
//                                    mixed
//   "A remaining total of 99 participants (49 in the smile condition, 50
//   in the pout condition)"          a whole the words mark as one ("a
//                                    total of", "in all"), then in
//                                    brackets counts of what it counts: all
//                                    the parts (medium)
//   "A total of 88 participants were excluded: 57 participants were
//   excluded because ..., 21 participants failed ..., and 1 participant
//   was excluded ..."                a whole marked as one, a colon closing
//                                    its clause, then the counts of the
//                                    same thing opening the clauses after
//                                    it, or bare numbers ("350 votes in
//                                    all: 200 for Smith and 150 for
//                                    Jones"): all the parts (medium)
//   "The tax rate has been set at $0.408936 ..., which breaks down into:"
//   then "- $0.203928 for debt service", "- $0.205008 for operations"
//                                    a whole "breaks down", "is divided" or
//                                    "split into", a colon ending the
//                                    sentence, then list items each opening
//                                    with a figure of its unit: all the
//                                    parts (medium)
//   "... settled for $850,000. The sum would be divided in this fashion:
//   $283,000 for one firm ..., $100,000 for the institute and $200,000 for
//   Ms. Jones herself."              "The" and a word for a sum of money
//                                    opening the sentence, a verb of
//                                    sharing out ("divided", "split") and
//                                    a colon with no figure before it, then
//                                    money opening each clause after it:
//                                    all the parts of the one amount of
//                                    money of the sentence before (medium)
//   "We recruited 187 participants ... A total of 88 participants were
//   excluded ... A remaining total of 99 participants"
//                                    "remaining" before a count: the two
//                                    latest counts of the same thing
//                                    before it (three sentences at most),
//                                    no part of a total proposed, are the
//                                    whole and the part taken from it:
//                                    whole = part + remaining (medium); not
//                                    "of the remainder 77 perished". So
//                                    "That leaves" or "This leaves" opening
//                                    a sentence: "2229 people on board
//                                    ... Of these, 713 survived ... That
//                                    leaves 1516 people who died", the
//                                    part the one count since the whole
//                                    that is no part of a total (not
//                                    "leaving 3 people dead")
//   "40 patients in May and 55 in June, for a total of 95", "..., 95
//   patients in all" ("in total", "altogether", "combined"), "Smith won
//   5,200 votes and Jones 4,100, a combined 9,300"
//                                    the total after its parts, in the
//                                    same sentence, two or more of what it
//                                    counts (a bare total, "95", counts
//                                    what its parts count when they count
//                                    one thing; not "40 patients and 12
//                                    doctors ..., for a total of 52"): high
//   "arrested 498 people nationwide" ... "101 people in Los Angeles, 21 in
//   Santa Clara County"              a whole ("nationwide", "in all") and,
//                                    in the sentences after, the same thing
//                                    counted place by place: medium
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// Whether token j opens a dash with space before it ("–", "—", or "--" as
// two hyphens); *last is its last token.
bool SpacedDash(const Words& w, int j, int* last) {
  if (j >= w.size() || w.Touch(w.Prev(j), j)) return false;
  if (w.IsPunct(j, "\xE2\x80\x93") || w.IsPunct(j, "\xE2\x80\x94")) {
    *last = j;
    return true;
  }
  if (w.IsPunct(j, "-") && w.IsPunct(j + 1, "-") && w.Touch(j, j + 1)) {
    *last = j + 1;
    return true;
  }
  return false;
}

class TotalsRule {
 public:
  explicit TotalsRule(ClaimContext& c) : c_(c) {}

  void OfTheWhole(int s) {
    const Words w = c_.W(s);
    for (int pi : c_.quantities(s)) {
      const Mention& part = c_.m(pi);
      if (!c_.Countish(part) && !(part.unit == v1::UNIT_AMOUNT && part.whole)) {
        continue;
      }
      const int of = w.Next(part.end_token - 1);
      if (!w.Is(of, "of")) continue;
      int k = w.Next(of);
      if (w.Is(k, "the") || w.Is(k, "its") || w.Is(k, "their") ||
          w.Is(k, "all") || w.Is(k, "his") || w.Is(k, "her") ||
          w.Is(k, "our")) {
        k = w.Next(k);
        // "nine of their final 12 matches", "four of the last 10 games"
        if (w.Is(k, "final") || w.Is(k, "last") || w.Is(k, "first")) {
          k = w.Next(k);
        }
      }
      if (w.Is(k, "total") && c_.MentionAt(s, w.Next(k)) >= 0) {
        k = w.Next(k);  // "over 2,900 of the total 9613 cases"
      }
      // "the state's 67 counties"
      if (w.IsWord(k) && (absl::EndsWith(w.Text(k), "'s") ||
                          absl::EndsWith(w.Text(k), "\xE2\x80\x99s"))) {
        k = w.Next(k);
      }
      const int wi = c_.MentionAt(s, k);
      if (wi < 0 || wi == pi || c_.m(wi).first_token != k ||
          !c_.CountLike(c_.m(wi))) {
        continue;
      }
      // "35 of 54 field-goal attempts for 65 percent", "128 of 205 (62%)":
      // the part, its whole and the share the part is of it.
      const int pct = PercentAfter(w, s, wi);
      if (pct >= 0) {
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(pct), "-share"));
        v1::ShareClaim* sh = claim.mutable_share();
        sh->set_part_id(c_.id(pi));
        sh->set_base_id(c_.id(wi));
        sh->set_percent_id(c_.id(pct));
        c_.Emit(claim, {pi, wi, pct}, s, v1::CONFIDENCE_HIGH,
                {c_.TokenSpan(s, of, of)});
        continue;
      }
      if (!c_.Countish(c_.m(wi))) continue;
      // "A total of 100 of the 153 cases": "the" names the count of the
      // same thing printed before ("taking the season's caseload to 153").
      int whole = wi;
      if (w.Is(w.Next(of), "the")) {
        const int before = Antecedent(s, c_.m(wi), /*unnamed=*/true);
        if (before >= 0 && !c_.used(before)) whole = before;
      }
      EmitTotal(s, whole, {pi}, /*partial=*/true, v1::CONFIDENCE_HIGH,
                {c_.TokenSpan(s, of, of)});
    }
  }

  // The percentage printed right after the whole `wi` as the share of it
  // ("54 field-goal attempts for 65 percent", "205 (62%)", "205, or 62
  // percent"), or -1.
  int PercentAfter(const Words& w, int s, int wi) const {
    int j = w.Next(c_.m(wi).end_token - 1);
    // What is counted: "field-goal attempts".
    for (int n = 0;
         n < 6 && c_.MentionAt(s, j) < 0 && !w.Is(j, "for") && !w.Is(j, "or") &&
         (w.IsWord(j) || (w.IsPunct(j, "-") && w.Touch(j - 1, j)));
         ++n) {
      j = w.Next(j);
    }
    if (w.IsPunct(j, ",") && w.Is(w.Next(j), "or")) j = w.Next(j);
    if (!w.Is(j, "for") && !w.Is(j, "or") && !w.IsPunct(j, "(")) return -1;
    const int pct = c_.MentionStartingAt(s, w.Next(j));
    if (pct < 0 || c_.used(pct) || c_.m(pct).unit != v1::UNIT_PERCENT) {
      return -1;
    }
    if (w.IsPunct(j, "(") && !w.IsPunct(w.Next(c_.m(pct).end_token - 1), ")")) {
      return -1;
    }
    return pct;
  }

  // For "three children were among the dead" (`outcome` the word after
  // "among the"): the latest count before the part, in its sentence or the
  // five before, that the words right after it say met that outcome ("five
  // people were killed", "53 injured"), no part of a total proposed; -1.
  int CountOfOutcomeBefore(int s, const Mention& part,
                           const std::string& outcome) const {
    static const Set* dead =
        new Set{"dead", "killed", "died", "victims", "fatalities"};
    static const Set* hurt = new Set{"injured", "wounded", "hurt"};
    const Set* words = dead->contains(outcome)   ? dead
                       : hurt->contains(outcome) ? hurt
                                                 : nullptr;
    if (words == nullptr) return -1;
    for (int u = s; u >= 0 && u >= s - 5; --u) {
      const Words w = c_.W(u);
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (u == s && m.begin >= part.begin) continue;
        if (!c_.Countish(m) || c_.TimeSpan(m) || c_.TotalWithPart(*it) >= 0 ||
            m.value <= part.value) {
          continue;
        }
        // What it counts and its verb: "five people were killed".
        int j = w.Next(m.end_token - 1);
        for (int n = 0; n < 3 && w.IsWord(j); ++n, j = w.Next(j)) {
          if (w.IsIn(j, *words)) return *it;
        }
      }
    }
    return -1;
  }

  // "Of the British and Canadian 584 perished. Of the American 124
  // perished, and of the remainder 77 perished. The total number lost was
  // 785": "the total number" and an outcome ("lost", "killed", "dead",
  // "died", "perished"; "injured", "wounded"; "saved", "rescued",
  // "survived"), then "was" or "is" and the figure: the total of the
  // counts its paragraph printed before with a word of that outcome among
  // the three after them (two or more); all of it when one of them is of "the
  // remainder" or "the rest", some of it otherwise.
  void TotalNumberOfOutcome(int s) {
    static const Set* dead =
        new Set{"lost", "killed", "dead", "died", "perished"};
    static const Set* hurt = new Set{"injured", "wounded"};
    static const Set* saved = new Set{"saved", "rescued", "survived"};
    // Every reading starts at "total": a sentence without it is not walked.
    static const Set* cue = new Set{"total"};
    if (!c_.MayHold(s, *cue)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.Is(k, "total") || !w.Is(w.Next(k), "number")) continue;
      const int outcome = w.Next(w.Next(k));
      const Set* words = w.IsIn(outcome, *dead)    ? dead
                         : w.IsIn(outcome, *hurt)  ? hurt
                         : w.IsIn(outcome, *saved) ? saved
                                                   : nullptr;
      const int verb = w.Next(outcome);
      if (words == nullptr || !(w.Is(verb, "was") || w.Is(verb, "is"))) {
        continue;
      }
      const int ti = c_.MentionStartingAt(s, w.Next(verb));
      if (ti < 0 || c_.used(ti) || !c_.CountLike(c_.m(ti))) continue;
      std::vector<int> parts;
      bool rest = false;
      const int block = c_.sentence(s).block;
      for (int u = s - 1; u >= 0 && c_.sentence(u).block == block; --u) {
        const Words v = c_.W(u);
        const std::vector<int>& q = c_.quantities(u);
        for (auto it = q.rbegin(); it != q.rend(); ++it) {
          const Mention& m = c_.m(*it);
          if (!c_.CountLike(m) || c_.TimeSpan(m)) continue;
          // What it counts and its verb: "12 people were killed".
          bool met = words->contains(absl::AsciiStrToLower(m.unit_name));
          for (int j = v.Next(m.end_token - 1), n = 0;
               !met && n < 3 && v.IsWord(j); ++n, j = v.Next(j)) {
            met = v.IsIn(j, *words);
          }
          if (!met) continue;
          parts.insert(parts.begin(), *it);
          const int p = v.Prev(m.first_token);
          rest = rest || v.Is(p, "remainder") || v.Is(p, "rest");
        }
      }
      if (parts.size() < 2) continue;
      EmitTotal(s, ti, parts, /*partial=*/!rest, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, outcome)});
    }
  }

  // "Of the 10 cases, eight were ...", and after a comma "It added that,
  // of 34 new routes launched in 2017, 32 were to international
  // destinations": the whole after "of" (at `of`), the part the first
  // count after the comma that ends the whole's words.
  void WholeOpeningTheClause(const Words& w, int s, int of) {
    int k = w.Next(of);
    if (w.Is(k, "the") || w.Is(k, "these") || w.Is(k, "those")) {
      k = w.Next(k);
    }
    const int whole = c_.MentionStartingAt(s, k);
    if (whole >= 0 && !c_.used(whole) && c_.Countish(c_.m(whole))) {
      int j = w.Next(c_.m(whole).end_token - 1);
      while (j < w.size() && !w.IsPunct(j, ",") && !ClauseEnd(w, j) &&
             c_.MentionAt(s, j) < 0) {
        j = w.Next(j);
      }
      const int part =
          w.IsPunct(j, ",") ? c_.MentionStartingAt(s, w.Next(j)) : -1;
      if (part >= 0 && !c_.used(part) && PartOf(c_.m(whole), c_.m(part))) {
        // "recorded 10 cases ... Of the 10 cases": the whole printed
        // before, named again.
        const int before =
            w.Is(w.Next(of), "the") ? Antecedent(s, c_.m(whole)) : -1;
        if (before >= 0) {
          v1::Claim same;
          same.set_id(absl::StrCat(c_.id(before), "-same"));
          same.mutable_same_quantity()->add_figure_ids(c_.id(before));
          same.mutable_same_quantity()->add_figure_ids(c_.id(whole));
          c_.Emit(same, {before, whole}, s, v1::CONFIDENCE_MEDIUM,
                  {c_.TokenSpan(s, w.Next(of), w.Next(of))});
        }
        // "Of the 442 respondents, 2 (<1%) were landlines; 36 (8%) were
        // under 18; 154 (35%) had a home telephone; leaving 250 (57%) ...":
        // a count opening each clause after a semicolon, the last the
        // remainder after "leaving": the whole, all its parts.
        const std::vector<int> listed = PartsToTheRemainder(w, s, whole, part);
        if (!listed.empty()) {
          EmitTotal(s, whole, listed, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                    {c_.TokenSpan(s, of, of)});
          return;
        }
        // Otherwise more counts of the whole opening the clauses after are
        // parts this reading does not take (all of the whole, or some): a
        // proposal.
        EmitTotal(s, before >= 0 ? before : whole, {part}, /*partial=*/true,
                  MorePartsAfter(w, s, c_.m(whole), part)
                      ? v1::CONFIDENCE_LOW
                      : v1::CONFIDENCE_MEDIUM,
                  {c_.TokenSpan(s, of, of)});
      }
    }
  }

  // "Employment in transportation and warehousing edged up in September
  // by 16,000 positions." then "Within the industry, job growth occurred in
  // transit and ground passenger transportation (+11,000) and in couriers
  // and messengers (+4,000).": a sentence opening with "Within" and the
  // words of a place or a group (no figure) to a comma, its figures some of
  // the one comparable figure of the sentence before; one figure, or each
  // in brackets (parts side by side, not one inside another).
  void Within(int s) {
    if (s == 0) return;
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    if (!w.Is(first, "within")) return;
    int comma = w.Next(first);
    for (int n = 0; n < 8 && comma < w.size() && w.IsWord(comma) &&
                    c_.MentionAt(s, comma) < 0;
         ++n) {
      comma = w.Next(comma);
    }
    if (comma == w.Next(first) || !w.IsPunct(comma, ",")) return;
    std::vector<int> parts;
    bool bracketed = true;
    for (int m : c_.quantities(s)) {
      if (c_.Adjectival(m)) continue;
      if (c_.used(m) || !c_.CountLike(c_.m(m))) return;
      parts.push_back(m);
      // "(+11,000)": a sign before the number is the bracket's too.
      int open = w.Prev(c_.m(m).first_token);
      if (w.IsPunct(open, "+")) open = w.Prev(open);
      bracketed = bracketed && w.IsPunct(open, "(") &&
                  w.IsPunct(w.Next(c_.m(m).end_token - 1), ")");
    }
    if (parts.empty() || (parts.size() > 1 && !bracketed)) return;
    int whole = -1;
    for (int m : c_.quantities(s - 1)) {
      if (c_.Adjectival(m)) continue;
      if (whole >= 0) return;  // two figures before: which is the whole?
      whole = m;
    }
    if (whole < 0 || !PartOf(c_.m(whole), c_.m(parts[0]))) return;
    for (int p : parts) {
      if (!c_.Comparable(c_.m(whole), c_.m(p))) return;
    }
    EmitTotal(s, whole, parts, /*partial=*/true, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, first, first)});
  }

  // A part of a whole printed elsewhere in the words:
  //   "Of the 10 cases, eight were recorded ..."  the whole opening the
  //                          sentence, the part the first count after
  //   "Two children were among 10 people hurt"  the part, then "among"
  //   "Five people were killed ... three children were among the dead"
  //                          "among the dead" ("killed", "victims",
  //                          "injured", "wounded"): the latest count before
  //                          that the words after it say met that outcome
  //   "Thirty-three of those arrests were in Washington"  "of those", "of
  //                          them": the whole in scope before ("nearly 500
  //                          people nationwide")
  void PartOfWhole(int s) {
    // Every reading has "of" ("Of the 10 cases", "32 of those") or "were
    // among": a sentence without either is not walked.
    static const Set* cues = new Set{"of", "among"};
    if (!c_.MayHold(s, *cues)) return;
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    // "Of the 10 cases, eight ..."
    if (w.Is(first, "of")) {
      int k = w.Next(first);
      if (w.Is(k, "the") || w.Is(k, "these") || w.Is(k, "those")) {
        k = w.Next(k);
      }
      // "Of the adults, 545 were registered", "Of the British and Canadian
      // 584 perished": the count the sentences before print of those
      // words (up to four, then the part).
      if (c_.MentionAt(s, k) < 0 && w.IsWord(k) && !w.Is(k, "these") &&
          !w.Is(k, "those") && !w.Is(k, "them")) {
        int e = k;
        for (int n = 1;
             n < 4 && w.IsWord(w.Next(e)) && c_.MentionAt(s, w.Next(e)) < 0;
             ++n) {
          e = w.Next(e);
        }
        int at = w.Next(e);
        const bool comma = w.IsPunct(at, ",");
        if (comma) at = w.Next(at);
        const int part = c_.MentionStartingAt(s, at);
        // Without a comma, the words name a group: "Of the British and
        // Canadian 584 perished", not "Of the year 12 ...".
        const int whole = part >= 0 && (comma || e != k || w.Capitalized(k))
                              ? Named(s, w.LowerText(k), w.LowerText(e))
                              : -1;
        if (part >= 0 && whole >= 0 && !c_.used(part) &&
            c_.CountLike(c_.m(whole)) && c_.CountLike(c_.m(part)) &&
            !c_.m(part).scope_total) {
          EmitPart(s, whole, part, {c_.TokenSpan(s, first, e)});
        }
      }
      // "Of these, 944 were British and Canadian, 159 were Americans, and
      // the remainder ...": the counts opening the clauses after, each
      // with what it is, of the count the sentence before ends with (or
      // of the total that count is a part of).
      const int pronoun = w.Next(first);
      if ((w.Is(pronoun, "these") || w.Is(pronoun, "those") ||
           w.Is(pronoun, "them")) &&
          w.IsPunct(w.Next(pronoun), ",")) {
        OfTheseParts(w, s, first, w.Next(pronoun));
      }
      WholeOpeningTheClause(w, s, first);
    }
    // "It added that, of 34 new routes ..., 32 were ...": "of" opening a
    // clause after a comma.
    for (int j = w.Next(first); j < w.size(); j = w.Next(j)) {
      if (w.Is(j, "of") && w.IsPunct(w.Prev(j), ",")) {
        WholeOpeningTheClause(w, s, j);
      }
    }
    for (int pi : c_.quantities(s)) {
      if (c_.used(pi)) continue;
      const Mention& part = c_.m(pi);
      if (!c_.CountLike(part) || c_.TimeSpan(part)) continue;
      int k = w.Next(part.end_token - 1);
      // "Two children were among 10 people hurt": past what is counted.
      int verb = k;
      const int words =
          part.unit_name.empty() || part.inherited_unit
              ? 0
              : static_cast<int>(std::count(part.unit_name.begin(),
                                            part.unit_name.end(), ' ')) +
                    1;
      for (int n = 0; n < words && w.IsWord(verb); ++n) verb = w.Next(verb);
      if (w.Is(verb, "were") || w.Is(verb, "are")) {
        k = verb;
        const int among = w.Next(k);
        if (!w.Is(among, "among")) continue;
        int j = w.Next(among);
        if (w.Is(j, "the")) j = w.Next(j);
        const int whole = c_.MentionStartingAt(s, j);
        if (whole >= 0 && !c_.used(whole) && c_.Countish(c_.m(whole)) &&
            PartOf(c_.m(whole), part)) {
          EmitPart(s, whole, pi, {c_.TokenSpan(s, among, among)});
        } else if (whole < 0 && c_.MentionAt(s, j) < 0) {
          // "three children were among the dead": the count of the dead
          // printed before.
          const int before = CountOfOutcomeBefore(s, part, w.LowerText(j));
          if (before >= 0) {
            EmitPart(s, before, pi, {c_.TokenSpan(s, among, j)});
          }
        }
        continue;
      }
      // "Thirty-three of those arrests"
      if (!w.Is(k, "of")) continue;
      const int those = w.Next(k);
      // "187 participants (120 female, 67 male), 185 of whom were
      // students": the count the pronoun stands for, before the comma.
      if ((w.Is(those, "whom") || w.Is(those, "which")) &&
          w.IsPunct(w.Prev(part.first_token), ",")) {
        const int whole = CountBefore(w, s, w.Prev(part.first_token));
        if (whole >= 0 && PartOf(c_.m(whole), part)) {
          EmitPart(s, whole, pi, {c_.TokenSpan(s, k, those)});
        }
        continue;
      }
      // "69,300 of the new jobs were full-time work": "of the" and the
      // words of what a count a few sentences before counts ("74,100 net
      // new jobs"), every one of them, to a verb or a preposition.
      if (w.Is(those, "the") && c_.MentionAt(s, w.Next(those)) < 0) {
        std::vector<std::string> named;
        int j = w.Next(those);
        for (; named.size() < 4 && w.IsWord(j) && c_.MentionAt(s, j) < 0 &&
               !w.IsIn(j, EndOfNamed());
             j = w.Next(j)) {
          named.push_back(w.LowerText(j));
        }
        if (named.empty() || !w.IsIn(j, EndOfNamed())) continue;
        const int whole = CountingAll(s, named);
        if (whole >= 0 && !c_.used(whole) && PartOf(c_.m(whole), part)) {
          EmitPart(s, whole, pi, {c_.TokenSpan(s, k, w.Prev(j))});
        }
        continue;
      }
      if (!w.Is(those, "those") && !w.Is(those, "them")) continue;
      if (c_.MentionAt(s, w.Next(those)) >= 0) continue;
      int whole = c_.ScopeTotalBefore(s);
      if (whole < 0 || c_.m(whole).sentence < s - 2) whole = -1;
      // "409 counties gained residents; 207 of those counties were in the
      // South and 93 were in the West": the count of the noun before, and
      // the parts listed after.
      std::vector<int> parts = {pi};
      if (whole < 0 && w.IsWord(w.Next(those))) {
        whole = CountOf(s, part.first_token, w.LowerText(w.Next(those)));
        for (int j = w.Next(those); j < w.size() && !ClauseEnd(w, j);
             j = w.Next(j)) {
          const int m = c_.MentionStartingAt(s, j);
          if (m < 0) continue;
          const int before = w.Prev(j);
          if ((w.Is(before, "and") || w.IsPunct(before, ",")) && !c_.used(m) &&
              c_.CountLike(c_.m(m)) &&
              (c_.m(m).unit_name.empty() || c_.m(m).inherited_unit)) {
            parts.push_back(m);
          }
          j = c_.m(m).end_token - 1;
        }
      }
      if (whole < 0 || !PartOf(c_.m(whole), part)) continue;
      if (parts.size() == 1) {
        EmitPart(s, whole, pi, {c_.TokenSpan(s, k, those)});
        continue;
      }
      EmitTotal(s, whole, parts, /*partial=*/true, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, those)});
    }
  }

  // "Of these, 944 were British and Canadian, 159 were Americans": after
  // the comma at `comma`, the counts opening each clause, each followed by
  // "were", "was", "are", "is", "had" or "have", are some of the count the
  // sentence before ends with, or of the total that count is a part of
  // ("1,257, consisting of 290 saloon, ... and 367 third-cabin
  // passengers").
  void OfTheseParts(const Words& w, int s, int first, int comma) {
    static const Set* verbs =
        new Set{"were", "was", "are", "is", "had", "have"};
    std::vector<int> parts;
    for (int j = comma; j < w.size() && !ClauseEnd(w, j); j = w.Next(j)) {
      if (j != comma && !w.IsPunct(j, ",") && !w.Is(j, "and")) continue;
      int at = w.Next(j);
      if (w.Is(at, "and")) at = w.Next(at);
      const int m = c_.MentionStartingAt(s, at);
      if (m < 0 || c_.used(m) || !c_.CountLike(c_.m(m)) ||
          c_.m(m).scope_total ||
          !w.IsIn(w.Next(c_.m(m).end_token - 1), *verbs)) {
        if (j == comma) return;
        continue;
      }
      parts.push_back(m);
      j = c_.m(m).end_token - 1;
    }
    if (parts.empty() || s == 0) return;
    int whole = -1;
    const std::vector<int>& before = c_.quantities(s - 1);
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const Mention& m = c_.m(*it);
      if (!c_.CountLike(m) || c_.TimeSpan(m)) return;
      whole = *it;
      break;
    }
    if (whole < 0) return;
    const int total = c_.TotalWithPart(whole);
    if (total >= 0) whole = total;
    if (!c_.CountLike(c_.m(whole))) return;
    EmitTotal(s, whole, parts, /*partial=*/true, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, first, comma)});
  }

  // A whole number with no unit and nothing named it counts.
  bool Bare(const Mention& m) const {
    return m.unit == v1::UNIT_AMOUNT && m.whole && m.unit_name.empty();
  }

  bool SameKind(const Mention& total, const Mention& part) const {
    if (part.unit == v1::UNIT_PERCENT || total.unit == v1::UNIT_PERCENT) {
      return part.unit == total.unit;
    }
    if (Bare(total)) return Bare(part);
    if (!c_.Countish(part)) {
      return part.unit == total.unit && total.unit == v1::UNIT_CURRENCY;
    }
    if (!c_.Countish(total)) return false;
    return HeadView(part.unit_name) == HeadView(total.unit_name) ||
           part.unit_name.empty();
  }

  // "498 people, including 101 in Los Angeles and 21 in Santa Clara": the
  // parts after the cue are some of the total.
  void Including(int s) {
    // Every cue below needs one of these words (a sentence without them is
    // not walked): "including", "includes", "included", "among"/"of"
    // before "them", "whom", "those", "which", and "such as".
    static const Set* cues =
        new Set{"including", "includes", "included", "them",
                "whom",      "those",    "which",    "such"};
    if (!c_.MayHold(s, *cues)) return;
    // A total before the cue and a part after it, both quantities of the
    // sentence: a sentence with fewer than two is not walked either.
    if (c_.quantities(s).size() < 2) return;
    // The words each cue starts with: one look-up passes over the others.
    static const Set* firsts =
        new Set{"including", "includes", "included", "among", "of", "such"};
    const Words w = c_.W(s);
    int last_cue = -1;
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *firsts)) continue;
      int cue_end = -1;
      if (w.Is(k, "including") || w.Is(k, "includes") || w.Is(k, "included")) {
        cue_end = k;
      } else if ((w.Is(k, "among") || w.Is(k, "of")) &&
                 (w.Is(w.Next(k), "them") || w.Is(w.Next(k), "whom") ||
                  w.Is(w.Next(k), "those") || w.Is(w.Next(k), "which"))) {
        cue_end = w.Next(k);
      } else if (w.Is(k, "such") && w.Is(w.Next(k), "as")) {
        cue_end = w.Next(k);
      }
      if (cue_end < 0) continue;
      // "63% favor it, including 37% who strongly favor it", "more than 60
      // were injured, including 30 who were in a critical condition": a
      // percentage or a bare number whose part names a group of the same
      // people ("who").
      const int first = c_.MentionStartingAt(s, w.Next(cue_end));
      const bool who =
          first >= 0 && w.Is(w.Next(c_.m(first).end_token - 1), "who");
      // The total: the quantity nearest before the cue, after the previous
      // cue, when it is a count or an amount. One further back is not
      // taken past it: in "Cases in the past seven days: 200 / Outbreaks:
      // 57, including 23 schools" the 57 is the total if anything is, and
      // never the seven days.
      int total = -1;
      for (int j = w.Prev(k); j > last_cue && j >= 0; --j) {
        const int i = c_.MentionAt(s, j);
        if (i < 0 || c_.used(i)) continue;
        // "22,021 marriages in 2017, 605 or 2.7pc fewer than in 2016,
        // including 759 same-sex marriages": a difference between is
        // passed over, to the count it is set against.
        if (Difference(w, s, i)) {
          j = c_.m(i).first_token;
          continue;
        }
        if (c_.Countish(c_.m(i)) || c_.m(i).unit == v1::UNIT_CURRENCY ||
            (who && Bare(c_.m(i)) && Bare(c_.m(first))) ||
            (who && c_.m(i).unit == v1::UNIT_PERCENT &&
             c_.m(first).unit == v1::UNIT_PERCENT)) {
          total = i;
        }
        break;
      }
      last_cue = cue_end;
      if (total < 0) continue;
      // The parts: up to the next clause or cue.
      std::vector<int> parts;
      std::string first_kind;
      for (int j = cue_end + 1; j < w.size(); ++j) {
        if (w.IsPunct(j, ".") || w.IsPunct(j, ";") || w.Is(j, "including") ||
            w.IsPunct(j, "\xE2\x80\x94")) {
          break;
        }
        const int i = c_.MentionAt(s, j);
        if (i < 0 || c_.m(i).first_token != j) continue;
        if (c_.used(i)) continue;
        // The first part right after the cue may count a kind of what the
        // total counts ("seven people in Alabama including three family
        // members"); the parts after it count what it counts.
        if (parts.empty() && j == w.Next(cue_end) && c_.Countish(c_.m(i)) &&
            c_.Countish(c_.m(total)) && !c_.m(i).unit_name.empty() &&
            !c_.TimeSpan(c_.m(i))) {
          parts.push_back(i);
          first_kind = Head(c_.m(i).unit_name);
          continue;
        }
        // "4647 participants were randomised, of whom 4575 were included":
        // a bare number right after "of whom" ("of which", "among them")
        // counts what the pronoun stands for, the total's things.
        if (parts.empty() && j == w.Next(cue_end) && cue_end != k &&
            Bare(c_.m(i)) && c_.Countish(c_.m(total)) &&
            !c_.m(total).unit_name.empty()) {
          parts.push_back(i);
          continue;
        }
        if (SameKind(c_.m(total), c_.m(i)) ||
            (!first_kind.empty() && c_.Countish(c_.m(i)) &&
             Head(c_.m(i).unit_name) == first_kind)) {
          parts.push_back(i);
        }
        if (parts.size() >= 400) break;
      }
      if (parts.empty()) continue;
      const int also = AlsoPart(s, total);
      if (also >= 0) parts.push_back(also);
      EmitTotal(s, total, parts, /*partial=*/true, v1::CONFIDENCE_HIGH,
                {c_.TokenSpan(s, k, cue_end)});
    }
  }

  // Whether the quantity i is a difference: "more", "fewer", "less",
  // "higher" or "lower" right after it, or after "or" and another quantity
  // ("605 or 2.7pc fewer").
  bool Difference(const Words& w, int s, int i) const {
    static const Set* comparatives =
        new Set{"more", "fewer", "less", "higher", "lower"};
    int after = w.Next(c_.m(i).end_token - 1);
    if (w.Is(after, "or")) {
      const int other = c_.MentionStartingAt(s, w.Next(after));
      if (other >= 0) after = w.Next(c_.m(other).end_token - 1);
    }
    return w.IsIn(after, *comparatives);
  }

  // "killing nine people, including six in Illinois ..." then "Three
  // people in Missouri were also killed": a count of the total's kind
  // opening the next sentence, "also" after it in its clause, is one more
  // part; or -1.
  int AlsoPart(int s, int total) const {
    if (s + 1 >= c_.sentences()) return -1;
    const Words w = c_.W(s + 1);
    int j = 0;
    while (j < w.size() && w.at(j).kind == TokenKind::kSpace) ++j;
    const int part = c_.MentionStartingAt(s + 1, j);
    if (part < 0 || c_.used(part) || !c_.Countish(c_.m(part)) ||
        c_.m(part).unit_name.empty() || !SameKind(c_.m(total), c_.m(part))) {
      return -1;
    }
    for (j = w.Next(c_.m(part).end_token - 1); j >= 0 && j < w.size();
         j = w.Next(j)) {
      if (w.IsPunct(j, ",") || w.IsPunct(j, ";") || w.IsPunct(j, ".") ||
          c_.MentionAt(s + 1, j) >= 0) {
        return -1;
      }
      if (w.Is(j, "also")) return part;
    }
    return -1;
  }

  // "2229 people on board, 1316 passengers and 913 crew", "187
  // participants (120 female, 67 male)", "1,257, consisting of 290
  // saloon, 600 second-cabin, and 367 third-cabin passengers": a count,
  // then in apposition a list of two or more counts of its kinds, each
  // naming what it counts, that closes the clause: the parts of the
  // total, all of them.
  void Apposition(int s) {
    static const Set* cues = new Set{"consisting", "comprising", "comprised"};
    static const Set* general =
        new Set{"people",      "persons", "individuals", "participants",
                "respondents", "adults",  "subjects"};
    const Words w = c_.W(s);
    for (int ti : c_.quantities(s)) {
      const Mention& t = c_.m(ti);
      if (c_.used(ti) || !c_.CountLike(t) || t.place_label || c_.TimeSpan(t)) {
        continue;
      }
      int j = w.Next(t.end_token - 1);
      // What is counted and where: "people on board".
      for (int n = 0;
           n < 3 && w.IsWord(j) && !w.IsIn(j, *cues) && c_.MentionAt(s, j) < 0;
           ++n) {
        j = w.Next(j);
      }
      const int open = j;
      const bool paren = w.IsPunct(j, "(");
      // "Six people -- four women and two men -- were killed": the aside
      // between two spaced dashes (a dash, or two hyphens), its end
      // `dash_end`.
      int dash_end = -1;
      const bool dash = !paren && SpacedDash(w, j, &dash_end);
      // A comma list of kinds an earlier breakdown named, whatever the
      // count counts: "Of these, 713 survived, 498 passengers and 215
      // crew" after "2229 people on board, 1316 passengers and 913 crew".
      bool known_kinds_only = false;
      if (w.IsPunct(j, ",") && w.IsIn(w.Next(j), *cues)) j = w.Next(j);
      if (w.IsIn(j, *cues)) {
        j = w.Next(j);
        if (!w.Is(j, "of")) continue;
      } else if (paren) {
      } else if (w.IsPunct(j, ",") || w.IsPunct(j, ":") || dash) {
        // A comma lists kinds only of a count of people in general ("five
        // dead, 30 injured and 130,000 houses damaged" lists outcomes).
        const std::string counted = absl::AsciiStrToLower(t.unit_name);
        if (!general->contains(Head(counted)) &&
            !general->contains(counted.substr(0, counted.find(' ')))) {
          if (!w.IsPunct(j, ",") || breakdowns_.empty()) continue;
          known_kinds_only = true;
        }
        if (dash) j = dash_end;
      } else {
        continue;
      }
      std::vector<int> parts;
      std::vector<std::string> kinds;
      int end = -1;
      for (j = w.Next(j);;) {
        const int m = c_.MentionStartingAt(s, j);
        if (m < 0 || c_.used(m)) break;
        const Mention& p = c_.m(m);
        if (!c_.Countish(p) || p.place_label || p.scope_total ||
            c_.TimeSpan(p) || p.unit_name.empty()) {
          break;
        }
        parts.push_back(m);
        kinds.push_back(Head(p.unit_name));
        end = w.Next(p.end_token - 1);
        // What is counted may run past the phrase: "913 crew members",
        // "600 second-cabin".
        while (
            (w.IsWord(end) && !w.Is(end, "and") && c_.MentionAt(s, end) < 0) ||
            (w.IsPunct(end, "-") && w.Touch(end - 1, end) &&
             w.Touch(end, end + 1) && w.IsWord(end + 1))) {
          end = w.Next(end);
        }
        j = end;
        if (w.IsPunct(j, ",") || w.IsPunct(j, ";")) j = w.Next(j);
        if (w.Is(j, "and")) j = w.Next(j);
        if (j == end) break;
      }
      if (parts.size() < 2) continue;
      // The list names kinds: no two alike ("101 people in Los Angeles,
      // 21 people in Oakland" is a list of places). In brackets after a
      // whole the words mark as one ("A remaining total of 99 participants
      // (49 in the smile condition, 50 in the pout condition)"), the
      // counts of what it counts, each where or how.
      const bool breakdown =
          paren && t.scope_total &&
          std::all_of(parts.begin(), parts.end(), [&](int q) {
            return Counted(t.unit_name, c_.m(q).unit_name);
          });
      std::vector<std::string> sorted = kinds;
      std::sort(sorted.begin(), sorted.end());
      if (!breakdown &&
          std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
        continue;
      }
      if (known_kinds_only &&
          std::none_of(breakdowns_.begin(), breakdowns_.end(),
                       [&](const std::pair<int, std::vector<std::string>>& b) {
                         return b.first >= s - 3 && b.second == sorted;
                       })) {
        continue;
      }
      // It closes the clause (or the parentheses, or the dashes' aside).
      int closing = -1;
      if (paren  ? !w.IsPunct(end, ")") && !w.IsPunct(end, ";")
          : dash ? !SpacedDash(w, end, &closing) || w.Text(end) != w.Text(open)
                 : !(end >= w.size() || ClauseEnd(w, end))) {
        continue;
      }
      EmitTotal(s, ti, parts, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, open, open)});
      breakdowns_.push_back({s, std::move(sorted)});
    }
  }

  // "The company has 4,200 workers, 3,000 in the United States and 1,200
  // abroad", "Police made 80 arrests, 50 for theft and 30 for assault": a
  // count of a thing named, then after a comma two or more bare numbers of
  // it, each where ("in" or "at" and a name, "abroad", "overseas",
  // "elsewhere") or what for ("for" and a word), all alike, that close the
  // clause: the parts of the total, all of them.
  void ApposedBareParts(int s) {
    static const Set* away =
        new Set{"abroad", "overseas", "elsewhere", "domestically"};
    const Words w = c_.W(s);
    for (int ti : c_.quantities(s)) {
      const Mention& t = c_.m(ti);
      if (c_.used(ti) || !c_.Countish(t) || t.unit_name.empty() ||
          t.place_label || t.inherited_unit || c_.TimeSpan(t)) {
        continue;
      }
      int j = w.Next(t.end_token - 1);
      // What is counted and where: "workers", "people on board", "goals in
      // all competitions".
      for (int n = 0; n < 4 && w.IsWord(j) && c_.MentionAt(s, j) < 0; ++n) {
        j = w.Next(j);
      }
      // A comma, or a dash with space before it ("4,200 workers – 3,000
      // in the United States and 1,200 abroad").
      const bool dash = (w.IsPunct(j, "\xE2\x80\x93") ||
                         w.IsPunct(j, "\xE2\x80\x94") || w.IsPunct(j, "-")) &&
                        !w.Touch(w.Prev(j), j);
      if (!w.IsPunct(j, ",") && !dash) continue;
      const int open = j;
      std::vector<int> parts;
      int kind = -1;  // 0 where, 1 what for
      int end = -1;
      bool alike = true;
      for (j = w.Next(j);;) {
        const int m = c_.MentionStartingAt(s, j);
        if (m < 0 || c_.used(m)) break;
        const Mention& p = c_.m(m);
        // (The number reader takes "abroad" in "1,200 abroad" for what is
        // counted.)
        if (!c_.CountLike(p) || p.scope_total || c_.TimeSpan(p) ||
            (!p.unit_name.empty() && !p.inherited_unit &&
             !Counted(t.unit_name, p.unit_name) &&
             !away->contains(p.unit_name))) {
          break;
        }
        // Where, or what for, right after the number.
        int k = w.Next(p.end_token - 1);
        int here = -1;
        if ((w.Is(k, "in") || w.Is(k, "at")) &&
            (w.Capitalized(w.Next(k)) ||
             (w.Is(w.Next(k), "the") && w.Capitalized(w.Next(w.Next(k)))))) {
          here = 0;
        } else if (w.IsIn(k, *away)) {
          here = 0;
        } else if ((w.Is(k, "in") || w.Is(k, "at")) &&
                   LowerPlace(w, s, w.Next(k))) {
          // "24 in the league and 7 in cup games": a place in lower case.
          here = 0;
        } else if (w.Is(k, "for") && w.IsWord(w.Next(k)) &&
                   !w.Is(w.Next(k), "a") && !w.Is(w.Next(k), "the") &&
                   c_.MentionAt(s, w.Next(k)) < 0) {
          here = 1;
        }
        if (here < 0) break;
        if (kind >= 0 && kind != here) alike = false;
        kind = here;
        parts.push_back(m);
        // The words of the place or the reason, to the next comma or
        // "and".
        end = w.Next(k);
        while (w.IsWord(end) && !w.Is(end, "and") && c_.MentionAt(s, end) < 0) {
          end = w.Next(end);
        }
        j = end;
        if (w.IsPunct(j, ",")) j = w.Next(j);
        if (w.Is(j, "and")) j = w.Next(j);
        if (j == end) break;
      }
      // It closes the clause, or the dash's aside.
      if (parts.size() < 2 || !alike ||
          !(end >= w.size() || ClauseEnd(w, end) ||
            (dash && w.IsPunct(end, w.Text(open))))) {
        continue;
      }
      for (int m : parts) {
        Mention& p = c_.mutable_m(m);
        if (!away->contains(p.unit_name)) continue;
        if (p.label.empty()) p.label = p.unit_name;
        p.unit_name = t.unit_name;
      }
      EmitTotal(s, ti, parts, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, open, open)});
    }
  }

  // A place in lower case after "in" or "at" ("the league", "cup games",
  // "state schools"): past "the", a word that is no figure, no time ("the
  // morning", "May") and not "all" or "total" (a whole, not a part).
  bool LowerPlace(const Words& w, int s, int k) const {
    static const Set* not_place =
        new Set{"all",     "total", "morning", "afternoon", "evening",
                "night",   "week",  "month",   "year",      "years",
                "day",     "days",  "weeks",   "months",    "first",
                "second",  "third", "last",    "past",      "next",
                "quarter", "half",  "turn",    "addition",  "part"};
    if (w.Is(k, "the")) k = w.Next(k);
    return w.IsWord(k) && !w.Capitalized(k) && c_.MentionAt(s, k) < 0 &&
           !w.IsIn(k, *not_place);
  }

  // "... and 50 in Boston, for a total of 498", "..., 498 in all": the
  // total after its parts.
  void SumStated(int s) {
    const Words w = c_.W(s);
    int since = -1;  // parts come after the previous total
    for (int i : c_.quantities(s)) {
      const Mention& t = c_.m(i);
      const int p = w.Prev(t.first_token);
      // "Smith won 5,200 votes and Jones 4,100, a combined 9,300"
      const bool a_combined = w.Is(p, "combined") && w.Is(w.Prev(p), "a");
      if (c_.used(i) || !(c_.Countish(t) || Bare(t)) ||
          !(t.scope_total || a_combined)) {
        continue;
      }
      int cue = -1;
      int cue_end = p;
      int limit = -1;  // the parts end before this token
      if ((w.Is(p, "of") && w.Is(w.Prev(p), "total")) || a_combined) {
        cue = w.Prev(p);
        limit = cue;
      } else {
        // "40 in May and 55 in June, 95 in all", "95 cases altogether":
        // after the total or what it counts.
        int k = w.Next(t.end_token - 1);
        for (int n = 0; n < 3 && w.IsWord(k) && !w.Is(k, "in") &&
                        !w.Is(k, "altogether") && !w.Is(k, "combined");
             ++n) {
          k = w.Next(k);
        }
        if (w.Is(k, "in") &&
            (w.Is(w.Next(k), "all") || w.Is(w.Next(k), "total"))) {
          cue = k;
          cue_end = w.Next(k);
        } else if (w.Is(k, "altogether") || w.Is(k, "combined")) {
          cue = k;
          cue_end = k;
        }
        limit = t.first_token;
      }
      if (cue < 0) continue;
      std::vector<int> parts;
      // "40 patients in May and 55 in June, for a total of 95": a bare
      // total counts what its parts count, when they count one thing.
      std::string counted;
      bool one_thing = true;
      for (int j : c_.quantities(s)) {
        const Mention& m = c_.m(j);
        if (m.first_token > since && m.end_token <= limit && !c_.used(j) &&
            (SameKind(t, m) ||
             (Bare(t) && c_.Countish(m) && !c_.TimeSpan(m)))) {
          parts.push_back(j);
          if (Bare(t) && c_.Countish(m) && !m.unit_name.empty()) {
            if (counted.empty()) counted = Head(m.unit_name);
            one_thing = one_thing && Head(m.unit_name) == counted;
          }
        }
      }
      if (Bare(t) && !counted.empty()) {
        // Counts and bare numbers mixed: not one thing.
        for (int j : parts) one_thing = one_thing && !Bare(c_.m(j));
        if (!one_thing) parts.clear();
      }
      since = t.end_token;
      if (parts.size() < 2 || parts.size() > 400) continue;
      EmitTotal(
          s, i, parts, /*partial=*/false, v1::CONFIDENCE_HIGH,
          {c_.TokenSpan(s, std::min(cue, cue_end), std::max(cue, cue_end))});
    }
  }

  // "a second interim dividend of 10.28p (2007: 9.13p) per share which,
  // together with the first interim ordinary dividend of 5.19p (2007:
  // 4.32p) per share ..., makes a total of 15.47p for the year (2007:
  // 13.45p)": "together with" ("combined with") between two figures of the
  // total's family, the total after "a total of" later in the sentence:
  // the total of the two (medium); and when each of the three is followed
  // by a year and a figure in brackets (a report's figure for the year
  // before), the total of those too.
  void TogetherWith(int s) {
    static const Set* cues = new Set{"together", "combined"};
    if (!c_.MayHold(s, *cues)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!(w.Is(k, "together") || w.Is(k, "combined")) ||
          !w.Is(w.Next(k), "with")) {
        continue;
      }
      const int with = w.Next(k);
      // The total: after "total of", later in the sentence.
      int t = -1;
      for (int j = w.Next(with); j < w.size(); j = w.Next(j)) {
        if (w.IsPunct(j, ".") || w.IsPunct(j, ";")) break;
        if (w.Is(j, "total") && w.Is(w.Next(j), "of")) {
          t = c_.MentionStartingAt(s, w.Next(w.Next(j)));
          break;
        }
      }
      // The figures may be a change's endpoints as well ("8.5p (2015:
      // 7.858p) representing an 8.2% increase"): used or not.
      if (t < 0) continue;
      const Mention& total = c_.m(t);
      auto fits = [&](int m) {
        return m >= 0 && m != t && !InYearBracket(w, s, m) &&
               c_.m(m).unit != v1::UNIT_PERCENT &&
               c_.Comparable(c_.m(m), total);
      };
      // A: the last such figure before the cue in the sentence; B: the
      // first after it, before the total.
      int a = -1;
      for (int m : c_.quantities(s)) {
        if (c_.m(m).end_token <= k && fits(m)) a = m;
      }
      int b = -1;
      for (int m : c_.quantities(s)) {
        if (c_.m(m).first_token > with &&
            c_.m(m).end_token <= total.first_token && fits(m)) {
          b = m;
          break;
        }
      }
      if (a < 0 || b < 0) continue;
      EmitTotal(s, t, {a, b}, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, with)});
      const int a0 = YearBracketAfter(w, s, a);
      const int b0 = YearBracketAfter(w, s, b);
      const int t0 = YearBracketAfter(w, s, t);
      if (a0 >= 0 && b0 >= 0 && t0 >= 0) {
        EmitTotal(s, t0, {a0, b0}, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                  {c_.TokenSpan(s, k, with)});
      }
      return;
    }
  }

  // "It includes a total allocation of $317 million, with $225 million of
  // that coming in the district's general fund": money, then "of that" ("of
  // it"), is some of the money figure before it in the sentence, the
  // nearest, of its kind (medium).
  void OfThat(int s) {
    static const Set* cues = new Set{"that", "it"};
    if (!c_.MayHold(s, *cues)) return;
    const Words w = c_.W(s);
    for (int pi : c_.quantities(s)) {
      const Mention& part = c_.m(pi);
      if (part.unit != v1::UNIT_CURRENCY || c_.used(pi)) continue;
      const int of = w.Next(part.end_token - 1);
      const int that = w.Next(of);
      if (!w.Is(of, "of") || !(w.Is(that, "that") || w.Is(that, "it")) ||
          c_.MentionAt(s, w.Next(that)) >= 0) {
        continue;
      }
      // "that" a pronoun, not a noun's ("$2 million of that growth"): a
      // verb, a preposition or a stop after it.
      if (w.Is(that, "that")) {
        static const Set* after =
            new Set{"was",  "is",   "were",  "are", "will", "would", "went",
                    "goes", "came", "comes", "for", "to",   "in",    "on"};
        const int n = w.Next(that);
        if (w.IsWord(n) && !w.IsIn(n, *after) &&
            !absl::EndsWith(w.LowerText(n), "ing")) {
          continue;
        }
      }
      int whole = -1;
      for (int m : c_.quantities(s)) {
        if (c_.m(m).end_token <= part.first_token &&
            c_.m(m).unit == v1::UNIT_CURRENCY && c_.Comparable(c_.m(m), part)) {
          whole = m;
        }
      }
      if (whole < 0) continue;
      EmitTotal(s, whole, {pi}, /*partial=*/true, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, of, that)});
    }
  }

  // Whether the quantity m stands in "(2007: 9.13p)": after "(", a year
  // and a colon.
  bool InYearBracket(const Words& w, int s, int m) const {
    const int colon = w.Prev(c_.m(m).first_token);
    const int year = w.Prev(colon);
    return w.IsPunct(colon, ":") && w.IsNumber(year) &&
           w.Text(year).size() == 4 && w.IsPunct(w.Prev(year), "(");
  }

  // The figure of "(2007: 9.13p)" right after the quantity m, or a few
  // words after it ("15.47p for the year (2007: 13.45p)"); -1.
  int YearBracketAfter(const Words& w, int s, int m) const {
    int j = w.Next(c_.m(m).end_token - 1);
    for (int n = 0; n < 4 && w.IsWord(j) && c_.MentionAt(s, j) < 0; ++n) {
      j = w.Next(j);
    }
    if (!w.IsPunct(j, "(")) return -1;
    const int year = w.Next(j);
    const int colon = w.Next(year);
    if (!w.IsNumber(year) || w.Text(year).size() != 4 ||
        !w.IsPunct(colon, ":")) {
      return -1;
    }
    const int v = c_.MentionStartingAt(s, w.Next(colon));
    if (v < 0 || !w.IsPunct(w.Next(c_.m(v).end_token - 1), ")") ||
        !c_.Comparable(c_.m(v), c_.m(m))) {
      return -1;
    }
    return v;
  }

  // "A total of 88 participants were excluded: 57 participants were
  // excluded because ..., 21 participants failed ..., and 1 participant
  // ...", "The tax rate has been set at $0.408936, which breaks down into:"
  // then "- $0.203928 for debt service", "- $0.205008 for operations": a
  // whole the words mark as one ("a total of", "in all", "breaks down
  // into"), a colon closing its clause, then the parts: the counts of the
  // same thing opening each clause after the colon, or the figure of the
  // same unit opening each list item after the sentence. All the parts.
  void ListedParts(int s) {
    static const Set* splits =
        new Set{"breaks", "broken", "divided", "split", "splits"};
    // Every reading has a colon after its whole, a token of the sentence's
    // text: a sentence without one is not walked from each quantity.
    const Sentence& sentence = c_.sentence(s);
    if (c_.text()
            .substr(sentence.begin, sentence.end - sentence.begin)
            .find(':') == absl::string_view::npos) {
      return;
    }
    const Words w = c_.W(s);
    for (int ti : c_.quantities(s)) {
      const Mention& t = c_.m(ti);
      if (c_.used(ti) || t.place_label || c_.TimeSpan(t) ||
          !(c_.Countish(t) || t.unit == v1::UNIT_CURRENCY)) {
        continue;
      }
      // The colon closing the whole's clause, no other figure before it.
      bool split = false;
      int colon = w.Next(t.end_token - 1);
      while (colon < w.size() && !ClauseEnd(w, colon) &&
             c_.MentionAt(s, colon) < 0) {
        // "breaks down into", "divided into"
        if (w.IsIn(colon, *splits) && (w.Is(w.Next(colon), "into") ||
                                       (w.Is(w.Next(colon), "down") &&
                                        w.Is(w.Next(w.Next(colon)), "into")))) {
          split = true;
        }
        colon = w.Next(colon);
      }
      if (!w.IsPunct(colon, ":") || !(split || t.scope_total)) continue;
      std::vector<int> parts;
      if (w.Next(colon) >= w.size()) {
        // The list items after the sentence, each opening with a figure.
        for (int u = s + 1; u < c_.sentences() && parts.size() < 400; ++u) {
          const int b = c_.sentence(u).block;
          if (b < 0 || b >= static_cast<int>(c_.doc().blocks().size()) ||
              c_.doc().blocks()[b].kind != "li" ||
              (u > s + 1 && b == c_.sentence(u - 1).block)) {
            break;
          }
          const Words wu = c_.W(u);
          int k = 0;
          while (k < wu.size() && !wu.IsWord(k) && !wu.IsNumber(k) &&
                 c_.MentionAt(u, k) < 0) {
            ++k;
          }
          const int m = c_.MentionAt(u, k);
          if (m < 0 || c_.m(m).first_token != k || c_.used(m) ||
              c_.m(m).unit != t.unit || !SameKind(t, c_.m(m))) {
            break;
          }
          parts.push_back(m);
        }
      } else if (c_.Countish(t)) {
        // The counts of the same thing opening the clauses after the
        // colon: right after it, or after a comma, "and" or a semicolon.
        for (int j = colon; j < w.size(); j = w.Next(j)) {
          if (j != colon && !w.IsPunct(j, ",") && !w.IsPunct(j, ";") &&
              !w.Is(j, "and")) {
            continue;
          }
          int at = w.Next(j);
          if (w.Is(at, "and")) at = w.Next(at);
          const int m = c_.MentionStartingAt(s, at);
          // "350 votes in all: 200 for Smith and 150 for Jones": a bare
          // number counts what the whole does.
          if (m < 0 || !((c_.Countish(c_.m(m)) &&
                          Counted(t.unit_name, c_.m(m).unit_name)) ||
                         Bare(c_.m(m)))) {
            if (j == colon) break;
            continue;
          }
          if (c_.used(m) || c_.m(m).place_label || parts.size() >= 400) {
            parts.clear();
            break;
          }
          parts.push_back(m);
          j = c_.m(m).end_token - 1;
        }
      }
      if (parts.size() < 2) continue;
      EmitTotal(s, ti, parts, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, colon, colon)});
    }
  }

  // "... had been settled for $850,000. The sum would be divided in this
  // fashion: $283,000 for one firm, $350,000 for another, $100,000 for the
  // institute and $200,000 for Ms. Jones herself.": a sentence opening
  // "The" and a word for a sum of money ("sum", "money", "settlement"), a
  // verb of sharing out ("divided", "split", "shared", "distributed",
  // "allocated") and a colon, no figure before it; then money opening each
  // clause after the colon (right after it, or after a comma, "and" or a
  // semicolon): the parts of the one amount of money of the sentence
  // before. All the parts (medium).
  void SumDividedBefore(int s) {
    static const Set* sums = new Set{"sum",   "money",   "amount", "settlement",
                                     "award", "payment", "payout", "windfall",
                                     "fund",  "funds",   "grant",  "proceeds"};
    static const Set* shares =
        new Set{"divided",   "split",       "shared", "distributed",
                "allocated", "apportioned", "divvied"};
    if (s == 0) return;
    const Words w = c_.W(s);
    const int first = FirstWord(w);
    if (!w.Is(first, "the") || !w.IsIn(w.Next(first), *sums)) return;
    bool share = false;
    int colon = w.Next(w.Next(first));
    for (int n = 0; n < 10 && colon < w.size() && !w.IsPunct(colon, ":");
         ++n, colon = w.Next(colon)) {
      if (c_.MentionAt(s, colon) >= 0 || !w.IsWord(colon)) return;
      if (w.IsIn(colon, *shares)) share = true;
    }
    if (!share || !w.IsPunct(colon, ":")) return;
    std::vector<int> parts;
    for (int j = colon; j < w.size(); j = w.Next(j)) {
      if (j != colon && !w.IsPunct(j, ",") && !w.IsPunct(j, ";") &&
          !w.Is(j, "and")) {
        continue;
      }
      int at = w.Next(j);
      if (w.Is(at, "and")) at = w.Next(at);
      const int m = c_.MentionStartingAt(s, at);
      if (m < 0) {
        if (j == colon) return;
        continue;
      }
      if (c_.used(m) || c_.m(m).unit != v1::UNIT_CURRENCY ||
          (!parts.empty() && c_.m(m).figure_text.substr(0, 1) !=
                                 c_.m(parts[0]).figure_text.substr(0, 1))) {
        return;
      }
      parts.push_back(m);
      j = c_.m(m).end_token - 1;
    }
    if (parts.size() < 2) return;
    // "..., with the rest kept in reserve": some of the parts only.
    static const Set* rest =
        new Set{"rest",      "remainder", "remaining", "balance", "others",
                "including", "among",     "part",      "some"};
    for (int j = colon; j < w.size(); j = w.Next(j)) {
      if (w.IsIn(j, *rest)) return;
    }
    // The one amount of money of the sentence before, printed with the
    // parts' currency sign.
    int whole = -1;
    for (int m : c_.quantities(s - 1)) {
      if (c_.m(m).unit != v1::UNIT_CURRENCY) continue;
      if (whole >= 0) return;
      whole = m;
    }
    if (whole < 0 || c_.used(whole) ||
        c_.m(whole).figure_text.substr(0, 1) !=
            c_.m(parts[0]).figure_text.substr(0, 1)) {
      return;
    }
    EmitTotal(s, whole, parts, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, colon, colon)});
  }

  // The first word of a sentence's tokens, or -1.
  static int FirstWord(const Words& w) {
    for (int j = 0; j < w.size(); ++j) {
      if (w.IsWord(j)) return j;
    }
    return -1;
  }

  // "We recruited 187 participants ... A total of 88 participants were
  // excluded ... A remaining total of 99 participants": what remains of a
  // whole once a part is taken: the two latest counts of the same thing
  // before it, in it or the three sentences before, that are no part of
  // a total proposed: the whole, then the part. All the parts.
  void Remaining(int s) {
    const Words w = c_.W(s);
    for (int ri : c_.quantities(s)) {
      const Mention& r = c_.m(ri);
      // (It may be the total of its own parts too: "(49 in the smile
      // condition, 50 in the pout condition)".)
      if (c_.TotalWithPart(ri) >= 0 || !c_.Countish(r) || r.unit_name.empty() ||
          r.inherited_unit || c_.TimeSpan(r)) {
        continue;
      }
      // "the remaining 99", "a remaining total of 99"; not "of the
      // remainder 77 perished" (some of what remains).
      int k = w.Prev(r.first_token);
      if (w.Is(k, "of") && w.Is(w.Prev(k), "total")) k = w.Prev(w.Prev(k));
      // "That leaves 1516 people who died.", "This leaves ...": the
      // sentence opens on what remains ("leaving 3 people dead" is an
      // outcome, not a remainder).
      const bool leaves =
          w.Is(k, "leaves") &&
          (w.Is(w.Prev(k), "that") || w.Is(w.Prev(k), "this")) &&
          FirstWord(w) == w.Prev(k);
      if (!w.Is(k, "remaining") && !leaves) continue;
      std::vector<int> found;  // latest first
      for (int u = s; u >= 0 && u >= s - 3 && found.size() < 2; --u) {
        const std::vector<int>& q = c_.quantities(u);
        for (auto it = q.rbegin(); it != q.rend() && found.size() < 2; ++it) {
          const Mention& m = c_.m(*it);
          if (u == s && m.first_token >= r.first_token) continue;
          if (!c_.Countish(m) || m.inherited_unit ||
              !Counted(m.unit_name, r.unit_name) ||
              c_.TotalWithPart(*it) >= 0) {
            continue;
          }
          found.push_back(*it);
        }
      }
      // "Of these, 713 survived. That leaves 1516 people who died.": the
      // latest count of the same thing is the whole, and the part the one
      // count printed since that no total takes as its part.
      if (found.size() < 2 && leaves && found.size() == 1) {
        const int whole = found[0];
        int part = -1;
        int since = 0;
        for (int u = c_.m(whole).sentence; u <= s; ++u) {
          for (int q : c_.quantities(u)) {
            const Mention& m = c_.m(q);
            if (q == whole || q == ri || m.begin < c_.m(whole).begin ||
                m.begin > r.begin || !c_.CountLike(m) || c_.TimeSpan(m) ||
                c_.TotalWithPart(q) >= 0) {
              continue;
            }
            part = q;
            ++since;
          }
        }
        if (since == 1 && c_.Countish(c_.m(part))) {
          found.insert(found.begin(), part);
        }
      }
      if (found.size() < 2) continue;
      const int whole = found[1];
      const int part = found[0];
      EmitTotal(s, whole, {part, ri}, /*partial=*/false, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, k)});
    }
  }

  // "arrested 498 people nationwide" and, in the sentences after, the same
  // people counted place by place: the places add up to the total.
  void Breakdowns() {
    for (size_t s = 0; s < static_cast<size_t>(c_.sentences()); ++s) {
      for (int ti : c_.quantities(s)) {
        const Mention& t = c_.m(ti);
        if (c_.used(ti) || !t.scope_total || !c_.Countish(t) || t.place_label ||
            t.unit_name.empty()) {
          continue;
        }
        std::vector<int> parts;
        std::vector<std::pair<int32_t, int32_t>> cues;
        if (t.label_begin >= 0) cues.push_back({t.label_begin, t.label_end});
        bool partial = false;
        int last_block = c_.sentence(s).block;
        int examined = 0;
        for (size_t u = s; u < static_cast<size_t>(c_.sentences()) &&
                           u < s + 20 && examined < 2000 && parts.size() < 400;
             ++u) {
          if (c_.sentence(u).block > last_block + 3) break;
          bool found = false;
          bool other_total = false;
          for (int pi : c_.quantities(u)) {
            const Mention& p = c_.m(pi);
            if (++examined > 2000) break;
            if (u == s && p.begin <= t.begin) continue;
            if (pi == ti || c_.used(pi)) continue;
            if (p.scope_total && c_.Countish(p) &&
                HeadView(p.unit_name) == HeadView(t.unit_name)) {
              other_total = true;
              break;
            }
            if (!c_.Countish(p) || !p.place_label ||
                HeadView(p.unit_name) != HeadView(t.unit_name)) {
              continue;
            }
            parts.push_back(pi);
            found = true;
          }
          if (other_total) break;
          if (found) {
            last_block = c_.sentence(u).block;
            const Words w = c_.W(static_cast<int>(u));
            for (int k = 0; k < w.size(); ++k) {
              if (w.Is(k, "also") && u != s)
                cues.push_back(c_.TokenSpan(u, k, k));
              if (w.Is(k, "including") || w.Is(k, "among")) partial = true;
            }
          }
        }
        if (parts.size() < 2) continue;
        EmitTotal(static_cast<int>(s), ti, parts, partial,
                  v1::CONFIDENCE_MEDIUM, cues);
      }
    }
  }

 private:
  static bool ClauseEnd(const Words& w, int j) {
    return w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":") ||
           w.IsPunct(j, "?") || w.IsPunct(j, "!");
  }

  // The count printed in the few sentences before s that "the" names
  // again: the same number of the same thing.
  // With `unnamed`, a count printed without what it counts ("the
  // season's caseload to 153") may be it too.
  int Antecedent(int s, const Mention& again, bool unnamed = false) const {
    for (int u = s - 1; u >= 0 && u >= s - 3; --u) {
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if ((c_.Countish(m) || (unnamed && c_.CountLike(m))) &&
            (SameThing(m.unit_name, again.unit_name) ||
             (unnamed && (m.unit_name.empty() || m.inherited_unit))) &&
            (c_.text().substr(m.begin, m.end - m.begin) ==
                 c_.text().substr(again.begin, again.end - again.begin) ||
             (unnamed && m.figure_text == again.figure_text))) {
          return *it;
        }
      }
    }
    return -1;
  }

  // The count nearest before token t of sentence s, past what
  // parentheses hold ("187 participants (120 female, 67 male)"), or -1.
  int CountBefore(const Words& w, int s, int t) const {
    int depth = 0;
    for (int j = w.Prev(t); j >= 0; j = w.Prev(j)) {
      if (w.IsPunct(j, ")")) ++depth;
      if (w.IsPunct(j, "(") && depth > 0) --depth;
      if (depth > 0) continue;
      if (ClauseEnd(w, j)) return -1;
      const int m = c_.MentionAt(s, j);
      if (m >= 0) return c_.Countish(c_.m(m)) ? m : -1;
    }
    return -1;
  }

  // The latest count of `what` before token t of sentence s, in it or the
  // two sentences before, or -1.
  int CountOf(int s, int t, const std::string& what) const {
    for (int u = s; u >= 0 && u >= s - 2; --u) {
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (u == s && m.first_token >= t) continue;
        if (c_.Countish(m) && !m.inherited_unit &&
            SameThing(m.unit_name, what)) {
          return *it;
        }
      }
    }
    return -1;
  }

  // Whether two counts name the same thing: the same last word or the
  // same first ("cases" and "cases reported").
  static bool SameThing(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a == b;
    const std::string x = absl::AsciiStrToLower(a);
    const std::string y = absl::AsciiStrToLower(b);
    return Head(x) == Head(y) ||
           x.substr(0, x.find(' ')) == y.substr(0, y.find(' '));
  }

  // Whether two counts count the same thing, one word singular and the
  // other plural alike ("participants", "1 participant", "participants
  // failed").
  static bool Counted(const std::string& a, const std::string& b) {
    auto one = [](std::string x) {
      x = absl::AsciiStrToLower(x);
      if (absl::EndsWith(x, "s")) x.pop_back();
      return x;
    };
    const std::string x = absl::AsciiStrToLower(a);
    const std::string y = absl::AsciiStrToLower(b);
    if (x.empty() || y.empty()) return false;
    return one(Head(x)) == one(Head(y)) ||
           one(x.substr(0, x.find(' '))) == one(y.substr(0, y.find(' ')));
  }

  // Verbs and prepositions that end the words naming a whole after "of
  // the".
  static const Set& EndOfNamed() {
    static const Set* s =
        new Set{"were", "was", "are",  "is",  "had",  "have", "in",
                "at",   "on",  "from", "for", "with", "will"};
    return *s;
  }

  // The latest count in the six sentences before s whose unit counts
  // every one of `words` (plurals as singulars: "new jobs" for "74,100 net
  // new jobs"); -1.
  int CountingAll(int s, const std::vector<std::string>& words) const {
    auto one = [](std::string x) {
      if (absl::EndsWith(x, "s")) x.pop_back();
      return x;
    };
    for (int u = s - 1; u >= 0 && u >= s - 6; --u) {
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (!c_.Countish(m) || m.inherited_unit || c_.TimeSpan(m) ||
            m.unit_name.empty()) {
          continue;
        }
        const std::vector<std::string> unit =
            absl::StrSplit(absl::AsciiStrToLower(m.unit_name), ' ');
        bool all = true;
        for (const std::string& word : words) {
          bool found = false;
          for (const std::string& u2 : unit)
            found = found || one(u2) == one(word);
          all = all && found;
        }
        if (all) return *it;
      }
    }
    return -1;
  }

  // The latest count in the three sentences before s that the words
  // `first` ... `last` name: what it counts ("Of the adults": "600 adults",
  // "600 state of MN adults") or what it is said to be ("Of the British":
  // "944 were British and Canadian"), a word among the four after it, one
  // of them singular and the other plural alike; or -1.
  int Named(int s, const std::string& first, const std::string& last) const {
    auto one = [](std::string x) {
      if (absl::EndsWith(x, "s")) x.pop_back();
      return x;
    };
    const std::string a = one(first);
    const std::string b = one(last);
    for (int u = s - 1; u >= 0 && u >= s - 3; --u) {
      const Words w = c_.W(u);
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (!c_.CountLike(m) || m.inherited_unit || c_.TimeSpan(m)) continue;
        if (c_.Countish(m)) {
          const std::string head =
              one(absl::AsciiStrToLower(Head(m.unit_name)));
          if (head == a || head == b) return *it;
        }
        // "600 state of MN adults": what is counted, past "of" and a name.
        if (c_.Countish(m) && w.Is(w.Next(m.end_token - 1), m.unit_name) &&
            w.Is(w.Next(w.Next(m.end_token - 1)), "of")) {
          int j = w.Next(w.Next(w.Next(m.end_token - 1)));
          while (w.Capitalized(j) && c_.MentionAt(u, j) < 0) j = w.Next(j);
          if (w.IsWord(j) &&
              (one(w.LowerText(j)) == a || one(w.LowerText(j)) == b)) {
            return *it;
          }
        }
        // "944 were British and Canadian": what the count is said to be.
        const int verb = w.Next(m.end_token - 1);
        if ((w.Is(verb, "were") || w.Is(verb, "are")) &&
            w.Capitalized(w.Next(verb))) {
          const std::string word = one(w.LowerText(w.Next(verb)));
          if (word == a || word == b) return *it;
        }
      }
    }
    return -1;
  }

  // Whether `part` can be some of `whole` by its words: a count, not a
  // whole itself. (Never by the values: a part larger than its whole is
  // the slip to find.)
  bool PartOf(const Mention& whole, const Mention& part) const {
    return c_.CountLike(part) && !part.scope_total &&
           part.unit != v1::UNIT_PERCENT && c_.Countish(whole);
  }

  // Whether a clause of sentence s after the part opens (after a comma or
  // semicolon, past "and", "leaving") with another count that may be a part
  // of `whole`.
  // The parts of `whole` from `part` on when each clause after it, parted
  // by semicolons, opens with a count of the whole and the last opens with
  // "leaving" (the remainder) and ends the sentence; none otherwise.
  std::vector<int> PartsToTheRemainder(const Words& w, int s, int whole,
                                       int part) const {
    std::vector<int> parts = {part};
    bool leaving = false;
    for (int j = w.Next(c_.m(part).end_token - 1); j >= 0 && j < w.size();
         j = w.Next(j)) {
      if (w.IsPunct(j, ".")) break;
      if (!w.IsPunct(j, ";")) continue;
      if (leaving) return {};  // a clause after the remainder
      int k = w.Next(j);
      if (w.Is(k, "and")) k = w.Next(k);
      if (w.Is(k, "leaving")) {
        leaving = true;
        k = w.Next(k);
      }
      const int m = c_.MentionStartingAt(s, k);
      if (m < 0 || c_.used(m) || !PartOf(c_.m(whole), c_.m(m))) return {};
      parts.push_back(m);
      j = c_.m(m).end_token - 1;
    }
    if (!leaving) return {};
    return parts;
  }

  bool MorePartsAfter(const Words& w, int s, const Mention& whole,
                      int part) const {
    for (int j = w.Next(c_.m(part).end_token - 1); j >= 0 && j < w.size();
         j = w.Next(j)) {
      if (!w.IsPunct(j, ",") && !w.IsPunct(j, ";")) continue;
      int k = w.Next(j);
      if (w.Is(k, "and") || w.Is(k, "leaving")) k = w.Next(k);
      const int m = c_.MentionStartingAt(s, k);
      if (m >= 0 && m != part && PartOf(whole, c_.m(m))) return true;
    }
    return false;
  }

  void EmitPart(int s, int whole, int part, Cues cues) {
    EmitTotal(s, whole, {part}, /*partial=*/true, v1::CONFIDENCE_MEDIUM,
              std::move(cues));
  }

  // The claim that `whole` is the sum of `parts` (of some of it when
  // `partial`), read in sentence `s` from the words at `cues`.
  void EmitTotal(int s, int whole, const std::vector<int>& parts, bool partial,
                 v1::Confidence confidence, Cues cues) {
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(whole), "-total"));
    v1::TotalClaim* total = claim.mutable_total();
    total->set_total_id(c_.id(whole));
    total->set_partial(partial);
    std::vector<int> used = {whole};
    for (int p : parts) {
      total->add_parts()->set_figure_id(c_.id(p));
      used.push_back(p);
    }
    c_.Emit(std::move(claim), std::move(used), s, confidence, std::move(cues));
  }

  ClaimContext& c_;
  // The kinds each breakdown in apposition named, sorted, and its
  // sentence.
  std::vector<std::pair<int, std::vector<std::string>>> breakdowns_;
};

}  // namespace

void ProposeIncluding(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Including(s);
}

void ProposeApposition(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    // Both readings take a count and two or more after it, all quantities
    // of the sentence (MentionStartingAt finds no other): a sentence with
    // fewer than three is not walked.
    if (c.quantities(s).size() < 3) continue;
    rule.Apposition(s);
    rule.ApposedBareParts(s);
  }
}

void ProposeOfTheWhole(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.OfTheWhole(s);
}

void ProposePartOfWhole(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    rule.PartOfWhole(s);
    rule.Within(s);
    rule.OfThat(s);
  }
  // After the parts of their own wholes ("Of the British and Canadian 584
  // perished"), which a count may be as well.
  for (int s = 0; s < c.sentences(); ++s) rule.TotalNumberOfOutcome(s);
}

void ProposeSumStated(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    rule.SumStated(s);
    rule.TogetherWith(s);
  }
}

void ProposeListedParts(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    rule.ListedParts(s);
    rule.SumDividedBefore(s);
  }
}

void ProposeRemainders(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Remaining(s);
}

void ProposeBreakdowns(ClaimContext& c) { TotalsRule(c).Breakdowns(); }

}  // namespace claimcheck::text
