// The same quantity printed twice.
//
//   "arrested 498 people nationwide" ... "nearly 500 people"
//                                    one count of the same thing, one
//                                    printed with a qualifier, one a whole
//                                    ("nationwide"), values that overlap
//                                    and are printed within a tenth of
//                                    each other
//   "added 248,000 jobs" ... "a gain of 248,000"; "the death toll ...
//   rose to 36 people" ... "36 innocent lives have been lost" (words that
//   count people: "people", "persons", "lives", "individuals")
//                                    one count printed again, digits for
//                                    digits, of the same thing when both
//                                    name it (or of four digits or more),
//                                    not two places' counts (labels the
//                                    text prints that differ) nor a rise
//                                    and a fall ("dropped by 49,000" ...
//                                    "increased by 49,000"), nor the
//                                    amounts of two changes to other
//                                    levels ("decreased 2,700 to 685,300"
//                                    ... "decreased 2,700 to 182,500"); of 10
//                                    or more, or with the same three words
//                                    after it: "Five people were killed"
//                                    ... "five people were killed" (low
//                                    with another count of the number
//                                    whose words differ, "five men", which
//                                    may be the same quantity too)
//   "(46.9 percent)" ... "representing 46.9 percent of counties"
//                                    a percentage printed with decimals,
//                                    again digit for digit in a later
//                                    sentence; neither an amount of change
//                                    nor after "by" or "from" ("CPIH rose
//                                    by 6.2%" ... "CPI ... up from 6.2%"),
//                                    nor shares of two wholes ("150
//                                    (75.0%)" of 200, "90 (75.0%)" of 120)
//   "more than one half (53.8%)", "about two-fifths (40%)", "about
//   two-thirds of the public (66%)"  a fraction in words and the percentage
//                                    in brackets after it, or after "of"
//                                    and up to four words with no number
//                                    (not after a bound: "less than half
//                                    of all counties (46.9 percent)"
//                                    compares)
//   "30-foot-tall (9-meter-tall)", "12 kilograms (26.5 pounds)"
//                                    a number and a unit word (past a
//                                    hyphen), then in brackets a number and
//                                    a unit word of the same dimension, in
//                                    another unit: one quantity in two
//                                    units, each "about" what it prints (a
//                                    conversion is rounded). Not
//                                    temperatures ("68F (20C)" is a
//                                    reading; the units convert
//                                    differences), money, nor units printed
//                                    only joined to the number ("5m")
//   "• 48 Million: As of July 15, ... had paid 2,498 claims for a total
//   of more than $48 million"        a figure opening a list item, a colon
//                                    after it: the first figure of the item
//                                    after it whose value overlaps and is
//                                    close (a figure printed bare takes the
//                                    unit of the one it heads)
//   "District 34%    (3611 / 10605)" then "34%" on a line of its own
//                                    a figure alone on its line, printed
//                                    again digit for digit from the line
//                                    before
//   "Survey of 30 U.S. Cities Shows Nearly 10 Percent Drop in Homicides"
//   then "crime data from 30 U.S. cities ... a drop of more than 9
//   percent"                         a headline's figure, the first figure
//                                    of the story after it with the same
//                                    unit and what it counts and a value
//                                    that overlaps (or one with decimals
//                                    printed digit for digit, whatever it
//                                    counts: "Magnitude 6.5 event" ... "an
//                                    earthquake of magnitude 6.5"); a
//                                    headline is a heading, or one of the
//                                    blocks opening the text that end
//                                    without a full stop. Not two counts
//                                    no one count can be: "death toll at
//                                    340" then "more than 340" (the
//                                    headline rounds), nor a change's
//                                    amount and one of a change the other
//                                    way ("Van thefts up 4%" then "car
//                                    thefts fell by 4%"). When both are
//                                    amounts of changes the same way, the
//                                    story states the headline's change
//                                    again: the headline's is lowered to
//                                    low (one change, from the story)
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/numbers/interval.h"
#include "engine/reading/units.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// absl::EqualsIgnoreCase with the lengths compared first, here: the rule
// asks it of most pairs of figures (a call into absl each), and most differ
// in length.
bool SameFigureText(const std::string& a, const std::string& b) {
  return a.size() == b.size() && absl::EqualsIgnoreCase(a, b);
}

