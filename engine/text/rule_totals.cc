// Totals and their parts.
//
//   "120 people, including 45 in Oakland and 30 in Fremont"
//                                    partial ("including", "among them",
//                                    "of whom", "such as"): high; the first
//                                    part may count a kind of what the
//                                    total counts ("seven people ...
//                                    including three family members")
//   "Of the 10 cases, eight were ..." the whole opening the sentence (the
//                                    count printed before when "the" names
//                                    it again, with the same quantity)
//   "Two children were among 10 people hurt"
//   "Thirty-three of those arrests"  "of those", "of them": the whole in
//                                    scope before ("nationwide"): medium
//   "Thirty-one of the state's 67 counties"  a part of a whole: high
//   "40 patients in May and 55 in June, for a total of 95"
//                                    the total after its parts: high
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
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

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
          w.Is(k, "all")) {
        k = w.Next(k);
      }
      // "the state's 67 counties"
      if (w.IsWord(k) && (absl::EndsWith(w.Text(k), "'s") ||
                          absl::EndsWith(w.Text(k), "\xE2\x80\x99s"))) {
        k = w.Next(k);
      }
      const int wi = c_.MentionAt(s, k);
      if (wi < 0 || wi == pi || c_.m(wi).first_token != k ||
          !c_.Countish(c_.m(wi))) {
        continue;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(wi), "-total"));
      claim.mutable_total()->set_total_id(c_.id(wi));
      claim.mutable_total()->add_parts()->set_figure_id(c_.id(pi));
      claim.mutable_total()->set_partial(true);
      c_.Emit(claim, {wi, pi}, s, v1::CONFIDENCE_HIGH,
              {c_.TokenSpan(s, of, of)});
    }
  }

  // A part of a whole printed elsewhere in the words:
  //   "Of the 10 cases, eight were recorded ..."  the whole opening the
  //                          sentence, the part the first count after
  //   "Two children were among 10 people hurt"  the part, then "among"
  //   "Thirty-three of those arrests were in Washington"  "of those", "of
  //                          them": the whole in scope before ("nearly 500
  //                          people nationwide")
  void PartOfWhole(int s) {
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    // "Of the 10 cases, eight ..."
    if (w.Is(first, "of")) {
      int k = w.Next(first);
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
              w.Is(w.Next(first), "the") ? Antecedent(s, c_.m(whole)) : -1;
          if (before >= 0) {
            v1::Claim same;
            same.set_id(absl::StrCat(c_.id(before), "-same"));
            same.mutable_same_quantity()->add_figure_ids(c_.id(before));
            same.mutable_same_quantity()->add_figure_ids(c_.id(whole));
            c_.Emit(same, {before, whole}, s, v1::CONFIDENCE_MEDIUM,
                    {c_.TokenSpan(s, w.Next(first), w.Next(first))});
          }
          EmitPart(s, before >= 0 ? before : whole, part,
                   {c_.TokenSpan(s, first, first)});
        }
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
        }
        continue;
      }
      // "Thirty-three of those arrests"
      if (!w.Is(k, "of")) continue;
      const int those = w.Next(k);
      if (!w.Is(those, "those") && !w.Is(those, "them")) continue;
      if (c_.MentionAt(s, w.Next(those)) >= 0) continue;
      const int whole = c_.ScopeTotalBefore(s);
      if (whole < 0 || c_.m(whole).sentence < s - 2 ||
          !PartOf(c_.m(whole), part)) {
        continue;
      }
      EmitPart(s, whole, pi, {c_.TokenSpan(s, k, those)});
    }
  }

  bool SameKind(const Mention& total, const Mention& part) const {
    if (!c_.Countish(part)) {
      return part.unit == total.unit && total.unit == v1::UNIT_CURRENCY;
    }
    if (!c_.Countish(total)) return false;
    return Head(part.unit_name) == Head(total.unit_name) ||
           part.unit_name.empty();
  }

  // "498 people, including 101 in Los Angeles and 21 in Santa Clara": the
  // parts after the cue are some of the total.
  void Including(int s) {
    const Words w = c_.W(s);
    int last_cue = -1;
    for (int k = 0; k < w.size(); ++k) {
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
      // The total: the last count or amount before the cue, after the
      // previous cue.
      int total = -1;
      for (int j = w.Prev(k); j > last_cue && j >= 0; --j) {
        const int i = c_.MentionAt(s, j);
        if (i >= 0 && !c_.used(i) &&
            (c_.Countish(c_.m(i)) || c_.m(i).unit == v1::UNIT_CURRENCY)) {
          total = i;
          break;
        }
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
        if (SameKind(c_.m(total), c_.m(i)) ||
            (!first_kind.empty() && c_.Countish(c_.m(i)) &&
             Head(c_.m(i).unit_name) == first_kind)) {
          parts.push_back(i);
        }
        if (parts.size() >= 400) break;
      }
      if (parts.empty()) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(total), "-total"));
      v1::TotalClaim* t = claim.mutable_total();
      t->set_total_id(c_.id(total));
      t->set_partial(true);
      std::vector<int> used = {total};
      for (int p : parts) {
        t->add_parts()->set_figure_id(c_.id(p));
        used.push_back(p);
      }
      c_.Emit(claim, used, s, v1::CONFIDENCE_HIGH,
              {c_.TokenSpan(s, k, cue_end)});
    }
  }

  // "... and 50 in Boston, for a total of 498": the total after its parts.
  void SumStated(int s) {
    const Words w = c_.W(s);
    int since = -1;  // parts come after the previous total
    for (int i : c_.quantities(s)) {
      const Mention& t = c_.m(i);
      if (c_.used(i) || !c_.Countish(t) || !t.scope_total) continue;
      const int p = w.Prev(t.first_token);
      int cue = -1;
      if (w.Is(p, "of") && w.Is(w.Prev(p), "total")) cue = w.Prev(p);
      if (cue < 0) continue;
      std::vector<int> parts;
      for (int j : c_.quantities(s)) {
        if (c_.m(j).first_token > since && c_.m(j).end_token <= cue &&
            !c_.used(j) && SameKind(t, c_.m(j))) {
          parts.push_back(j);
        }
      }
      since = t.end_token;
      if (parts.size() < 2 || parts.size() > 400) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(i), "-total"));
      claim.mutable_total()->set_total_id(c_.id(i));
      std::vector<int> used = {i};
      for (int q : parts) {
        claim.mutable_total()->add_parts()->set_figure_id(c_.id(q));
        used.push_back(q);
      }
      c_.Emit(claim, used, s, v1::CONFIDENCE_HIGH, {c_.TokenSpan(s, cue, p)});
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
                Head(p.unit_name) == Head(t.unit_name)) {
              other_total = true;
              break;
            }
            if (!c_.Countish(p) || !p.place_label ||
                Head(p.unit_name) != Head(t.unit_name)) {
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
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(ti), "-total"));
        claim.mutable_total()->set_total_id(c_.id(ti));
        claim.mutable_total()->set_partial(partial);
        std::vector<int> used = {ti};
        for (int p : parts) {
          claim.mutable_total()->add_parts()->set_figure_id(c_.id(p));
          used.push_back(p);
        }
        c_.Emit(claim, used, static_cast<int>(s), v1::CONFIDENCE_MEDIUM, cues);
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
  int Antecedent(int s, const Mention& again) const {
    for (int u = s - 1; u >= 0 && u >= s - 3; --u) {
      const std::vector<int>& q = c_.quantities(u);
      for (auto it = q.rbegin(); it != q.rend(); ++it) {
        const Mention& m = c_.m(*it);
        if (c_.Countish(m) && Head(m.unit_name) == Head(again.unit_name) &&
            c_.text().substr(m.begin, m.end - m.begin) ==
                c_.text().substr(again.begin, again.end - again.begin)) {
          return *it;
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

  void EmitPart(int s, int whole, int part, Cues cues) {
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(whole), "-total"));
    claim.mutable_total()->set_total_id(c_.id(whole));
    claim.mutable_total()->add_parts()->set_figure_id(c_.id(part));
    claim.mutable_total()->set_partial(true);
    c_.Emit(claim, {whole, part}, s, v1::CONFIDENCE_MEDIUM, std::move(cues));
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeIncluding(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Including(s);
}

void ProposeOfTheWhole(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.OfTheWhole(s);
}

void ProposePartOfWhole(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.PartOfWhole(s);
}

void ProposeSumStated(ClaimContext& c) {
  TotalsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.SumStated(s);
}

void ProposeBreakdowns(ClaimContext& c) { TotalsRule(c).Breakdowns(); }

}  // namespace claimcheck::text
