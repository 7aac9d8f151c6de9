// Shares: a percentage of a whole.
//
//   "63 percent of the 498 people"   the base after "of": high; so a
//   "Two-thirds of the 300           fraction in words, read as a
//   employees", "One in five of the  percentage, when the whole is printed
//   1,000 adults"                    right after "of" (not "two-thirds of
//                                    the public (66%)")
//   "Of all those arrested nationally, 63 percent had ..."
//                                    the whole in scope before: medium
//   "among 47,055 drug overdose deaths, 61% involved an opioid", "Out of
//   50 ballots entered, only 2 percent voted ..."
//                                    the base after "among", "out of" or
//                                    "of" (and "the") opening the sentence
//                                    or a clause: medium; not for a
//                                    percentage set against one before it
//                                    ("4.5% failed compared to 3.8% last
//                                    year"),
//                                    nor one "of" words the base's phrase
//                                    does not print ("Of the 250 adult
//                                    respondents, ... 49% of registered
//                                    voters": another whole)
//   "Twelve participants (25%)", "63.1% (33,091)"
//                                    a part beside its percent: medium; the
//                                    base the count the clause before prints
//                                    ("52,404 deaths occurred; 63.1% (33,091)
//                                    involved an opioid", "...; 33,091
//                                    (63.1%) involved") or that "of" names
//                                    ("66.4% (42,249) of deaths"); with a
//                                    base found otherwise ("Of the 442
//                                    respondents, 2 (<1%) were landlines"),
//                                    the count right before the bracket, no
//                                    larger than the base
//   "Should results be shared? (n = 200)" then "Yes", "150 (75.0%)"
//                                    a part beside its percent with no base
//                                    found otherwise: the sample after "n
//                                    =" a few lines before, the latest (not
//                                    one smaller than the part)
//   "34% (3611 / 10605)", "62% (128 of 205)"
//                                    part and base in parentheses: medium
//   "Ten percent of $106,000 is $10,600", "20 percent of the $5 million
//   budget, or $1 million"           money after "of", a few words naming
//                                    it, then "is", "would be", "comes to",
//                                    "equals" or ", or" and money no larger:
//                                    base and part (medium)
//   "(1,628 counties), 87 percent of which were small"
//                                    the base before "of which": medium
//   "1,440 counties saw an increase, representing 46.9 percent of counties",
//   "£944.5 billion, equivalent to 61.4 per cent of GDP"
//                                    the part before "representing",
//                                    "accounting for", "equivalent to", "or":
//                                    medium, the base unprinted
//   "63 percent, or 314 people"      the part after the percent; a bare
//   "52% of the 4,000 graduates, or  number there, or alone between commas
//   2,080", "30% of the 600 people   ("180,"; not "180 of them men"),
//   arrested, 180, had"              counts what the base counts
//   "88 of the 150 seats, 58.7% of the chamber", "Turnout was 62%, with
//   1.55 million of the 2.5 million registered voters"
//                                    a part and its whole "N of the M" in
//                                    apposition with the percentage: before
//                                    it, past what M counts, and a comma;
//                                    or after it, a comma and "with" or
//                                    "or" (not across a verb or another
//                                    figure): medium
//   "Of the 12,400 pupils who sat the exam, 10,540 passed, a pass rate of
//   85%"                             with a base found, the count opening
//                                    the clause before ", a" ("an"), a few
//                                    words and "of" before the percentage,
//                                    the one figure of that clause and no
//                                    larger than the base: medium
//   "4,175 cases out of 358,000 population is 1.17 percent", "won 40
//   races out of 60, or 66.7 percent"
//                                    a part "out of" its whole just before
//                                    the percentage, past a few words
//                                    naming what each counts, with a verb
//                                    of being, a comma or ", or" between:
//                                    medium (not with a comparison or a
//                                    change after the percentage, "was 5
//                                    percent higher")
//   "62% of the vote, or 31,000 of 50,000 ballots cast"
//                                    part and whole after ", or", the part
//                                    no larger: medium
//   "Of the 1,200 cases, 480, or 40 percent, involved children", "Some
//   3.4 million people, or 68% of the 5 million adults", "Smith won
//   54,000 votes, or 60%, of the 90,000 cast" (the aside closed before
//   "of")
//                                    the part before ", or" and the
//                                    percentage, when a base is found (not
//                                    "The district has 480 teachers, or 40
//                                    percent"), the part opening its clause
//                                    or the sentence, or the base right
//                                    after the percentage's "of": medium
//   "60% of the participants are female", "The participants have a variety
//   of majors such as TESOL/Applied Linguistics (17%), Education (10%)"
//                                    "of the" and a noun with no number, or
//                                    percentages in brackets after names in
//                                    a sentence opening "The" and the noun:
//                                    the base the count of the noun a
//                                    sentence before prints ("48
//                                    participants", "The participants ...
//                                    are 48 adults"): medium
//   "545 were registered to vote" ... "(69% of registered voters)"
//                                    in brackets, "of", an adjective and a
//                                    noun: the base the count a sentence
//                                    before, a few at most, was said to be
//                                    ("were" or "are" and the adjective):
//                                    medium
//   "Tester 190,486 (49%)", "Burns 188,900 (49%)"
//                                    parts of a whole the text does not
//                                    print, in a list: each alone a
//                                    proposal (low)
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

