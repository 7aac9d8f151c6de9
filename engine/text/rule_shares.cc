// Shares: a percentage of a whole.
//
//   "63 percent of the 498 people"   the base after "of": high
//   "Of all those arrested nationally, 63 percent had ..."
//                                    the whole in scope before: medium
//   "among 47,055 drug overdose deaths, 61% involved an opioid"
//                                    the base after "among" or "of" (and
//                                    "the") opening the sentence or a
//                                    clause: medium; not for a percentage
//                                    set against one before it ("4.5%
//                                    failed compared to 3.8% last year")
//   "Twelve participants (25%)", "63.1% (33,091)"
//                                    a part beside its percent: medium
//   "63 percent, or 314 people"      the part after the percent
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
      if (c_.used(pi) || p.unit != v1::UNIT_PERCENT) continue;
      int base = -1;
      int part = -1;
      std::vector<std::pair<int32_t, int32_t>> cues;
      v1::Confidence conf = v1::CONFIDENCE_MEDIUM;
      // "63 percent of the 498 people"
      int j = w.Next(p.end_token - 1);
      if (w.Is(j, "of")) {
        int k = w.Next(j);
        if (w.Is(k, "the") || w.Is(k, "all") || w.Is(k, "its") ||
            w.Is(k, "their") || w.Is(k, "those")) {
          k = w.Next(k);
        }
        const int m = c_.MentionAt(s, k);
        if (m >= 0 && c_.Countish(c_.m(m)) && c_.m(m).first_token == k) {
          base = m;
          conf = v1::CONFIDENCE_HIGH;
          cues.push_back(c_.TokenSpan(s, j, j));
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
          if (!w.Is(k, "among") && !w.Is(k, "of")) continue;
          const int before = w.Prev(k);
          if (before >= 0 && !w.IsPunct(before, ",") &&
              !w.IsPunct(before, ";") && !w.IsPunct(before, ":")) {
            continue;
          }
          // "Of the 5,803 pupils who opted to sit the foundation level"
          int at = w.Next(k);
          if (w.Is(at, "the") || w.Is(at, "all") || w.Is(at, "its") ||
              w.Is(at, "their")) {
            at = w.Next(at);
          }
          const int m = c_.MentionAt(s, at);
          if (m >= 0 && c_.Countish(c_.m(m)) && c_.m(m).first_token == at &&
              !Contrasted(w, s, m, p)) {
            base = m;
            cues.push_back(c_.TokenSpan(s, k, k));
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
          if (count >= 0 &&
              !w.IsPunct(w.Next(c_.m(count).end_token - 1), ")")) {
            count = -1;
          }
        }
        if (count >= 0 && count != pi && c_.Countish(c_.m(count)) &&
            !c_.used(count)) {
          part = count;
          base = c_.ScopeTotalBefore(s);
          if (base < 0) base = -2;  // the base is not printed
          cues.push_back(c_.TokenSpan(s, std::max(0, open), std::max(0, open)));
        }
      }
      if (base == -1) continue;
      // "63 percent, or 314 people", "40 percent of the 1,200 students
      // (480)": the part, printed within a few words.
      for (int a = w.Next(p.end_token - 1);
           part < 0 && a < w.size() && a < p.end_token + 12; a = w.Next(a)) {
        int at = -1;
        if (w.IsPunct(a, ",") && w.Is(w.Next(a), "or")) {
          at = w.Next(w.Next(a));
        } else if (w.IsPunct(a, "(")) {
          at = w.Next(a);
        }
        if (at < 0) continue;
        const int m = c_.MentionAt(s, at);
        if (m >= 0 && m != base && c_.Countish(c_.m(m)) && !c_.used(m) &&
            c_.m(m).first_token == at) {
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
      c_.Emit(claim, used, s, conf, cues);
    }
  }

 private:
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

  ClaimContext& c_;
};

}  // namespace

void ProposeShares(ClaimContext& c) {
  SharesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Shares(s);
}

}  // namespace claimcheck::text
