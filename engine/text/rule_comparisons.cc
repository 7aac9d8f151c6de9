// Comparisons the words state between printed figures. The figures compared
// must be of one family (percentages, money, rates, counts of one thing).
//
// Verbs:
//   "the gain of 248,000 exceeded the average gain of 213,000"
//                                    greater: "exceeded", "topped", "beat",
//                                    "surpassed", "outpaced", "above"
//   "sold 51m iPhones, missing analyst estimates of 54.7m"
//                                    less: "missing", "trailed", "lagged",
//                                    "below"
//   "Earnings of $1.10 a share fell short of the $1.25 analysts expected"
//                                    less: "fell short of" (and "falls",
//                                    "falling"... before "short of"); not
//                                    "was short of", nor "short" alone
//   "Spending of $4.2 billion dwarfed the $1.1 billion it raised"
//                                    greater, as "outnumbered", "overtook",
//                                    "outpacing" and the other forms of the
//                                    verbs above; "outnumbered" compares
//                                    counts of two groups ("1,200 women
//                                    outnumbered the 800 men"), the others
//                                    figures of one thing
//   The subject is the nearest figure before the verb in its clause, the
//   other the first after it; a number joined to a noun by a hyphen
//   ("three-month") is neither, and a participle right after its number
//   describes what is counted ("eight missing persons, two of whom were
//   found"): no comparison.
//
// A contest's two sides:
//   "Biden defeats Trump by 3 points, 48% to 45%", "Smith leads Jones 52%
//   to 41% among women"          a verb of winning ("defeats", "beats",
//                                "leads", "edges", "outpolls", "wins"...:
//                                greater) or losing ("trails", "loses":
//                                less), then in its clause, past a margin
//                                after "by", two comparable figures joined
//                                by "to": the first is the subject. A pair
//                                that rises is printed as a span is ("won
//                                52% to 58% of the vote"): low. Not "led
//                                to", nor after "with", "from", "between",
//                                "up", "down" or a verb of movement ("won
//                                approval, with 60% to 65% of voters in
//                                favor", "Sales leads fell 12% to 10%").
//                                "of the vote" may stand before "to", and
//                                the other side's name with its
//                                possessive after it ("won 52% of the
//                                vote to Jones's 45%").
//
// A bound crossed, with the level given after:
//   "The U.S. unemployment rate dipped below 6 percent ... The jobless rate
//   fell 0.2 percentage points to 5.9 percent"
//                                    a noun, a verb of level or movement
//                                    ("is", "dipped", "rose", "remained"),
//                                    then a bound ("below"/"under": less;
//                                    "above"/"over": greater), no figure
//                                    before it in the clause; the subject is
//                                    the first figure after "to" after the
//                                    same noun in one of the two sentences
//                                    after, comparable and printed without a
//                                    qualifier. Not "is not below 6
//                                    percent", nor a level of another noun.
//
// "than" with figures on both sides:
//   "higher among those in nonmetropolitan areas (12.4%) than among those in
//   metropolitan areas (8.9%)", "Women (7.2%) were more likely than men
//   (3.3%)", "More white adults (17.8%) ... than black (14.7%) and Asian
//   (14.9%) adults"              a comparative ("more", "higher", "less",
//                                "lower", "fewer"...) before "than": the
//                                subject is the last figure before "than"
//                                in the clause, the others every figure
//                                after it in the clause; two in brackets
//                                joined by "and" before ("only Muller (64)
//                                and Messi (47) have more assists than
//                                Alexander-Arnold (42)") are both the
//                                other side of the one after "than"
//   "That's a significantly higher number than the average of 30 a day"
//                                "That's" opening the sentence: the
//                                subject is the one comparable figure of
//                                the sentence before
//   "Prices rose 4.1%, faster than the national rate of 3.2%"
//                                "faster" (greater) and "slower" (less)
//                                compare paces: percentages only ("ran
//                                the mile in 4:05, faster than his 4:10"
//                                is a shorter time).
//   Not "12 more than" (a difference, rule_changes.cc) nor "more than 60"
//   (a qualifier the figure reads).
//
// "versus":
//   "more likely than men (9.7% versus 5.5%)", "(53% vs 41% and 33%)",
//   "(45% vs 33% each)"          the figure before "versus" against the ones
//                                after, in the direction of the sentence's
//                                comparative; "This pattern prevailed in
//                                each group: Hispanic adults (7.8% versus
//                                3.9%); ..." takes the direction of the
//                                sentence before. No comparative, no claim
//                                ("the difference (21.9% versus 19.8%) did
//                                not reach significance"); none between
//                                bare numbers ("group 1 vs 2"): each figure
//                                names its unit or what it counts.
//
// "more likely than" groups by name, then a pair:
//   "Women were more likely than men to say so (45% compared with 38%)",
//   "..., 45% to 38%", "(38% and 45%, respectively)"
//                                "more likely" ("less likely", "likelier")
//                                then "than" and a name, no figure, then
//                                the first figure after it, "compared
//                                with" (or "to"), "to" or "and" (with
//                                "respectively" after) and the second: the
//                                first above (below) the second. Not a
//                                change's endpoints ("rates rose from 40%
//                                to 60%"), not with a third figure after
//                                "than", not "(45% and 38%)" without
//                                "respectively", not with "versus" (the
//                                pairs say it there).
//
// Amounts per share beside the endpoints of a change:
//   "net income rose to $663 million, or 83 cents a share, from $545
//   million, or 69 cents a share"  a verb of movement ("rose", "grew",
//                                "fell", "declined"...) then "to", each
//                                endpoint restated after ", or" as an
//                                amount "a share" ("per share"): the later
//                                amount per share is above (below) the
//                                earlier; "rose to $1.52 billion, or $1.52
//                                per share." then "That compared with $1.46
//                                billion, or $1.43 per share" the same.
//                                Not an endpoint restated otherwise ("or 8%
//                                of sales").
//
// A comparison a clause supposes ("would be higher than") is proposed at
// low confidence.
//
// Superlatives over a list:
//   "The most prevalent conditions were obesity (25.5%), depression
//   (21.3%), and high blood pressure (10.7%)"
//                                "the" and a superlative ("most", "largest",
//                                "highest", "top", "leading"; "lowest",
//                                "fewest", "least" for the smallest), what
//                                is ranked, then "was"/"were"/"is"/"are" and
//                                a list of comparable figures, each alone
//                                in parentheses after what it measures: the
//                                first is the largest (smallest) of them.
//                                Not "came from housing (1.49 percentage
//                                points) and transport (1.47 ...)" (the
//                                largest named, not ordered), not "the top
//                                two counties were" (a figure before the
//                                verb), not a list whose figures are
//                                printed otherwise ("yes, given by 40% of
//                                men and 35% of women").
//
// Ranks after a superlative, in the next sentence:
//   "The fastest-growing county over the past decade was McKenzie County,
//   N.D., which had a population increase of 131.2 percent. Williams County,
//   N.D. and Hays County, Texas were the second and third fastest-growing
//   counties, gaining 83 percent and 53 percent more residents,
//   respectively."               "the second" (and "third", "fourth"... in
//                                turn, none left out) before the words the
//                                sentence before ranks by after "the" ("most",
//                                "largest", "highest", "biggest",
//                                "greatest", "top", "leading";
//                                "fastest-growing", "fastest-rising"): the
//                                one comparable figure of the sentence
//                                before is the largest, and the figures of
//                                this one, as many as the ranks (with
//                                "respectively" for two or more), are
//                                second, third... of them all. Not "the
//                                second and third smallest" (a rank counts
//                                from the largest), not "fastest" alone (a
//                                time ranks the other way), not when
//                                either sentence prints another figure
//                                those compare with, nor with a rank
//                                skipped ("the third and fourth largest").
//
// A ranked list after "followed by":
//   "Maharashtra tops the tally with 160 fatalities, followed by Madhya
//   Pradesh at 50, Delhi at 28, Gujarat at 26 and Telengana at 17"
//                                the leader, the nearest figure before
//                                "followed by" in its clause, after a verb
//                                of leading ("tops", "led", "leads": the
//                                figure after "with", "at" or "(") or
//                                after "the" and a superlative ("the
//                                busiest", "the highest"; "the lowest",
//                                "the fewest" for the smallest), is the
//                                largest of every figure after "by" in the
//                                clause and they rank second, third... in
//                                their order; with one figure after, the
//                                leader is above it ("4.6 million tonnes
//                                followed by ...": "followed" ends what a
//                                figure counts, mentions.cc). Low when a
//                                figure is qualified ("over 10 percent",
//                                "nearly 8 percent": the order may not
//                                hold of the printed values). Not after
//                                "to" or "from" ("followed by a rise to
//                                $120"), not figures of another thing
//                                ("30 points, followed by Jones with 8
//                                rebounds"), not "prices topped $100,
//                                followed by ...", not an event after
//                                ("led the Nasdaq with a 5% gain,
//                                followed by a 7% drop": each figure
//                                stands after "at", "with", "(", a comma
//                                or a possessive), no ranks for a list
//                                led by the smallest.
//
// Ranks after "with", in the next sentence:
//   "The busiest region for passenger traffic in 2015 was Asia-Pacific with
//   2.46 billion. Europe followed with 1.93 billion, and North America came
//   third with 1.72 billion."   every figure of the sentence after "with",
//                                the word before "with" giving its rank
//                                ("followed" second, "second", "third"...
//                                in turn, none skipped); the sentence
//                                before has "the" and a superlative and
//                                one figure after it, comparable: the
//                                largest of them all (above the one figure
//                                ranked after it). Not "Labour came third
//                                with 40 seats" after one figure (the
//                                second not given), not "followed with 12
//                                goals and 3 wins" (a figure not ranked).
//
// Majorities:
//   "more than half of the cases (128 out of 205)", "a majority (322 of
//   605)"                        the part is more than half of the whole
//                                (the two counts of "128 out of 205",
//                                which the number reader reads as one
//                                phrase, each a figure)
//   "more than half of the 205 cases (128)"
//                                the whole after "of", the part alone in
//                                parentheses after it; both counts (not
//                                "half of the 205 cases (62%)")
//   "Of the $1.3 million the group collected, about $667,000 came from
//   supermarkets. That's a little less than half of the group's total."
//                                a sentence opening "That's" ("That is",
//                                "This was") and half in words after
//                                "nearly", "just under", "a little less
//                                than" (a little under half) or "more
//                                than", "over" (a majority), after a
//                                sentence opening "Of" and its whole, the
//                                part opening the clause after the next
//                                comma (medium; not "half" or "about
//                                half" alone, rounded more loosely)
#include <algorithm>
#include <iterator>
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

