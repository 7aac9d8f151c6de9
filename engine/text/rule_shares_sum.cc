// Shares of one whole listed together, which can add up to 100 at most.
//
//   "with 37% voting yes, 43% no, and 20% of likely voters undecided"
//   "Forty-one percent ... said Bush's presidency will be seen as
//   unsuccessful ..., while 26 percent said the opposite. Thirty-five
//   percent said it was too early to tell."
//   "... accounted for 74% of all arrests ... The remainder were classified
//   as 'non-criminal' arrestees, including 16% with pending criminal charges
//   and 11% with no known criminal convictions or charges."
//
// A list of percentages is a division of one whole only when the words
// name the rest of it: an answer that is no answer ("undecided", "not
// sure", "don't know", "no opinion", "too early to tell", "the opposite")
// or what is left ("the remainder", "the rest"). The percentages of the
// sentence with that cue, and of the sentence before in the paragraph when
// the cue's sentence goes on its list (opens on a percentage, or on "The
// remainder"), are proposed as shares that add up to at most 100 (partial:
// a poll need not print every answer): medium. Any percentage of the list
// that reads as a change ("a 30% increase") or that a claim already uses
// leaves the list unproposed.
//
//   "Respondents reachable on a home telephone (69% of registered voters)
//   were interviewed ... Respondents not reachable on a home telephone (31%
//   of registered voters) were shown a questionnaire"
//
// Two shares of one base (as the shares rule read them), in sentences one
// after the other in a paragraph, whose words before the percentage are
// the same but for one "not": a group and the rest of it, which add up to
// 100 (not partial): medium.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

class SharesSumRule {
 public:
  explicit SharesSumRule(ClaimContext& c) : c_(c) {}

