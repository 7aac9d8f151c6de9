// Changes: a value that rose or fell, by a stated amount, between stated
// endpoints or unstated ones.
//
//   "climbed 37 percent"             a change in percent, endpoints unstated
//   "rose 25 percent from $1,600 to $2,000"   with both endpoints
//   "fell from 12.1% to 9.8%"        no change printed: the direction orders
//                                    the endpoints (a comparison)
//   "up 2.3 percentage points"       a change in points
//   "doubled from 1,200 to 2,400"    a multiple
//   "sales of $51.5 billion, up from $51.1 billion"  the value before "up"
//                                    is the later one
//   "a 37 percent increase"          the change before the noun
//   "12 fewer homicides than a year ago"  a difference, endpoints unstated
//
// A plain count after a direction word is a change only with an endpoint
// ("rose 5 to 20"); a multiple with no endpoint is proposed at low
// confidence.
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

const Set& UpWords() {
  static const Set* s = new Set{
      "rose",       "rise",   "rises",    "risen",     "rising",   "climbed",
      "climb",      "climbs", "climbing", "increased", "increase", "increases",
      "increasing", "grew",   "grow",     "grows",     "grown",    "growing",
      "jumped",     "jump",   "jumps",    "soared",    "soar",     "surged",
      "surge",      "gained", "gain",     "gains",     "up",       "higher",
      "spiked",     "spike",  "swelled",  "climbing",  "mounted",  "increment",
      "hike",       "hikes",  "hiked",    "boost",     "boosted",  "expanded",
      "growth"};
  return *s;
}

const Set& DownWords() {
  static const Set* s = new Set{
      "fell",      "fall",      "falls",     "fallen",    "falling", "dropped",
      "drop",      "drops",     "dropping",  "declined",  "decline", "declines",
      "declining", "decreased", "decrease",  "decreases", "plunged", "plunge",
      "plummeted", "slid",      "slide",     "slipped",   "shrank",  "shrunk",
      "shrink",    "dipped",    "dip",       "down",      "lower",   "cut",
      "cuts",      "reduced",   "reduction", "sank",      "tumbled", "eased",
      "slumped",   "lost",      "loss"};
  return *s;
}

// "doubled" -> 2 times as many: the multiple a word states.
std::optional<std::pair<std::string, v1::Direction>> MultipleWord(
    absl::string_view lower) {
  if (absl::StartsWith(lower, "doubl")) return {{"2 times", v1::DIRECTION_UP}};
  if (absl::StartsWith(lower, "tripl")) return {{"3 times", v1::DIRECTION_UP}};
  if (absl::StartsWith(lower, "quadrupl")) {
    return {{"4 times", v1::DIRECTION_UP}};
  }
  if (absl::StartsWith(lower, "halv")) {
    return {{"0.5 times", v1::DIRECTION_DOWN}};
  }
  return std::nullopt;
}

bool IsMultipleVerb(absl::string_view lower) {
  for (absl::string_view w : {"doubled", "tripled", "quadrupled", "halved"}) {
    if (lower == w) return true;
  }
  return false;
}

// The last word of what is counted: "undocumented immigrants" ->
// "immigrants".

class ChangesRule {
 public:
  explicit ChangesRule(ClaimContext& c) : c_(c) {}