const Set& MoreWords() {
  static const Set* s =
      new Set{"more", "higher", "greater", "larger", "bigger", "likelier"};
  return *s;
}

const Set& LessWords() {
  static const Set* s = new Set{"less", "lower", "fewer", "smaller"};
  return *s;
}

// Whether token j ends a name's possessive: "Jones's", "Jones'", or the
// "'s" ICU splits from it.
bool Possessive(const Words& w, int j) {
  const std::string t = w.LowerText(j);
  return absl::EndsWith(t, "'s") || absl::EndsWith(t, "\xE2\x80\x99s") ||
         t == "'" || t == "\xE2\x80\x99";
}

// The comparatives of a pace: "grew faster than", "slower than".
const Set& GrowthWords() {
  static const Set* s = new Set{"faster", "slower"};
  return *s;
}

const Set& Conjunctions() {
  static const Set* s =
      new Set{"but", "while", "whereas", "although", "though", "yet"};
  return *s;
}

bool ClauseEnd(const Words& w, int j) {
  return w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":") ||
         w.IsPunct(j, "?") || w.IsPunct(j, "!");
}

bool IsVersus(const Words& w, int j) {
  return w.Is(j, "versus") || w.Is(j, "vs");
}

// The words IsVersus answers, for the cue pass (ClaimContext::MayHold).
const Set& VersusWords() {
  static const Set* s = new Set{"versus", "vs"};
  return *s;
}

// The verbs before "short of" that say a figure is below another.
const Set& FallShortVerbs() {
  static const Set* s = new Set{"fell", "fall", "falls", "falling", "fallen"};
  return *s;
}

class ComparisonsRule {
 public:
  explicit ComparisonsRule(ClaimContext& c) : c_(c) {}