class SharesRule {
 public:
  explicit SharesRule(ClaimContext& c) : c_(c) {}

  void Shares(int s) {
    const Words w = c_.W(s);
    for (int pi : c_.quantities(s)) {
      const Mention& p = c_.m(pi);
      if (c_.used(pi) ||
          (p.unit != v1::UNIT_PERCENT && !FractionOfAWhole(w, s, pi))) {
        continue;
      }
      int base = -1;
      int part = -1;
      std::vector<std::pair<int32_t, int32_t>> cues;
      v1::Confidence conf = v1::CONFIDENCE_MEDIUM;
      // "63 percent of the 498 people"
      bool base_after_of = false;
      int j = w.Next(p.end_token - 1);
      // "54,000 votes, or 60%, of the 90,000 cast": the percentage in an
      // aside after ", or", then "of" and the whole.
      if (w.IsPunct(j, ",") && w.Is(w.Next(j), "of") &&
          w.Is(w.Prev(p.first_token), "or") &&
          w.IsPunct(w.Prev(w.Prev(p.first_token)), ",")) {
        j = w.Next(j);
      }
      if (w.Is(j, "of")) {
        int k = w.Next(j);
        if (w.Is(k, "the") || w.Is(k, "all") || w.Is(k, "its") ||
            w.Is(k, "their") || w.Is(k, "those")) {
          k = w.Next(k);
        }
        const int m = c_.MentionAt(s, k);
        if (m >= 0 && c_.Countish(c_.m(m)) && c_.m(m).first_token == k) {
          base = m;
          base_after_of = true;
          conf = v1::CONFIDENCE_HIGH;
          cues.push_back(c_.TokenSpan(s, j, j));
        }
      }
      // "Ten percent of $106,000 is $10,600": money after "of", then a verb
      // of being ("would be", "comes to", "equals") or ", or" and money: the
      // base and the part.
      if (base < 0 && w.Is(j, "of")) MoneyOfMoney(w, s, j, &part, &base, &cues);
      // "(1,628 counties), 87 percent of which were small counties": the
      // count the relative pronoun stands for, the last one before.
      if (base < 0 && w.Is(j, "of") &&
          (w.Is(w.Next(j), "which") || w.Is(w.Next(j), "whom"))) {
        for (int k = w.Prev(p.first_token); k >= 0; k = w.Prev(k)) {
          if (ClauseEnd(w, k)) break;
          const int m = c_.MentionAt(s, k);
          if (m < 0) continue;
          if (c_.Countish(c_.m(m)) && !c_.m(m).unit_name.empty()) {
            base = m;
            cues.push_back(c_.TokenSpan(s, j, w.Next(j)));
          }
          break;
        }
      }
      // "Of those ...", "Of all those arrested nationally, 63 percent":
      // the total in scope.
      if (base < 0) {
        int k = 0;
        while (k < w.size() && w.at(k).kind != TokenKind::kWord) ++k;
        if ((w.Is(k, "of") || w.Is(k, "among")) && k < p.first_token) {
          int n = w.Next(k);
          if (w.Is(n, "all")) n = w.Next(n);
          if (w.Is(n, "those") || w.Is(n, "them") || w.Is(n, "these") ||
              w.Is(n, "whom")) {
            base = c_.ScopeTotalBefore(s);
            cues.push_back(c_.TokenSpan(s, k, n));
          }
        }
      }
      // "among 47,055 drug overdose deaths, 61% involved an opioid"
      // The phrase opens the sentence or a clause: "a high of 41 degrees
      // ... at 10 percent" names no whole.
      if (base < 0) {
        for (int k = 0; k < p.first_token; ++k) {
          // "Out of 50 ballots entered, only 2 percent voted ..."
          const bool out_of = w.Is(k, "out") && w.Is(w.Next(k), "of");
          if (!w.Is(k, "among") && !w.Is(k, "of") && !out_of) continue;
          const int before = w.Prev(k);
          if (before >= 0 && !w.IsPunct(before, ",") &&
              !w.IsPunct(before, ";") && !w.IsPunct(before, ":")) {
            continue;
          }
          // "Of the 5,803 pupils who opted to sit the foundation level"
          int at = out_of ? w.Next(w.Next(k)) : w.Next(k);
          if (w.Is(at, "the") || w.Is(at, "all") || w.Is(at, "its") ||
              w.Is(at, "their")) {
            at = w.Next(at);
          }
          const int m = c_.MentionAt(s, at);
          if (m >= 0 && c_.Countish(c_.m(m)) && c_.m(m).first_token == at &&
              !Contrasted(w, s, m, p) && !OfAnotherWhole(w, s, m, p)) {
            base = m;
            cues.push_back(c_.TokenSpan(s, k, out_of ? w.Next(k) : k));
          }
        }
      }
      // "Twelve participants (25%)", "63.1% (33,091)": part and percent,
      // the base the total in scope when there is one.
      if (base < 0 && part < 0) {
        const int open = w.Prev(p.first_token);
        const int close = w.Next(p.end_token - 1);
        int count = -1;
        if (w.IsPunct(open, "(") && w.IsPunct(close, ")")) {
          int q = w.Prev(open);
          // "Twelve participants (25%)": skip what is counted.
          for (int n = 0;
               n < 3 && q >= 0 && w.IsWord(q) && c_.MentionAt(s, q) < 0; ++n) {
            q = w.Prev(q);
          }
          count = c_.MentionAt(s, q);
        } else if (w.IsPunct(close, "(")) {
          count = c_.MentionAt(s, w.Next(close));
          int after = count >= 0 ? w.Next(c_.m(count).end_token - 1) : -1;
          // "34% (3611 / 10605)", "62% (128 of 205)": the part and its
          // whole.
          if (count >= 0 && !c_.used(count) &&
              (w.IsPunct(after, "/") || w.Is(after, "of") ||
               (w.Is(after, "out") && w.Is(w.Next(after), "of")))) {
            const int at =
                w.Is(after, "out") ? w.Next(w.Next(after)) : w.Next(after);
            const int whole = c_.MentionStartingAt(s, at);
            if (whole >= 0 && !c_.used(whole) && c_.CountLike(c_.m(count)) &&
                c_.CountLike(c_.m(whole)) &&
                w.IsPunct(w.Next(c_.m(whole).end_token - 1), ")")) {
              base = whole;
              part = count;
              cues.push_back(c_.TokenSpan(s, close, after));
            }
            count = -1;
          } else if (count >= 0 && !w.IsPunct(after, ")")) {
            count = -1;
          }
        }
        if (count >= 0 && count != pi && c_.CountLike(c_.m(count)) &&
            !c_.used(count)) {
          part = count;
          base = c_.ScopeTotalBefore(s);
          if (base < 0) base = BaseBefore(w, s, p);
          if (base < 0) base = SampleSizeBefore(s, c_.m(count));
          if (base < 0) base = -2;  // the base is not printed
          cues.push_back(c_.TokenSpan(s, std::max(0, open), std::max(0, open)));
        }
      }
      // "Of the 442 respondents, 2 (<1%) were landlines": the part beside
      // its percentage, the count right before the bracket, of the base a
      // phrase above found.
      if (base >= 0 && part < 0) {
        int open = w.Prev(p.first_token);
        if (w.IsPunct(open, "<") || w.IsPunct(open, ">")) open = w.Prev(open);
        const int count =
            w.IsPunct(open, "(") ? c_.MentionEndingAt(s, w.Prev(open)) : -1;
        if (count >= 0 && count != base && count != pi &&
            c_.CountLike(c_.m(count)) &&
            c_.m(count).value <= c_.m(base).value) {
          part = count;
          cues.push_back(c_.TokenSpan(s, open, open));
        }
      }
      // "60% of the participants are female": the whole an earlier
      // sentence counts ("The participants of this study are 48 adults").
      if (base == -1 && part < 0 && w.Is(j, "of") && w.Is(w.Next(j), "the")) {
        const int noun = w.Next(w.Next(j));
        if (w.IsWord(noun) && c_.MentionAt(s, noun) < 0) {
          const int m = c_.CountedBefore(s, w.LowerText(noun));
          if (m >= 0) {
            base = m;
            cues.push_back(c_.TokenSpan(s, j, noun));
          }
        }
      }
      // "(69% of registered voters)": in brackets, "of" an adjective and a
      // noun, the whole a count before said to be that ("545 were
      // registered to vote").
      if (base == -1 && part < 0 && w.Is(j, "of") &&
          w.IsPunct(w.Prev(p.first_token), "(")) {
        const int adjective = w.Next(j);
        const int noun = w.Next(adjective);
        if (w.IsWord(adjective) && w.IsWord(noun) && !w.Is(adjective, "the") &&
            w.IsPunct(w.Next(noun), ")") && c_.MentionAt(s, noun) < 0) {
          const int m = SaidToBe(s, w.LowerText(adjective));
          if (m >= 0) {
            base = m;
            cues.push_back(c_.TokenSpan(s, j, noun));
          }
        }
      }
      // "The participants have a variety of majors such as TESOL (17%),
      // Education (10%), ...": percentages in brackets after names, in a
      // sentence that opens with "The <what an earlier sentence counts>".
      if (base == -1 && part < 0) {
        const int open = w.Prev(p.first_token);
        const int close = w.Next(p.end_token - 1);
        int first = 0;
        while (first < w.size() && !w.IsWord(first)) ++first;
        const int noun = w.Next(first);
        if (w.IsPunct(open, "(") && w.IsPunct(close, ")") &&
            w.IsWord(w.Prev(open)) && c_.MentionAt(s, w.Prev(open)) < 0 &&
            w.Is(first, "the") && w.IsWord(noun) && c_.MentionAt(s, noun) < 0) {
          const int m = c_.CountedBefore(s, w.LowerText(noun));
          if (m >= 0) {
            base = m;
            cues.push_back(c_.TokenSpan(s, first, noun));
          }
        }
      }
      // "1,440 counties saw an increase, representing 46.9 percent of
      // counties", "£944.5 billion, equivalent to 61.4 per cent of GDP":
      // the part before, the whole named and not printed.
      if (base == -1 && part < 0 && w.Is(j, "of")) {
        const int by = w.Prev(p.first_token);
        int comma = -1;
        if (w.Is(by, "representing") || w.Is(by, "or")) {
          comma = w.Prev(by);
        } else if ((w.Is(by, "for") && w.Is(w.Prev(by), "accounting")) ||
                   (w.Is(by, "to") && w.Is(w.Prev(by), "equivalent"))) {
          comma = w.Prev(w.Prev(by));
        }
        if (w.IsPunct(comma, ",")) {
          for (int k = w.Prev(comma); k >= 0; k = w.Prev(k)) {
            if (ClauseEnd(w, k) || w.IsPunct(k, ",")) break;
            const int m = c_.MentionAt(s, k);
            if (m < 0) continue;
            if (!c_.used(m) &&
                (c_.Countish(c_.m(m)) || c_.m(m).unit == v1::UNIT_CURRENCY)) {
              part = m;
              base = -2;
              cues.push_back(c_.TokenSpan(s, by, by));
            }
            break;
          }
        }
      }
      // "62% of the vote, or 31,000 of 50,000 ballots cast": the part and
      // its whole after ", or".
      if (base == -1 && part < 0) {
        int a = w.Next(p.end_token - 1);
        for (int n = 0; n < 6 && a < w.size() && !w.IsPunct(a, ",") &&
                        !ClauseEnd(w, a) && c_.MentionAt(s, a) < 0;
             ++n) {
          a = w.Next(a);
        }
        if (w.IsPunct(a, ",") && w.Is(w.Next(a), "or")) {
          const int count = c_.MentionStartingAt(s, w.Next(w.Next(a)));
          const int of =
              count >= 0 ? w.Next(c_.m(count).end_token - 1) : w.size();
          const int whole =
              w.Is(of, "of") ? c_.MentionStartingAt(s, w.Next(of)) : -1;
          if (whole >= 0 && c_.CountLike(c_.m(count)) &&
              c_.CountLike(c_.m(whole)) &&
              c_.m(count).value <= c_.m(whole).value) {
            part = count;
            base = whole;
            cues.push_back(c_.TokenSpan(s, a, of));
          }
        }
      }
      // "Of the 1,200 cases, 480, or 40 percent, involved children": the
      // part right before ", or" and the percentage, of the base found
      // ("The district has 480 teachers, or 40 percent" names none); the
      // part opening its clause, or the sentence ("Some 3.4 million
      // people, or 68% of the 5 million adults"), or any part when the
      // base follows the percentage's "of".
      if (part < 0 && base >= 0 && w.Is(w.Prev(p.first_token), "or") &&
          w.IsPunct(w.Prev(w.Prev(p.first_token)), ",")) {
        const int last = w.Prev(w.Prev(w.Prev(p.first_token)));
        int m = c_.MentionEndingAt(s, last);
        // "3.4 million people, or": past the word it counts.
        if (m < 0 && w.IsWord(last)) {
          m = c_.MentionEndingAt(s, w.Prev(last));
          if (m >= 0 && c_.m(m).unit_name != w.LowerText(last)) m = -1;
        }
        const int open = m >= 0 ? w.Prev(c_.m(m).first_token) : -1;
        if (m >= 0 && m != base && c_.CountLike(c_.m(m)) &&
            (w.IsPunct(open, ",") || open < 0 || base_after_of) &&
            c_.m(m).value <= c_.m(base).value) {
          part = m;
          cues.push_back(
              c_.TokenSpan(s, w.Prev(p.first_token), w.Prev(p.first_token)));
        }
      }
      // "88 of the 150 seats, 58.7% of the chamber", "Turnout was 62%,
      // with 1.55 million of the 2.5 million registered voters": a part
      // and its whole "N of the M" in apposition with the percentage.
      if (base == -1 && part < 0) ApposedPair(w, s, p, &part, &base, &cues);
      // "4,175 cases out of 358,000 population is 1.17 percent": a part
      // "out of" its whole just before the percentage.
      if (base == -1 && part < 0) OutOfBefore(w, s, p, &part, &base, &cues);
      // "Of the 12,400 pupils who sat the exam, 10,540 passed, a pass rate
      // of 85%": the count opening the clause before ", a ... of".
      if (base >= 0 && part < 0) part = CountBeforeNounOf(w, s, p, base, &cues);
      if (base == -1) continue;
      // "63 percent, or 314 people", "40 percent of the 1,200 students
      // (480)": the part, printed within a few words; "52% of the 4,000
      // graduates, or 2,080": a bare number counts what the base does.
      for (int a = w.Next(p.end_token - 1);
           part < 0 && a < w.size() && a < p.end_token + 12; a = w.Next(a)) {
        int at = -1;
        if (w.IsPunct(a, ",") && w.Is(w.Next(a), "or")) {
          at = w.Next(w.Next(a));
        } else if (w.IsPunct(a, "(")) {
          at = w.Next(a);
        } else if (w.IsPunct(a, ",") && base >= 0) {
          // "30% of the 600 people arrested, 180, had prior convictions": a
          // bare count alone between commas.
          const int m = c_.MentionStartingAt(s, w.Next(a));
          if (m >= 0 &&
              (Bare(c_.m(m)) ||
               (c_.Countish(c_.m(m)) && c_.m(m).inherited_unit)) &&
              !c_.used(m) && w.IsPunct(w.Next(c_.m(m).end_token - 1), ",") &&
              c_.Countish(c_.m(base)) && c_.m(m).value <= c_.m(base).value) {
            part = m;
            cues.push_back(c_.TokenSpan(s, a, a));
            break;
          }
        }
        if (at < 0) continue;
        const int m = c_.MentionAt(s, at);
        const bool bare = m >= 0 && base >= 0 && c_.m(m).unit_name.empty() &&
                          c_.m(m).whole && c_.CountLike(c_.m(m)) &&
                          c_.Countish(c_.m(base)) &&
                          !w.IsWord(w.Next(c_.m(m).end_token - 1));
        if (m >= 0 && m != base && (c_.Countish(c_.m(m)) || bare) &&
            !c_.used(m) && c_.m(m).first_token == at) {
          part = m;
          cues.push_back(c_.TokenSpan(s, a, std::min(w.Next(a), at)));
        }
        break;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(pi), "-share"));
      v1::ShareClaim* sh = claim.mutable_share();
      sh->set_percent_id(c_.id(pi));
      std::vector<int> used = {pi};
      if (base >= 0) {
        sh->set_base_id(c_.id(base));
        used.push_back(base);
      }
      if (part >= 0) {
        sh->set_part_id(c_.id(part));
        used.push_back(part);
      }
      if (base < 0 && part < 0) continue;
      // "if 7.1% (1,236,162) of leave voters had voted to remain": a clause
      // that supposes, a proposal.
      if (ClaimContext::Supposed(w, p.first_token)) conf = v1::CONFIDENCE_LOW;
      // "Tester 190,486 (49%)" then "Burns 188,900 (49%)": parts of one
      // whole the text does not print, which ties them; each alone cannot
      // be checked, a proposal.
      if (base < 0 && ListOfShares(s, pi)) conf = v1::CONFIDENCE_LOW;
      c_.Emit(claim, used, s, conf, cues);
    }
  }

 private:
  // "Ten percent of $106,000 is $10,600", "20 percent of the $5 million
  // budget, or $1 million": money right after "of" ("of the"), a few words
  // naming it, then "is", "was", "would be", "comes to", "equals" or ", or"
  // and money of the same sign, no larger: the base and the part.
  void MoneyOfMoney(const Words& w, int s, int of, int* part, int* base,
                    std::vector<std::pair<int32_t, int32_t>>* cues) const {
    int k = w.Next(of);
    if (w.Is(k, "the")) k = w.Next(k);
    const int b = c_.MentionStartingAt(s, k);
    if (b < 0 || c_.used(b) || c_.m(b).unit != v1::UNIT_CURRENCY) return;
    int t = w.Next(c_.m(b).end_token - 1);
    for (int n = 0; n < 3 && w.IsWord(t) && c_.MentionAt(s, t) < 0 &&
                    !w.Is(t, "is") && !w.Is(t, "was") && !w.Is(t, "would") &&
                    !w.Is(t, "comes") && !w.Is(t, "equals");
         ++n) {
      t = w.Next(t);
    }
    const int link = t;
    if (w.IsPunct(t, ",") && w.Is(w.Next(t), "or")) {
      t = w.Next(w.Next(t));
    } else if (w.Is(t, "is") || w.Is(t, "was") || w.Is(t, "equals")) {
      t = w.Next(t);
    } else if (w.Is(t, "would") && w.Is(w.Next(t), "be")) {
      t = w.Next(w.Next(t));
    } else if (w.Is(t, "comes") && w.Is(w.Next(t), "to")) {
      t = w.Next(w.Next(t));
    } else {
      return;
    }
    const int y = c_.MentionStartingAt(s, t);
    // "was $12 million more than last year": a difference, not the part.
    static const Set* compared =
        new Set{"more",  "less",  "higher", "lower", "than",
                "above", "below", "over",   "under"};
    if (y >= 0 && w.IsIn(w.Next(c_.m(y).end_token - 1), *compared)) return;
    if (y < 0 || c_.used(y) || c_.m(y).unit != v1::UNIT_CURRENCY ||
        c_.m(y).figure_text.substr(0, 1) != c_.m(b).figure_text.substr(0, 1) ||
        c_.m(b).value < c_.m(y).value) {
      return;
    }
    *base = b;
    *part = y;
    cues->push_back(c_.TokenSpan(s, of, of));
    cues->push_back(c_.TokenSpan(s, link, link));
  }

  // "4,175 cases out of 358,000 population is 1.17 percent", "Smith won
  // 40 races out of 60, or 66.7 percent": a count, a few words, "out of"
  // ("out of the") and a larger count, a few words naming what it counts,
  // then a verb of being, a comma or ", or" and the percentage; the part
  // and the base of it. Not a percentage a comparison or a change follows
  // ("was 5 percent higher", "is 20 percent of the budget").
  void OutOfBefore(const Words& w, int s, const Mention& p, int* part,
                   int* base,
                   std::vector<std::pair<int32_t, int32_t>>* cues) const {
    static const Set* links = new Set{"is", "was", "are", "were", "equals"};
    static const Set* after_words = new Set{
        "more", "less",  "fewer",    "higher",   "lower", "greater", "smaller",
        "up",   "down",  "increase", "decrease", "rise",  "fall",    "drop",
        "gain", "of",    "than",     "points",   "point", "above",   "below",
        "over", "under", "chance",   "likely"};
    int k = w.Prev(p.first_token);
    if (w.Is(k, "or") && w.IsPunct(w.Prev(k), ",")) k = w.Prev(k);
    if (!w.IsIn(k, *links) && !w.IsPunct(k, ",")) return;
    if (w.IsIn(w.Next(p.end_token - 1), *after_words)) return;
    // Back over the words naming what the whole counts.
    int q = w.Prev(k);
    for (int n = 0; n < 3 && q >= 0 && w.IsWord(q) && c_.MentionAt(s, q) < 0;
         ++n) {
      q = w.Prev(q);
    }
    const int whole = c_.MentionEndingAt(s, q);
    if (whole < 0 || c_.used(whole)) return;
    int o = w.Prev(c_.m(whole).first_token);
    if (w.Is(o, "the")) o = w.Prev(o);
    if (!w.Is(o, "of") || !w.Is(w.Prev(o), "out")) return;
    q = w.Prev(w.Prev(o));
    for (int n = 0; n < 3 && q >= 0 && w.IsWord(q) && c_.MentionAt(s, q) < 0;
         ++n) {
      q = w.Prev(q);
    }
    const int count = c_.MentionEndingAt(s, q);
    if (count < 0 || c_.used(count) || count == whole) return;
    if (!c_.CountLike(c_.m(count)) || !c_.CountLike(c_.m(whole)) ||
        c_.m(count).value > c_.m(whole).value) {
      return;
    }
    *part = count;
    *base = whole;
    cues->push_back(c_.TokenSpan(s, w.Prev(o), o));
  }

  // For a percentage after ", a" ("an"), a few words and "of": the count
  // opening the clause before that comma, after a comma, no larger than
  // the base, the clause holding no other figure; -1 when none.
  int CountBeforeNounOf(const Words& w, int s, const Mention& p, int base,
                        std::vector<std::pair<int32_t, int32_t>>* cues) const {
    int k = w.Prev(p.first_token);
    if (!w.Is(k, "of")) return -1;
    k = w.Prev(k);
    for (int n = 0; n < 3 && w.IsWord(k) && !w.Is(k, "a") && !w.Is(k, "an");
         ++n) {
      k = w.Prev(k);
    }
    const int comma = w.Prev(k);
    if (!(w.Is(k, "a") || w.Is(k, "an")) || !w.IsPunct(comma, ",")) return -1;
    // Back to the comma opening the clause: one figure, at its start.
    int first = -1;
    int j = w.Prev(comma);
    for (int n = 0; n < 8 && j >= 0 && !w.IsPunct(j, ","); ++n) {
      const int m = c_.MentionEndingAt(s, j);
      if (m >= 0) {
        if (first >= 0) return -1;
        first = m;
        j = c_.m(m).first_token;
      }
      if (ClauseEnd(w, j)) return -1;
      j = w.Prev(j);
    }
    if (first < 0 || !w.IsPunct(j, ",") ||
        w.Next(j) != c_.m(first).first_token || first == base ||
        !c_.CountLike(c_.m(first)) || c_.m(first).value > c_.m(base).value) {
      return -1;
    }
    cues->push_back(c_.TokenSpan(s, comma, comma));
    return first;
  }

  // The pair "N of the M" (N no larger than M, both counts) starting at
  // token k: N's mention, M's in *whole; -1 when none. The pair may be a
  // partial total's too.
  int PairAt(const Words& w, int s, int k, int* whole) const {
    const int n = c_.MentionStartingAt(s, k);
    if (n < 0 || !c_.CountLike(c_.m(n))) return -1;
    int of = w.Next(c_.m(n).end_token - 1);
    if (!w.Is(of, "of")) return -1;
    int at = w.Next(of);
    if (w.Is(at, "the")) at = w.Next(at);
    const int m = c_.MentionStartingAt(s, at);
    if (m < 0 || !c_.CountLike(c_.m(m)) || c_.m(n).value > c_.m(m).value) {
      return -1;
    }
    *whole = m;
    return n;
  }

  // A percentage in apposition with a part and its whole: after it, a
  // comma, "with" or "or" and "N of the M"; or before it "N of the M" and
  // a few words it counts, then a comma. Only when nothing else of the
  // clause is a figure between.
  void ApposedPair(const Words& w, int s, const Mention& p, int* part,
                   int* base, std::vector<std::pair<int32_t, int32_t>>* cues) {
    int whole = -1;
    int k = w.Next(p.end_token - 1);
    if (w.IsPunct(k, ",")) {
      const int link = w.Next(k);
      const int at = w.Is(link, "with") || w.Is(link, "or") ? w.Next(link) : -1;
      const int n = at >= 0 ? PairAt(w, s, at, &whole) : -1;
      if (n >= 0) {
        *part = n;
        *base = whole;
        cues->push_back(c_.TokenSpan(s, k, link));
        return;
      }
    }
    k = w.Prev(p.first_token);
    if (!w.IsPunct(k, ",")) return;
    // Back past what M counts to M, "of" ("the") and N.
    int j = w.Prev(k);
    for (int n = 0; n < 3 && w.IsWord(j) && c_.MentionAt(s, j) < 0; ++n) {
      j = w.Prev(j);
    }
    const int m = c_.MentionEndingAt(s, j);
    if (m < 0) return;
    int of = w.Prev(c_.m(m).first_token);
    if (w.Is(of, "the")) of = w.Prev(of);
    if (!w.Is(of, "of")) return;
    const int n = c_.MentionEndingAt(s, w.Prev(of));
    if (n < 0 || PairAt(w, s, c_.m(n).first_token, &whole) != n || whole != m) {
      return;
    }
    *part = n;
    *base = m;
    cues->push_back(c_.TokenSpan(s, of, of));
  }

  static bool Bare(const Mention& m) {
    return m.unit == v1::UNIT_AMOUNT && m.whole && m.unit_name.empty();
  }

  // "Two-thirds of the 300 employees", "One in five of the 1,000 adults": a
  // fraction in words of a whole printed right after "of", which the
  // figure reader reads as a percentage when the figure says so: the
  // mention then is one, its unit stated.
  bool FractionOfAWhole(const Words& w, int s, int pi) {
    const Mention& p = c_.m(pi);
    // A bound ("more than half of the 205 cases") is the majorities'
    // reading (rule_comparisons.cc), not a share.
    if (!w.Is(w.Next(p.end_token - 1), "of") ||
        !ClaimContext::FractionInWords(p)) {
      return false;
    }
    // The whole printed right after: "of the 300 employees" (not "more than
    // half of the cases (128 out of 205)", "two-thirds of the public
    // (66%)").
    int k = w.Next(w.Next(p.end_token - 1));
    if (w.Is(k, "the") || w.Is(k, "all") || w.Is(k, "its") ||
        w.Is(k, "their") || w.Is(k, "those")) {
      k = w.Next(k);
    }
    const int whole = c_.MentionStartingAt(s, k);
    if (whole < 0 || !c_.Countish(c_.m(whole))) return false;
    Mention& q = c_.mutable_m(pi);
    q.unit = v1::UNIT_PERCENT;
    q.unit_stated = true;
    q.value = q.value * Rational(100);
    q.interval = q.interval.Scale(Rational(100));
    return true;
  }

  // Whether the percentage p stands against one before it, after the base
  // `base`: "Of 8,510 candidates ..., 4.5% failed compared to 3.8% last
  // year": the 3.8% is of another year's candidates.
  bool Contrasted(const Words& w, int s, int base, const Mention& p) const {
    static const Set* words =
        new Set{"compared", "versus",  "vs",  "than",   "from",
                "while",    "whereas", "but", "against"};
    bool percent_before = false;
    for (int j = c_.m(base).end_token; j < p.first_token; ++j) {
      const int m = c_.MentionAt(s, j);
      if (m >= 0 && c_.m(m).unit == v1::UNIT_PERCENT) percent_before = true;
      if (percent_before && w.IsIn(j, *words)) return true;
    }
    return false;
  }

  // Whether "of" after the percentage p names, in words the base's phrase
  // does not print, a whole of its own: "Of the 250 adult CPO respondents,
  // ... 95 (38% of CPO adults; 49% of CPO registered voters)": the 49% is
  // of the registered voters, not of the 250 ("adults" is the base's
  // "adult").
  bool OfAnotherWhole(const Words& w, int s, int base, const Mention& p) const {
    int j = w.Next(p.end_token - 1);
    if (!w.Is(j, "of")) return false;
    std::vector<std::string> named;
    for (int k = w.Next(c_.m(base).end_token - 1);
         w.IsWord(k) && c_.MentionAt(s, k) < 0; k = w.Next(k)) {
      named.push_back(Singular(w.LowerText(k)));
    }
    for (j = w.Next(j); w.IsWord(j) && c_.MentionAt(s, j) < 0; j = w.Next(j)) {
      if (w.Is(j, "the") || w.Is(j, "all") || w.Is(j, "those") ||
          w.Is(j, "them") || w.Is(j, "these")) {
        continue;
      }
      if (std::find(named.begin(), named.end(), Singular(w.LowerText(j))) ==
          named.end()) {
        return true;
      }
    }
    return false;
  }

  static std::string Singular(std::string word) {
    if (word.size() > 3 && word.back() == 's') word.pop_back();
    return word;
  }

  static bool ClauseEnd(const Words& w, int j) {
    return w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":") ||
           w.IsPunct(j, "?") || w.IsPunct(j, "!");
  }

  // Whether sentence s or the one before or after prints, besides the
  // percentage pi, another count with its percentage in parentheses
  // ("188,900 (49%)").
  bool ListOfShares(int s, int pi) const {
    for (int u = std::max(0, s - 1); u <= s + 1 && u < c_.sentences(); ++u) {
      const Words w = c_.W(u);
      for (int m : c_.quantities(u)) {
        const Mention& q = c_.m(m);
        if (m == pi || q.unit != v1::UNIT_PERCENT) continue;
        const int open = w.Prev(q.first_token);
        if (!w.IsPunct(open, "(")) continue;
        const int count = c_.MentionEndingAt(u, w.Prev(open));
        if (count >= 0 && c_.CountLike(c_.m(count))) return true;
      }
    }
    return false;
  }

  // The latest count, a few sentences at most before s, said to be
  // `what`: "545 were registered" for "registered"; -1.
  int SaidToBe(int s, const std::string& what) const {
    for (int u = s - 1; u >= 0 && u >= s - 3; --u) {
      const Words w = c_.W(u);
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (!c_.CountLike(m) || c_.TimeSpan(m)) continue;
        const int verb = w.Next(m.end_token - 1);
        if ((w.Is(verb, "were") || w.Is(verb, "are")) &&
            w.Is(w.Next(verb), what)) {
          return *it;
        }
      }
    }
    return -1;
  }

  // The sample a survey's table states before its answers, "(n = 414)",
  // for a part printed beside its percentage ("Yes" then "267 (64.5%)"):
  // the latest count after "n =", eight sentences at most before s (a
  // table's lines), when the part is no larger; -1.
  int SampleSizeBefore(int s, const Mention& part) const {
    for (int u = s; u >= 0 && u >= s - 8; --u) {
      const Words w = c_.W(u);
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (u == s && m.begin >= part.begin) continue;
        const int eq = w.Prev(m.first_token);
        if (!w.IsPunct(eq, "=") || !(w.Is(w.Prev(eq), "n"))) continue;
        if (!c_.CountLike(m) || part.value > m.value) return -1;
        return *it;
      }
    }
    return -1;
  }

  // The whole of a percentage printed with its part ("63.1% (33,091)"),
  // printed before it: the count "of <what>" names after the part, in this
  // sentence or the one before ("63,632 drug overdose deaths ...
  // Opioids accounted for 66.4% (42,249) of deaths"), or the one count of
  // the clause before when the percentage opens a clause ("52,404 drug
  // overdose deaths occurred; 63.1% (33,091) involved an opioid"); -1.
  int BaseBefore(const Words& w, int s, const Mention& p) const {
    int close = w.Next(p.end_token - 1);
    const int part =
        w.IsPunct(close, "(") ? c_.MentionStartingAt(s, w.Next(close)) : -1;
    if (part >= 0) close = w.Next(c_.m(part).end_token - 1);
    const int of = part >= 0 ? w.Next(close) : -1;
    if (part >= 0 && w.IsPunct(close, ")") && w.Is(of, "of") &&
        w.IsWord(w.Next(of)) && c_.MentionAt(s, w.Next(of)) < 0) {
      const std::string what = w.LowerText(w.Next(of));
      for (int u = s; u >= 0 && u >= s - 1; --u) {
        const std::vector<int>& q = c_.quantities(u);
        for (auto it = q.rbegin(); it != q.rend(); ++it) {
          const Mention& m = c_.m(*it);
          if (u == s && m.begin >= p.begin) continue;
          if (c_.Countish(m) && !c_.used(*it) &&
              absl::AsciiStrToLower(Head(m.unit_name)) == what) {
            return *it;
          }
        }
      }
      return -1;
    }
    int k = w.Prev(p.first_token);
    // "52,404 deaths occurred; 33,091 (63.1%) involved an opioid": the part
    // before the percentage opens the clause.
    if (w.IsPunct(k, "(")) {
      const int before = c_.MentionEndingAt(s, w.Prev(k));
      if (before >= 0) k = w.Prev(c_.m(before).first_token);
    }
    if (!w.IsPunct(k, ";")) return -1;
    int found = -1;
    for (k = w.Prev(k); k >= 0 && !ClauseEnd(w, k); k = w.Prev(k)) {
      const int m = c_.MentionAt(s, k);
      if (m < 0 || c_.m(m).first_token != k) continue;
      if (found >= 0 || !c_.Countish(c_.m(m)) || c_.m(m).unit_name.empty()) {
        return -1;
      }
      found = m;
    }
    return found;
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeShares(ClaimContext& c) {
  SharesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Shares(s);
}

}  // namespace claimcheck::text