// A hash of `s` ignoring ASCII case (FNV-1a over its lower-cased bytes):
// texts SameFigureText finds the same have the same hash.
uint64_t FoldedHash(absl::string_view s) {
  uint64_t h = 14695981039346656037u;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(
        absl::ascii_tolower(static_cast<unsigned char>(c)));
    h *= 1099511628211u;
  }
  return h;
}

class SameQuantityRule {
 public:
  explicit SameQuantityRule(ClaimContext& c) : c_(c) {}

  // ---- The same quantity printed twice: "498 people", "nearly 500" ----

  void SameQuantities() {
    const int n = c_.mentions();
    // The last word of what each counts, found once: every figure is
    // compared with up to 199 after it.
    std::vector<absl::string_view> heads(n);
    for (int i = 0; i < n; ++i) heads[i] = HeadView(c_.m(i).unit_name);
    for (int a = 0; a < n; ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || !c_.Countish(x) ||
          x.unit_name.empty() || x.first_token < 0) {
        continue;
      }
      for (int b = a + 1; b < n && b < a + 200; ++b) {
        const Mention& y = c_.m(b);
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || !c_.Countish(y) ||
            y.sentence == x.sentence || y.first_token < 0 ||
            heads[b] != heads[a]) {
          continue;
        }
        const bool qualified =
            y.first_token != y.number_token || x.first_token != x.number_token;
        if (!qualified || !(x.scope_total || y.scope_total)) continue;
        if (x.place_label || y.place_label) continue;
        // A bound ("as many as 9,979") overlaps any smaller count: the
        // values are printed close too.
        if (x.interval.Intersect(y.interval).empty() || NoCountInBoth(x, y) ||
            !Close(x.value, y.value)) {
          continue;
        }
        EmitPair(a, a, b, y.sentence,
                 {c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

  // ---- One count printed again ----

  // "the economy added 248,000 jobs in September" ... "a payroll employment
  // gain of 248,000 in September"; "Five people were killed" ... "five
  // people were killed": the same number printed in later sentences, of
  // the same thing when both name it, or of four digits or more when one
  // does not (a long number repeats by chance rarely).
  void Repeats() {
    const int n = c_.mentions();
    std::vector<bool> grouped(n, false);
    // The mentions in the order of a hash of their figure texts ignoring
    // ASCII case, then of their index: a mention can repeat only one of the
    // same text, so each is compared with those after it in its run of
    // this order (the same mentions in the same order as a walk over the
    // next 199 that passed over the texts that differ, without the walk).
    std::vector<std::pair<uint64_t, int>> by_text(n);
    for (int i = 0; i < n; ++i) {
      by_text[i] = {FoldedHash(c_.m(i).figure_text), i};
    }
    std::sort(by_text.begin(), by_text.end());
    std::vector<int> place(n);
    for (int k = 0; k < n; ++k) place[by_text[k].second] = k;
    // The later value of the change each mention is the amount of, or -1.
    std::vector<int> change_to(n, -1);
    for (const Proposal& p : c_.proposals()) {
      if (!p.claim.has_change() || p.claim.change().to_id().empty()) continue;
      int amount = -1;
      int to = -1;
      for (int m : p.mentions) {
        if (c_.id(m) == p.claim.change().change_id()) amount = m;
        if (c_.id(m) == p.claim.change().to_id()) to = m;
      }
      if (amount >= 0 && to >= 0) change_to[amount] = to;
    }
    for (int a = 0; a < n; ++a) {
      const Mention& x = c_.m(a);
      if (grouped[a] || !Repeatable(x)) continue;
      const bool small = x.value < Rational(10);
      std::vector<int> group = {a};
      // Another count of the same small number whose words after differ
      // ("Police arrested five men" between "taking five people into
      // custody" and "five people into custody"): it may be the same
      // quantity too, which the words do not show.
      bool other_count = false;
      const uint64_t text_hash = by_text[place[a]].first;
      for (int k = place[a] + 1; k < n && by_text[k].first == text_hash; ++k) {
        const int b = by_text[k].second;
        if (b >= a + 200) break;
        const Mention& y = c_.m(b);
        // The printed figures first: Repeatable costs more.
        if (grouped[b] || y.sentence == x.sentence ||
            !SameFigureText(x.figure_text, y.figure_text) || !Repeatable(y)) {
          continue;
        }
        // A small count repeats by chance unless the words after it do too:
        // "Five people were killed" ... "five people were killed".
        if (small && !SameWordsAfter(x, y)) {
          other_count = other_count || c_.Countish(y);
          continue;
        }
        // Two places' counts ("21 in Oakland", "21 in Fresno") differ. Only
        // labels the text prints: a rule names a change "rise" for its id.
        if (x.label_begin >= 0 && y.label_begin >= 0 &&
            !absl::EqualsIgnoreCase(x.label, y.label)) {
          continue;
        }
        // Nor two changes the other way ("the jobless total dropped by
        // 49,000", "part-time employment increased by 49,000").
        if (Opposite(x.label, y.label)) continue;
        // Nor the amounts of two changes to different levels
        // ("Unemployment decreased 2,700 to 685,300", "part-time work
        // decreased 2,700 to 182,500"): two quantities changed alike.
        if (change_to[a] >= 0 && change_to[b] >= 0 &&
            !(c_.m(change_to[a]).value == c_.m(change_to[b]).value)) {
          continue;
        }
        const bool named = !x.unit_name.empty() && !y.unit_name.empty();
        if (named ? !SameThing(x.unit_name, y.unit_name)
                  : std::count_if(x.figure_text.begin(), x.figure_text.end(),
                                  [](char ch) {
                                    return absl::ascii_isdigit(
                                        static_cast<unsigned char>(ch));
                                  }) < 4) {
          continue;
        }
        group.push_back(b);
      }
      if (group.size() < 2) continue;
      for (int g : group) grouped[g] = true;
      if (c_.Proposed(v1::Claim::kSameQuantity, group)) continue;
      bool pair_proposed = false;
      for (size_t i = 1; i < group.size(); ++i) {
        pair_proposed = pair_proposed ||
                        c_.Proposed(v1::Claim::kSameQuantity, {a, group[i]});
      }
      if (pair_proposed) continue;
      const Mention& y = c_.m(group[1]);
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(a), "-same"));
      for (int g : group) {
        claim.mutable_same_quantity()->add_figure_ids(c_.id(g));
      }
      c_.Emit(claim, group, y.sentence,
              other_count ? v1::CONFIDENCE_LOW : v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
    }
  }

  // ---- A percentage with decimals printed again ----

  // "Less than half of all counties (46.9 percent) saw an increase" ...
  // "representing 46.9 percent of counties"; "The unemployment rate
  // declined to 3.5%" ... "when it also reached 3.5%": the same
  // percentage, printed with its decimals (which repeat by chance rarely),
  // in a later sentence, neither an amount of change ("rose 2.5%" and
  // "fell 2.5%" are two changes) nor after "by" or "from" ("CPIH rose by
  // 6.2%" ... "CPI ... up from 6.2%"), no labels the text prints that
  // differ, nor shares of two wholes.
  void PercentRepeats() {
    std::vector<bool> change(c_.mentions(), false);
    // The base of the share each percentage is, or -1.
    std::vector<int> base(c_.mentions(), -1);
    for (const Proposal& p : c_.proposals()) {
      if (p.claim.has_share() && !p.claim.share().base_id().empty()) {
        int percent = -1;
        int whole = -1;
        for (int m : p.mentions) {
          if (c_.id(m) == p.claim.share().percent_id()) percent = m;
          if (c_.id(m) == p.claim.share().base_id()) whole = m;
        }
        if (percent >= 0) base[percent] = whole;
      }
      if (!p.claim.has_change()) continue;
      for (int m : p.mentions) {
        if (c_.id(m) == p.claim.change().change_id()) change[m] = true;
      }
    }
    auto repeatable = [&](int i) {
      const Mention& m = c_.m(i);
      if (m.reason != v1::UNUSED_REASON_UNSPECIFIED || m.first_token < 0 ||
          m.unit != v1::UNIT_PERCENT ||
          m.qualifier != v1::QUALIFIER_UNSPECIFIED || change[i] ||
          m.figure_text.find('.') == std::string::npos) {
        return false;
      }
      // "rose by 6.2%", "up from 6.2%": a change or the value it ran from,
      // of whatever the clause names (the CPIH's, then the CPI's).
      const Words w = c_.W(m.sentence);
      const int before = w.Prev(m.first_token);
      return !w.Is(before, "by") && !w.Is(before, "from");
    };
    for (int a = 0; a < c_.mentions(); ++a) {
      if (!repeatable(a)) continue;
      const Mention& x = c_.m(a);
      for (int b = a + 1; b < c_.mentions() && b < a + 200; ++b) {
        const Mention& y = c_.m(b);
        if (y.sentence == x.sentence ||
            !SameFigureText(x.figure_text, y.figure_text) || !repeatable(b)) {
          continue;
        }
        if (x.label_begin >= 0 && y.label_begin >= 0 &&
            !absl::EqualsIgnoreCase(x.label, y.label)) {
          continue;
        }
        // Shares of two wholes ("150 (75.0%)" of 200, "90 (75.0%)" of 120).
        if (base[a] >= 0 && base[b] >= 0 &&
            !(c_.m(base[a]).value == c_.m(base[b]).value)) {
          continue;
        }
        if (!c_.Proposed(v1::Claim::kSameQuantity, {a, b})) {
          EmitPair(a, a, b, y.sentence,
                   {c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        }
        break;
      }
    }
  }

  // ---- A fraction in words and its percentage in brackets ----

  // "more than one half (53.8%)", "about two-fifths (40%)": a fraction in
  // words (between 0 and 1, with no unit), then the percentage, or "of"
  // and a few words between ("about two-thirds of the public (66%)").
  void Brackets() {
    for (int a = 0; a < c_.mentions(); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || x.first_token < 0 ||
          x.unit != v1::UNIT_AMOUNT || !(x.value < Rational(1)) ||
          !(Rational(0) < x.value) ||
          std::none_of(x.figure_text.begin(), x.figure_text.end(), [](char ch) {
            return absl::ascii_isalpha(static_cast<unsigned char>(ch));
          })) {
        continue;
      }
      const Words w = c_.W(x.sentence);
      int open = w.Next(x.end_token - 1);
      // "about two-thirds of the public (66%)": what it is a share of, a
      // few words with no number, between; not after a bound ("less than
      // half of all counties (46.9 percent)" compares the two).
      const bool bound = x.qualifier != v1::QUALIFIER_UNSPECIFIED &&
                         x.qualifier != v1::QUALIFIER_ABOUT &&
                         x.qualifier != v1::QUALIFIER_EXACTLY;
      if (w.Is(open, "of") && !bound) {
        open = w.Next(open);
        for (int n = 0;
             n < 4 && w.IsWord(open) && c_.MentionAt(x.sentence, open) < 0;
             ++n) {
          open = w.Next(open);
        }
      }
      if (!w.IsPunct(open, "(")) continue;
      const int b = c_.MentionStartingAt(x.sentence, w.Next(open));
      if (b < 0 || c_.m(b).unit != v1::UNIT_PERCENT ||
          !w.IsPunct(w.Next(c_.m(b).end_token - 1), ")") ||
          c_.Proposed(v1::Claim::kSameQuantity, {a, b})) {
        continue;
      }
      // The fraction is a share, read as a percentage: "one half" is 50
      // percent.
      c_.mutable_m(a).unit = v1::UNIT_PERCENT;
      c_.mutable_m(a).unit_stated = true;
      EmitPair(b, a, b, x.sentence, {c_.TokenSpan(x.sentence, open, open)});
    }
  }

  // ---- One measure in two units: "30-foot-tall (9-meter-tall)" ----

  // "30-foot-tall (9-meter-tall)", "12 kilograms (26.5 pounds)", "5 miles
  // (8 kilometers)": a number and a unit word, then in brackets a number
  // and a unit word of the same dimension and another unit: one quantity
  // in two units, each "about" what it prints. Not temperatures (a reading,
  // "68F (20C)", is no difference, which is all the units convert), money, or a
  // unit word printed only joined to its number ("5m", millions as often).
  void Conversions() {
    for (int a = 0; a < c_.mentions(); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || x.first_token < 0 ||
          c_.used(a)) {
        continue;
      }
      const Words w = c_.W(x.sentence);
      int end = -1;
      const MeasureUnit* ux = UnitAfter(w, x, &end);
      if (ux == nullptr) continue;
      const int open = w.Next(end);
      if (!w.IsPunct(open, "(")) continue;
      const int b = c_.MentionStartingAt(x.sentence, w.Next(open));
      if (b < 0 || c_.used(b)) continue;
      int end_b = -1;
      const MeasureUnit* uy = UnitAfter(w, c_.m(b), &end_b);
      if (uy == nullptr || uy == ux || uy->dimension != ux->dimension ||
          !w.IsPunct(w.Next(end_b), ")")) {
        continue;
      }
      for (const auto& [m, u] : {std::pair{a, ux}, std::pair{b, uy}}) {
        Mention& q = c_.mutable_m(m);
        q.unit = v1::UNIT_AMOUNT;
        q.unit_stated = true;
        q.unit_name.clear();
        q.unit_symbol = std::string(u->symbol);
        // A conversion is rounded as the writer sees fit ("200 miles (320
        // kilometers)" is 321.9): both are read as "about" what they print,
        // which leaves a slip of a unit's size ("30-foot (48-kilometer)").
        q.approximate = true;
      }
      EmitPair(a, a, b, x.sentence, {c_.TokenSpan(x.sentence, open, open)});
    }
  }

  // The unit of measure of a word printed right after the number of m
  // (past a hyphen, "30-foot", and past an adjective joined by another,
  // "30-foot-tall"), with *end its last token; nullptr for none, and for
  // temperatures, money and words printed only joined to the number.
  const MeasureUnit* UnitAfter(const Words& w, const Mention& m,
                               int* end) const {
    int t = w.Next(m.number_token);
    if (w.IsPunct(t, "-") && w.Touch(t - 1, t)) t = w.Next(t);
    if (!w.IsWord(t) || t > m.end_token + 1) return nullptr;
    // A mention that reads words past the unit ("12 kilograms of
    // cocaine") is not one number and one unit.
    // The unit each word names, printed after the number as a unit of
    // measure: the first of UnitWords that has the word, found once for
    // every word instead of walking the table for each figure.
    static const auto* const unit_of = [] {
      auto* by_word = new absl::flat_hash_map<std::string, const MeasureUnit*>;
      for (const UnitWord& u : UnitWords()) {
        if (u.before || u.attached || u.symbol.empty() ||
            u.unit != v1::UNIT_AMOUNT) {
          continue;
        }
        by_word->try_emplace(std::string(u.word), FindMeasureUnit(u.symbol));
      }
      return by_word;
    }();
    const auto it = unit_of->find(w.LowerText(t));
    const MeasureUnit* found = it == unit_of->end() ? nullptr : it->second;
    if (found == nullptr ||
        absl::StrContains(found->dimension, "temperature")) {
      return nullptr;
    }
    *end = t;
    // "30-foot-tall": the adjective joined to the unit.
    if (w.IsPunct(w.Next(t), "-") && w.Touch(t, t + 1) &&
        w.IsWord(w.Next(w.Next(t)))) {
      *end = w.Next(w.Next(t));
    }
    return found;
  }

  // ---- A list item headed by its figure: "48 Million: ... $48 million" ----

  void ItemHeads() {
    for (int a = 0; a < c_.mentions(); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || x.first_token < 0 ||
          x.sentence >= c_.sentences()) {
        continue;
      }
      const Words w = c_.W(x.sentence);
      // Only marks before it ("•", a quotation mark), a colon after.
      bool opens = true;
      for (int j = 0; j < x.first_token && opens; ++j) {
        opens = !w.IsWord(j) && !w.IsNumber(j);
      }
      if (!opens || !w.IsPunct(w.Next(x.end_token - 1), ":")) continue;
      const int block = c_.sentence(x.sentence).block;
      for (int b = a + 1; b < c_.mentions() && b < a + 50; ++b) {
        const Mention& y = c_.m(b);
        if (y.first_token < 0 || y.sentence >= c_.sentences()) continue;
        if (c_.sentence(y.sentence).block != block) break;
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED ||
            !Close(x.value, y.value)) {
          continue;
        }
        // Counts are whole: "9,600" is no count of "more than 9,600".
        const Interval both = x.interval.Intersect(y.interval);
        if (both.empty() ||
            ((c_.CountLike(x) || c_.CountLike(y)) && both.Counts().empty())) {
          continue;
        }
        const bool bare = x.unit == v1::UNIT_AMOUNT && x.unit_name.empty();
        if (!bare && !Alike(x, y)) break;
        if (c_.Proposed(v1::Claim::kSameQuantity, {a, b})) break;
        if (bare && y.unit != x.unit) {
          c_.mutable_m(a).unit = y.unit;
          c_.mutable_m(a).unit_stated = true;
        }
        EmitPair(
            a, a, b, y.sentence,
            {c_.TokenSpan(x.sentence, x.first_token, w.Next(x.end_token - 1))});
        break;
      }
    }
  }