  void SharesSum(int s) {
    // The cue pass: Cue() finds nothing in a sentence without its words.
    if (!c_.MayHold(s, CueWords())) return;
    // The list is of two percentages or more, of this sentence and the two
    // before it at most (Add): without them the words are not walked.
    int percentages = 0;
    for (int u = std::max(0, s - 2); u <= s; ++u) {
      for (int m : c_.quantities(u)) {
        if (c_.m(m).unit == v1::UNIT_PERCENT) ++percentages;
      }
    }
    if (percentages < 2) return;
    const Words w = c_.W(s);
    const int cue = Cue(w);
    if (cue < 0) return;
    // The next sentence goes on with the list and names the rest again:
    // the list is proposed there.
    if (s + 1 < c_.sentences() &&
        c_.sentence(s + 1).block == c_.sentence(s).block && GoesOn(s + 1) &&
        Cue(c_.W(s + 1)) >= 0) {
      return;
    }
    std::vector<int> list;
    if (GoesOn(s) && s > 0 &&
        c_.sentence(s - 1).block == c_.sentence(s).block) {
      // "... while 26 percent said the opposite. Thirty-five percent said
      // it was too early to tell."
      if (s > 1 && c_.sentence(s - 2).block == c_.sentence(s).block &&
          GoesOn(s - 1) && Cue(c_.W(s - 1)) >= 0 && !Add(s - 2, &list)) {
        return;
      }
      if (!Add(s - 1, &list)) return;
    }
    if (!Add(s, &list) || list.size() < 2 || list.size() > 50) return;
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(list[0]), "-shares"));
    v1::SharesSumClaim* sum = claim.mutable_shares_sum();
    for (int m : list) sum->add_percent_ids(c_.id(m));
    sum->set_partial(true);
    c_.Emit(claim, list, s,
            ClaimContext::Supposed(w, cue) ? v1::CONFIDENCE_LOW
                                           : v1::CONFIDENCE_MEDIUM,
            {c_.TokenSpan(s, cue, cue)});
  }

  // "Respondents reachable on a home telephone (69% of registered
  // voters) ..." then "Respondents not reachable on a home telephone (31%
  // of registered voters) ...": two shares of one base, in sentences one
  // after the other, whose words before the percentage are the same but
  // for a "not": a group and the rest of it, 100 together.
  void Complements() {
    struct Share {
      int percent;
      std::string base;
    };
    std::vector<Share> shares;
    for (const Proposal& p : c_.proposals()) {
      if (!p.claim.has_share() || p.claim.share().base_id().empty()) continue;
      for (int m : p.mentions) {
        if (c_.id(m) == p.claim.share().percent_id()) {
          shares.push_back({m, p.claim.share().base_id()});
        }
      }
    }
    // Each sentence's shares, in the order proposed: a share is paired only
    // with those of the sentence after its own.
    std::vector<std::vector<size_t>> in_sentence(c_.sentences());
    for (size_t k = 0; k < shares.size(); ++k) {
      in_sentence[c_.m(shares[k].percent).sentence].push_back(k);
    }
    for (size_t i = 0; i < shares.size(); ++i) {
      const Mention& a = c_.m(shares[i].percent);
      if (a.sentence + 1 >= c_.sentences()) continue;
      for (size_t j : in_sentence[a.sentence + 1]) {
        const Mention& b = c_.m(shares[j].percent);
        if (shares[i].base != shares[j].base ||
            c_.sentence(a.sentence).block != c_.sentence(b.sentence).block) {
          continue;
        }
        const std::vector<std::string> x = WordsBefore(a);
        const std::vector<std::string> y = WordsBefore(b);
        // The sentence with the "not", and the index of the word.
        int with_not = -1;
        int word = -1;
        if (y.size() == x.size() + 1) {
          with_not = b.sentence;
          word = NotIndex(x, y);
        } else if (x.size() == y.size() + 1) {
          with_not = a.sentence;
          word = NotIndex(y, x);
        }
        if (word < 0) continue;
        const std::vector<int> list = {shares[i].percent, shares[j].percent};
        if (c_.Proposed(v1::Claim::kSharesSum, list)) continue;
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(list[0]), "-shares"));
        v1::SharesSumClaim* sum = claim.mutable_shares_sum();
        for (int m : list) sum->add_percent_ids(c_.id(m));
        const int k = WordToken(with_not, word);
        c_.Emit(claim, list, b.sentence, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(with_not, k, k)});
      }
    }
  }

 private:
  // The words of m's sentence before it, in lower case.
  std::vector<std::string> WordsBefore(const Mention& m) const {
    const Words w = c_.W(m.sentence);
    std::vector<std::string> out;
    for (int k = 0; k < m.first_token; ++k) {
      if (w.IsWord(k)) out.push_back(w.LowerText(k));
    }
    return out;
  }

  // The index among the words of `longer` (one word longer) of a "not"
  // whose removal leaves `shorter`, or -1.
  static int NotIndex(const std::vector<std::string>& shorter,
                      const std::vector<std::string>& longer) {
    size_t k = 0;
    while (k < shorter.size() && shorter[k] == longer[k]) ++k;
    if (longer[k] != "not") return -1;
    for (size_t i = k; i < shorter.size(); ++i) {
      if (shorter[i] != longer[i + 1]) return -1;
    }
    return static_cast<int>(k);
  }

  // The token of the n-th word of sentence s.
  int WordToken(int s, int n) const {
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (w.IsWord(k) && n-- == 0) return k;
    }
    return 0;
  }

  // Whether sentence s goes on with the list of the sentence before: it
  // opens on a percentage, or on "The remainder", "The rest".
  bool GoesOn(int s) const {
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && !w.IsWord(first) && !w.IsNumber(first)) {
      ++first;
    }
    return c_.MentionStartingAt(s, first) >= 0 ||
           (w.Is(first, "the") &&
            (w.Is(w.Next(first), "remainder") || w.Is(w.Next(first), "rest")));
  }

  // The words Cue() looks for at a token (before the words around it).
  static const Set& CueWords() {
    static const Set* s =
        new Set{"undecided", "unsure",    "sure", "opinion", "know",
                "early",     "remainder", "rest", "opposite"};
    return *s;
  }

  // The token naming the rest of the whole, or -1.
  static int Cue(const Words& w) {
    const Set& cue_words = CueWords();
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, cue_words)) continue;
      const int p = w.Prev(k);
      const int n = w.Next(k);
      if (w.Is(k, "undecided") || w.Is(k, "unsure") ||
          (w.Is(k, "sure") && w.Is(p, "not")) ||
          (w.Is(k, "opinion") && w.Is(p, "no")) ||
          (w.Is(k, "know") &&
           (w.Is(p, "don't") || w.Is(p, "don\xE2\x80\x99t") ||
            w.Is(p, "not"))) ||
          (w.Is(k, "early") && w.Is(n, "to") &&
           (w.Is(w.Next(n), "tell") || w.Is(w.Next(n), "say"))) ||
          ((w.Is(k, "remainder") || w.Is(k, "rest") || w.Is(k, "opposite")) &&
           w.Is(p, "the"))) {
        return k;
      }
    }
    return -1;
  }

  // Adds the percentages of sentence s to the list; false when one of them
  // is no share (a change, or a figure a claim uses).
  bool Add(int s, std::vector<int>* list) const {
    const Words w = c_.W(s);
    for (int m : c_.quantities(s)) {
      const Mention& v = c_.m(m);
      if (v.unit == v1::UNIT_PERCENTAGE_POINTS) return false;
      if (v.unit != v1::UNIT_PERCENT) continue;
      if (c_.used(m)) return false;
      const int before = w.Prev(v.first_token);
      const int after = w.Next(v.end_token - 1);
      if (w.Is(before, "by") || w.IsIn(after, Changes()) ||
          w.IsIn(before, Changes())) {
        return false;
      }
      list->push_back(m);
    }
    return true;
  }

  // Words that make a percentage beside them a change.
  static const Set& Changes() {
    static const Set* s = new Set{
        "increase", "increased", "rise",   "rose", "up",      "down",
        "drop",     "dropped",   "fell",   "fall", "decline", "declined",
        "gain",     "gained",    "growth", "grew", "jump",    "jumped",
        "higher",   "lower",     "more",   "less", "change",  "cut"};
    return *s;
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeSharesSums(ClaimContext& c) {
  SharesSumRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.SharesSum(s);
  rule.Complements();
}

}  // namespace claimcheck::text