  void Changes(int s) {
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsWord(k)) continue;
      const std::string lower = w.LowerText(k);
      v1::Direction dir = v1::DIRECTION_UNSPECIFIED;
      if (UpWords().contains(lower)) dir = v1::DIRECTION_UP;
      if (DownWords().contains(lower)) dir = v1::DIRECTION_DOWN;
      const bool multiple = IsMultipleVerb(lower);
      if (dir == v1::DIRECTION_UNSPECIFIED && !multiple) continue;
      // Endpoints and the change after the word, in its clause.
      int from = -1, to = -1, change = -1;
      int last = k;
      for (int j = w.Next(k); j < w.size() && j < k + 24; j = w.Next(j)) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".") ||
            w.IsPunct(j, "\xE2\x80\x94")) {
          break;
        }
        if (w.IsWord(j) && j != k &&
            (UpWords().contains(w.LowerText(j)) ||
             DownWords().contains(w.LowerText(j)))) {
          break;  // the next change
        }
        const int m = c_.MentionAt(s, j);
        if (m < 0 || c_.used(m)) continue;
        const int prev = w.Prev(c_.m(m).first_token);
        if (w.Is(prev, "from") && from < 0) {
          from = m;
        } else if (w.Is(prev, "to") && to < 0) {
          to = m;
        } else if (change < 0 && from < 0 && to < 0 && !multiple) {
          change = m;
        } else {
          break;
        }
        last = c_.m(m).end_token - 1;
        j = c_.m(m).end_token - 1;
      }
      // "sales of $51.5 billion, up from $51.1 billion": the value before
      // "up" or "down" is the later one.
      if (to < 0 && (lower == "up" || lower == "down" || lower == "higher" ||
                     lower == "lower")) {
        int p = w.Prev(k);
        if (w.IsPunct(p, ",")) p = w.Prev(p);
        const int m = c_.MentionAt(s, p);
        if (m >= 0 && !c_.used(m) && c_.m(m).end_token == p + 1 && m != from &&
            m != change) {
          to = m;
        }
      }
      // "a 37 percent increase": the change before the noun.
      if (change < 0 && !multiple) {
        const int p = w.Prev(k);
        const int m = c_.MentionAt(s, p);
        if (m >= 0 && !c_.used(m) && c_.m(m).end_token == p + 1 &&
            (c_.m(m).unit == v1::UNIT_PERCENT ||
             c_.m(m).unit == v1::UNIT_PERCENTAGE_POINTS)) {
          change = m;
        }
      }
      if (multiple && change < 0) {
        Mention m;
        m.begin = w.at(k).begin;
        m.end = w.at(k).end;
        m.sentence = s;
        m.first_token = k;
        m.end_token = k + 1;
        m.number_token = k;
        m.figure_text = MultipleWord(lower)->first;
        dir = MultipleWord(lower)->second;
        if (!c_.Readable(&m)) continue;
        m.unit = v1::UNIT_MULTIPLE;
        m.label = lower;
        change = c_.AddMention(std::move(m), "multiple");
      }
      if (change < 0 && from >= 0 && to >= 0 &&
          dir != v1::DIRECTION_UNSPECIFIED) {
        // "fell from 12.1% to 9.8%": no change printed, only its direction,
        // which is an order between the two values.
        v1::Claim claim;
        claim.set_id(absl::StrCat(
            c_.id(to), dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
        v1::ComparisonClaim* cmp = claim.mutable_comparison();
        cmp->set_subject_id(c_.id(to));
        cmp->add_other_ids(c_.id(from));
        cmp->set_relation(dir == v1::DIRECTION_DOWN ? v1::RELATION_LESS
                                                    : v1::RELATION_GREATER);
        const int f = w.Prev(c_.m(from).first_token);
        const int t = w.Prev(c_.m(to).first_token);
        c_.Emit(claim, {to, from}, s, v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, k), c_.TokenSpan(s, f, f),
                 c_.TokenSpan(s, t, t)});
        k = std::max(k, last);
        continue;
      }
      if (change < 0) continue;
      const Mention& c = c_.m(change);
      // A plain count after "rose" is a change only with its endpoints:
      // "rose 5 to 20" is one; "up 5 people said" is not read.
      const bool relative = c.unit == v1::UNIT_PERCENT ||
                            c.unit == v1::UNIT_PERCENTAGE_POINTS ||
                            c.unit == v1::UNIT_MULTIPLE;
      if (!relative && from < 0 && to < 0) continue;
      if (!relative && lower == "up" && from < 0) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(change),
                                dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(change));
      std::vector<int> used = {change};
      if (from >= 0) {
        ch->set_from_id(c_.id(from));
        used.push_back(from);
      }
      if (to >= 0) {
        ch->set_to_id(c_.id(to));
        used.push_back(to);
      }
      switch (c.unit) {
        case v1::UNIT_PERCENT:
          ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
          break;
        case v1::UNIT_PERCENTAGE_POINTS:
          ch->set_measure(v1::CHANGE_MEASURE_PERCENTAGE_POINTS);
          break;
        case v1::UNIT_MULTIPLE:
          ch->set_measure(v1::CHANGE_MEASURE_MULTIPLE);
          break;
        default:
          ch->set_measure(v1::CHANGE_MEASURE_DIFFERENCE);
      }
      ch->set_direction(dir);
      if (c_.m(change).label.empty()) {
        c_.mutable_m(change).label =
            dir == v1::DIRECTION_DOWN ? "fall" : "rise";
      }
      std::vector<std::pair<int32_t, int32_t>> cues = {c_.TokenSpan(s, k, k)};
      if (from >= 0) {
        const int f = w.Prev(c_.m(from).first_token);
        cues.push_back(c_.TokenSpan(s, f, f));
      }
      if (to >= 0) {
        const int f = w.Prev(c_.m(to).first_token);
        cues.push_back(c_.TokenSpan(s, f, f));
      }
      const v1::Confidence conf = (from >= 0 && to >= 0) || relative
                                      ? v1::CONFIDENCE_MEDIUM
                                      : v1::CONFIDENCE_LOW;
      c_.Emit(claim, used, s,
              multiple && from < 0 && to < 0 ? v1::CONFIDENCE_LOW : conf, cues);
      k = std::max(k, last);
    }
  }

  // unstated.
  void FewerThan(int s) {
    const Words w = c_.W(s);
    for (int xi : c_.quantities(s)) {
      if (c_.used(xi)) continue;
      const Mention& x = c_.m(xi);
      int k = w.Next(x.end_token - 1);
      for (int n = 0; n < 2 && w.IsWord(k) && !w.Is(k, "fewer") &&
                      !w.Is(k, "more") && !w.Is(k, "less");
           ++n) {
        k = w.Next(k);
      }
      const bool down = w.Is(k, "fewer") || w.Is(k, "less");
      if (!down && !w.Is(k, "more")) continue;
      // "fewer homicides than": what is counted may stand between.
      int than = w.Next(k);
      for (int n = 0; n < 2 && w.IsWord(than) && !w.Is(than, "than"); ++n) {
        than = w.Next(than);
      }
      if (!w.Is(than, "than")) continue;
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(xi), down ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(xi));
      ch->set_measure(x.unit == v1::UNIT_PERCENT ? v1::CHANGE_MEASURE_PERCENT
                      : x.unit == v1::UNIT_PERCENTAGE_POINTS
                          ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                          : v1::CHANGE_MEASURE_DIFFERENCE);
      ch->set_direction(down ? v1::DIRECTION_DOWN : v1::DIRECTION_UP);
      c_.Emit(claim, {xi}, s, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, k, w.Next(k))});
    }
  }

 private:
  ClaimContext& c_;
};

}  // namespace

void ProposeChanges(ClaimContext& c) {
  ChangesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.Changes(s);
}

void ProposeDifferences(ClaimContext& c) {
  ChangesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) rule.FewerThan(s);
}

}  // namespace claimcheck::text