  // ---- A figure alone on its line, printed again from the line before ----

  void LineRepeats() {
    const absl::string_view t = c_.text();
    // The bytes [begin, end) of the line holding byte i.
    auto line = [&t](int32_t i) {
      size_t b = t.rfind('\n', i == 0 ? 0 : i - 1);
      b = (b == absl::string_view::npos || i == 0) ? 0 : b + 1;
      size_t e = t.find('\n', i);
      if (e == absl::string_view::npos) e = t.size();
      return std::pair<int32_t, int32_t>(static_cast<int32_t>(b),
                                         static_cast<int32_t>(e));
    };
    auto blank = [&t](int32_t b, int32_t e) {
      for (int32_t i = b; i < e; ++i) {
        if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r') return false;
      }
      return true;
    };
    for (int b = 0; b < c_.mentions(); ++b) {
      const Mention& y = c_.m(b);
      if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || y.first_token < 0) {
        continue;
      }
      // Most figures stand in running text, a byte other than a blank
      // before them on their line: that is known from the bytes just
      // before, without finding the line's start (a search back over the
      // whole paragraph). What passes is a figure at a line's start, after
      // the text's first line; line() below finds the same.
      int32_t k = y.begin - 1;
      while (k >= 0 && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) --k;
      if (k < 0 || t[k] != '\n') continue;
      const auto [lb, le] = line(y.begin);
      if (lb == 0 || !blank(lb, y.begin) || !blank(y.end, le)) continue;
      const auto [pb, pe] = line(lb - 1);
      for (int a = b - 1; a >= 0 && c_.m(a).begin >= pb; --a) {
        const Mention& x = c_.m(a);
        if (x.end > pe || x.reason != v1::UNUSED_REASON_UNSPECIFIED ||
            x.first_token < 0 ||
            !SameFigureText(x.figure_text, y.figure_text)) {
          continue;
        }
        if (c_.Proposed(v1::Claim::kSameQuantity, {a, b})) break;
        EmitPair(a, a, b, y.sentence,
                 {c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

  // ---- A headline's figure printed again in the story ----

  void Headlines() {
    const int n = static_cast<int>(c_.doc().blocks().size());
    std::vector<bool> headline(n, false);
    bool opening = true;  // the blocks before the first full sentence
    for (int s = 0; s < c_.sentences(); ++s) {
      const int b = c_.sentence(s).block;
      if (b < 0 || b >= n) continue;
      const std::string& kind = c_.doc().blocks()[b].kind;
      const bool heading = kind.size() == 2 && kind[0] == 'h' &&
                           kind[1] >= '1' && kind[1] <= '6';
      const bool one =
          (s == 0 || c_.sentence(s - 1).block != b) &&
          (s + 1 == c_.sentences() || c_.sentence(s + 1).block != b);
      opening = opening && kind != "li" && one && !FullStop(s);
      headline[b] = heading || opening;
    }
    auto in_headline = [&](int s) {
      const int b = c_.sentence(s).block;
      return b >= 0 && b < n && headline[b];
    };
    for (int a = 0; a < c_.mentions(); ++a) {
      const Mention& x = c_.m(a);
      if (x.reason != v1::UNUSED_REASON_UNSPECIFIED || x.first_token < 0 ||
          x.sentence >= c_.sentences() || !in_headline(x.sentence)) {
        continue;
      }
      for (int b = a + 1; b < c_.mentions() && b < a + 200; ++b) {
        const Mention& y = c_.m(b);
        if (y.reason != v1::UNUSED_REASON_UNSPECIFIED || y.first_token < 0 ||
            y.sentence >= c_.sentences() || in_headline(y.sentence)) {
          continue;
        }
        // The values overlap and are printed close ("as many as 100" is no
        // restatement of "eight").
        // A value with decimals printed again digit for digit ("Magnitude
        // 6.5 event" ... "an earthquake of magnitude 6.5") is alike
        // whatever words follow it.
        const bool decimals =
            x.figure_text.find('.') != std::string::npos &&
            SameFigureText(x.figure_text, y.figure_text) &&
            ClaimContext::UnitFamily(x) == ClaimContext::UnitFamily(y);
        if (!(Alike(x, y) || decimals) ||
            x.interval.Intersect(y.interval).empty() || NoCountInBoth(x, y) ||
            !Close(x.value, y.value)) {
          continue;
        }
        // A rise in the headline, a fall in the story: two changes.
        if (!LowerHeadlineChange(a, b)) continue;
        if (c_.Proposed(v1::Claim::kSameQuantity, {a, b})) break;
        EmitPair(b, a, b, y.sentence,
                 {c_.TokenSpan(x.sentence, x.first_token, x.end_token - 1),
                  c_.TokenSpan(y.sentence, y.first_token, y.end_token - 1)});
        break;
      }
    }
  }

  // A headline's change that the story states again, the same quantity
  // the same way ("Recorded crime 'falls by 7%'" then "Crimes recorded ...
  // fell by 7% in the year ending March 2013"): one change, claimed where
  // the story states it (with the endpoints it prints, if any); the
  // headline's, which mention `headline` amounts to, is lowered to low.
  // False when the two are the amounts of changes the other way ("Van
  // thefts up 4%" then "car thefts fell by 4%"): no one quantity.
  bool LowerHeadlineChange(int headline, int story) {
    int head = -1;
    int body = -1;
    for (int i = 0; i < static_cast<int>(c_.proposals().size()); ++i) {
      const v1::Claim& claim = c_.proposals()[i].claim;
      if (!claim.has_change()) continue;
      const std::string& id = claim.change().change_id();
      if (id == c_.id(headline)) head = i;
      if (id == c_.id(story)) body = i;
    }
    if (head < 0 || body < 0) return true;
    const v1::ChangeClaim& h = c_.proposals()[head].claim.change();
    const v1::ChangeClaim& s = c_.proposals()[body].claim.change();
    if (h.direction() != s.direction()) return false;
    if (h.measure() == s.measure()) c_.Lower(head, v1::CONFIDENCE_LOW);
    return true;
  }

 private:
  // Proposes that mentions a and b are the same quantity, the claim's id
  // from mention `named` (one of them).
  void EmitPair(int named, int a, int b, int sentence, Cues cues) {
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(named), "-same"));
    claim.mutable_same_quantity()->add_figure_ids(c_.id(a));
    claim.mutable_same_quantity()->add_figure_ids(c_.id(b));
    c_.Emit(claim, {a, b}, sentence, v1::CONFIDENCE_MEDIUM, std::move(cues));
  }

  // Whether sentence s ends with a full stop (or "!", "?").
  bool FullStop(int s) const {
    const Words w = c_.W(s);
    for (int k = w.size() - 1; k >= 0; --k) {
      if (w.at(k).kind == TokenKind::kSpace) continue;
      if (w.IsPunct(k, "\xE2\x80\x9D") || w.IsPunct(k, "\"") ||
          w.IsPunct(k, ")")) {
        continue;
      }
      return w.IsPunct(k, ".") || w.IsPunct(k, "!") || w.IsPunct(k, "?");
    }
    return false;
  }

  // A count that may be printed again: not a span of time, not a
  // statistic's df ("t(98)", "df = 98"). One under 10 repeats by chance
  // ("Four participants speak Japanese. Four participants speak French.")
  // unless the words after it repeat too (Repeats).
  bool Repeatable(const Mention& m) const {
    // "12 months ending in March": a span of time by its first word too.
    const absl::string_view first_word =
        absl::string_view(m.unit_name).substr(0, m.unit_name.find(' '));
    if (m.reason != v1::UNUSED_REASON_UNSPECIFIED || m.first_token < 0 ||
        !c_.CountLike(m) || c_.TimeSpan(m) ||
        ClaimContext::TimeSpanNamed(first_word) ||
        m.qualifier != v1::QUALIFIER_UNSPECIFIED) {
      return false;
    }
    const Words w = c_.W(m.sentence);
    const int open = m.first_token - 1;
    return !(w.IsPunct(open, "(") && w.Touch(open - 1, open)) &&
           !w.IsPunct(w.Prev(m.first_token), "=");
  }

  // Whether two labels a change rule gave are a rise and a fall.
  static bool Opposite(const std::string& a, const std::string& b) {
    return (a == "rise" && b == "fall") || (a == "fall" && b == "rise");
  }

  // Whether the three words after the numbers of x and y are the same
  // words ("people were killed"): one statement printed twice.
  bool SameWordsAfter(const Mention& x, const Mention& y) const {
    const Words wx = c_.W(x.sentence);
    const Words wy = c_.W(y.sentence);
    int i = wx.Next(x.end_token - 1);
    int j = wy.Next(y.end_token - 1);
    for (int n = 0; n < 3; ++n, i = wx.Next(i), j = wy.Next(j)) {
      if (!wx.IsWord(i) || !wy.IsWord(j) ||
          wx.LowerText(i) != wy.LowerText(j)) {
        return false;
      }
    }
    return true;
  }

  // Whether two counts name the same thing: the same last word or the
  // same first ("cases" and "cases reported").
  static bool SameThing(const std::string& a, const std::string& b) {
    const std::string x = absl::AsciiStrToLower(a);
    const std::string y = absl::AsciiStrToLower(b);
    // Words that count people: "36 people" ... "36 innocent lives".
    static const Set* people =
        new Set{"people", "persons", "lives", "individuals"};
    return HeadView(x) == HeadView(y) ||
           x.substr(0, x.find(' ')) == y.substr(0, y.find(' ')) ||
           (people->contains(HeadView(x)) && people->contains(HeadView(y)));
  }

  // Whether a and b differ by at most a tenth of the larger.
  static bool Close(const Rational& a, const Rational& b) {
    const Rational d = a > b ? a - b : b - a;
    const Rational m = a > b ? a : b;
    return d * Rational(10) <= m;
  }

  // One unit, and what each counts, when both say, alike.
  // Whether x and y, both counts (or whole numbers), share no count: "death
  // toll at 340" and "more than 340" overlap only between 340 and 340.5,
  // where no count is, so they are no one toll (the headline rounds), and
  // checked as counts the pair is an error on a correct text.
  bool NoCountInBoth(const Mention& x, const Mention& y) const {
    return c_.CountLike(x) && c_.CountLike(y) &&
           x.interval.Intersect(y.interval).Counts().empty();
  }

  static bool Alike(const Mention& x, const Mention& y) {
    if (ClaimContext::UnitFamily(x) != ClaimContext::UnitFamily(y) ||
        (x.unit == v1::UNIT_MULTIPLE) != (y.unit == v1::UNIT_MULTIPLE)) {
      return false;
    }
    if (x.unit_name.empty() || y.unit_name.empty() || x.inherited_unit ||
        y.inherited_unit) {
      return true;
    }
    // The same last word or the same first ("Cities Shows", "cities").
    const std::string a = absl::AsciiStrToLower(x.unit_name);
    const std::string b = absl::AsciiStrToLower(y.unit_name);
    return HeadView(a) == HeadView(b) ||
           a.substr(0, a.find(' ')) == b.substr(0, b.find(' '));
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeSameQuantities(ClaimContext& c) {
  SameQuantityRule rule(c);
  rule.SameQuantities();
  rule.Repeats();
  rule.PercentRepeats();
  rule.Brackets();
  rule.Conversions();
  rule.ItemHeads();
  rule.LineRepeats();
  rule.Headlines();
}

}  // namespace claimcheck::text