  void Verbs(int s) {
    static const Set* greater =
        new Set{"exceed",      "exceeded",    "exceeds",      "exceeding",
                "topped",      "tops",        "topping",      "beat",
                "beats",       "beating",     "surpass",      "surpassed",
                "surpasses",   "surpassing",  "outpaced",     "outpaces",
                "outpacing",   "outstripped", "outstrips",    "outstripping",
                "eclipsed",    "eclipses",    "eclipsing",    "outnumber",
                "outnumbered", "outnumbers",  "outnumbering", "overtook",
                "overtaking",  "dwarfed",     "dwarfs",       "dwarfing",
                "above"};
    static const Set* less =
        new Set{"missing", "missed", "misses",  "trailed", "trailing",
                "lagged",  "lags",   "lagging", "below",   "short"};
    static const Set* either = new Set{greater, less};
    if (!c_.MayHold(s, *either)) return;
    // The figure after the verb is a quantity of the sentence: without
    // one, the words are not walked.
    if (c_.quantities(s).empty()) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *either)) continue;
      const bool gt = w.IsIn(k, *greater);
      const bool lt = w.IsIn(k, *less);
      if (!gt && !lt) continue;
      // "short" only in "fell short of" (and "falls"...): "short
      // sellers", "a short week" compare nothing.
      if (w.Is(k, "short") &&
          (!w.IsIn(w.Prev(k), FallShortVerbs()) || !w.Is(w.Next(k), "of"))) {
        continue;
      }
      if (c_.MentionAt(s, k) >= 0) continue;  // "below 6 percent": a bound
      if (w.Is(w.Next(k), "by")) continue;    // "topped by": the passive
      int other = -1;
      for (int j = w.Next(k); j < w.size() && j < k + 30; j = w.Next(j)) {
        if (ClauseEnd(w, j)) break;
        const int m = c_.MentionStartingAt(s, j);
        if (m >= 0 && !c_.Adjectival(m)) {
          other = m;
          break;
        }
      }
      if (other < 0) continue;
      int subject = -1;
      for (int j = w.Prev(k); j >= 0 && j > k - 30; --j) {
        // "..., but still exceeds": the subject is not in this clause.
        if (ClauseEnd(w, j) || w.IsIn(j, Conjunctions())) break;
        // The nearest figure before: when it cannot be compared with the
        // other, the verb compares something else.
        const int m = c_.MentionEndingAt(s, j);
        // "eight missing persons, two of whom": a participle right after
        // its number describes what is counted; it compares nothing.
        if (m >= 0 && j == w.Prev(k) && absl::EndsWith(w.LowerText(k), "ing")) {
          break;
        }
        if (m >= 0 && !c_.Adjectival(m)) {
          // "1,200 women outnumbered 800 men": counts of two groups.
          const bool groups = absl::StartsWith(w.LowerText(k), "outnumber") &&
                              c_.Countish(c_.m(m)) && c_.Countish(c_.m(other));
          if (groups || c_.Comparable(c_.m(m), c_.m(other))) subject = m;
          break;
        }
      }
      if (subject < 0 || subject == other) continue;
      Emit(s, k, subject, {other},
           gt ? v1::RELATION_GREATER : v1::RELATION_LESS,
           {c_.TokenSpan(s, k, k)});
    }
  }

  // "Biden defeats Trump by 3 points, 48% to 45%", "Smith leads Jones 52%
  // to 41% among women": a verb of winning (losing), then in its clause
  // the two sides' figures joined by "to", the winner's first.
  void Contest(int s) {
    static const Set* win =
        new Set{"defeats",  "defeated",  "defeating", "beats", "beating",
                "leads",    "leading",   "edges",     "edged", "edging",
                "outpolls", "outpolled", "wins",      "won"};
    static const Set* lose =
        new Set{"trails", "trailed", "trailing", "loses", "lost"};
    static const Set* either = new Set{win, lose};
    // Words after which the figures are of something else: "with 60% to
    // 65% of voters", "up from", and a verb of movement ("Sales leads fell
    // 12% to 10%": "leads" a noun).
    static const Set* aside =
        new Set{"with",    "from",     "between",   "up",        "down",
                "rising",  "falling",  "rose",      "fell",      "grew",
                "dropped", "declined", "increased", "decreased", "climbed",
                "jumped",  "slipped",  "slid",      "gained",    "lost"};
    static const Set* votes = new Set{"vote", "votes", "ballots"};
    if (!c_.MayHold(s, *either)) return;
    // Its two sides are quantities of the sentence: without two, the
    // words are not walked.
    if (c_.quantities(s).size() < 2) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *either) || w.Is(w.Next(k), "to")) continue;
      // The first figure after the verb in its clause, past a margin ("by 3
      // points"); it and the one after "to" are the two sides.
      int first = -1;
      for (int j = w.Next(k); j < w.size() && j < k + 40; j = w.Next(j)) {
        // "won approval, with 60% to 65% of voters", "leads, up from 2
        // points to 5": figures of something else.
        if (ClauseEnd(w, j) || w.IsIn(j, *aside)) break;
        const int m = c_.MentionStartingAt(s, j);
        if (m < 0) continue;
        if (w.Is(w.Prev(j), "by")) {
          j = c_.m(m).end_token - 1;
          continue;
        }
        first = m;
        break;
      }
      if (first < 0 || c_.used(first) || c_.Adjectival(first) ||
          w.Is(w.Prev(c_.m(first).first_token), "from")) {
        continue;
      }
      int to = w.Next(c_.m(first).end_token - 1);
      // "won 52% of the vote to Jones's 45%"
      if (w.Is(to, "of") && w.Is(w.Next(to), "the") &&
          w.IsIn(w.Next(w.Next(to)), *votes)) {
        to = w.Next(w.Next(w.Next(to)));
      }
      if (!w.Is(to, "to")) continue;
      // Past the other side's name, its possessive closing it.
      int at = w.Next(to);
      for (int n = 0; n < 4 && at < w.size() && c_.MentionAt(s, at) < 0 &&
                      (w.IsWord(at) || Possessive(w, at));
           ++n) {
        at = w.Next(at);
      }
      if (at != w.Next(to) && !Possessive(w, w.Prev(at))) continue;
      const int second = c_.MentionStartingAt(s, at);
      if (second < 0 || c_.used(second) || c_.Adjectival(second) ||
          !c_.Comparable(c_.m(first), c_.m(second))) {
        continue;
      }
      // A pair that rises is printed as a span is ("52% to 58% of voters"):
      // a proposal.
      const bool rises = c_.m(first).value < c_.m(second).value;
      Emit(s, k, first, {second},
           w.IsIn(k, *win) ? v1::RELATION_GREATER : v1::RELATION_LESS,
           {c_.TokenSpan(s, k, k), c_.TokenSpan(s, to, to)}, rises);
    }
  }

  // "The U.S. unemployment rate dipped below 6 percent ..." then "The
  // jobless rate fell 0.2 percentage points to 5.9 percent": the level a
  // sentence after gives for the same noun is below the bound.
  void Bounds(int s) {
    static const Set* verbs =
        new Set{"is",      "was",   "are",     "were",    "dipped", "fell",
                "fall",    "falls", "dropped", "slipped", "sank",   "rose",
                "rise",    "rises", "climbed", "jumped",  "stayed", "remained",
                "remains", "stood", "stands"};
    static const Set* bounds = new Set{"below", "under", "above", "over"};
    if (!c_.MayHold(s, *bounds)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      const bool lt = w.Is(k, "below") || w.Is(k, "under");
      if (!lt && !w.Is(k, "above") && !w.Is(k, "over")) continue;
      const int bound = c_.MentionStartingAt(s, k);
      if (bound < 0 || c_.used(bound)) continue;
      // The subject: a noun before the verb, no figure in the clause
      // before it ("is not below 6%" has no verb before the bound).
      const int verb = w.Prev(k);
      const int head = w.Prev(verb);
      if (!w.IsIn(verb, *verbs) || !w.IsWord(head) || w.IsIn(head, *verbs)) {
        continue;
      }
      bool figure_before = false;
      for (int j = head; j >= 0; j = w.Prev(j)) {
        if (ClauseEnd(w, j)) break;
        if (c_.MentionAt(s, j) >= 0) figure_before = true;
      }
      if (figure_before) continue;
      const int subject = LevelAfter(s, w.LowerText(head), bound);
      if (subject < 0) continue;
      Emit(s, k, subject, {bound},
           lt ? v1::RELATION_LESS : v1::RELATION_GREATER,
           {c_.TokenSpan(s, verb, verb), c_.TokenSpan(s, k, k)});
    }
  }

  // The direction of the sentence's comparative before token `before`:
  // GREATER, LESS, or UNSPECIFIED when it has none.
  v1::Relation Comparative(const Words& w, int s, int before) const {
    for (int j = before - 1; j >= 0; --j) {
      if (c_.MentionAt(s, j) >= 0) continue;
      if (w.IsIn(j, MoreWords())) return v1::RELATION_GREATER;
      if (w.IsIn(j, LessWords())) return v1::RELATION_LESS;
    }
    return v1::RELATION_UNSPECIFIED;
  }

  void Than(int s) {
    static const Set* than = new Set{"than"};
    if (!c_.MayHold(s, *than)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (IsVersus(w, k)) return;  // the pairs say it (Versus)
    }
    for (int t = 0; t < w.size(); ++t) {
      if (!w.Is(t, "than") || c_.MentionAt(s, t) >= 0) continue;
      // The comparative, in the clause before "than".
      int cmp = -1;
      int clause = 0;
      for (int j = w.Prev(t); j >= 0 && j > t - 60; j = w.Prev(j)) {
        if (ClauseEnd(w, j)) {
          clause = j + 1;
          break;
        }
        if (cmp < 0 && c_.MentionAt(s, j) < 0 &&
            (w.IsIn(j, MoreWords()) || w.IsIn(j, LessWords()) ||
             w.IsIn(j, GrowthWords()))) {
          cmp = j;
        }
      }
      if (cmp < 0) continue;
      // "rose 4.1%, faster than the national rate of 3.2%": a pace, said
      // of percentages only ("faster than his 4:10" is a shorter time).
      const bool pace = w.IsIn(cmp, GrowthWords());
      // "12 more than", "24 percent higher than": a difference.
      if (c_.MentionEndingAt(s, w.Prev(cmp)) >= 0) continue;
      // "more than 60", "less than a year", "more than doubled": a
      // qualifier. ("higher than", "lower than" compare.)
      const int after = w.Next(t);
      if (w.Next(cmp) == t &&
          (w.Is(cmp, "more") || w.Is(cmp, "less") || w.Is(cmp, "fewer"))) {
        continue;
      }
      const v1::Relation rel = w.IsIn(cmp, MoreWords()) || w.Is(cmp, "faster")
                                   ? v1::RELATION_GREATER
                                   : v1::RELATION_LESS;
      // The others: every figure after "than" in the clause.
      std::vector<int> others;
      for (int j = after; j < w.size(); j = w.Next(j)) {
        if (ClauseEnd(w, j) || w.Is(j, "than")) break;
        const int m = c_.MentionStartingAt(s, j);
        if (m < 0 || c_.Adjectival(m)) continue;
        // A figure a statistical test reads ("t(97) = 2.03") ends the list.
        if (c_.used(m)) break;
        const std::string label = StatLabel(w, s, m);
        if (label == "t" || label == "f" || label == "p") break;
        j = c_.m(m).end_token - 1;
        if (!label.empty() && label != "m" && label != "mean") continue;
        others.push_back(m);
      }
      if (others.empty()) continue;
      int subject = -1;
      for (int j = w.Prev(t); j >= clause; j = w.Prev(j)) {
        const int m = c_.MentionEndingAt(s, j);
        if (m < 0 || c_.Adjectival(m)) continue;
        const std::string label = StatLabel(w, s, m);
        if (!label.empty() && label != "m" && label != "mean") continue;
        subject = m;
        break;
      }
      if (subject < 0 && StartsWithThat(w)) subject = OneBefore(s, others[0]);
      if (subject < 0) continue;
      std::vector<int> kept;
      for (int o : others) {
        if (o != subject && c_.Comparable(c_.m(subject), c_.m(o))) {
          kept.push_back(o);
        }
      }
      if (kept.size() != others.size() || kept.empty()) continue;
      if (pace && (c_.m(subject).unit != v1::UNIT_PERCENT ||
                   std::any_of(kept.begin(), kept.end(), [&](int o) {
                     return c_.m(o).unit != v1::UNIT_PERCENT;
                   }))) {
        continue;
      }
      // "only Muller (64) and Messi (47) have more assists than
      // Alexander-Arnold (42)": two figures in brackets joined by "and"
      // before "than" are both the subject; the one figure after it is
      // compared with both, the other way.
      const int first =
          Bracketed(w, s, subject) ? JoinedBefore(w, s, subject) : -1;
      if (first >= 0 && c_.m(first).first_token >= clause && kept.size() == 1 &&
          c_.Comparable(c_.m(first), c_.m(kept[0]))) {
        Emit(s, cmp, kept[0], {first, subject},
             rel == v1::RELATION_GREATER ? v1::RELATION_LESS
                                         : v1::RELATION_GREATER,
             {c_.TokenSpan(s, cmp, cmp), c_.TokenSpan(s, t, t)});
        continue;
      }
      Emit(s, cmp, subject, kept, rel,
           {c_.TokenSpan(s, cmp, cmp), c_.TokenSpan(s, t, t)});
    }
  }

  // Whether mention m stands alone in brackets: "(47)".
  bool Bracketed(const Words& w, int s, int m) const {
    return w.IsPunct(w.Prev(c_.m(m).first_token), "(") &&
           w.IsPunct(w.Next(c_.m(m).end_token - 1), ")");
  }

  // The figure in brackets that "and" and a few words with no number join
  // to the one in brackets at m: the 64 of "Muller (64) and Messi (47)";
  // -1.
  int JoinedBefore(const Words& w, int s, int m) const {
    int j = w.Prev(w.Prev(c_.m(m).first_token));
    for (int n = 0; n < 4 && j >= 0 && w.IsWord(j) && !w.Is(j, "and") &&
                    c_.MentionAt(s, j) < 0;
         ++n) {
      j = w.Prev(j);
    }
    if (!w.Is(j, "and") || !w.IsPunct(w.Prev(j), ")")) return -1;
    const int before = c_.MentionEndingAt(s, w.Prev(w.Prev(j)));
    return before >= 0 && !c_.Adjectival(before) && Bracketed(w, s, before)
               ? before
               : -1;
  }

  void Versus(int s, v1::Relation* last) {
    // No "versus": no claim, and no direction for the next sentence.
    if (!c_.MayHold(s, VersusWords())) {
      *last = v1::RELATION_UNSPECIFIED;
      return;
    }
    const Words w = c_.W(s);
    bool any = false;
    bool pattern = false;
    for (int k = 0; k < w.size(); ++k) {
      if (w.Is(k, "pattern")) pattern = true;
    }
    for (int v = 0; v < w.size(); ++v) {
      if (!IsVersus(w, v)) continue;
      // The figure before, a few words back at most.
      int left = -1;
      for (int j = w.Prev(v), n = 0; j >= 0 && n < 8; j = w.Prev(j), ++n) {
        if (ClauseEnd(w, j) || IsVersus(w, j) || w.IsPunct(j, "(")) break;
        left = c_.MentionEndingAt(s, j);
        if (left >= 0) break;
      }
      int r = w.Next(v);
      if (w.IsPunct(r, ".")) r = w.Next(r);  // "vs."
      const int right = c_.MentionStartingAt(s, r);
      if (left < 0 || right < 0) continue;
      std::vector<int> others = {right};
      int j = w.Next(c_.m(right).end_token - 1);
      while (w.Is(j, "and") || w.IsPunct(j, ",")) {
        const int m = c_.MentionStartingAt(s, w.Next(j));
        if (m < 0) break;
        others.push_back(m);
        j = w.Next(c_.m(m).end_token - 1);
      }
      v1::Relation rel = Comparative(w, s, v);
      if (rel == v1::RELATION_UNSPECIFIED && pattern) rel = *last;
      if (rel == v1::RELATION_UNSPECIFIED) continue;
      // Bare numbers on both sides ("group 1 vs 2", "25 vs 34") name
      // nothing the words compare: a unit or what is counted must say it.
      bool comparable = Named(c_.m(left));
      for (int o : others) {
        comparable =
            comparable && Named(c_.m(o)) && c_.Comparable(c_.m(left), c_.m(o));
      }
      if (!comparable) continue;
      Emit(s, v, left, others, rel, {c_.TokenSpan(s, v, v)});
      *last = rel;
      any = true;
    }
    if (!any) *last = v1::RELATION_UNSPECIFIED;
  }

  // "Women were more likely than men to say so (45% compared with 38%)",
  // "..., 45% to 38%", "(45% and 38%, respectively)": "more likely than"
  // ("less likely", "likelier") comparing groups by name, then the two
  // figures as a pair after it: the first is the subject, in the
  // direction of the comparative.
  void LikelyThan(int s) {
    static const Set* likely = new Set{"likely", "likelier"};
    if (!c_.MayHold(s, *likely) || c_.MayHold(s, VersusWords())) return;
    const Words w = c_.W(s);
    v1::Relation rel = v1::RELATION_UNSPECIFIED;
    int than = -1;
    int cue = -1;
    for (int k = 0; k < w.size() && than < 0; ++k) {
      const bool likelier = w.Is(k, "likelier");
      if (!likelier && !(w.Is(k, "likely") && (w.Is(w.Prev(k), "more") ||
                                               w.Is(w.Prev(k), "less")))) {
        continue;
      }
      // "than" and the group's name after it, no figure between.
      for (int j = w.Next(k), n = 0; j < w.size() && n < 3;
           j = w.Next(j), ++n) {
        if (c_.MentionAt(s, j) >= 0) break;
        if (w.Is(j, "than")) {
          than = j;
          break;
        }
      }
      if (than < 0 || c_.MentionStartingAt(s, w.Next(than)) >= 0) {
        than = -1;
        continue;
      }
      cue = k;
      rel = likelier || w.Is(w.Prev(k), "more") ? v1::RELATION_GREATER
                                                : v1::RELATION_LESS;
    }
    if (than < 0) return;
    // The pair: the first figure after "than", then "compared with" (or
    // "to"), "to", or "and" the second with "respectively" after it.
    int left = -1;
    for (int j = w.Next(than); j < w.size(); j = w.Next(j)) {
      if (ClauseEnd(w, j) && !w.IsPunct(j, ":")) return;
      left = c_.MentionStartingAt(s, j);
      if (left >= 0) break;
    }
    if (left < 0 || c_.used(left) || c_.Adjectival(left)) return;
    // "rates rose from 40% to 60%": a change's endpoints, not the pair.
    static const Set* moved =
        new Set{"from",    "between",  "rose",      "fell",      "grew",
                "dropped", "declined", "increased", "decreased", "climbed"};
    if (w.IsIn(w.Prev(c_.m(left).first_token), *moved)) return;
    int r = w.Next(c_.m(left).end_token - 1);
    bool respectively = false;
    if (w.Is(r, "compared") &&
        (w.Is(w.Next(r), "with") || w.Is(w.Next(r), "to"))) {
      r = w.Next(w.Next(r));
    } else if (w.Is(r, "to")) {
      r = w.Next(r);
    } else if (w.Is(r, "and")) {
      r = w.Next(r);
      respectively = true;
    } else {
      return;
    }
    const int right = c_.MentionStartingAt(s, r);
    if (right < 0 || c_.used(right) || c_.Adjectival(right)) return;
    int after = w.Next(c_.m(right).end_token - 1);
    if (w.IsPunct(after, ",")) after = w.Next(after);
    if (respectively && !w.Is(after, "respectively")) return;
    // No third figure in the sentence after the pair: one pair, one claim.
    for (int m : c_.quantities(s)) {
      if (m != left && m != right && !c_.Adjectival(m) &&
          c_.m(m).first_token > than) {
        return;
      }
    }
    if (!Named(c_.m(left)) || !Named(c_.m(right)) ||
        !c_.Comparable(c_.m(left), c_.m(right))) {
      return;
    }
    Emit(s, cue, left, {right}, rel,
         {c_.TokenSpan(s, cue, cue), c_.TokenSpan(s, than, than)});
  }

  // "The most prevalent conditions were obesity (25.5%), depression
  // (21.3%), and high blood pressure (10.7%)": the first of the list is the
  // largest of them ("the lowest", "the fewest": the smallest).
  void Superlatives(int s) {
    static const Set* largest = new Set{
        "most", "largest", "highest", "biggest", "greatest", "top", "leading"};
    static const Set* smallest =
        new Set{"least", "smallest", "lowest", "fewest"};
    static const Set* copula = new Set{"was", "were", "is", "are"};
    static const Set* either = new Set{largest, smallest};
    if (!c_.MayHold(s, *either)) return;
    // The list ranked is of two quantities of the sentence or more:
    // without two, the words are not walked.
    if (c_.quantities(s).size() < 2) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      const bool big = w.IsIn(k, *largest);
      if ((!big && !w.IsIn(k, *smallest)) || !w.Is(w.Prev(k), "the")) {
        continue;
      }
      // What is ranked, then the verb: no figure, comma or clause end
      // between ("the top five counties were" ranks five, not a list).
      int cop = -1;
      for (int j = w.Next(k), n = 0; j < w.size() && n < 8;
           j = w.Next(j), ++n) {
        if (ClauseEnd(w, j) || w.IsPunct(j, ",") || c_.MentionAt(s, j) >= 0) {
          break;
        }
        if (w.IsIn(j, *copula)) {
          cop = j;
          break;
        }
      }
      if (cop < 0) continue;
      // The list: every figure after the verb in the clause, each alone in
      // parentheses after what it measures. A figure printed otherwise
      // ("was yes, given by 40% of men and 35% of women") says the list is
      // no ranking of printed figures.
      std::vector<int> list;
      bool listed = true;
      for (int j = w.Next(cop); j < w.size(); j = w.Next(j)) {
        if (ClauseEnd(w, j)) break;
        const int m = c_.MentionStartingAt(s, j);
        if (m < 0) continue;
        const int after = w.Next(c_.m(m).end_token - 1);
        if (!w.IsPunct(w.Prev(j), "(") || !w.IsPunct(after, ")") ||
            c_.Adjectival(m) || !Named(c_.m(m))) {
          listed = false;
          break;
        }
        list.push_back(m);
        j = after;
      }
      if (!listed || list.size() < 2) continue;
      bool comparable = true;
      for (size_t i = 1; i < list.size(); ++i) {
        comparable = comparable && c_.Comparable(c_.m(list[0]), c_.m(list[i]));
      }
      if (!comparable) continue;
      Emit(s, k, list[0], std::vector<int>(list.begin() + 1, list.end()),
           big ? v1::RELATION_LARGEST : v1::RELATION_SMALLEST,
           {c_.TokenSpan(s, k, k), c_.TokenSpan(s, cop, cop)});
    }
  }

  // "Maharashtra tops the tally with 160 fatalities, followed by Madhya
  // Pradesh at 50, Delhi at 28 and Gujarat at 26", "the busiest airport
  // with 4.6 million tonnes followed by Memphis with 4.3 million tonnes":
  // the leader, named by a verb of leading or a superlative, is the
  // largest (smallest) of the figures listed after "followed by", and those
  // rank after it in their order.
  void FollowedBy(int s) {
    static const Set* followed = new Set{"followed"};
    static const Set* verbs =
        new Set{"tops", "topped", "topping", "leads", "led", "leading"};
    static const Set* most =
        new Set{"most", "largest", "highest", "biggest",  "greatest",
                "top",  "leading", "busiest", "deadliest"};
    static const Set* least = new Set{"least", "smallest", "lowest", "fewest"};
    if (!c_.MayHold(s, *followed)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.Is(k, "followed") || !w.Is(w.Next(k), "by")) continue;
      // The leader: the nearest figure before, in the clause; the cue
      // before it in the clause ("the" before a superlative).
      int leader = -1;
      int cue = -1;
      bool big = true;
      for (int j = w.Prev(k); j >= 0; j = w.Prev(j)) {
        if (ClauseEnd(w, j) || w.IsIn(j, Conjunctions())) break;
        if (leader < 0) {
          const int m = c_.MentionEndingAt(s, j);
          if (m >= 0 && !c_.Adjectival(m)) {
            leader = m;
            j = c_.m(m).first_token;
          }
          continue;
        }
        const bool superlative = w.Is(w.Prev(j), "the") ||
                                 w.Is(w.Prev(j), "its") ||
                                 w.Is(w.Prev(j), "their");
        if (w.IsIn(j, *least) && superlative) {
          cue = j;
          big = false;
          break;
        }
        // After a verb, the leader's figure after "with", "at" or "(":
        // "prices topped $100, followed by ..." crossed a bound.
        const int before = w.Prev(c_.m(leader).first_token);
        if ((w.IsIn(j, *verbs) && (w.Is(before, "with") || w.Is(before, "at") ||
                                   w.IsPunct(before, "("))) ||
            (w.IsIn(j, *most) && superlative)) {
          cue = j;
          break;
        }
      }
      if (leader < 0 || cue < 0 || c_.MentionAt(s, cue) >= 0) continue;
      // The figures after "by", to the end of the clause, each comparable
      // with the leader.
      std::vector<int> after;
      bool fits = true;
      for (int j = w.Next(w.Next(k)); j < w.size(); j = w.Next(j)) {
        if (ClauseEnd(w, j)) break;
        const int m = c_.MentionStartingAt(s, j);
        // A year or a date is no figure of the list ("in 2016").
        if (m < 0 || c_.m(m).reason != v1::UNUSED_REASON_UNSPECIFIED) continue;
        // A figure naming what it counts names what the leader's counts
        // ("30 points, followed by Jones with 8 rebounds" lists two
        // things); a bare one ("Delhi at 28") counts the same.
        const Mention& f = c_.m(m);
        const bool named_apart =
            !f.unit_name.empty() && !f.inherited_unit &&
            (c_.m(leader).unit_name.empty() ||
             Head(f.unit_name) != Head(c_.m(leader).unit_name));
        // Each figure after what it measures: "Delhi at 28", "Memphis with
        // 4.3 million", "blacks (nearly 8 percent)", "Indiana, 10.2";
        // not "followed by a 7% drop" (an event after, not a rank) nor "a
        // rise to $120".
        const int lead_in = w.Prev(j);
        const bool after_name = w.Is(lead_in, "at") || w.Is(lead_in, "with") ||
                                w.IsPunct(lead_in, "(") ||
                                w.IsPunct(lead_in, ",") ||
                                Possessive(w, lead_in);
        if (c_.Adjectival(m) || named_apart || !after_name ||
            !c_.Comparable(c_.m(leader), f)) {
          fits = false;
          break;
        }
        after.push_back(m);
        j = c_.m(m).end_token - 1;
      }
      if (!fits || after.empty()) continue;
      // A qualified figure ("over 7 percent", "nearly 8 percent") may
      // stand as high as the next: the order is a proposal.
      bool qualified = c_.m(leader).qualifier != v1::QUALIFIER_UNSPECIFIED;
      for (int m : after) {
        qualified = qualified || c_.m(m).qualifier != v1::QUALIFIER_UNSPECIFIED;
      }
      const Cues cues = {c_.TokenSpan(s, cue, cue), c_.TokenSpan(s, k, k)};
      if (after.size() == 1) {
        Emit(s, k, leader, after,
             big ? v1::RELATION_GREATER : v1::RELATION_LESS, cues, qualified);
        continue;
      }
      Emit(s, k, leader, after,
           big ? v1::RELATION_LARGEST : v1::RELATION_SMALLEST, cues, qualified);
      // Ranks count from the largest: only a list led by the largest.
      if (!big) continue;
      std::vector<int> all = {leader};
      all.insert(all.end(), after.begin(), after.end());
      for (size_t r = 1; r < all.size(); ++r) {
        std::vector<int> others;
        for (int m : all) {
          if (m != all[r]) others.push_back(m);
        }
        EmitRank(s, k, all[r], others, static_cast<int>(r) + 1, cues,
                 qualified);
      }
    }
  }

  // "The fastest-growing county ... was McKenzie County, ..., which had a
  // population increase of 131.2 percent. Williams County ... and Hays
  // County ... were the second and third fastest-growing counties, gaining
  // 83 percent and 53 percent more residents, respectively."
  void Ranks(int s) {
    static const Set* second = new Set{"second"};
    if (s == 0 || !c_.MayHold(s, *second)) return;
    static constexpr absl::string_view kOrdinals[] = {
        "second",  "third",  "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth",  "tenth"};
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.Is(k, "second") || !w.Is(w.Prev(k), "the")) continue;
      // The ranks in turn: "second and third", "second, third and fourth".
      int ranks = 1;  // of kOrdinals
      int last = k;
      while (ranks < static_cast<int>(std::size(kOrdinals))) {
        int n = w.Next(last);
        if (w.IsPunct(n, ",")) n = w.Next(n);
        if (w.Is(n, "and")) n = w.Next(n);
        if (!w.Is(n, kOrdinals[ranks])) break;
        last = n;
        ++ranks;
      }
      const int sup = w.Next(last);
      const int sup_end = RankingWords(w, sup);
      if (sup_end < 0) continue;
      // The same words after "the" in the sentence before, and its one
      // comparable figure after them.
      const Words b = c_.W(s - 1);
      int at = -1;
      for (int j = 0; j < b.size() && at < 0; ++j) {
        if (!b.Is(j, "the")) continue;
        int x = b.Next(j);
        bool same = true;
        for (int t = sup; t <= sup_end && same; ++t, ++x) {
          same = x < b.size() && w.at(t).kind == b.at(x).kind &&
                 absl::EqualsIgnoreCase(w.Text(t), b.Text(x));
        }
        if (same) at = b.Next(j);
      }
      if (at < 0) continue;
      std::vector<int> first;
      for (int m : c_.quantities(s - 1)) {
        if (!c_.Adjectival(m)) first.push_back(m);
      }
      if (first.size() != 1 || c_.m(first[0]).first_token < at ||
          !Named(c_.m(first[0]))) {
        continue;
      }
      // The ranked figures: every figure of this sentence, as many as the
      // ranks, after the ranking words, comparable with the largest.
      std::vector<int> ranked;
      for (int m : c_.quantities(s)) {
        if (!c_.Adjectival(m)) ranked.push_back(m);
      }
      bool fits = static_cast<int>(ranked.size()) == ranks;
      for (int m : ranked) {
        fits = fits && c_.m(m).first_token > sup_end &&
               c_.Comparable(c_.m(first[0]), c_.m(m));
      }
      bool respectively = ranks == 1;
      for (int j = sup_end; j < w.size() && !respectively; ++j) {
        respectively = w.Is(j, "respectively");
      }
      if (!fits || !respectively) continue;
      std::vector<int> all = ranked;
      all.push_back(first[0]);
      if (c_.Proposed(v1::Claim::kComparison, all)) continue;
      Emit(s - 1, at, first[0], ranked, v1::RELATION_LARGEST,
           {c_.TokenSpan(s - 1, at, at), c_.TokenSpan(s, k, last)});
      for (int r = 0; r < ranks; ++r) {
        std::vector<int> others = {first[0]};
        for (int o : ranked) {
          if (o != ranked[r]) others.push_back(o);
        }
        EmitRank(s, k, ranked[r], others, r + 2,
                 {c_.TokenSpan(s, k, last), c_.TokenSpan(s, sup, sup_end)});
      }
    }
  }

  // "The busiest region in 2015 was Asia-Pacific with 2.46 billion." then
  // "Europe followed with 1.93 billion, and North America came third with
  // 1.72 billion.": after a sentence that names the largest and prints one
  // figure, "followed with" (second) and an ordinal before "with" ("came
  // third with", "finished fourth with") rank the figures after "with".
  void FollowedWith(int s) {
    static const Set* cues = new Set{"followed", "second", "third"};
    static const Set* most =
        new Set{"most",     "largest", "highest", "biggest",
                "greatest", "top",     "leading", "busiest"};
    static constexpr absl::string_view kOrdinals[] = {
        "second",  "third",  "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth",  "tenth"};
    if (s == 0 || !c_.MayHold(s, *cues)) return;
    const Words w = c_.W(s);
    // Every figure of this sentence, each after "with" with its rank in the
    // word before: "followed" the second, an ordinal its own.
    std::vector<int> ranked;
    for (int m : c_.quantities(s)) {
      if (c_.Adjectival(m)) continue;
      const int with = w.Prev(c_.m(m).first_token);
      const int said = w.Prev(with);
      int rank = -1;
      if (w.Is(with, "with")) {
        if (w.Is(said, "followed")) rank = 2;
        for (int r = 0; r < static_cast<int>(std::size(kOrdinals)); ++r) {
          if (w.Is(said, kOrdinals[r])) rank = r + 2;
        }
      }
      if (rank != static_cast<int>(ranked.size()) + 2) return;
      ranked.push_back(m);
    }
    if (ranked.empty()) return;
    // The sentence before: "the" and a superlative, then its one figure.
    const Words b = c_.W(s - 1);
    int sup = -1;
    for (int j = 0; j < b.size() && sup < 0; ++j) {
      if (b.IsIn(j, *most) && b.Is(b.Prev(j), "the")) sup = j;
    }
    if (sup < 0) return;
    std::vector<int> first;
    for (int m : c_.quantities(s - 1)) {
      if (!c_.Adjectival(m)) first.push_back(m);
    }
    // (The ranks name the figures' order: a bare figure, "2.46 billion",
    // is ranked as a named one.)
    if (first.size() != 1 || c_.m(first[0]).first_token < sup) return;
    for (int m : ranked) {
      if (!c_.Comparable(c_.m(first[0]), c_.m(m))) return;
    }
    std::vector<int> all = ranked;
    all.push_back(first[0]);
    if (c_.Proposed(v1::Claim::kComparison, all)) return;
    const Cues cues_at = {c_.TokenSpan(s - 1, sup, sup)};
    Emit(s - 1, sup, first[0], ranked,
         ranked.size() == 1 ? v1::RELATION_GREATER : v1::RELATION_LARGEST,
         cues_at);
    if (ranked.size() == 1) return;
    for (size_t r = 0; r < ranked.size(); ++r) {
      std::vector<int> others = {first[0]};
      for (int o : ranked) {
        if (o != ranked[r]) others.push_back(o);
      }
      const int said = w.Prev(w.Prev(c_.m(ranked[r]).first_token));
      EmitRank(s, said, ranked[r], others, static_cast<int>(r) + 2,
               {c_.TokenSpan(s, said, said)});
    }
  }

  void Majorities(int s) {
    static const Set* cues = new Set{"half", "majority"};
    if (!c_.MayHold(s, *cues)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      const bool half = w.Is(k, "half") && (w.Is(w.Prev(w.Prev(k)), "more") ||
                                            w.Is(w.Prev(w.Prev(k)), "over") ||
                                            w.Is(w.Prev(k), "over"));
      if (!half && !w.Is(k, "majority")) continue;
      // "(128 out of 205)", "(322 of 605)" in the clause after.
      for (int j = w.Next(k), n = 0; j < w.size() && n < 16;
           j = w.Next(j), ++n) {
        if (ClauseEnd(w, j)) break;
        int part = c_.MentionStartingAt(s, j);
        if (part < 0) continue;
        // "(128 out of 205)" read as one phrase: its two counts.
        if (const auto [p, whole] = OutOf(s, part); p >= 0) {
          EmitMajority(s, p, whole, {c_.TokenSpan(s, k, k)});
          break;
        }
        int of = w.Next(c_.m(part).end_token - 1);
        // "more than half of the 205 cases (128)": the whole, what it
        // counts, then the part alone in parentheses.
        int open = of;
        for (int n = 0; n < 4 && w.IsWord(open); ++n) open = w.Next(open);
        if (const int before = w.Prev(j);
            (w.Is(before, "of") ||
             (w.Is(before, "the") && w.Is(w.Prev(before), "of"))) &&
            w.IsPunct(open, "(")) {
          const int p = Parenthesised(s, w.Next(open));
          if (p >= 0 && c_.CountLike(c_.m(p)) && c_.CountLike(c_.m(part))) {
            EmitMajority(s, p, part, {c_.TokenSpan(s, k, k)});
          }
          break;
        }
        if (w.Is(of, "out")) of = w.Next(of);
        if (!w.Is(of, "of")) break;
        const int whole = c_.MentionStartingAt(s, w.Next(of));
        if (whole < 0 || !c_.CountLike(c_.m(part)) ||
            !c_.CountLike(c_.m(whole))) {
          break;
        }
        EmitMajority(s, part, whole,
                     {c_.TokenSpan(s, k, k), c_.TokenSpan(s, of, of)});
        break;
      }
    }
  }

  // "Of the $1.3 million the group collected, about $667,000 came from
  // supermarkets." then "That's a little less than half of the group's
  // total.": a sentence opening "That's" ("That is", "This was") with
  // half in words, after a sentence opening "Of" and its whole, and a part
  // opening the clause after the next comma: the part is a little under
  // half of the whole ("nearly", "almost", "just under", "a little less
  // than", "slightly less than") or more than half ("more than", "over",
  // "just over"). Not "less than half" alone, nor "half" or "about half"
  // (writers round to half more loosely than "half" means).
  void ThatIsHalf(int s) {
    if (s == 0) return;
    const Words w = c_.W(s);
    if (!StartsWithThat(w)) return;
    int h = -1;
    for (int m : c_.quantities(s)) {
      const Mention& x = c_.m(m);
      if ((x.value == Rational(1, 2) || x.value == Rational(50)) &&
          w.Is(x.end_token - 1, "half") &&
          w.Is(w.Next(x.end_token - 1), "of")) {
        h = m;
        break;
      }
    }
    if (h < 0 || c_.used(h)) return;
    const Mention& x = c_.m(h);
    v1::Relation relation = v1::RELATION_UNSPECIFIED;
    const int before = w.Prev(x.first_token);
    const bool little = (w.Is(before, "little") && w.Is(w.Prev(before), "a")) ||
                        w.Is(before, "slightly");
    switch (x.qualifier) {
      case v1::QUALIFIER_NEARLY:
      case v1::QUALIFIER_JUST_UNDER:
        relation = v1::RELATION_NEARLY_HALF;
        break;
      case v1::QUALIFIER_LESS_THAN:
        if (little) relation = v1::RELATION_NEARLY_HALF;
        break;
      case v1::QUALIFIER_MORE_THAN:
      case v1::QUALIFIER_JUST_OVER:
        relation = v1::RELATION_MAJORITY;
        break;
      default:
        break;
    }
    if (relation == v1::RELATION_UNSPECIFIED) return;
    // The sentence before: "Of the W ..., P ...".
    const Words v = c_.W(s - 1);
    int first = 0;
    while (first < v.size() && !v.IsWord(first)) ++first;
    if (!v.Is(first, "of")) return;
    int at = v.Next(first);
    if (v.Is(at, "the") || v.Is(at, "all")) at = v.Next(at);
    const int whole = c_.MentionStartingAt(s - 1, at);
    if (whole < 0) return;
    int comma = v.Next(c_.m(whole).end_token - 1);
    for (int n = 0; n < 30 && comma < v.size() && !v.IsPunct(comma, ",");
         ++n, comma = v.Next(comma)) {
      // "the D.C. Salvation Army": the point of an abbreviation.
      const bool abbreviation =
          v.IsPunct(comma, ".") && v.Touch(comma - 1, comma) &&
          v.IsWord(comma - 1) && v.Text(comma - 1).size() <= 2;
      if (c_.MentionAt(s - 1, comma) >= 0 ||
          (ClauseEnd(v, comma) && !abbreviation)) {
        return;
      }
    }
    if (!v.IsPunct(comma, ",")) return;
    const int part = c_.MentionStartingAt(s - 1, v.Next(comma));
    if (part < 0 || !c_.Comparable(c_.m(part), c_.m(whole)) ||
        !(c_.m(part).value < c_.m(whole).value)) {
      return;
    }
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(part), "-half"));
    v1::ComparisonClaim* c = claim.mutable_comparison();
    c->set_subject_id(c_.id(part));
    c->set_relation(relation);
    c->set_whole_id(c_.id(whole));
    c_.Emit(claim, {part, whole, h}, s, v1::CONFIDENCE_MEDIUM,
            {c_.TokenSpan(s, x.first_token, x.end_token - 1)});
  }

 private:
  static bool StartsWithThat(const Words& w) {
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    if (first >= w.size()) return false;
    // Compared ignoring case where it stands, not lower-cased into a copy
    // first: every sentence is asked this.
    return w.Is(first, "that's") || w.Is(first, "that\xE2\x80\x99s") ||
           ((w.Is(first, "that") || w.Is(first, "this")) &&
            (w.Is(w.Next(first), "is") || w.Is(w.Next(first), "was")));
  }

  // The figure alone in parentheses from token t, "(128)": a quantity, or
  // a number the reader set aside by its look alone, as a list number or
  // the area code of a phone number no digits follow; -1 for anything
  // else (a year, "(2019)"; "(415) 555-0100").
  int Parenthesised(int s, int t) {
    const Words w = c_.W(s);
    if (const int m = c_.MentionStartingAt(s, t); m >= 0) {
      return w.IsPunct(w.Next(c_.m(m).end_token - 1), ")") ? m : -1;
    }
    if (!w.IsNumber(t) || !w.IsPunct(w.Next(t), ")")) return -1;
    for (int i = 0; i < c_.mentions(); ++i) {
      const Mention& x = c_.m(i);
      if (x.sentence == s && x.begin == w.at(t).begin && x.end == w.at(t).end) {
        const bool look = x.reason == v1::UNUSED_REASON_LIST_NUMBER ||
                          (x.reason == v1::UNUSED_REASON_PHONE_NUMBER &&
                           !w.IsNumber(w.Next(w.Next(t))));
        return look ? c_.MentionOf(s, x.begin, x.end) : -1;
      }
    }
    return -1;
  }

  // The level one of the two sentences after s gives for `head` ("rate"):
  // the first figure after "to" after the word, comparable with `bound`
  // and printed without a qualifier ("fell 0.2 percentage points to 5.9
  // percent", "pushing the unemployment rate down to 5.9%"); -1 when
  // neither sentence gives one.
  int LevelAfter(int s, const std::string& head, int bound) const {
    for (int u = s + 1; u < c_.sentences() && u <= s + 2; ++u) {
      const Words w = c_.W(u);
      int from = -1;
      for (int j = 0; j < w.size() && from < 0; ++j) {
        if (w.IsWord(j) && w.LowerText(j) == head) from = j;
      }
      if (from < 0) continue;
      for (int j = w.Next(from), n = 0; j < w.size() && n < 12;
           j = w.Next(j), ++n) {
        if (ClauseEnd(w, j)) break;
        if (!w.Is(j, "to")) continue;
        const int m = c_.MentionStartingAt(u, w.Next(j));
        if (m < 0) break;
        const Mention& x = c_.m(m);
        if (x.qualifier != v1::QUALIFIER_UNSPECIFIED ||
            ClaimContext::UnitFamily(x) !=
                ClaimContext::UnitFamily(c_.m(bound)) ||
            !c_.Comparable(x, c_.m(bound))) {
          break;
        }
        return m;
      }
      return -1;
    }
    return -1;
  }

  // The last token of the words a ranking goes by from token t, "largest",
  // "fastest-growing", counted from the largest; -1 when t starts none
  // ("fastest" alone: a time ranks the other way).
  static int RankingWords(const Words& w, int t) {
    static const Set* largest = new Set{
        "most", "largest", "highest", "biggest", "greatest", "top", "leading"};
    static const Set* growing = new Set{"growing", "rising"};
    if (w.IsIn(t, *largest)) return t;
    if (w.Is(t, "fastest") && w.IsPunct(t + 1, "-") && w.Touch(t, t + 1) &&
        w.Touch(t + 1, t + 2) && w.IsIn(t + 2, *growing)) {
      return t + 2;
    }
    return -1;
  }

  // The two counts of a phrase read as one, "128 out of 205": their
  // mentions, or {-1, -1}.
  std::pair<int, int> OutOf(int s, int m) {
    const Words w = c_.W(s);
    const Mention& x = c_.m(m);
    const int a = x.first_token;
    if (!w.IsNumber(a) || !w.Is(w.Next(a), "out") ||
        !w.Is(w.Next(w.Next(a)), "of")) {
      return {-1, -1};
    }
    const int b = w.Next(w.Next(w.Next(a)));
    if (!w.IsNumber(b) || b + 1 != x.end_token) return {-1, -1};
    const int part = c_.MentionOf(s, w.at(a).begin, w.at(a).end);
    const int whole = c_.MentionOf(s, w.at(b).begin, w.at(b).end);
    if (part < 0 || whole < 0) return {-1, -1};
    return {part, whole};
  }

  // The statistic a figure is printed for, lower case: "sd" for "SD =
  // 2.06", "m" for "M = 5.30"; empty when it is printed for none.
  std::string StatLabel(const Words& w, int s, int m) const {
    int p = w.Prev(c_.m(m).first_token);
    if (!w.IsPunct(p, "=")) return "";
    p = w.Prev(p);
    return w.IsWord(p) ? w.LowerText(p) : "";
  }

  // Whether m is printed with what it measures: a unit (percent, money, a
  // rate) or what it counts ("51m iPhones").
  static bool Named(const Mention& m) {
    return ClaimContext::UnitFamily(m) != 0 || !m.unit_name.empty();
  }

  // The one figure of the sentence before s comparable with `other`.
  int OneBefore(int s, int other) const {
    if (s == 0) return -1;
    int found = -1;
    for (int m : c_.quantities(s - 1)) {
      if (!c_.Comparable(c_.m(m), c_.m(other)) || c_.Adjectival(m)) continue;
      if (found >= 0) return -1;
      found = m;
    }
    return found;
  }

  // Proposes that `part` is more than half of `whole`, read at `cues`.
  void EmitMajority(int s, int part, int whole, Cues cues) {
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(part), "-majority"));
    v1::ComparisonClaim* c = claim.mutable_comparison();
    c->set_subject_id(c_.id(part));
    c->set_relation(v1::RELATION_MAJORITY);
    c->set_whole_id(c_.id(whole));
    c_.Emit(claim, {part, whole}, s, v1::CONFIDENCE_MEDIUM, std::move(cues));
  }

  // Proposes that `subject` is at `rank` of itself and `others`, counted
  // from the largest.
  void EmitRank(int s, int cue, int subject, const std::vector<int>& others,
                int rank, Cues cues, bool unsure = false) {
    std::vector<int> used = {subject};
    used.insert(used.end(), others.begin(), others.end());
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(subject), "-rank-", rank));
    v1::ComparisonClaim* c = claim.mutable_comparison();
    c->set_subject_id(c_.id(subject));
    for (int o : others) c->add_other_ids(c_.id(o));
    c->set_relation(v1::RELATION_RANK);
    c->set_rank(rank);
    const v1::Confidence conf = unsure || ClaimContext::Supposed(c_.W(s), cue)
                                    ? v1::CONFIDENCE_LOW
                                    : v1::CONFIDENCE_MEDIUM;
    c_.Emit(claim, used, s, conf, std::move(cues));
  }

 public:
  // "net income rose to $663 million, or 83 cents a share, from $545
  // million, or 69 cents a share": the amount per share after ", or" beside
  // each endpoint moved the way the verb says, the later above (below) the
  // earlier. "rose to $1.52 billion, or $1.52 per share." then "That
  // compared with $1.46 billion, or $1.43 per share, last year." the same
  // over two sentences.
  void PerShare(int s) {
    static const Set* up = new Set{"rose",   "grew",   "increased", "climbed",
                                   "jumped", "gained", "surged",    "soared"};
    static const Set* down =
        new Set{"fell",    "dropped", "declined", "decreased",
                "slipped", "slid",    "sank",     "tumbled"};
    static const Set* either = new Set{up, down};
    if (!c_.MayHold(s, *either)) return;
    // Every reading has a figure after the verb and its restatement "per
    // share" after it, two quantities of the sentence: without them the
    // words are not walked.
    static const Set* share = new Set{"share"};
    if (c_.quantities(s).size() < 2 || !c_.MayHold(s, *share)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *either) || !w.Is(w.Next(k), "to")) continue;
      const int later = c_.MentionStartingAt(s, w.Next(w.Next(k)));
      if (later < 0) continue;
      int end = -1;
      const int later_share = RestatedIn(w, s, later, &end);
      if (later_share < 0) continue;
      int earlier_share = -1;
      int t = w.Next(end);
      if (w.IsPunct(end, ",") && w.Is(t, "from")) {
        const int earlier = c_.MentionStartingAt(s, w.Next(t));
        if (earlier >= 0) earlier_share = RestatedIn(w, s, earlier, &end);
      } else if (w.IsPunct(end, ".") && w.Next(end) >= w.size() &&
                 s + 1 < c_.sentences()) {
        // "That compared with $1.46 billion, or $1.43 per share, last year."
        const Words n = c_.W(s + 1);
        int a = 0;
        while (a < n.size() && !n.IsWord(a)) ++a;
        const int b = n.Next(a);
        const int c = n.Next(b);
        if (n.Is(a, "that") && (n.Is(b, "compared") || n.Is(b, "compares")) &&
            (n.Is(c, "with") || n.Is(c, "to"))) {
          const int earlier = c_.MentionStartingAt(s + 1, n.Next(c));
          if (earlier >= 0) {
            earlier_share = RestatedIn(n, s + 1, earlier, &end);
          }
        }
      }
      if (earlier_share < 0 ||
          !c_.Comparable(c_.m(later_share), c_.m(earlier_share))) {
        continue;
      }
      Emit(s, k, later_share, {earlier_share},
           w.IsIn(k, *up) ? v1::RELATION_GREATER : v1::RELATION_LESS,
           {c_.TokenSpan(s, k, k)});
    }
  }

 private:
  // For the amount at `m`: the amount per share after ", or" beside it
  // ("$663 million, or 83 cents a share"), with *end the token after the
  // share's words; -1 for none.
  int RestatedIn(const Words& w, int s, int m, int* end) const {
    const int comma = w.Next(c_.m(m).end_token - 1);
    if (!w.IsPunct(comma, ",") || !w.Is(w.Next(comma), "or")) return -1;
    const int share = c_.MentionStartingAt(s, w.Next(w.Next(comma)));
    if (share < 0 || c_.used(share) || c_.Adjectival(share)) return -1;
    // "per share", "a share", read with the figure or after it.
    int j = c_.m(share).first_token;
    for (int n = 0; n < 8 && j < w.size(); ++n, j = w.Next(j)) {
      if (w.Is(j, "share")) break;
      if (j >= c_.m(share).end_token && !w.Is(j, "per") && !w.Is(j, "a") &&
          !w.Is(j, "cents") && !w.Is(j, "cent")) {
        return -1;
      }
    }
    if (!w.Is(j, "share")) return -1;
    *end = w.Next(j);
    return share;
  }

  // `cue` is the token of the comparative, verb or "versus".
  void Emit(int s, int cue, int subject, const std::vector<int>& others,
            v1::Relation rel, Cues cues, bool unsure = false) {
    std::vector<int> used = {subject};
    used.insert(used.end(), others.begin(), others.end());
    if (c_.Proposed(v1::Claim::kComparison, used)) return;
    v1::Claim claim;
    const char* suffix = rel == v1::RELATION_GREATER   ? "-above"
                         : rel == v1::RELATION_LESS    ? "-below"
                         : rel == v1::RELATION_LARGEST ? "-largest"
                                                       : "-smallest";
    claim.set_id(absl::StrCat(c_.id(subject), suffix));
    v1::ComparisonClaim* c = claim.mutable_comparison();
    c->set_subject_id(c_.id(subject));
    for (int o : others) c->add_other_ids(c_.id(o));
    c->set_relation(rel);
    // "would be higher than": supposed, a proposal.
    const v1::Confidence conf = unsure || ClaimContext::Supposed(c_.W(s), cue)
                                    ? v1::CONFIDENCE_LOW
                                    : v1::CONFIDENCE_MEDIUM;
    c_.Emit(claim, used, s, conf, std::move(cues));
  }

  ClaimContext& c_;
};

}  // namespace

void ProposeComparisons(ClaimContext& c) {
  ComparisonsRule rule(c);
  v1::Relation last = v1::RELATION_UNSPECIFIED;
  for (int s = 0; s < c.sentences(); ++s) {
    rule.Verbs(s);
    rule.Contest(s);
    rule.Versus(s, &last);
    rule.Than(s);
    rule.LikelyThan(s);
    rule.Superlatives(s);
    rule.Ranks(s);
    rule.FollowedBy(s);
    rule.FollowedWith(s);
    rule.Bounds(s);
    rule.Majorities(s);
    rule.PerShare(s);
  }
}

void ProposeHalves(ClaimContext& c) {
  ComparisonsRule rule(c);
  for (int s = 1; s < c.sentences(); ++s) rule.ThatIsHalf(s);
}

}  // namespace claimcheck::text
