// Changes: a value that rose or fell, by a stated amount, between stated
// endpoints or unstated ones. A cue is a direction word (a verb "rose",
// "fell", "declined"; an adverb "up", "down"; a noun "increase", "drop",
// "growth") or a multiple ("doubled", "tripled", "halved"). Each cue reads
// its frame, the words after it up to the end of its clause:
//
//   "climbed 37 percent"             the change right after the cue (after
//                                    "by", "of", "a"; a plus sign after an
//                                    up cue, "an increase of +11.2%"):
//                                    endpoints unstated
//   "fell by 0.1% and 0.5% respectively"  two changes, one cue
//   "fell by half, from 400 to 200", "rose by a third"
//                                    a fraction in words as the change is a
//                                    percent change (50, 33.3 percent), not
//                                    a difference of half a unit; between
//                                    percentages too ("by a third, from 4
//                                    percent to 6 percent": never points)
//   "cut its budget by 5%", "would increase the tax rate by a third"
//                                    a verb that takes an object
//                                    ("increase", "cut", "raise", "reduce")
//                                    and a determiner, a few words, "by" and
//                                    a figure: the change after "by"
//   "rose 25 percent from $1,600 to $2,000"   endpoints after "from", "to"
//   "rising nearly a full percentage point from 78.7 to 79.6 percent"
//                                    one point in words as the change; a
//                                    bare number before "to" and a
//                                    percentage is a percentage too
//   "fell 19.6% (182,264 to 146,530)"   or in brackets after the change
//   "Shares fell $2.50, or 10%, to $22.50", "grew by 1,200 jobs, or 8
//   percent", "fell $2.50 (10%) to $22.50", "up 5,100 (or 7.6 percent)"
//                                    one change printed two ways, an amount
//                                    and after ", or" or alone in brackets
//                                    a percentage (or the
//                                    reverse): a claim each over the same
//                                    endpoints; an endpoint not printed is
//                                    a quantity of the request the two
//                                    share, unstated ("the value before the
//                                    fall"), which together they fix. Not
//                                    two percentages, nor "or three years
//                                    of growth" (a span of time). "The
//                                    index gained 120 points, or 3%": the
//                                    index's points, not percentage points
//                                    (the number reader's "points" are
//                                    those only beside another percentage)
//   "dropped from a peak of 188,212 in 2015"  "from a peak of", "to a
//   "went up 74 per cent to a record $46.3 billion"  record": a few words
//                                    between the endpoint word and figure
//   "increased from 1999 (11.1) to 2019 (12.0)"  a year, the value after it
//   "up almost 33% when compared with the average weekly earnings of
//   €682.79", "up 25% compared to $40 million"
//                                    "compared with" ("compared to", after
//                                    "when" or "as" or alone) right after
//                                    the change: the value it runs from, as
//                                    after "from" (not another percentage
//                                    beside a percent change, "rose 5%
//                                    compared with 3% for rivals"); so
//                                    right after a later value with no
//                                    change, "rose to $517.4 million
//                                    compared with $390.1 million": an
//                                    order (a change after both, ", an
//                                    increase of 25%", takes them)
//   "a 14 per cent rise in attacks against the person, up from 233,600 to
//   265,800", "rose 14 per cent, up from 233,600 to 265,800"
//                                    ", up from" (", down from") in the
//                                    change's direction, then "from A to
//                                    B": the change's endpoints (not
//                                    ", up from A" alone, an order)
//   "up 130% from the 10 we reported"  "from the" and a figure printed bare
//                                    (not "from the 30 stores", where the
//                                    figures come from)
//   "up by 13.8 per cent on 2016 at 8.145 million", "closed down 3% at
//   $45.10"                          "at" and a figure after the one change:
//                                    the later value (not "up 4% at 20
//                                    stores", a count of where)
//   "pushing the unemployment rate from 5.8 up to 6 per cent", "went from
//   $3.10 down to $2.90"             "from" and a figure right before "up"
//                                    or "down" and "to": the earlier value
//                                    (the number reader takes "up to" for
//                                    no bound there after a verb of
//                                    movement; "Fines run from $50 up to
//                                    $500" is a range)
//   "fell from 12.1% to 9.8%"        no change printed: the direction orders
//                                    the endpoints (a comparison), for each
//   "from 168.2 to 123.9 for females"    "from A to B" pair of the clause
//   "doubled from 1,200 to 2,400"    a multiple, with or without endpoints
//
// and before it:
//   "a 37 percent increase", "a 5.3 percent population growth", "a +3.5%
//   year-on-year increase"           the change before a noun cue (past
//                                    "year-on-year")
//   "sales of $51.5 billion, up from $51.1 billion", "£256,000 in July, up
//   £19,000 on a year ago but down £9,000 on last month"
//                                    "up"/"down" after a comma (or a spaced
//                                    dash: "had fallen to below 130,000 -
//                                    4,500 fewer than last year", "$2.1
//                                    million - up 5%"): the value
//                                    before the comma is the later one, past
//                                    a span of time ("443,000 people have
//                                    been jobless for over two years, up by
//                                    21,000") and an abbreviation's stop
//                                    ("25 cents per diluted share for the
//                                    quarter ended Dec. 31, up from eight
//                                    cents")
//   "Domestic passenger numbers, at 5.287 million, were down by 1.5 per
//   cent"                            an aside ", at N," closing the subject
//                                    and only a verb of being before the
//                                    cue: N the later value (not with a
//                                    figure before the aside)
//   "Apple tallied $51.5 billion in sales ..., a figure that was up 22
//   percent", "X, which was up N"    so after a comma and "which was" or
//                                    "a figure that was" ("number",
//                                    "amount", "total", "sum")
//   "The city's budget is $500 million, an increase of 25% from $400
//   million", "Revenue was $8.2 billion, a 5% gain"
//                                    so for a noun cue after a comma (or a
//                                    semicolon, "a weekly case count of 277
//                                    cases; a 46.9% decrease"; not when a
//                                    verb follows the noun, "a 20% drop is
//                                    expected", a clause of its own) and
//                                    "a" or "an"; with "compared with"
//                                    ("compared to") before the value
//                                    before that comma, "The company earned
//                                    $3.1 billion, compared with $2.5
//                                    billion a year earlier, an increase of
//                                    24%", the two values. Not a value
//                                    after "from", "than", "versus" or "to"
//                                    ("up from 1.5 million, a 20% gain"),
//                                    a difference ("202 fewer homicides, a
//                                    drop of 9 percent"), a percentage
//                                    before a percent change, nor with
//                                    another value of its kind before it
//                                    ("cost £0.75 a year ago, today £1, a
//                                    25 per cent increase")
//   "rose to $11.6 billion, or $12.30 per share, up 95% from a year
//   earlier", "dropped ... to 54,173 – a 48% drop"
//                                    a cue with only a later value, then a
//                                    cue with only a change, in one sentence:
//                                    one change (not across "while" or
//                                    "whereas": "The death toll rose to
//                                    353 ..., while the number of cases saw
//                                    a record jump of 1,463")
//   "The final dividend will be 8.5p (2015: 7.858p) representing an 8.2%
//   increase", "a total of 12.0p (2015: 11.0p) for the year, an increase
//   of 9.1%"                         a figure and the year before's in
//                                    brackets ("(2015: ...)", a report's
//                                    way), a few words before the change:
//                                    its endpoints
//   "The median was $68,700. That's up 6.8% from the year before."
//                                    "That's", "That is" opening the
//                                    sentence: the later value is the one
//                                    figure of the sentence before that the
//                                    change can apply to
//   "... overweight or obese in 2015 was 60%. This had risen to 62% in
//   2017.", "The pass rate was 75.1%. This is still down from a peak of
//   78.2%"                           so ("This had", "It has", "This is
//                                    still") for an order with one
//                                    endpoint: the other is the one figure
//                                    of the sentence before of its kind
//   "Median household income ... halted its fall at $51,017 ... That is
//   down about 9 percent from ... $56,080 ... Income is also down about
//   8.3 percent since 2007"          "also" before the cue: the later
//                                    value of the change just before (two
//                                    sentences at most), when every word
//                                    the clause names stands before that
//                                    value in its sentence
//   "The number of arrests ... rose during the last week." then "4,690
//   arrests had been made during the week ending Jan. 11, compared to 2,401
//   between Dec. 29 and Jan. 4."     a verb cue whose clause prints no
//                                    figure, then the next sentence's "A,
//                                    compared to B" ("compared with",
//                                    "versus"), A counting a word the cue's
//                                    subject names: an order, A the later
//   "The chance of rain is around 30%. Rain chances increase to 90%
//   Tuesday."                        a cue with only a later value whose
//                                    clause opens the sentence: the level
//                                    the sentence before gives after "is"
//                                    or "was" for every word the clause
//                                    names (plurals as singulars) is the
//                                    earlier one, an order
//
//   "an increase from 15 cents to 20 cents is one of 25 per cent", "rose
//   from $6 to $20, which represents a 233 per cent increase", "a change
//   from 6 cents to 20 cents represents a 233 per cent increase" ("change",
//   "move", "shift": no direction until the noun cue after the change, which
//   the endpoints must follow),
//   "fell from 212 to 180, a drop of 15%", "rose to $4.5 billion from $4.1
//   billion – a 10 percent increase", "reached 1.8 million, up from 1.5
//   million, a 20% gain" (not "a 20% drop"), "rose to 26,500 from
//   25,000, up 6 per cent"           the change after both endpoints, with
//                                    only linking words, a comma or a
//                                    spaced dash, and a noun cue or "up",
//                                    "down" of the
//                                    same direction between ("from 4.1% in
//                                    March, a decline of 0.2 percentage
//                                    points": words of time or place may
//                                    close the clause before the comma)
//   "doubled since 2010, from 4,500 students to 9,000"
//                                    "since" before a year ends no clause
//   "grew 4.6 per cent over 2015 to 34.6 million", "4.4 billion
//   passengers in 2006, a 4.8 percent increase over 2005"
//                                    "over" and a year after the change
//                                    (no noun after it): the year compared
//                                    with, set aside as a year by the
//                                    number reader, no figure of the clause
//   "increased by 3.2 percent in 2016 ..., and now stands at just over
//   $59,000"                         "stands at", "stood at": the later
//                                    value
//
// and in a sentence before, a few at most:
//   "The unemployment rate declined to 3.5% in September. ... In
//   September, the unemployment rate declined by a 0.2 percentage point."
//   "The number of unemployed persons decreased by 329,000 to 9.3 million.
//   Over the year, the unemployment rate and the number of unemployed
//   persons were down by 1.3 percentage points and 1.9 million,
//   respectively."                   a change with no later value takes the
//                                    later value an earlier sentence gave
//                                    the same words (the last two words
//                                    before the cue, articles, verbs of
//                                    being and names of time left out);
//                                    two subjects and two changes pair up
//                                    only with "respectively". Not when the
//                                    sentence names a year of its own (not
//                                    after "from" or "since": another
//                                    period), nor a percent change of a
//                                    percentage (as often points), nor
//                                    across a title, a paragraph of one line
//                                    with no stop and no number ("Discover
//                                    Financial Services"): another subject
//
// A change of what the words call a rate ("the age-adjusted opioid-involved
// death rate increased by 15.6%", "death rates ... doubled") runs from and
// to no count, so a count of its paragraph ("52,404 drug overdose deaths")
// does not make it a proposal.
// A plain count after a cue is a change only with "by" or an endpoint
// ("rose by 5", "rose 5 to 20"), so "up 5 people said" is not read. A
// change with no endpoint is proposed at low confidence when its paragraph
// prints a value it may run from or to that the words do not place ("up 30
// percent from the year-earlier period, when the company earned $8.5
// billion"): the editor places it; at medium only when nothing could be
// (a paragraph of one sentence, a list item, is read with the one before:
// "Cumulative deaths per 100k: 67" then "59.9% less deaths per 100k
// residents than California"). So is one whose subject a sentence after it,
// a few at most and no title between, names with such a value: a lead
// whose endpoints the story gives later ("Third-quarter profit rose 5
// percent" ... "net income rose to $1.52 billion": a company's profit,
// income and earnings as one, its revenue, revenues, sales and turnover as
// another; other subjects by their last two words).
// So is an order of endpoints after a change with none in the same
// direction a few paragraphs before ("rose by nearly 7 percent" ... "nearly
// $69,000 in 2019, up from over $64,000"; not when the order's verb names
// another subject than the change's sentence does, "The number of
// immigrants ... was up by over 31 per cent" ... "The number of people
// leaving Ireland also rose from just over 56,000 to 64,000", by the last
// two words before it, or before the later value of "X, up from Y", "Health
// care revenue was $50.4 million, up from $32.1 million"; a company's
// profit, income and earnings as one),
// or whose sentence prints a change the words do not tie to them ("An
// increase from 8 percent to 12.4 percent ... or 4.4 percent"), and
// anything a clause supposes ("if Kevin Rudd had doubled his vote", "would
// have gone down from 1,269,501 to 33,339").
// A headline's change that the story states again the same way ("Recorded
// crime 'falls by 7%'" then "Crimes recorded by police fell by 7% in the
// year ending March 2013") is one change, claimed from the story; the
// headline's is lowered to low by the same-quantity rule, which pairs the
// two (rule_same_quantity.cc).
//
// "It was charging $40.80 for 750 kwh, whereas ... was charging $91.29
// ... This was "56 percent greater,"": a sentence opening "This was"
// ("That was", "That's", "It is"), a percentage and a comparative that
// end it (or "than" and no figure), after a sentence whose only money is
// two amounts of one currency: the change from the smaller to the larger
// ("greater", "more"), or back ("lower", "less") (medium).
// "... Bay Area household spent ... $13,777 for owners and $9,908 for
// renters. ... nationwide was $7,022 for owners and $2,030 for renters. The
// Bay Area averages were 96 percent higher for owners and 71 percent higher
// for renters.": a percentage, a comparative and "for" a word, the two
// sentences before each printing one amount of money "for" that word, and
// the capitalized words before the verb naming one of them: its amount the
// later, the other's the earlier (medium; not when both or neither print
// those words).
//
// Differences: "12 fewer homicides than a year ago", "24 percent higher
// than in 2019", "59.9% less deaths per 100k residents than California": a
// figure, then "more", "fewer", "less", "higher", "lower", then "than"
// within a few words; "202 fewer homicides" also without "than" (fewer
// compares); with no endpoint printed these are proposals (low): "than"
// names the value the figure is set against and does not print it. So is a
// percent change its sentence also prints as a difference ("increased 146%
// (up more than 22,000 arrests)"): the two share endpoints the text does
// not print; in a list, "– Cumulative deaths per 100k: 67" then "— 59.9%
// less deaths per 100k residents than California" takes as its later value
// the figure the item before prints after a colon for what "less" compares
// (medium). "There were 12 fewer homicides this year, 48 compared with
// 60": "A compared with B" ("compared to", "versus") opening the clause
// after the next comma, A and B of the difference's kind: the difference
// from B to A (medium). "Attendance was 45,000, 10% lower than last year's
// 50,000", "$3.60, 20% higher than the $3.00 of a year ago": a percentage
// after a comma, a figure a few words after "than" of the kind of the value
// before the comma: the change from the figure to that value (medium; not
// between percentages, "4.2%, 10% higher than the 3.8%": of the rate or in
// points); so "Snow's figure of 200,000 jobs per month was 50 percent lower
// than the administration's figure of about 300,000": the figure a few words
// before a verb of being right before the percentage, instead of a comma
// (medium). "The unemployment rate was 4.5%, 0.6 percentage points higher than
// a year earlier and 0.4 percentage points higher than the previous quarter":
// points after a comma, "than" naming a time ("a year earlier", "the
// previous quarter", "in 2019") and no figure: the change to the percentage
// before the comma, and the one after "and" to the same (medium; not "than
// the state's", another owner, nor a percent change of a percentage).
// "IMD recorded 864 mm of rainfall as compared to normal rainfall of 829 mm
// — which is 4 per cent more", "965 mm as compared to normal rainfall of
// 1,334 mm — 28 per cent less than the normal rainfall": a percentage
// after a comma or a spaced dash (and "which is"), "A (as) compared to (a
// few words) B" closing the clause before, A and B of one kind and no
// percentages: the change from B to A (medium; "more" needs no "than"
// there when the percentage closes its clause).
// "(7 new deaths, 0% change from previous week)", "(1,150 new cases, +9%
// change ...)": a percentage printed with its sign, or zero, before
// "change", its later value the figure before the comma (medium; low with
// none). "2010-2018 pop. change: +19.6% (182,264 to 218,022)": a
// percentage printed with its sign, then in brackets two figures of one
// kind joined by "to", is the change from the first to the second (medium;
// not "19.6% (182,264 to 218,022)" with no sign, nor "+5% (2019 to 2020)",
// a span of years). "Asia Pacific (43.4 million tonnes, +5.4%)", "10,306,293
// passengers in 2019 (+5.9% year-on-year)", "closed at $41.20 (+2.1%)": a
// percentage printed with its sign closing a bracket (only "year-on-year"
// after it) is the change to the figure opening the bracket before a comma,
// or else to the figure just before the bracket, past "in" and a year
// (medium; not to a percentage, whose sign may be of points, nor with no
// sign, nor in a bracket that prints more). Margins: "42% oppose the law, 38%
// support, a 4-point difference", "oppose by a 57-point margin, 10% to 67%":
// points naming a "difference", "margin", "lead", "gap", "edge" or "spread"
// between two percentages printed after it ("N to M") or as the only other
// figures of its sentence, before it: the difference in points from the smaller
// to the larger (medium; not "a 32-point gender gap", a gap between margins,
// nor over a third percentage); so the noun, "of" and the points after the
// two sides ("52% of the vote to Smith's 45%, a margin of 7 percentage
// points", "on 41 per cent and ... on 29 per cent, a lead of 12 points");
// "defeats Trump by 3 points today, 48% to
// 45%": points after "by", then after a comma (a word or two between) the
// two sides, the margin from the smaller to the larger (medium; the sides
// may be a comparison's too). "Forty-nine cases have been added since
// January 20th, bringing that total to 1,731", "four more residents have
// died, bringing the local death toll to 479": after a comma, "bringing"
// ("taking"; "raising", "pushing", "lifting" up; "reducing", "lowering",
// "cutting" down), a total's noun ("total", "toll", "tally", "count",
// "number") a few words before "to" and a figure: the one figure of the
// clause before the comma is the change, a difference, to that figure; up
// with "more", "new", "added", "additional" or "another" before (medium; not
// with two figures before, nor a level after "to", "at" or "as": "has risen
// to 254, pushing the region's total to 340"; nor "bringing its workforce
// to", no total's noun). "331 seats – five more than the 326 required"
// is a total (five = 331 - 326) when "than" names a figure and the figure it
// exceeds stands just before in apposition; so "The crowd of 88,000 was
// 12,000 more than the previous record of 76,000": the figure before a verb
// of being, and after "than" a few words that name the figure ending in
// "of".
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/units.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

const Set& UpWords() {
  static const Set* s = new Set{
      "rose",       "rise",   "rises",    "risen",     "rising",    "climbed",
      "climb",      "climbs", "climbing", "increased", "increase",  "increases",
      "increasing", "grew",   "grow",     "grows",     "grown",     "growing",
      "jumped",     "jump",   "jumps",    "soared",    "soar",      "surged",
      "surge",      "gained", "gain",     "gains",     "up",        "higher",
      "spiked",     "spike",  "swelled",  "mounted",   "increment", "hike",
      "hikes",      "hiked",  "boost",    "boosted",   "expanded",  "growth",
      "gaining",    "edged",  "upped",    "leapt",     "leaped"};
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
      "slumped",   "lost",      "loss",      "decreasing"};
  return *s;
}

// Nouns among the cues: the change may be printed before them ("a 37
// percent increase").
const Set& CueNouns() {
  static const Set* s =
      new Set{"rise", "increase", "increment", "gain",     "growth",
              "jump", "surge",    "hike",      "boost",    "spike",
              "fall", "drop",     "decline",   "decrease", "reduction",
              "cut",  "loss",     "dip",       "slide",    "plunge"};
  return *s;
}

// Words that end a cue's clause.
const Set& ClauseEnds() {
  static const Set* s =
      new Set{"while",    "whereas", "but",     "although", "though",
              "compared", "versus",  "which",   "when",     "where",
              "after",    "before",  "because", "since",    "according"};
  return *s;
}

// The words of a multiple ("doubled", "tripled", "halved"); the figure is
// read from them as printed, so "doubled" is 1.95 to 2.05 times as Figure.text
// reads it, and "more than doubled" more than 2.
const Set& MultipleWords() {
  static const Set* s = new Set{"doubled",  "doubling",   "tripled", "trebled",
                                "tripling", "quadrupled", "halved"};
  return *s;
}

bool Relative(const Mention& m) {
  return m.unit == v1::UNIT_PERCENT || m.unit == v1::UNIT_PERCENTAGE_POINTS ||
         m.unit == v1::UNIT_MULTIPLE;
}

// One cue and what its clause prints.
struct Frame {
  int cue = -1;
  v1::Direction dir = v1::DIRECTION_UNSPECIFIED;
  bool multiple = false;
  bool by = false;  // "by" before the change: a difference is stated
  // The two changes are one printed two ways ("fell $2.50, or 10%"): they
  // share their endpoints.
  bool restated = false;
  std::vector<int> changes;
  // The later value of each change, when the words name it apart from the
  // frame's "to" ("the unemployment rate and the number of unemployed
  // persons were down by 1.3 percentage points and 1.9 million,
  // respectively"): -1 for none.
  std::vector<int> change_to;
  int from = -1;
  int to = -1;
  // Further "from A to B" pairs of the clause, after the first.
  std::vector<std::pair<int, int>> pairs;
  // A percentage or multiple after the endpoints in the clause: "an
  // increase from 15 cents to 20 cents is one of 25 per cent".
  int late_change = -1;
  Cues cues;
  int last = -1;  // the last token read
};

class ChangesRule {
 public:
  explicit ChangesRule(ClaimContext& c) : c_(c) {}

  void Changes(int s) {
    const Words w = c_.W(s);
    // The later value of the sentence's last change cue, for a "but down
    // £9,000" after "up £19,000", and a cue's lone later value waiting for
    // the change a later cue prints.
    int later_value = -1;
    int lone_to = -1;
    v1::Direction lone_dir = v1::DIRECTION_UNSPECIFIED;
    Cues lone_cues;
    // Only a word of these lists is a cue ("cut" is a down word): most
    // words are passed over, with one look-up, before they are copied.
    static const Set* cues =
        new Set{&UpWords(), &DownWords(), &MultipleWords()};
    // Every reading starts at a cue: a sentence with none is passed over.
    if (!c_.MayHold(s, *cues)) return;
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *cues)) continue;
      const std::string lower = w.LowerText(k);
      Frame f;
      f.cue = k;
      if (UpWords().contains(lower)) f.dir = v1::DIRECTION_UP;
      if (DownWords().contains(lower)) f.dir = v1::DIRECTION_DOWN;
      // "cut in half"
      const bool in_half = lower == "cut" && w.Is(w.Next(k), "in") &&
                           w.Is(w.Next(w.Next(k)), "half");
      f.multiple = in_half || MultipleWords().contains(lower);
      if (f.multiple) {
        f.dir = lower == "halved" || in_half ? v1::DIRECTION_DOWN
                                             : v1::DIRECTION_UP;
      }
      if (f.dir == v1::DIRECTION_UNSPECIFIED && !f.multiple) continue;
      // "up to 100 people" is a bound, not a change.
      // ("down to 5.9% from 6.1%" is a change: only "up to" bounds.)
      if (lower == "up" && w.Is(w.Next(k), "to") && !HasFigureBefore(w, s, k)) {
        continue;
      }
      f.cues.push_back(c_.TokenSpan(s, k, k));
      const int after_cue = in_half ? w.Next(w.Next(k)) : k;
      ReadFrame(w, s, after_cue, &f);
      // "pushing the unemployment rate from 5.8 up to 6 per cent", "from
      // $3.10 down to $2.90": "from" and a figure right before "up" or
      // "down", the later value after "to": the earlier value.
      if ((lower == "up" || lower == "down") && f.changes.empty() &&
          f.from < 0 && f.to >= 0 && w.Is(w.Next(k), "to") &&
          c_.m(f.to).first_token == w.Next(w.Next(k))) {
        const int a = c_.MentionEndingAt(s, w.Prev(k));
        if (a >= 0 && !c_.used(a) &&
            w.Is(w.Prev(c_.m(a).first_token), "from")) {
          f.from = a;
          f.cues.insert(f.cues.begin(),
                        c_.TokenSpan(s, w.Prev(c_.m(a).first_token),
                                     w.Prev(c_.m(a).first_token)));
          PercentOfBoth(w, a, f.to, /*word_between=*/true);
        }
      }
      // "an increase from 15 cents to 20 cents is one of 25 per cent": the
      // change after both endpoints.
      if (f.changes.empty() && !f.multiple && f.from >= 0 && f.to >= 0 &&
          f.pairs.empty() && f.late_change >= 0 &&
          Fits(c_.m(f.late_change), c_.m(f.from)) &&
          Fits(c_.m(f.late_change), c_.m(f.to))) {
        f.changes.push_back(f.late_change);
      }
      if (f.multiple && f.changes.empty()) {
        // The words as printed, with a qualifier before them ("more than
        // doubled", "nearly tripled"), as the figure's text.
        Mention m;
        m.first_token = MultipleQualifier(w, k);
        m.begin = w.at(m.first_token).begin;
        m.end = w.at(after_cue).end;
        m.sentence = s;
        m.end_token = after_cue + 1;
        m.number_token = k;
        if (!c_.Readable(&m)) {
          m.first_token = k;
          m.begin = w.at(k).begin;
          if (!c_.Readable(&m)) continue;
        }
        m.unit = v1::UNIT_MULTIPLE;
        m.label = lower;
        f.changes.push_back(c_.AddMention(std::move(m), "multiple"));
      }
      // A noun cue: "a 37 percent increase", "a 5.3 percent population
      // growth".
      if (f.changes.empty()) {
        const int m = ChangeBeforeNoun(w, s, k);
        if (m >= 0) f.changes.push_back(m);
      }
      // "The final dividend will be 8.5p (2015: 7.858p) representing an
      // 8.2% increase", "a total of 12.0p (2015: 11.0p) for the year, an
      // increase of 9.1%": a figure and the year before's in brackets, a
      // few words before the change: its endpoints.
      if (f.changes.size() == 1 && f.from < 0 && f.to < 0 &&
          Relative(c_.m(f.changes[0]))) {
        const int start = std::min(k, c_.m(f.changes[0]).first_token);
        int before = -1;
        const int later = YearPairBefore(w, s, start, &before);
        if (later >= 0 && Fits(c_.m(f.changes[0]), c_.m(later)) &&
            Fits(c_.m(f.changes[0]), c_.m(before))) {
          f.from = before;
          f.to = later;
        }
      }
      // A lone later value waiting for this cue's change; not across
      // "while" or "whereas", which open a clause of another subject ("The
      // death toll rose to 353 ..., while the number of cases saw a record
      // jump of 1,463").
      const int previous_lone = lone_to;
      if (f.to < 0 && f.from < 0 && !f.changes.empty() && lone_to >= 0 &&
          (lone_dir == f.dir || f.dir == v1::DIRECTION_UNSPECIFIED) &&
          Fits(c_.m(f.changes[0]), c_.m(lone_to)) &&
          !OtherSubjectBetween(w, c_.m(lone_to).end_token, k)) {
        f.to = lone_to;
        f.cues.insert(f.cues.begin(), lone_cues.begin(), lone_cues.end());
      }
      lone_to = -1;
      // "The number of unemployed persons decreased by 329,000 to 9.3
      // million. Over the year, ... the number of unemployed persons were
      // down by ... 1.9 million": the later value of what an earlier
      // sentence saw change.
      if (f.to < 0 && !f.changes.empty()) LaterLevels(w, s, k, &f);
      // "Income is also down about 8.3 percent since 2007": the later
      // value of the change just before.
      if (f.to < 0 && f.changes.size() == 1 && w.Is(w.Prev(k), "also")) {
        f.to = AlsoFrom(w, s, k, c_.m(f.changes[0]));
      }
      // "Domestic passenger numbers, at 5.287 million, were down by 1.5
      // per cent": the level in an aside before the cue.
      if (f.to < 0 && f.from < 0 && f.changes.size() == 1) {
        f.to = LevelAsideBefore(w, s, k, c_.m(f.changes[0]));
      }
      // "X, up N": the value before the comma is the later one.
      if (f.to < 0 && !f.changes.empty() &&
          (lower == "up" || lower == "down" || lower == "higher" ||
           lower == "lower")) {
        f.to = ValueBeforeComma(w, s, RelativeClauseStart(w, k),
                                c_.m(f.changes[0]));
        if (f.to < 0 && (w.Is(w.Prev(k), "but") || w.Is(w.Prev(k), "and")) &&
            later_value >= 0 && Fits(c_.m(f.changes[0]), c_.m(later_value))) {
          f.to = later_value;
        }
      }
      // "X, an increase of N% from Y", "X, a 20% gain", "X, compared with
      // Y a year earlier, an increase of N%": so for a noun cue opening a
      // clause after a comma.
      if (f.to < 0 && f.changes.size() == 1 && CueNouns().contains(lower)) {
        NounAfterComma(w, s, k, &f);
      }
      if (f.to < 0 && f.changes.empty() && f.from >= 0) {
        if (lower == "up" || lower == "down") {
          // "3.5 per cent in March, up from 3.4 per cent": an order.
          f.to = ValueBefore(w, s, k, c_.m(f.from));
          // "Ridership reached 1.8 million, up from 1.5 million, a 20%
          // gain": the change after both endpoints, as in "fell from 212 to
          // 180, a drop of 15%".
          if (f.to >= 0 && f.pairs.empty() && !f.multiple) {
            int noun = -1;
            const int late = RestatedChange(w, s, f, f.from, &noun);
            if (late >= 0 && Fits(c_.m(late), c_.m(f.to))) {
              f.changes.push_back(late);
              if (noun >= 0) f.cues.push_back(c_.TokenSpan(s, noun, noun));
              f.last = std::max({f.last, c_.m(late).end_token - 1, noun});
            }
          }
        } else if (w.IsPunct(w.Prev(k), ")")) {
          // "the number for the year (64,472) increased from 48,140"
          const int m = c_.MentionEndingAt(s, w.Prev(w.Prev(k)));
          if (m >= 0 && c_.Comparable(c_.m(m), c_.m(f.from))) f.to = m;
        }
      }
      // "That's up 6.8% from the year before."
      if (f.to < 0 && f.changes.size() == 1 && Anaphoric(w, k)) {
        f.to = OneValueOfSentenceBefore(s, c_.m(f.changes[0]));
      }
      // "The percentage ... in 2015 was 60%. This had risen to 62% in
      // 2017.", "This is still down from a peak of 78.2%": an order with
      // one endpoint, its subject the sentence before's one figure of the
      // endpoint's kind: the other endpoint.
      if (f.changes.empty() && !f.multiple &&
          f.dir != v1::DIRECTION_UNSPECIFIED && (f.to < 0) != (f.from < 0) &&
          Anaphoric(w, k)) {
        const int known = f.to >= 0 ? f.to : f.from;
        const int other = OneComparableOfSentenceBefore(s, c_.m(known));
        if (other >= 0 && !c_.used(other)) {
          (f.to >= 0 ? f.from : f.to) = other;
        }
      }
      if (f.changes.empty() && f.to >= 0 && f.from < 0) {
        // "rise to 80% early in the day and fall to around 40% later": the
        // second level against the first.
        if (previous_lone >= 0 && lone_dir != f.dir &&
            f.dir != v1::DIRECTION_UNSPECIFIED &&
            (w.Is(w.Prev(k), "and") || w.Is(w.Prev(k), "then")) &&
            c_.Comparable(c_.m(previous_lone), c_.m(f.to))) {
          f.from = previous_lone;
          Propose(w, s, f);
        } else if (f.dir != v1::DIRECTION_UNSPECIFIED && !f.multiple) {
          // "The chance of rain is around 30%. Rain chances increase to 90%
          // Tuesday.": the level the sentence before gave the same words.
          const int level = LevelStatedBefore(w, s, k, c_.m(f.to));
          if (level >= 0) {
            f.from = level;
            Propose(w, s, f);
          }
        }
        lone_to = f.to;
        lone_dir = f.dir;
        lone_cues = f.cues;
        later_value = f.to;
        RecordLevel(w, s, k, f.to);
        k = std::max(k, f.last);
        continue;
      }
      // "The number of arrests ... rose during the last week" then "4,690
      // arrests had been made during the week ending Jan. 11, compared to
      // 2,401 between Dec. 29 and Jan. 4": the direction orders the pair
      // the next sentence compares.
      if (f.changes.empty() && f.from < 0 && f.to < 0 && !f.multiple &&
          f.dir != v1::DIRECTION_UNSPECIFIED && w.IsIn(k, VerbCues())) {
        ComparedNext(w, s, k, &f);
      }
      if (Propose(w, s, f)) {
        if (f.to >= 0) {
          later_value = f.to;
          RecordLevel(w, s, k, f.to);
          if (!f.changes.empty()) last_change_to_ = f.to;
        }
        k = std::max(k, f.last);
      }
    }
  }

  // "a change from 6 cents to 20 cents represents a 233 per cent
  // increase": "change" ("move", "shift"), "from" A "to" B, then the change
  // restated after them (RestatedChange) with a noun cue after it that
  // gives the direction: the change from A to B (medium).
  void NeutralChanges(int s) {
    static const Set* nouns = new Set{"change", "move", "shift"};
    if (!c_.MayHold(s, *nouns)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *nouns) || !w.Is(w.Next(k), "from")) continue;
      const int from_word = w.Next(k);
      const int a = Endpoint(w, s, from_word);
      if (a < 0 || c_.used(a)) continue;
      int to_word = w.Next(c_.m(a).end_token - 1);
      // "from 6 cents to": past what the first counts.
      const std::string& counted = c_.m(a).unit_name;
      if (!counted.empty() &&
          w.LowerText(to_word) == counted.substr(0, counted.find(' '))) {
        to_word = w.Next(to_word);
      }
      if (!w.Is(to_word, "to")) continue;
      const int b = Endpoint(w, s, to_word);
      if (b < 0 || c_.used(b) || !c_.Comparable(c_.m(a), c_.m(b))) continue;
      for (const v1::Direction dir : {v1::DIRECTION_UP, v1::DIRECTION_DOWN}) {
        Frame f;
        f.dir = dir;
        f.from = a;
        f.to = b;
        int noun = -1;
        const int m = RestatedChange(w, s, f, b, &noun);
        if (m < 0) continue;
        // The direction from a noun cue right after the change.
        const int after = w.Next(c_.m(m).end_token - 1);
        const Set& cues = dir == v1::DIRECTION_UP ? UpWords() : DownWords();
        if (!(w.IsIn(after, CueNouns()) && w.IsIn(after, cues))) continue;
        // The values must move the way the noun says.
        if ((dir == v1::DIRECTION_UP) != (c_.m(a).value < c_.m(b).value)) {
          break;
        }
        v1::Claim claim;
        claim.set_id(absl::StrCat(c_.id(m),
                                  dir == v1::DIRECTION_UP ? "-rise" : "-fall"));
        v1::ChangeClaim* ch = claim.mutable_change();
        ch->set_change_id(c_.id(m));
        ch->set_from_id(c_.id(a));
        ch->set_to_id(c_.id(b));
        ch->set_measure(ChangeMeasureOf(c_.m(m).unit));
        ch->set_direction(dir);
        c_.Emit(claim, {m, a, b}, s,
                ClaimContext::Supposed(w, k) ? v1::CONFIDENCE_LOW
                                             : v1::CONFIDENCE_MEDIUM,
                {c_.TokenSpan(s, k, k), c_.TokenSpan(s, after, after)});
        break;
      }
    }
  }

  // "It was charging $40.80 ..., whereas the privately owned utility was
  // charging $91.29 .... This was "56 percent greater."": a sentence
  // opening "This was" ("That was", "That's", "It is"), a percentage and a
  // comparative, the sentence ending there (or "than" and no figure),
  // after a sentence whose only money is two amounts of one currency: the
  // change from the smaller to the larger ("greater", "higher", "more")
  // or from the larger to the smaller ("lower", "less", "cheaper")
  // (medium).
  void ThisWasPercentMore(int s) {
    if (s == 0) return;
    static const Set* more =
        new Set{"greater", "higher", "more", "larger", "bigger", "costlier"};
    static const Set* less =
        new Set{"lower", "less", "smaller", "cheaper", "fewer"};
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    if (first >= w.size()) return;
    // The first word compared ignoring case where it stands, not
    // lower-cased into a copy: every sentence is asked this.
    int k = -1;
    if (w.Is(first, "that's") || w.Is(first, "that\xE2\x80\x99s")) {
      k = w.Next(first);
    } else if ((w.Is(first, "this") || w.Is(first, "that") ||
                w.Is(first, "it")) &&
               (w.Is(w.Next(first), "was") || w.Is(w.Next(first), "is"))) {
      k = w.Next(w.Next(first));
    } else {
      return;
    }
    // A quotation mark may open the figure: "56 percent greater,".
    while (k < w.size() && w.at(k).kind == TokenKind::kPunct &&
           c_.MentionStartingAt(s, k) < 0) {
      k = w.Next(k);
    }
    const int p = c_.MentionStartingAt(s, k);
    if (p < 0 || c_.used(p) || c_.m(p).unit != v1::UNIT_PERCENT) return;
    const int cmp = w.Next(c_.m(p).end_token - 1);
    const bool up = w.IsIn(cmp, *more);
    const bool down = w.IsIn(cmp, *less);
    if (!up && !down) return;
    // Nothing more: the end, or "than" with no figure after it.
    bool than = false;
    for (int t = w.Next(cmp); t < w.size(); t = w.Next(t)) {
      if (c_.MentionAt(s, t) >= 0 || w.IsNumber(t)) return;
      if (w.Is(t, "than")) than = true;
      if (w.IsWord(t) && !than) return;
    }
    // The sentence before: two amounts of one currency and no other money.
    std::vector<int> money;
    for (int m : c_.quantities(s - 1)) {
      if (c_.m(m).unit == v1::UNIT_CURRENCY) money.push_back(m);
    }
    if (money.size() != 2) return;
    const Mention& x = c_.m(money[0]);
    const Mention& y = c_.m(money[1]);
    if (c_.used(money[0]) || c_.used(money[1]) ||
        x.figure_text.substr(0, 1) != y.figure_text.substr(0, 1) ||
        x.value == y.value) {
      return;
    }
    const int small = x.value < y.value ? money[0] : money[1];
    const int large = small == money[0] ? money[1] : money[0];
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(p), up ? "-rise" : "-fall"));
    v1::ChangeClaim* ch = claim.mutable_change();
    ch->set_change_id(c_.id(p));
    ch->set_from_id(c_.id(up ? small : large));
    ch->set_to_id(c_.id(up ? large : small));
    ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
    ch->set_direction(up ? v1::DIRECTION_UP : v1::DIRECTION_DOWN);
    c_.Emit(claim, {p, small, large}, s, v1::CONFIDENCE_MEDIUM,
            {c_.TokenSpan(s, first, first), c_.TokenSpan(s, cmp, cmp)});
  }

  // "The average Bay Area household spent $13,777 for owners and $9,908
  // for renters. ... households nationwide was $7,022 for owners and
  // $2,030 for renters. The Bay Area averages were 96 percent higher for
  // owners and 71 percent higher for renters.": a percentage, a
  // comparative and "for" a word; the two sentences before each print one
  // amount of money "for" that word; the capitalized words before the
  // verb of being name one of the two sentences: its amount the later, the
  // other's the earlier (medium).
  void ParallelHigherFor(int s) {
    if (s < 2) return;
    static const Set* more = new Set{"higher", "greater", "more", "larger"};
    static const Set* less = new Set{"lower", "less", "smaller", "cheaper"};
    // Every reading is a percentage of the sentence, a comparative and
    // "for" after it: a sentence without them is not walked, nor are the
    // two before it.
    static const Set* either = new Set{more, less};
    static const Set* for_word = new Set{"for"};
    if (!c_.MayHold(s, *either) || !c_.MayHold(s, *for_word)) return;
    if (std::none_of(c_.quantities(s).begin(), c_.quantities(s).end(),
                     [&](int m) { return c_.m(m).unit == v1::UNIT_PERCENT; })) {
      return;
    }
    const Words w = c_.W(s);
    // The capitalized words of the subject, before "were" ("was", "are",
    // "is").
    std::vector<std::string> names;
    bool verb = false;
    for (int t = 0; t < w.size(); t = w.Next(t)) {
      if (w.Is(t, "were") || w.Is(t, "was") || w.Is(t, "are") ||
          w.Is(t, "is")) {
        verb = true;
        break;
      }
      if (c_.MentionAt(s, t) >= 0) return;
      if (w.IsWord(t) && w.Capitalized(t) && !w.Is(t, "the")) {
        names.push_back(w.LowerText(t));
      }
    }
    if (!verb || names.empty()) return;
    auto names_in = [&](int u) {
      const Words v = c_.W(u);
      for (const std::string& n : names) {
        bool found = false;
        for (int t = 0; t < v.size() && !found; t = v.Next(t)) {
          found = v.IsWord(t) && v.LowerText(t) == n;
        }
        if (!found) return false;
      }
      return true;
    };
    const bool in1 = names_in(s - 1);
    const bool in2 = names_in(s - 2);
    if (in1 == in2) return;
    const int later_s = in1 ? s - 1 : s - 2;
    const int earlier_s = in1 ? s - 2 : s - 1;
    // The amount of money "for" a word in sentence u, the only one.
    auto money_for = [&](int u, const std::string& word) {
      const Words v = c_.W(u);
      int found = -1;
      for (int m : c_.quantities(u)) {
        if (c_.m(m).unit != v1::UNIT_CURRENCY) continue;
        const int f = v.Next(c_.m(m).end_token - 1);
        if (!v.Is(f, "for") || v.LowerText(v.Next(f)) != word) continue;
        if (found >= 0) return -1;
        found = m;
      }
      return found;
    };
    for (int pi : c_.quantities(s)) {
      const Mention& p = c_.m(pi);
      if (c_.used(pi) || p.unit != v1::UNIT_PERCENT) continue;
      const int cmp = w.Next(p.end_token - 1);
      const bool up = w.IsIn(cmp, *more);
      if (!up && !w.IsIn(cmp, *less)) continue;
      const int f = w.Next(cmp);
      if (!w.Is(f, "for") || !w.IsWord(w.Next(f))) continue;
      const std::string word = w.LowerText(w.Next(f));
      const int to = money_for(later_s, word);
      const int from = money_for(earlier_s, word);
      if (to < 0 || from < 0 || c_.used(to) || c_.used(from) ||
          c_.m(to).figure_text.substr(0, 1) !=
              c_.m(from).figure_text.substr(0, 1)) {
        continue;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(pi), up ? "-rise" : "-fall"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(pi));
      ch->set_from_id(c_.id(from));
      ch->set_to_id(c_.id(to));
      ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
      ch->set_direction(up ? v1::DIRECTION_UP : v1::DIRECTION_DOWN);
      c_.Emit(claim, {pi, from, to}, s, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, cmp, w.Next(f))});
    }
  }

  // "12 fewer homicides than a year ago".
  void FewerThan(int s) {
    const Words w = c_.W(s);
    // The level the last difference in points took, and the token after
    // its "than" clause: "75.6%, 0.3 percentage points lower than a year
    // earlier, and 0.3 percentage points lower than the previous quarter".
    int points_to = -1;
    int points_end = -1;
    for (int xi : c_.quantities(s)) {
      if (c_.used(xi)) continue;
      const Mention& x = c_.m(xi);
      int k = w.Next(x.end_token - 1);
      // What is counted may stand before the comparative: "24 percent
      // higher", "59.9% less deaths".
      static const Set* more =
          new Set{"more", "higher", "greater", "larger", "bigger"};
      static const Set* less = new Set{"fewer", "less", "lower", "smaller"};
      const bool up = w.IsIn(k, *more);
      const bool down = w.IsIn(k, *less);
      if (!up && !down) continue;
      // "about a third higher than": a fraction in words is a percentage.
      if (w.Is(k, "higher") || w.Is(k, "lower")) FractionAsPercent(xi);
      // "than" within a few words, in the clause.
      int than = w.Next(k);
      for (int n = 0; n < 8 && than < w.size() && !w.Is(than, "than"); ++n) {
        if (w.IsPunct(than, ",") || w.IsPunct(than, ";") ||
            w.IsPunct(than, ".") || c_.MentionAt(s, than) >= 0) {
          break;
        }
        than = w.Next(than);
      }
      const bool has_than = w.Is(than, "than");
      // "69,000 more jobs than previously reported": a revision of an
      // estimate, not a change of the quantity.
      if (has_than && Revision(w, than)) continue;
      // "more" and "higher" compare only with "than"; "202 fewer homicides"
      // does on its own, when what is counted follows; so does a percentage
      // closing its clause after "A compared to B" ("864 mm ... as compared
      // to normal rainfall of 829 mm — which is 4 per cent more").
      if (!has_than && !(w.Is(k, "fewer") && w.IsWord(w.Next(k)))) {
        const int after = w.Next(k);
        int from = -1;
        if (!(x.unit == v1::UNIT_PERCENT &&
              (after >= w.size() || w.IsPunct(after, ".") ||
               w.IsPunct(after, ";") || w.IsPunct(after, ",")) &&
              ComparedBefore(w, s, x, &from) >= 0)) {
          continue;
        }
      }
      // A figure after "than" and one in apposition before: a total.
      if (has_than && x.unit != v1::UNIT_PERCENT && up) {
        int t = w.Next(than);
        if (w.Is(t, "the")) t = w.Next(t);
        // "than the previous record of 76,000": a few words naming it, then
        // "of".
        if (c_.MentionAt(s, t) < 0) {
          int of = t;
          for (int n = 0; n < 4 && w.IsWord(of) && !w.Is(of, "of") &&
                          c_.MentionAt(s, of) < 0;
               ++n) {
            of = w.Next(of);
          }
          if (w.Is(of, "of") && of != t) t = w.Next(of);
        }
        const int other = c_.MentionStartingAt(s, t);
        int p = w.Prev(x.first_token);
        const bool apposition =
            w.IsPunct(p, ",") || (p >= 0 && w.at(p).kind == TokenKind::kPunct &&
                                  IsDashText(w.Text(p)));
        // "The crowd of 88,000 was 12,000 more than ...": so after a verb
        // of being.
        static const Set* being = new Set{"was", "is", "were", "are"};
        const int before = apposition || w.IsIn(p, *being)
                               ? c_.MentionEndingAt(s, w.Prev(p))
                               : -1;
        if (other >= 0 && before >= 0 && SameUnit(c_.m(before), x) &&
            SameUnit(c_.m(other), x)) {
          v1::Claim claim;
          claim.set_id(absl::StrCat(c_.id(xi), "-total"));
          v1::TotalClaim* total = claim.mutable_total();
          total->set_total_id(c_.id(xi));
          total->add_parts()->set_figure_id(c_.id(before));
          v1::Term* minus = total->add_parts();
          minus->set_figure_id(c_.id(other));
          minus->set_sign(v1::SIGN_MINUS);
          c_.Emit(claim, {xi, before, other}, s, v1::CONFIDENCE_MEDIUM,
                  {c_.TokenSpan(s, k, than)});
          continue;
        }
        if (other >= 0) continue;  // compared with a figure: not a change
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(xi), down ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(xi));
      ch->set_measure(ChangeMeasureOf(x.unit));
      ch->set_direction(down ? v1::DIRECTION_DOWN : v1::DIRECTION_UP);
      std::vector<int> used = {xi};
      // "Some 34 million were in poverty, 4.2 million fewer than the year
      // before": the value before the comma is the later one.
      const int to = ValueBeforeComma(w, s, x.first_token, x);
      if (to >= 0 && !Relative(x)) {
        ch->set_to_id(c_.id(to));
        used.push_back(to);
      }
      // "The unemployment rate was 4.5%, 0.6 percentage points higher than
      // a year earlier": points against a time, the level the percentage
      // before the comma (or, after "and", the one the difference before
      // took).
      if (used.size() == 1 && has_than &&
          x.unit == v1::UNIT_PERCENTAGE_POINTS && ThanATime(w, than)) {
        int level = to >= 0 && c_.m(to).unit == v1::UNIT_PERCENT ? to : -1;
        int p = w.Prev(x.first_token);
        if (level < 0 && w.Is(p, "and") && points_to >= 0) {
          p = w.Prev(p);
          if (w.IsPunct(p, ",")) p = w.Prev(p);
          if (p + 1 == points_end || w.Next(p) == points_end) level = points_to;
        }
        if (level >= 0) {
          ch->set_to_id(c_.id(level));
          used.push_back(level);
          points_to = level;
          points_end = w.Next(ThanEnd(w, than));
        }
      }
      // "There were 12 fewer homicides this year, 48 compared with 60": the
      // values after the comma, the first the later.
      if (used.size() == 1) {
        int from = -1;
        const int to = ComparedAfter(w, s, x, &from);
        if (to >= 0) {
          ch->set_from_id(c_.id(from));
          ch->set_to_id(c_.id(to));
          used.push_back(from);
          used.push_back(to);
        }
      }
      // "Attendance was 45,000, 10% lower than last year's 50,000", "$3.60
      // a gallon, 20% higher than the $3.00 of a year ago": the value
      // before the comma is the later one, the figure a few words after
      // "than" the earlier, when the two are of one kind.
      if (used.size() == 1 && has_than && x.unit == v1::UNIT_PERCENT) {
        const int other = FigureAfterThan(w, s, than);
        int later = other >= 0 ? ValueBeforeComma(w, s, x.first_token, x) : -1;
        // "Snow's figure of 200,000 jobs per month was 50 percent lower
        // than the administration's figure of about 300,000": the subject's
        // figure before a verb of being.
        if (other >= 0 && later < 0) later = SubjectBeforeBeing(w, s, x);
        if (later >= 0 && !c_.used(later) && Fits(x, c_.m(other)) &&
            c_.Comparable(c_.m(later), c_.m(other))) {
          ch->set_from_id(c_.id(other));
          ch->set_to_id(c_.id(later));
          used.push_back(other);
          used.push_back(later);
        }
      }
      // "IMD recorded 864 mm of rainfall as compared to normal rainfall of
      // 829 mm — which is 4 per cent more": after a comma or a spaced dash
      // (and "which is"), a percent difference whose clause before sets A
      // against B with "compared to" ("compared with", "as compared
      // to"): B the earlier value, A the later.
      if (used.size() == 1 && x.unit == v1::UNIT_PERCENT) {
        int from = -1;
        const int to = ComparedBefore(w, s, x, &from);
        if (to >= 0) {
          ch->set_from_id(c_.id(from));
          ch->set_to_id(c_.id(to));
          used.push_back(from);
          used.push_back(to);
        }
      }
      // "Cumulative deaths per 100k: 67" then "59.9% less deaths per 100k
      // residents than California": the value the line before prints for
      // what is compared.
      if (used.size() == 1 && has_than && Relative(x)) {
        const int item = ItemBefore(s, w.LowerText(w.Next(k)));
        if (item >= 0) {
          ch->set_to_id(c_.id(item));
          used.push_back(item);
        }
      }
      // With no endpoint printed, a difference is never checkable, and
      // "than" names the value it is set against without printing it
      // ("12 fewer homicides than we did at this time in 2008", "24 percent
      // higher than in same period of 2019"): a proposal.
      const bool sure = used.size() > 1;
      c_.Emit(claim, used, s, sure ? v1::CONFIDENCE_MEDIUM : v1::CONFIDENCE_LOW,
              {c_.TokenSpan(s, k, has_than ? than : k)});
    }
  }

  // Whether the words after "than" at `than` name a time and nothing
  // else that prints a figure: "a year earlier", "the previous quarter",
  // "last year".
  bool ThanATime(const Words& w, int than) const {
    static const Set* times =
        new Set{"year", "quarter",  "month", "week",   "earlier",
                "ago",  "previous", "prior", "period", "before"};
    bool time = false;
    for (int t = w.Next(than), n = 0; t < w.size() && n < 6;
         t = w.Next(t), ++n) {
      // "than in 2019"
      const absl::string_view y = w.Text(t);
      if (w.IsNumber(t) && y.size() == 4 &&
          (absl::StartsWith(y, "19") || absl::StartsWith(y, "20"))) {
        return true;
      }
      if (!w.IsWord(t)) break;
      if (w.IsIn(t, *times)) time = true;
    }
    return time;
  }

  // The last word of the "than" clause at `than`: its words up to a
  // punctuation mark, a number or "and".
  int ThanEnd(const Words& w, int than) const {
    int last = than;
    for (int t = w.Next(than), n = 0; t < w.size() && n < 6;
         t = w.Next(t), ++n) {
      if (!w.IsWord(t) || w.Is(t, "and")) break;
      last = t;
    }
    return last;
  }

  // For the difference or change x: "A compared with B" ("compared to",
  // "versus") opening the clause after the next comma of its sentence, A
  // and B of one kind that x can run between; A (the later), B in *from,
  // or -1.
  // For the percent difference x after a comma or a spaced dash (and
  // "which is", "which was"): A and B of "A (as) compared to [a few words]
  // B" closing the clause before, of one kind that x can run between; A
  // (the later), B in *from, or -1.
  int ComparedBefore(const Words& w, int s, const Mention& x, int* from) const {
    int k = x.first_token;
    const int verb = w.Prev(k);
    if ((w.Is(verb, "is") || w.Is(verb, "was")) &&
        w.Is(w.Prev(verb), "which")) {
      k = w.Prev(verb);
    }
    const int b = FigureBefore(w, s, k);
    if (b < 0 || c_.used(b)) return -1;
    int j = w.Prev(c_.m(b).first_token);
    for (int n = 0; n < 5 && w.IsWord(j) && !w.Is(j, "to") && !w.Is(j, "with");
         ++n) {
      j = w.Prev(j);
    }
    if (!(w.Is(j, "to") || w.Is(j, "with")) || !w.Is(w.Prev(j), "compared")) {
      return -1;
    }
    int c = w.Prev(w.Prev(j));
    if (w.Is(c, "as") || w.Is(c, "when")) c = w.Prev(c);
    if (w.IsPunct(c, ",")) c = w.Prev(c);
    // A, past a few words of what it measures ("864 mm of rainfall").
    int a = -1;
    for (int n = 0; n < 4 && c >= 0; ++n, c = w.Prev(c)) {
      a = c_.MentionEndingAt(s, c);
      if (a >= 0 || !w.IsWord(c)) break;
    }
    if (a < 0 || c_.used(a) || !Fits(x, c_.m(a)) || !Fits(x, c_.m(b)) ||
        c_.m(a).unit == v1::UNIT_PERCENT || !c_.Comparable(c_.m(a), c_.m(b))) {
      return -1;
    }
    *from = b;
    return a;
  }

  int ComparedAfter(const Words& w, int s, const Mention& x, int* from) const {
    int comma = w.Next(x.end_token - 1);
    for (int n = 0; n < 12 && comma < w.size() && !w.IsPunct(comma, ","); ++n) {
      if (w.IsPunct(comma, ";") || w.IsPunct(comma, ".") ||
          w.IsPunct(comma, ":") || c_.MentionAt(s, comma) >= 0) {
        return -1;
      }
      comma = w.Next(comma);
    }
    if (!w.IsPunct(comma, ",")) return -1;
    const int a = c_.MentionStartingAt(s, w.Next(comma));
    if (a < 0 || c_.used(a)) return -1;
    int k = w.Next(c_.m(a).end_token - 1);
    if (w.Is(k, "compared") &&
        (w.Is(w.Next(k), "with") || w.Is(w.Next(k), "to"))) {
      k = w.Next(w.Next(k));
    } else if (w.Is(k, "versus") || w.Is(k, "vs")) {
      k = w.Next(k);
    } else {
      return -1;
    }
    const int b = c_.MentionStartingAt(s, k);
    if (b < 0 || c_.used(b) || !Fits(x, c_.m(a)) || !Fits(x, c_.m(b)) ||
        !c_.Comparable(c_.m(a), c_.m(b)) ||
        (!Relative(x) && !SameUnit(x, c_.m(a)))) {
      return -1;
    }
    *from = b;
    return a;
  }

  // For the change x right after a verb of being ("was", "is", "were",
  // "are"): the figure a few words before that verb, with only words
  // between ("200,000 jobs per month was"), of a kind x can run to; -1 when
  // none.
  int SubjectBeforeBeing(const Words& w, int s, const Mention& x) const {
    static const Set* being = new Set{"was", "is", "were", "are"};
    const int verb = w.Prev(x.first_token);
    if (!w.IsIn(verb, *being)) return -1;
    int t = w.Prev(verb);
    for (int n = 0; n < 4 && t >= 0 && w.IsWord(t) && c_.MentionAt(s, t) < 0;
         ++n) {
      t = w.Prev(t);
    }
    const int m = c_.MentionEndingAt(s, t);
    if (m < 0 || c_.used(m) || c_.TimeSpan(c_.m(m)) || Relative(c_.m(m)) ||
        !Fits(x, c_.m(m))) {
      return -1;
    }
    return m;
  }

  // The figure after "than" at token `than`, past a few words of the
  // clause ("the", "last year's"): -1 for none, or a span of time.
  int FigureAfterThan(const Words& w, int s, int than) const {
    for (int t = w.Next(than), n = 0; t < w.size() && n < 5;
         t = w.Next(t), ++n) {
      const int m = c_.MentionStartingAt(s, t);
      if (m >= 0) return c_.used(m) || c_.TimeSpan(c_.m(m)) ? -1 : m;
      if (w.IsPunct(t, ",") || w.IsPunct(t, ";") || w.IsPunct(t, ".") ||
          w.IsPunct(t, "(") || w.IsPunct(t, ")") || w.IsNumber(t)) {
        return -1;
      }
    }
    return -1;
  }

  // "New deaths per 100k in the past week: 0.8 (7 new deaths, 0% change
  // from previous week)": a percentage printed with its sign, or zero,
  // before "change"; the later value the figure before the comma.
  void SignedChanges(int s) {
    const Words w = c_.W(s);
    for (int xi : c_.quantities(s)) {
      const Mention& x = c_.m(xi);
      if (c_.used(xi) || x.unit != v1::UNIT_PERCENT) continue;
      const absl::string_view printed =
          c_.text().substr(x.begin, x.end - x.begin);
      // The sign says the direction: "-40%" printed as a fall is a
      // double negative.
      const bool plus = x.begin > 0 && c_.text()[x.begin - 1] == '+';
      const bool sign = plus || absl::StartsWith(printed, "+") ||
                        absl::StartsWith(printed, "-") ||
                        absl::StartsWith(printed, "\xE2\x88\x92");
      // "pop. change: +19.6% (182,264 to 218,022)": the endpoints in
      // brackets after a signed percentage.
      if (sign && EndpointsInBrackets(w, s, xi)) continue;
      if (sign && LevelInBrackets(w, s, xi, plus)) continue;
      if (!w.Is(w.Next(x.end_token - 1), "change")) continue;
      if (!sign && x.value != Rational(0)) {
        continue;  // "a 5% change": no sign
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(xi), "-change"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(xi));
      ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
      std::vector<int> used = {xi};
      const int to =
          ValueBeforeComma(w, s, plus ? x.first_token - 1 : x.first_token, x);
      if (to >= 0) {
        ch->set_to_id(c_.id(to));
        used.push_back(to);
      }
      const int cue = w.Next(x.end_token - 1);
      c_.Emit(claim, used, s,
              to >= 0 ? v1::CONFIDENCE_MEDIUM : v1::CONFIDENCE_LOW,
              {c_.TokenSpan(s, cue, cue)});
    }
  }

  // "Forty-nine cases have been added since January 20th, bringing that
  // total to 1,731", "four more residents have died, bringing the local
  // death toll to 479": after a comma, "bringing" ("raising", "pushing",
  // "lifting", "taking"; "reducing", "lowering", "cutting" down) and a
  // total's noun ("total", "toll", "tally", "count", "number") a few words
  // before "to" and a figure: the one figure of the clause before the comma
  // is the change (a difference) to that figure.
  void Brings(int s) {
    static const Set* up = new Set{"raising", "pushing", "lifting"};
    static const Set* down = new Set{"reducing", "lowering", "cutting"};
    static const Set* either =
        new Set{"bringing", "taking",   "raising",  "pushing",
                "lifting",  "reducing", "lowering", "cutting"};
    static const Set* totals =
        new Set{"total", "toll", "tally", "count", "number"};
    static const Set* more =
        new Set{"more", "new", "added", "additional", "another"};
    if (!c_.MayHold(s, *either)) return;
    const Words w = c_.W(s);
    for (int k = 0; k < w.size(); ++k) {
      if (!w.IsIn(k, *either) || !w.IsPunct(w.Prev(k), ",")) continue;
      int to = w.Next(k);
      bool total = false;
      for (int n = 0; n < 8 && w.IsWord(to) && !w.Is(to, "to"); ++n) {
        if (w.IsIn(to, *totals)) total = true;
        to = w.Next(to);
      }
      if (!total || !w.Is(to, "to")) continue;
      const int later = c_.MentionStartingAt(s, w.Next(to));
      if (later < 0 || c_.used(later) || Relative(c_.m(later))) continue;
      // The one figure of the clause before the comma.
      const int comma = w.Prev(k);
      int start = 0;
      for (int j = w.Prev(comma); j >= 0; j = w.Prev(j)) {
        if (w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":")) {
          start = j + 1;
          break;
        }
      }
      int change = -1;
      int n = 0;
      for (int q : c_.quantities(s)) {
        if (c_.m(q).first_token >= start && c_.m(q).end_token <= comma) {
          change = q;
          ++n;
        }
      }
      // "has risen to 254, pushing the region's total to 340": a level,
      // not a change.
      const int before = n == 1 ? w.Prev(c_.m(change).first_token) : -1;
      if (w.Is(before, "to") || w.Is(before, "at") || w.Is(before, "as")) {
        continue;
      }
      if (n != 1 || c_.used(change) || Relative(c_.m(change)) ||
          c_.TimeSpan(c_.m(change)) ||
          !c_.Comparable(c_.m(change), c_.m(later))) {
        continue;
      }
      v1::Direction dir = v1::DIRECTION_UNSPECIFIED;
      if (w.IsIn(k, *up)) dir = v1::DIRECTION_UP;
      if (w.IsIn(k, *down)) dir = v1::DIRECTION_DOWN;
      for (int j = start; dir == v1::DIRECTION_UNSPECIFIED && j < comma;
           j = w.Next(j)) {
        if (w.IsIn(j, *more)) dir = v1::DIRECTION_UP;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(change), "-brings"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(change));
      ch->set_to_id(c_.id(later));
      ch->set_measure(ChangeMeasureOf(c_.m(change).unit));
      ch->set_direction(dir);
      c_.Emit(claim, {change, later}, s, v1::CONFIDENCE_MEDIUM,
              {c_.TokenSpan(s, k, to)});
    }
  }

  // "42% oppose the law, 38% support, a 4-point difference", "oppose by
  // a 57-point margin, 10% to 67%": a number of points naming a margin
  // ("difference", "margin", "lead", "gap", "edge", "spread"), with the two
  // percentages it lies between printed after it ("N to M") or as the only
  // figures of the clauses before it: the difference in points from the
  // smaller to the larger (a margin has no sign of its own).
  // "defeats Trump by 3 points today, 48% to 45%": points after "by" (or
  // "up" when no change cue took them), then after a comma (past a word or
  // two with no figure) the two sides "A% to B%": the margin from the
  // smaller to the larger. Whether it proposed it.
  bool ByPointsThenSides(const Words& w, int s, int xi) {
    const Mention& x = c_.m(xi);
    const int last = x.end_token - 1;
    if (c_.used(xi) || x.qualifier != v1::QUALIFIER_UNSPECIFIED ||
        !w.Is(last, "points") || last == x.number_token ||
        !(w.Is(w.Prev(x.first_token), "by") ||
          w.Is(w.Prev(x.first_token), "up"))) {
      return false;
    }
    int comma = w.Next(last);
    for (int n = 0; n < 2 && w.IsWord(comma) && c_.MentionAt(s, comma) < 0;
         ++n) {
      comma = w.Next(comma);
    }
    if (!w.IsPunct(comma, ",")) return false;
    const int a = c_.MentionStartingAt(s, w.Next(comma));
    const int to_word = a >= 0 ? w.Next(c_.m(a).end_token - 1) : -1;
    const int b =
        w.Is(to_word, "to") ? c_.MentionStartingAt(s, w.Next(to_word)) : -1;
    // The sides may be a comparison's too ("defeats": the first above).
    if (a < 0 || b < 0) return false;
    return EmitMargin(s, xi, a, b, last);
  }

  // "Jones took 52% of the vote to Smith's 45%, a margin of 7 percentage
  // points", "Labour on 41 per cent and the Conservatives on 29 per cent,
  // a lead of 12 points": after a comma, "a" or "an", a margin's noun and
  // "of" before points, the two percentages the only figures of the
  // sentence before them: the margin from the smaller to the larger, as
  // for "a 4-point difference". Whether it proposed it.
  bool NounOfPointsAfterSides(const Words& w, int s, size_t qi,
                              const Set& nouns) {
    const std::vector<int>& qs = c_.quantities(s);
    const int xi = qs[qi];
    const Mention& x = c_.m(xi);
    const int last = x.end_token - 1;
    const int of = w.Prev(x.first_token);
    const int noun = w.Prev(of);
    const int article = w.Prev(noun);
    if (qi != 2 || c_.used(xi) || x.qualifier != v1::QUALIFIER_UNSPECIFIED ||
        !(w.Is(last, "points") || w.Is(last, "point")) ||
        last == x.number_token || !w.Is(of, "of") || !w.IsIn(noun, nouns) ||
        !(w.Is(article, "a") || w.Is(article, "an")) ||
        !w.IsPunct(w.Prev(article), ",")) {
      return false;
    }
    if (c_.used(qs[0]) || c_.used(qs[1])) return false;
    return EmitMargin(s, xi, qs[0], qs[1], noun);
  }

  // Margin xi of sentence s in points, from the smaller of percentages a
  // and b to the larger, with the cue token `cue`; false, proposing
  // nothing, when a and b are not two different percentages.
  bool EmitMargin(int s, int xi, int a, int b, int cue) {
    if (c_.m(a).unit != v1::UNIT_PERCENT || c_.m(b).unit != v1::UNIT_PERCENT ||
        c_.m(a).value == c_.m(b).value) {
      return false;
    }
    if (c_.m(b).value < c_.m(a).value) std::swap(a, b);
    c_.mutable_m(xi).unit = v1::UNIT_PERCENTAGE_POINTS;
    c_.mutable_m(xi).unit_stated = true;
    EmitChange(s, xi, a, b, v1::CHANGE_MEASURE_PERCENTAGE_POINTS, "-margin",
               cue);
    return true;
  }

  void Margins(int s) {
    static const Set* nouns =
        new Set{"difference", "margin", "lead", "gap", "edge", "spread"};
    const Words w = c_.W(s);
    const std::vector<int>& qs = c_.quantities(s);
    for (size_t qi = 0; qi < qs.size(); ++qi) {
      const int xi = qs[qi];
      const Mention& x = c_.m(xi);
      if (ByPointsThenSides(w, s, xi)) continue;
      if (NounOfPointsAfterSides(w, s, qi, *nouns)) continue;
      if (c_.used(xi) || x.unit != v1::UNIT_AMOUNT || !x.unit_name.empty() ||
          x.qualifier != v1::QUALIFIER_UNSPECIFIED) {
        continue;
      }
      int j = w.Next(x.end_token - 1);
      if (w.IsPunct(j, "-") && w.Touch(j - 1, j)) j = w.Next(j);
      if (!w.Is(j, "point") || !w.IsIn(w.Next(j), *nouns)) continue;
      const int noun = w.Next(j);
      int a = -1;
      int b = -1;
      // After: "a 57-point margin, 10% to 67%".
      if (w.IsPunct(w.Next(noun), ",")) {
        a = c_.MentionStartingAt(s, w.Next(w.Next(noun)));
        const int to_word = a >= 0 ? w.Next(c_.m(a).end_token - 1) : -1;
        b = w.Is(to_word, "to") ? c_.MentionStartingAt(s, w.Next(to_word)) : -1;
      }
      // Before: "42% ..., 38% support, a 4-point difference", the only
      // figures of the sentence before it.
      const int article = w.Prev(x.first_token);
      if (b < 0 && qi == 2 && (w.Is(article, "a") || w.Is(article, "an")) &&
          w.IsPunct(w.Prev(article), ",")) {
        a = qs[0];
        b = qs[1];
      }
      if (a < 0 || b < 0 || c_.used(a) || c_.used(b) ||
          c_.m(a).unit != v1::UNIT_PERCENT ||
          c_.m(b).unit != v1::UNIT_PERCENT || c_.m(a).value == c_.m(b).value) {
        continue;
      }
      if (c_.m(b).value < c_.m(a).value) std::swap(a, b);
      c_.mutable_m(xi).unit = v1::UNIT_PERCENTAGE_POINTS;
      c_.mutable_m(xi).unit_stated = true;
      EmitChange(s, xi, a, b, v1::CHANGE_MEASURE_PERCENTAGE_POINTS, "-margin",
                 noun);
    }
  }

 private:
  // "Asia Pacific (43.4 million tonnes, +5.4%)", "10,306,293 passengers in
  // 2019 (+5.9% year-on-year)": a signed percentage closing a bracket
  // (after it only "year-on-year"), the level it brings the value to
  // either opening the bracket before a comma, or just before the bracket
  // (past "in" and a year). Not a level that is a percentage itself (the
  // sign may be of points), nor anything else in the bracket. Proposes the
  // change (no direction of its own: the sign's) and says whether it did.
  bool LevelInBrackets(const Words& w, int s, int xi, bool plus) {
    const Mention& x = c_.m(xi);
    int close = w.Next(x.end_token - 1);
    // "year-on-year", however the words split it.
    for (int n = 0;
         n < 5 && (w.Is(close, "year-on-year") || w.Is(close, "year") ||
                   w.Is(close, "on") ||
                   (w.IsPunct(close, "-") && w.Touch(close - 1, close)));
         ++n) {
      close = w.Next(close);
    }
    if (!w.IsPunct(close, ")")) return false;
    const int first = plus ? x.first_token - 1 : x.first_token;
    const int before = w.Prev(first);
    int level = -1;
    // The figure ending at token j, or just before its unit's word
    // ("43.4 million tonnes").
    const auto ending_at = [&](int j) {
      const int m = c_.MentionEndingAt(s, j);
      if (m >= 0 || !w.IsWord(j)) return m;
      const int u = c_.MentionEndingAt(s, w.Prev(j));
      return u >= 0 && c_.m(u).unit_name == w.LowerText(j) ? u : -1;
    };
    if (w.IsPunct(before, ",")) {
      // "(43.4 million tonnes, +5.4%)"
      const int m = ending_at(w.Prev(before));
      if (m >= 0 && w.IsPunct(w.Prev(c_.m(m).first_token), "(")) level = m;
    } else if (w.IsPunct(before, "(")) {
      // "10,306,293 passengers in 2019 (+5.9% year-on-year)"
      int j = w.Prev(before);
      const absl::string_view y = w.Text(j);
      if (w.IsNumber(j) && y.size() == 4 &&
          (absl::StartsWith(y, "19") || absl::StartsWith(y, "20")) &&
          w.Is(w.Prev(j), "in")) {
        j = w.Prev(w.Prev(j));
      }
      level = ending_at(j);
    }
    if (level < 0 || level == xi || c_.used(level) ||
        c_.m(level).reason != v1::UNUSED_REASON_UNSPECIFIED ||
        Relative(c_.m(level)) || c_.Adjectival(level) ||
        !Fits(x, c_.m(level))) {
      return false;
    }
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(xi), "-change"));
    v1::ChangeClaim* ch = claim.mutable_change();
    ch->set_change_id(c_.id(xi));
    ch->set_to_id(c_.id(level));
    ch->set_measure(v1::CHANGE_MEASURE_PERCENT);
    c_.Emit(claim, {xi, level}, s, v1::CONFIDENCE_MEDIUM,
            {c_.TokenSpan(s, first, x.end_token - 1)});
    return true;
  }

  // "2010-2018 pop. change: +19.6% (182,264 to 218,022)": a signed
  // percentage, then in brackets the values it runs from and to, two
  // figures of one kind joined by "to" and nothing else. Proposes the
  // change (its direction the sign's) and says whether it did.
  bool EndpointsInBrackets(const Words& w, int s, int xi) {
    const int open = w.Next(c_.m(xi).end_token - 1);
    int from = -1;
    int to = -1;
    if (!BracketedEndpoints(w, s, open, &from, &to)) return false;
    EmitChange(s, xi, from, to, v1::CHANGE_MEASURE_PERCENT, "-change",
               w.Next(c_.m(from).end_token - 1));
    return true;
  }

  // Proposes (medium) the change `change` from `from` to `to` with no
  // direction of its own, its id the change's with `suffix`, the cue token
  // `cue` of sentence s.
  void EmitChange(int s, int change, int from, int to,
                  v1::ChangeMeasure measure, absl::string_view suffix,
                  int cue) {
    v1::Claim claim;
    claim.set_id(absl::StrCat(c_.id(change), suffix));
    v1::ChangeClaim* ch = claim.mutable_change();
    ch->set_change_id(c_.id(change));
    ch->set_from_id(c_.id(from));
    ch->set_to_id(c_.id(to));
    ch->set_measure(measure);
    c_.Emit(claim, {change, from, to}, s, v1::CONFIDENCE_MEDIUM,
            {c_.TokenSpan(s, cue, cue)});
  }

  // "(182,264 to 218,022)" at token open: two unused figures of one kind,
  // not percentages or spans of time, joined by "to" and closed by the
  // bracket; sets *from and *to.
  bool BracketedEndpoints(const Words& w, int s, int open, int* from,
                          int* to) const {
    if (!w.IsPunct(open, "(")) return false;
    const int a = c_.MentionStartingAt(s, w.Next(open));
    if (a < 0 || c_.used(a)) return false;
    const int to_word = w.Next(c_.m(a).end_token - 1);
    if (!w.Is(to_word, "to")) return false;
    const int b = c_.MentionStartingAt(s, w.Next(to_word));
    if (b < 0 || c_.used(b) || !w.IsPunct(w.Next(c_.m(b).end_token - 1), ")")) {
      return false;
    }
    const Mention& ma = c_.m(a);
    const Mention& mb = c_.m(b);
    if (!c_.Comparable(ma, mb) || Relative(ma) || Relative(mb) ||
        c_.TimeSpan(ma) || c_.TimeSpan(mb)) {
      return false;
    }
    *from = a;
    *to = b;
    return true;
  }

  // Whether sentence s opens with a list mark: a dash or a bullet.
  bool ListItem(int s) const {
    const Words w = c_.W(s);
    int first = 0;
    while (first < w.size() && w.at(first).kind == TokenKind::kSpace) ++first;
    if (first >= w.size()) return false;
    const absl::string_view t = w.Text(first);
    return t == "-" || t == "*" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" ||
           t == "\xE2\x80\xA2";
  }

  // The figure a line before s prints after a colon, for what the words
  // before the colon name with `word` ("Cumulative deaths per 100k: 67"
  // for "deaths"); -1.
  int ItemBefore(int s, const std::string& word) const {
    if (s == 0 || word.empty() || !ListItem(s) || !ListItem(s - 1)) return -1;
    const Words w = c_.W(s - 1);
    for (int j = 0; j < w.size(); ++j) {
      if (!w.IsPunct(j, ":")) continue;
      const int m = c_.MentionStartingAt(s - 1, w.Next(j));
      if (m < 0) continue;
      for (int k = 0; k < j; ++k) {
        if (w.IsWord(k) && w.LowerText(k) == word) return m;
      }
    }
    return -1;
  }

  // Whether the words after "than" at t name an earlier estimate:
  // "than previously reported", "than the government first reported",
  // "than initially estimated".
  static bool Revision(const Words& w, int t) {
    static const Set* words =
        new Set{"previously", "first",     "originally", "initially",
                "reported",   "estimated", "expected",   "forecast"};
    for (int j = w.Next(t), n = 0; j < w.size() && n < 5; j = w.Next(j), ++n) {
      if (!w.IsWord(j)) return false;
      if (w.IsIn(j, *words)) return true;
    }
    return false;
  }

  // Whether the paragraph of the change `change` prints another quantity
  // the change may run from or to, which the words do not place: in its
  // own sentence one no claim uses yet; in the paragraph's other sentences
  // any ("The unemployment rate declined to 3.5%. ... In September, the
  // unemployment rate declined by a 0.2 percentage point.").
  bool UnplacedEndpoint(int change) const {
    const Mention& c = c_.m(change);
    const int block = c_.sentence(c.sentence).block;
    int first = c.sentence;
    while (first > 0 && c_.sentence(first - 1).block == block) --first;
    int last = c.sentence;
    while (last + 1 < c_.sentences() && c_.sentence(last + 1).block == block) {
      ++last;
    }
    // A paragraph of one sentence may go on from the one before (a list
    // item after the value it compares: "Cumulative deaths per 100k: 67"
    // then "59.9% less deaths per 100k residents than California").
    if (first == last && first > 0) {
      const int before = c_.sentence(first - 1).block;
      while (first > 0 && c_.sentence(first - 1).block == before) --first;
    }
    const bool rate = RateChanges(c);
    for (int s = first; s <= last; ++s) {
      for (int m : c_.quantities(s)) {
        if (m != change && (s != c.sentence || !c_.used(m)) &&
            MayBeEndpoint(c, m) && !(rate && c_.CountLike(c_.m(m)))) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether a sentence after s, a few at most and no title between, names
  // what the change at cue k is of and prints a value the change may run
  // from or to: a lead stating a change whose endpoints a later paragraph
  // gives, which the change's own paragraph cannot show (UnplacedEndpoint).
  // It names it with the last two words before the cue (as LaterLevels), or,
  // for a company's result, with any of "profit", "income", "earnings",
  // which a story prints in turn ("Third-quarter profit rose 5 percent" ...
  // "net income rose to $1.52 billion"), or of "revenue", "sales",
  // "turnover" ("its revenue rose 20 per cent" ... "Revenue ... totalled
  // $1.02 billion"). Not "Food prices also rose" then
  // "child care prices", nor "shares slid 2 percent" then "$1.52 per share".
  bool LaterEndpoint(const Words& w, int s, int k, int change) const {
    const std::vector<std::vector<std::string>> subjects = Subjects(w, s, k);
    const std::vector<std::string>& words = subjects.back();
    if (words.empty()) return false;
    const std::string& head = words.back();
    static const Set* profit =
        new Set{"profit", "profits", "income", "earnings", "earned"};
    static const Set* sales =
        new Set{"revenue", "revenues", "sales", "turnover"};
    const Set* result = profit->ContainsLower(head)  ? profit
                        : sales->ContainsLower(head) ? sales
                                                     : nullptr;
    const bool is_result = result != nullptr;
    if (!is_result && words.size() < 2) return false;
    const Mention& c = c_.m(change);
    for (int t = s + 1; t < c_.sentences() && t <= s + 6; ++t) {
      if (TitleBetween(s, t)) break;
      const Words tw = c_.W(t);
      bool named = false;
      if (is_result) {
        for (int j = 0; j < tw.size() && !named; ++j) {
          named = tw.IsIn(j, *result);
        }
      } else {
        bool a = false, b = false;
        for (int j = 0; j < tw.size(); ++j) {
          a = a || tw.Is(j, words[words.size() - 2]);
          b = b || tw.Is(j, head);
        }
        named = a && b;
      }
      if (!named) continue;
      for (int m : c_.quantities(t)) {
        if (!c_.used(m) && MayBeEndpoint(c, m)) return true;
      }
    }
    return false;
  }

  // Whether what the change c is of is a rate: "rate" or "rates" in its
  // clause before it ("the age-adjusted opioid-involved death rate
  // increased by 15.6%", "death rates for overdoses ... doubled"). A rate
  // runs from and to no count ("52,404 drug overdose deaths").
  bool RateChanges(const Mention& c) const {
    const Words w = c_.W(c.sentence);
    for (int j = w.Prev(c.first_token), n = 0; j >= 0 && n < 16;
         j = w.Prev(j), ++n) {
      if (w.IsPunct(j, ",") || w.IsPunct(j, ";") || w.IsPunct(j, ":") ||
          w.IsPunct(j, ".") || c_.MentionAt(c.sentence, j) >= 0) {
        return false;
      }
      if (w.Is(j, "rate") || w.Is(j, "rates")) return true;
    }
    return false;
  }

  // Whether the sentence of the endpoints `from` and `to` prints a change
  // the words do not tie to them ("An increase from 8 percent to 12.4
  // percent ... or 4.4 percent"): the pair may be that change's, so the
  // order alone is a proposal. A change is a percentage, points or a
  // multiple that is not a share ("10 percent of"); beside percentages, a
  // percentage only right after a direction word or "by", or before a
  // noun cue ("a 3% increase").
  bool UnplacedChange(int from, int to) const {
    const Mention& a = c_.m(from);
    const bool levels_in_percent = a.unit == v1::UNIT_PERCENT;
    const int s = a.sentence;
    const Words w = c_.W(s);
    for (int m : c_.quantities(s)) {
      const Mention& v = c_.m(m);
      if (m == from || m == to || !Relative(v)) continue;
      const int before = w.Prev(v.first_token);
      const int after = w.Next(v.end_token - 1);
      if (w.Is(after, "of")) continue;
      if (levels_in_percent && v.unit == v1::UNIT_PERCENT &&
          !(w.IsIn(before, UpWords()) || w.IsIn(before, DownWords()) ||
            w.Is(before, "by") || w.Is(before, "or") ||
            w.IsIn(after, CueNouns()))) {
        continue;
      }
      return true;
    }
    return false;
  }

  // Whether the quantity m may be an endpoint of the change c: a value of
  // a family c fits (a percentage only for a change in points), not a bare
  // number, not a span of time, not a change itself ("rose 146% (up more
  // than 22,000)", "12 more than ... and 18 more than", "added about 17
  // million people").
  bool MayBeEndpoint(const Mention& c, int m) const {
    const Mention& v = c_.m(m);
    if (c_.TimeSpan(v) || c_.Adjectival(m)) return false;
    // Another percentage beside a percent change is most often a change or
    // a share of its own ("sales rose 5% and profit 9%").
    // Not so a fraction in words ("by a third, from 4 percent to 6
    // percent"): never points.
    if (c.unit != v1::UNIT_PERCENTAGE_POINTS && v.unit == v1::UNIT_PERCENT &&
        !FractionInWords(c)) {
      return false;
    }
    // A bare number (a footnote mark, a range of years) is no level, unless
    // a label stands before it ("Cumulative deaths per 100k: 67") or it
    // groups its thousands ("to 143,470 in 2017").
    const Words w = c_.W(v.sentence);
    const int before = w.Prev(v.first_token);
    if (v.unit == v1::UNIT_AMOUNT && v.unit_name.empty() &&
        !w.IsPunct(before, ":") &&
        v.figure_text.find(',') == std::string::npos) {
      return false;
    }
    if (!Fits(c, v)) return false;
    const int after = w.Next(v.end_token - 1);
    return !(w.IsIn(before, UpWords()) || w.IsIn(before, DownWords()) ||
             w.Is(before, "by") || w.Is(before, "added") ||
             w.Is(before, "shed") || w.IsIn(after, UpWords()) ||
             w.IsIn(after, DownWords()) || w.Is(after, "more") ||
             w.Is(after, "fewer") || w.Is(after, "less"));
  }

  // Whether the clause after the percentage c goes on with "up from" or
  // "down from" another percentage.
  bool LevelComparedLater(const Words& w, int s, const Mention& c) const {
    for (int j = w.Next(c.end_token - 1), n = 0; j < w.size() && n < 16;
         j = w.Next(j), ++n) {
      if (w.IsPunct(j, ";") || w.IsPunct(j, ".")) return false;
      if ((w.Is(j, "up") || w.Is(j, "down")) && w.Is(w.Next(j), "from")) {
        const int m = c_.MentionStartingAt(s, w.Next(w.Next(j)));
        return m >= 0 && c_.m(m).unit == v1::UNIT_PERCENT;
      }
      // Another quantity ends the search; a span of time ("in the 12
      // months to") does not.
      const int m = c_.MentionStartingAt(s, j);
      if (m >= 0 && !c_.TimeSpan(c_.m(m))) return false;
    }
    return false;
  }

  static bool IsDashText(absl::string_view p) {
    return p == "-" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94";
  }

  static bool SameUnit(const Mention& a, const Mention& b) {
    if (a.unit == b.unit) return true;
    auto countish = [](const Mention& m) {
      return m.unit == v1::UNIT_COUNT || (m.unit == v1::UNIT_AMOUNT && m.whole);
    };
    return countish(a) && countish(b);
  }

  // "from 249.6 per 100,000 to 168.4": the rate's unit is printed once,
  // with the first endpoint; the other is a bare number.
  static bool RateAndBare(const Mention& a, const Mention& b) {
    auto bare = [](const Mention& m) {
      return m.unit == v1::UNIT_AMOUNT && m.unit_name.empty();
    };
    return (a.unit == v1::UNIT_RATE && bare(b)) ||
           (b.unit == v1::UNIT_RATE && bare(a));
  }

  // Whether `value` can be an endpoint of a change stated as `change`.
  static bool Fits(const Mention& change, const Mention& value) {
    if (value.unit == v1::UNIT_PERCENTAGE_POINTS ||
        value.unit == v1::UNIT_MULTIPLE) {
      return false;
    }
    switch (change.unit) {
      case v1::UNIT_PERCENTAGE_POINTS:
        return value.unit == v1::UNIT_PERCENT;
      case v1::UNIT_PERCENT:
      case v1::UNIT_MULTIPLE:
        return true;
      default:
        return SameUnit(change, value);
    }
  }

  bool HasFigureBefore(const Words& w, int s, int k) const {
    return c_.MentionEndingAt(s, w.Prev(k)) >= 0 ||
           (w.IsPunct(w.Prev(k), ",") &&
            c_.MentionEndingAt(s, w.Prev(w.Prev(k))) >= 0);
  }

  // The figure of the clause before the cue at k, when a comma or a
  // bracket and at most a few words ("in July", "in the 12 months to March
  // 2022") stand between: "X in July, up N", "the 146-member Parliament (up
  // from 124)". Years, dates and spans of time between are words.
  int FigureBefore(const Words& w, int s, int k, bool semicolon = false) const {
    int p = w.Prev(k);
    if (w.Is(p, "or")) p = w.Prev(p);
    const bool semi = semicolon && w.IsPunct(p, ";");
    // A spaced dash as a comma: "had fallen to below 130,000 - 4,500 fewer
    // than last year".
    const bool dash = p > 0 && w.at(p).kind == TokenKind::kPunct &&
                      IsDashText(w.Text(p)) && !w.Touch(w.Prev(p), p) &&
                      !w.Touch(p, w.Next(p));
    if (!w.IsPunct(p, ",") && !w.IsPunct(p, "(") && !dash && !semi) {
      return -1;
    }
    for (int j = w.Prev(p), n = 0; j >= 0 && n < 12; j = w.Prev(j), ++n) {
      const int m = c_.MentionEndingAt(s, j);
      // "jobless for over two years, up by 21,000": a span of years, which
      // the number reader leaves without a unit, is words too.
      const int after = m >= 0 ? w.Next(c_.m(m).end_token - 1) : -1;
      if (m >= 0 && !c_.TimeSpan(c_.m(m)) && !w.Is(after, "years") &&
          !w.Is(after, "year")) {
        return m;
      }
      if (m >= 0) {
        j = c_.m(m).first_token;
        continue;
      }
      if (w.IsNumber(j) && c_.MentionAt(s, j) < 0) continue;
      if (w.IsPunct(j, "-") && w.Touch(j, j + 1)) continue;
      // "for the quarter ended Dec. 31, up from": an abbreviation's stop,
      // within the sentence, is words too.
      if (w.IsPunct(j, ".") && w.IsWord(j - 1) && w.Touch(j - 1, j)) continue;
      // "the majority (53.22%), up from 48.86%": the figure in brackets.
      if (w.IsPunct(j, ")")) {
        const int in = c_.MentionEndingAt(s, w.Prev(j));
        return in >= 0 && w.IsPunct(w.Prev(c_.m(in).first_token), "(") &&
                       !c_.TimeSpan(c_.m(in))
                   ? in
                   : -1;
      }
      if (!w.IsWord(j) || w.IsIn(j, UpWords()) || w.IsIn(j, DownWords())) {
        return -1;
      }
    }
    return -1;
  }

  // The first word of a relative clause after a comma that the cue at k
  // goes on: "which was" in "X, which was up N", "a figure that was" in
  // "X ..., a figure that was up 22 percent"; k when there is none.
  static int RelativeClauseStart(const Words& w, int k) {
    int j = w.Prev(k);
    if (!(w.Is(j, "was") || w.Is(j, "is") || w.Is(j, "were") ||
          w.Is(j, "are"))) {
      return k;
    }
    j = w.Prev(j);
    if (!(w.Is(j, "which") || w.Is(j, "that"))) return k;
    if (w.Is(j, "that")) {
      const int noun = w.Prev(j);
      static const Set* nouns =
          new Set{"figure", "number", "amount", "total", "sum"};
      if (!w.IsIn(noun, *nouns)) return k;
      j = w.Prev(noun);
      if (!w.Is(j, "a")) return k;
    }
    return w.IsPunct(w.Prev(j), ",") ? j : k;
  }

  // The later value of a change stated after a comma: "X, up N".
  int ValueBeforeComma(const Words& w, int s, int k,
                       const Mention& change) const {
    const int m = FigureBefore(w, s, k);
    if (m < 0) return -1;
    if (c_.m(m).unit == change.unit && Relative(change)) return -1;
    // "fell to 700 from 1,000, up 30%": the value after "from" is the
    // earlier one, never the later.
    if (w.Is(w.Prev(c_.m(m).first_token), "from")) return -1;
    return Fits(change, c_.m(m)) ? m : -1;
  }

  // The token before the noun cue at k, past "year-on-year" ("a +3.5%
  // year-on-year increase"): the token before that.
  static int PastYearOnYear(const Words& w, int k) {
    int j = w.Prev(k);
    if (w.Is(j, "year-on-year")) return w.Prev(j);
    if (!w.Is(j, "year")) return j;
    const int last = j;
    for (int n = 0; n < 5 && (w.Is(j, "year") || w.Is(j, "on") ||
                              (w.IsPunct(j, "-") && w.Touch(j - 1, j)));
         ++n) {
      j = w.Prev(j);
    }
    return j != last && w.Is(w.Next(j), "year") &&
                   w.Is(w.Next(w.Next(w.Next(j))), "on")
               ? j
               : w.Prev(k);
  }

  // For a noun cue at k with its one change, "a" or "an" opening its clause
  // after a comma ("X, an increase of N%", "X, a 20% gain"): the value
  // before the comma is the later one; with "compared with" or "compared
  // to" before that value, after a comma ("X, compared with Y a year
  // earlier, an increase of N%"), X is the later and Y the earlier. Not a
  // value after "from", "than", "versus" or "to" ("up from Y, a 20% gain":
  // Y is the earlier; "rose to X, a 10% increase" is read as a lone later
  // value), nor a difference ("202 fewer homicides, a drop of 9 percent").
  void NounAfterComma(const Words& w, int s, int k, Frame* f) const {
    const Mention& change = c_.m(f->changes[0]);
    int article =
        change.first_token > k ? w.Prev(k) : w.Prev(change.first_token);
    // "a +3.4% year-on-year increase"
    if (w.IsPunct(article, "+") && w.Touch(article, article + 1)) {
      article = w.Prev(article);
    }
    if (change.first_token < k &&
        c_.MentionEndingAt(s, PastYearOnYear(w, k)) != f->changes[0]) {
      return;
    }
    // "a weekly case count of 277 ... cases; a 46.9% decrease": so after a
    // semicolon.
    const bool semicolon = w.IsPunct(w.Prev(article), ";");
    if (!(w.Is(article, "a") || w.Is(article, "an")) ||
        !(w.IsPunct(w.Prev(article), ",") || semicolon)) {
      return;
    }
    // "120 calls in May, a 20% drop is expected in June": the noun opens a
    // clause of its own (a verb follows it, not in a relative clause), no
    // apposition.
    static const Set* verbs =
        new Set{"is",    "was",   "are", "were",  "will",
                "would", "could", "may", "might", "should"};
    for (int j = w.Next(std::max(k, change.end_token - 1)), n = 0;
         j < w.size() && n < 12; j = w.Next(j), ++n) {
      if (w.IsPunct(j, ",") || w.IsPunct(j, ";") || w.IsPunct(j, ".") ||
          w.Is(j, "that") || w.Is(j, "which") || w.Is(j, "who")) {
        break;
      }
      if (w.IsIn(j, *verbs)) return;
    }
    const int m = FigureBefore(w, s, article, semicolon);
    if (m < 0 || c_.used(m) || !Fits(change, c_.m(m)) ||
        (c_.m(m).unit == change.unit && Relative(change))) {
      return;
    }
    const int before = w.Prev(c_.m(m).first_token);
    if ((w.Is(before, "with") || w.Is(before, "to")) &&
        w.Is(w.Prev(before), "compared")) {
      const int compared = w.Prev(before);
      const int a = FigureBefore(w, s, compared);
      if (a >= 0 && !c_.used(a) && w.IsPunct(w.Prev(compared), ",") &&
          c_.Comparable(c_.m(a), c_.m(m)) && Fits(change, c_.m(a))) {
        f->from = m;
        f->to = a;
        f->cues.push_back(c_.TokenSpan(s, compared, compared));
      }
      return;
    }
    static const Set* earlier =
        new Set{"from", "than", "versus", "vs", "to", "with", "against"};
    if (w.IsIn(before, *earlier)) return;
    // "202 fewer homicides, a drop of more than 9 percent", "rose by 202,
    // an increase of 9 percent": the figure is a difference, not a level.
    static const Set* differences =
        new Set{"more", "fewer", "less", "higher", "lower", "greater", "by"};
    if (w.IsIn(w.Next(c_.m(m).end_token - 1), *differences) ||
        w.IsIn(before, *differences) || w.IsIn(before, UpWords()) ||
        w.IsIn(before, DownWords())) {
      return;
    }
    // "cost £0.75, today £1, a 25 per cent increase": with another value
    // of its kind before it, the words do not say which the change runs
    // from.
    for (int q : c_.quantities(s)) {
      if (q != m && !c_.used(q) && c_.m(q).first_token < c_.m(m).first_token &&
          ClaimContext::UnitFamily(c_.m(q)) ==
              ClaimContext::UnitFamily(c_.m(m))) {
        return;
      }
    }
    f->to = m;
  }

  // The later value of an order stated after a comma: "X, up from Y".
  int ValueBefore(const Words& w, int s, int k, const Mention& from) const {
    const int m = FigureBefore(w, s, k);
    return m >= 0 && c_.Comparable(c_.m(m), from) ? m : -1;
  }

  // "That's", "That is", "This was" opening the sentence before the cue.
  static bool Anaphoric(const Words& w, int k) {
    int first = 0;
    while (first < w.size() && !w.IsWord(first)) ++first;
    if (first >= k) return false;
    const std::string a = w.LowerText(first);
    if (a == "that's" || a == "that\xE2\x80\x99s" || a == "it's" ||
        a == "it\xE2\x80\x99s") {
      return w.Next(first) == k;
    }
    if (a != "that" && a != "this" && a != "it") return false;
    // "That is", "This had", "It has since", "This is still": a verb of
    // being or "has", "had", and an adverb or two, before the cue.
    static const Set* between =
        new Set{"is", "was", "has", "had", "still", "also", "since", "now"};
    int j = w.Next(first);
    if (!(w.Is(j, "is") || w.Is(j, "was") || w.Is(j, "has") ||
          w.Is(j, "had"))) {
      return false;
    }
    for (int n = 0; n < 2 && j < k && w.IsIn(j, *between); ++n) j = w.Next(j);
    return j == k;
  }

  // The one figure of the sentence before s comparable with `value`
  // (another at all, -1).
  int OneComparableOfSentenceBefore(int s, const Mention& value) const {
    if (s == 0) return -1;
    int found = -1;
    for (int m : c_.quantities(s - 1)) {
      if (!c_.Comparable(c_.m(m), value) || c_.TimeSpan(c_.m(m))) continue;
      if (found >= 0) return -1;
      found = m;
    }
    return found;
  }

  // The one figure of the sentence before s that a change can apply to.
  int OneValueOfSentenceBefore(int s, const Mention& change) const {
    if (s == 0) return -1;
    int found = -1;
    for (int m : c_.quantities(s - 1)) {
      if (!Fits(change, c_.m(m))) continue;
      if (found >= 0) return -1;
      found = m;
    }
    return found;
  }

  // The change printed right before the noun cue at k ("a 37 percent
  // increase", "a 5.3 percent population growth", "a +3.5% year-on-year
  // increase"); -1.
  int ChangeBeforeNoun(const Words& w, int s, int k) const {
    if (!w.IsIn(k, CueNouns())) return -1;
    int p = w.Prev(k);
    int m = c_.MentionEndingAt(s, p);
    if (m < 0 && w.IsWord(p) && !w.Capitalized(p) && !w.Is(p, "a") &&
        !w.Is(p, "an") && !w.Is(p, "the")) {
      m = c_.MentionEndingAt(s, w.Prev(p));
    }
    // "a +3.5% year-on-year increase": past "year-on-year".
    if (m < 0) m = c_.MentionEndingAt(s, PastYearOnYear(w, k));
    return m >= 0 && !c_.used(m) && Relative(c_.m(m)) ? m : -1;
  }

  // For a change whose words start at token k: "X (2015: Y)" a few words
  // before ("representing", "for the year,", an article), X and Y of one
  // kind and unused: X, and Y in *before; -1.
  int YearPairBefore(const Words& w, int s, int k, int* before) const {
    int j = w.Prev(k);
    for (int n = 0; n < 6 && j >= 0 && !w.IsPunct(j, ")"); ++n) {
      if (!w.IsWord(j) && !w.IsPunct(j, ",")) return -1;
      if (c_.MentionAt(s, j) >= 0) return -1;
      j = w.Prev(j);
    }
    if (!w.IsPunct(j, ")")) return -1;
    const int y = c_.MentionEndingAt(s, w.Prev(j));
    if (y < 0) return -1;
    const int colon = w.Prev(c_.m(y).first_token);
    const int year = w.Prev(colon);
    const int open = w.Prev(year);
    if (!w.IsPunct(colon, ":") || !w.IsNumber(year) ||
        w.Text(year).size() != 4 || !w.IsPunct(open, "(")) {
      return -1;
    }
    const int x = c_.MentionEndingAt(s, w.Prev(open));
    if (x < 0 || c_.used(x) || c_.used(y) || !c_.Comparable(c_.m(x), c_.m(y))) {
      return -1;
    }
    *before = y;
    return x;
  }

  // The "with" or "to" of "compared with" ("compared to", "when compared
  // with", "as compared to") opening at token j; -1.
  static int ComparedWith(const Words& w, int j) {
    if (w.Is(j, "when") || w.Is(j, "as")) j = w.Next(j);
    if (!w.Is(j, "compared")) return -1;
    const int with = w.Next(j);
    return w.Is(with, "with") || w.Is(with, "to") ? with : -1;
  }

  // The endpoint after "from" or "to" at token j: the figure right after,
  // after a few words ending in "of" ("a peak of", "a record"), or after a
  // year in parentheses ("from 1999 (11.1)").
  int Endpoint(const Words& w, int s, int j) const {
    int k = w.Next(j);
    int m = c_.MentionStartingAt(s, k);
    if (m >= 0) return m;
    // A year, then the value in parentheses.
    if (w.IsNumber(k) && w.Text(k).size() == 4 && w.IsPunct(w.Next(k), "(")) {
      m = c_.MentionStartingAt(s, w.Next(w.Next(k)));
      if (m >= 0 && w.IsPunct(w.Next(c_.m(m).end_token - 1), ")")) return m;
      return -1;
    }
    if (!(w.Is(k, "a") || w.Is(k, "an") || w.Is(k, "the"))) return -1;
    // "up 130% from the 10 we reported during Week 6": the figure right
    // after "the", printed bare (not "from the 50 states", a count of
    // where the figures come from, nor "the 12 months before").
    if (w.Is(k, "the")) {
      m = c_.MentionStartingAt(s, w.Next(k));
      if (m >= 0) {
        const Mention& x = c_.m(m);
        return (c_.Countish(x) && !x.unit_name.empty()) ||
                       ClaimContext::TimeSpan(x)
                   ? -1
                   : m;
      }
    }
    for (int n = 0; n < 6; ++n) {
      k = w.Next(k);
      if (w.IsPunct(k, "-")) continue;
      if (!w.IsWord(k)) break;
      if (w.Is(k, "of")) return c_.MentionStartingAt(s, w.Next(k));
      if (w.Is(k, "record") || w.Is(k, "new") || w.Is(k, "high") ||
          w.Is(k, "low") || w.Is(k, "estimated") || w.Is(k, "total")) {
        m = c_.MentionStartingAt(s, w.Next(k));
        if (m >= 0) return m;
      }
    }
    return -1;
  }

  // Whether "while" or "whereas" stands among tokens [a, b): a clause of
  // another subject opens.
  static bool OtherSubjectBetween(const Words& w, int a, int b) {
    for (int t = a; t < b; ++t) {
      if (w.Is(t, "while") || w.Is(t, "whereas")) return true;
    }
    return false;
  }

  // The figure right after "at" at token j that can be the level a change
  // stated as `change` reached: no count of a thing named ("at 20
  // stores"), no span of time; -1.
  int LevelAt(const Words& w, int s, int j, const Mention& change) const {
    const int m = c_.MentionStartingAt(s, w.Next(j));
    if (m < 0) return -1;
    const Mention& x = c_.m(m);
    if ((c_.Countish(x) && !x.unit_name.empty()) || ClaimContext::TimeSpan(x) ||
        !Fits(change, x)) {
      return -1;
    }
    return m;
  }

  // "Domestic passenger numbers, at 5.287 million, were down by 1.5 per
  // cent": the figure of an aside ", at N," closing the subject, with only
  // a verb of being between it and the cue at k (the level the change
  // reached), when no figure stands before the aside; -1.
  int LevelAsideBefore(const Words& w, int s, int k,
                       const Mention& change) const {
    static const Set* being =
        new Set{"is", "was", "are", "were", "has", "have", "had", "been"};
    int j = w.Prev(k);
    while (j >= 0 && w.IsIn(j, *being)) j = w.Prev(j);
    if (j < 0 || !w.IsPunct(j, ",")) return -1;
    const int m = c_.MentionEndingAt(s, w.Prev(j));
    if (m < 0 || c_.used(m)) return -1;
    const int at = w.Prev(c_.m(m).first_token);
    if (!w.Is(at, "at") || !w.IsPunct(w.Prev(at), ",") ||
        LevelAt(w, s, at, change) != m) {
      return -1;
    }
    for (int t = 0; t < w.Prev(at); ++t) {
      if (c_.MentionAt(s, t) >= 0) return -1;
    }
    return m;
  }

  // The comma closing an aside that opens at token j (", when the
  // coalition came to power,") when "to" and a figure follow it and the
  // aside prints no figure of its own; -1 otherwise.
  int AsideEnd(const Words& w, int s, int j) const {
    for (int k = w.Next(j), n = 0; k < w.size() && n < 12; k = w.Next(k), ++n) {
      if (w.IsPunct(k, ";") || w.IsPunct(k, ".") || w.IsPunct(k, ":") ||
          c_.MentionStartingAt(s, k) >= 0) {
        return -1;
      }
      if (w.IsPunct(k, ",")) {
        return w.Is(w.Next(k), "to") && Endpoint(w, s, w.Next(k)) >= 0 ? k : -1;
      }
    }
    return -1;
  }

  // The change restated right after the endpoint `m` just read (see
  // RestatedChange), kept as the frame's late change with its noun cue;
  // *j moves past it.
  void TakeRestated(const Words& w, int s, Frame* f, int m, int* j) const {
    int noun = -1;
    const int late = RestatedChange(w, s, *f, m, &noun);
    if (late < 0) return;
    f->late_change = late;
    if (noun >= 0) f->cues.push_back(c_.TokenSpan(s, noun, noun));
    f->last = std::max(c_.m(late).end_token - 1, noun);
    *j = f->last;
  }

  // The change a clause restates right after both its endpoints, with only
  // linking words between: "from 15 cents to 20 cents is one of 25 per
  // cent", "to $2,000, a 25% rise", "from 212 to 180, a drop of 15%", "to
  // 180 – a 15% drop", "to $4.5 billion from $4.1 billion, an increase of
  // nearly 10 percent"; after a comma or dash, also when a few words of
  // time or place close the clause before it ("from 4.1% in March, a
  // decline of 0.2 percentage points"). A noun cue between names the change
  // only in the frame's direction; the word naming what the last endpoint
  // counts may come first ("20 cents is"). `last` is the endpoint read last. -1
  // when none; else the mention, and the noun cue's token in *noun (or -1).
  int RestatedChange(const Words& w, int s, const Frame& f, int last,
                     int* noun) const {
    // ", which represents a 233 per cent increase": "which" right after
    // the comma.
    static const Set* words =
        new Set{"is", "was",        "one",          "of",    "or",   "a",
                "an", "represents", "representing", "which", "means"};
    const Set& nouns = f.dir == v1::DIRECTION_UP ? UpWords() : DownWords();
    *noun = -1;
    int j = w.Next(c_.m(last).end_token - 1);
    // "20 cents represents": the number reader may take the verb into what
    // is counted ("cents represents"); its first word is the noun.
    const std::string& counted = c_.m(last).unit_name;
    if (!counted.empty() &&
        w.LowerText(j) == counted.substr(0, counted.find(' '))) {
      j = w.Next(j);
    }
    // "to 3.9% in April from 4.1% in March, a decline of 0.2 percentage
    // points": a few words closing the clause (a time, a place; years and
    // dates among them) may stand before the comma or dash.
    for (int k = j, n = 0; k < w.size() && n < 6; k = w.Next(k), ++n) {
      if (w.IsPunct(k, ",") ||
          (w.at(k).kind == TokenKind::kPunct && IsDashText(w.Text(k)) &&
           !w.Touch(w.Prev(k), k))) {
        j = k;
        break;
      }
      const int m = c_.MentionStartingAt(s, k);
      if (m >= 0 && c_.TimeSpan(c_.m(m))) {
        k = c_.m(m).end_token - 1;
        continue;
      }
      if (m >= 0 || !(w.IsWord(k) || w.IsNumber(k)) ||
          w.IsIn(k, ClauseEnds()) || w.IsIn(k, UpWords()) ||
          w.IsIn(k, DownWords())) {
        break;
      }
    }
    for (int n = 0; j < w.size() && n < 8; j = w.Next(j), ++n) {
      const int m = c_.MentionStartingAt(s, j);
      if (m >= 0) {
        // "a 20% drop" after a rise is not its change.
        const int after = w.Next(c_.m(m).end_token - 1);
        return !c_.used(m) && Relative(c_.m(m)) && !w.Is(after, "of") &&
                       !(w.IsIn(after, CueNouns()) && !w.IsIn(after, nouns)) &&
                       Fits(c_.m(m), c_.m(f.from)) && Fits(c_.m(m), c_.m(f.to))
                   ? m
                   : -1;
      }
      // "to 26,500 from 25,000, up 6 per cent": the adverb of the frame's
      // direction names the change as its noun does.
      if ((w.IsIn(j, CueNouns()) || w.Is(j, "up") || w.Is(j, "down")) &&
          w.IsIn(j, nouns) && *noun < 0) {
        *noun = j;
      } else if (!w.IsIn(j, *words) && !w.IsPunct(j, ",") &&
                 !(w.at(j).kind == TokenKind::kPunct && IsDashText(w.Text(j)) &&
                   !w.Touch(w.Prev(j), j))) {
        return -1;
      }
    }
    return -1;
  }

  // "since 2010": a time, not a reason ("since it was built").
  bool SinceAYear(const Words& w, int s, int j) const {
    const int y = w.Next(j);
    return w.Is(j, "since") && w.IsNumber(y) && c_.MentionAt(s, y) < 0 &&
           w.Text(y).size() == 4;
  }

  // The first token of a qualifier just before the multiple at k ("more
  // than", "less than", "at least", "nearly", "almost", "about", "roughly",
  // "around", "over"); k when there is none.
  static int MultipleQualifier(const Words& w, int k) {
    static const Set* one =
        new Set{"nearly", "almost", "about", "roughly", "around", "over"};
    const int p = w.Prev(k);
    if (w.IsIn(p, *one)) return p;
    const int q = w.Prev(p);
    if ((w.Is(p, "than") && (w.Is(q, "more") || w.Is(q, "less"))) ||
        (w.Is(p, "least") && w.Is(q, "at"))) {
      return q;
    }
    return k;
  }

  // The verbs among the cues ("rose", "fell"; not "up", "increase").
  static const Set& VerbCues() {
    static const Set* s =
        new Set{"rose",      "climbed", "increased", "grew",      "jumped",
                "soared",    "surged",  "gained",    "spiked",    "swelled",
                "fell",      "dropped", "declined",  "decreased", "plunged",
                "plummeted", "slid",    "slipped",   "shrank",    "dipped",
                "sank",      "tumbled", "rebounded", "edged",     "leapt",
                "leaped"};
    return *s;
  }

  // For a cue at k whose clause prints no figure: the next sentence's
  // "A ..., compared to B" ("compared with", "versus"), A a count of a
  // word the clause before the cue names, B a count of the same: A the
  // later, B the earlier.
  void ComparedNext(const Words& w, int s, int k, Frame* f) const {
    if (s + 1 >= c_.sentences()) return;
    // Nothing the clause prints after the cue but spans of time.
    for (int j = w.Next(k); j < w.size() && !w.IsPunct(j, ".") &&
                            !w.IsPunct(j, ";") && !w.IsPunct(j, ",");
         j = w.Next(j)) {
      const int m = c_.MentionAt(s, j);
      if (m >= 0 && !c_.TimeSpan(c_.m(m))) return;
    }
    std::vector<std::string> subject;
    for (int j = w.Prev(k); j >= 0 && w.IsWord(j); j = w.Prev(j)) {
      subject.push_back(Stem(w, j));
    }
    const Words v = c_.W(s + 1);
    for (int t = 0; t < v.size(); ++t) {
      int after = -1;
      if (v.Is(t, "compared") &&
          (v.Is(v.Next(t), "to") || v.Is(v.Next(t), "with"))) {
        after = v.Next(v.Next(t));
      } else if (v.Is(t, "versus")) {
        after = v.Next(t);
      }
      if (after < 0) continue;
      if (v.Is(after, "the")) after = v.Next(after);
      const int b = c_.MentionStartingAt(s + 1, after);
      // A: the last figure before the comma that opens the comparison.
      const int comma = v.Prev(t);
      if (b < 0 || !v.IsPunct(comma, ",")) return;
      int a = -1;
      for (int j = v.Prev(comma); j >= 0 && a < 0; j = v.Prev(j)) {
        if (v.IsPunct(j, ",") || v.IsPunct(j, ";")) break;
        const int m = c_.MentionAt(s + 1, j);
        if (m >= 0 && !c_.TimeSpan(c_.m(m))) a = m;
      }
      // B may leave what it counts to A: "compared to 2,401".
      if (a < 0 || c_.used(a) || c_.used(b) || !c_.Countish(c_.m(a)) ||
          !c_.CountLike(c_.m(b)) || !c_.Comparable(c_.m(a), c_.m(b)) ||
          c_.m(a).unit_name.empty()) {
        return;
      }
      const std::string head = absl::AsciiStrToLower(Head(c_.m(a).unit_name));
      std::string stem = head;
      if (stem.size() > 3 && stem.back() == 's') stem.pop_back();
      if (std::find(subject.begin(), subject.end(), stem) == subject.end()) {
        return;
      }
      f->to = a;
      f->from = b;
      f->cues.push_back(c_.TokenSpan(s + 1, t, t));
      return;
    }
  }

  // For "Income is also down about 8.3 percent since 2007" (the cue at
  // k): the later value of the latest change proposed with one, in this
  // sentence or the two before, when every word the clause names before
  // "also" (verbs of being left out) stands before that value in its
  // sentence ("Median household income ... halted its fall at $51,017");
  // -1. "Sales rose 5% to $10 million. Profit also rose 3%." names
  // another subject.
  int AlsoFrom(const Words& w, int s, int k, const Mention& change) const {
    if (last_change_to_ < 0) return -1;
    const Mention& to = c_.m(last_change_to_);
    if (to.sentence < s - 2 || !Fits(change, to)) return -1;
    static const Set* skip =
        new Set{"is", "was", "are", "were", "has", "have", "had", "the"};
    std::vector<std::string> subject;
    int j = w.Prev(w.Prev(k));
    for (; j >= 0 && w.IsWord(j); j = w.Prev(j)) {
      if (!w.IsIn(j, *skip)) subject.push_back(Stem(w, j));
    }
    if (subject.empty() || subject.size() > 3) return -1;
    const Words v = c_.W(to.sentence);
    std::vector<std::string> before;
    for (int i = 0; i < to.first_token; ++i) {
      if (v.IsWord(i)) before.push_back(Stem(v, i));
    }
    for (const std::string& x : subject) {
      if (std::find(before.begin(), before.end(), x) == before.end()) {
        return -1;
      }
    }
    return last_change_to_;
  }

  // A word as a level's subject compares it: lower case, a plural's "s"
  // dropped ("chances" is "chance").
  static std::string Stem(const Words& w, int j) {
    std::string t = w.LowerText(j);
    if (t.size() > 3 && t.back() == 's' && t[t.size() - 2] != 's') t.pop_back();
    return t;
  }

  // "The chance of rain is around 30%." for "Rain chances increase to 90%"
  // (the cue at k of sentence s): in the sentence before, a figure right
  // after "is", "was", "are", "were", "stands" or "stood", comparable with
  // `to`, whose words before the verb hold every word of what the cue's
  // clause names before it (one to three words, plurals as singulars); -1.
  int LevelStatedBefore(const Words& w, int s, int k, const Mention& to) const {
    static const Set* skip =
        new Set{"the",   "a",   "an",    "of",     "will", "would",
                "could", "may", "might", "should", "to"};
    std::vector<std::string> subject;
    int j = w.Prev(k);
    for (; j >= 0 && w.IsWord(j) && subject.size() <= 3; j = w.Prev(j)) {
      if (c_.MentionAt(s, j) >= 0) return -1;
      if (!w.IsIn(j, *skip)) subject.push_back(Stem(w, j));
    }
    // The clause opens the sentence.
    if (j >= 0 || subject.empty() || subject.size() > 3) return -1;
    if (s == 0) return -1;
    const Words v = c_.W(s - 1);
    static const Set* verbs =
        new Set{"is", "was", "are", "were", "stands", "stood"};
    for (int t = 0; t < v.size(); ++t) {
      if (!v.IsIn(t, *verbs)) continue;
      const int m = c_.MentionStartingAt(s - 1, v.Next(t));
      if (m < 0 || c_.used(m) || !c_.Comparable(c_.m(m), to) ||
          c_.m(m).unit != to.unit) {
        continue;
      }
      std::vector<std::string> before;
      for (int i = 0; i < t; ++i) {
        if (v.IsWord(i)) before.push_back(Stem(v, i));
      }
      const bool all = std::all_of(
          subject.begin(), subject.end(), [&](const std::string& x) {
            return std::find(before.begin(), before.end(), x) != before.end();
          });
      return all ? m : -1;
    }
    return -1;
  }

  // "a percentage point", "a full percentage point", "nearly a full
  // percentage point" at token t, read as a figure of its own (one point,
  // as the words say); -1 when the words are not there.
  int OnePointInWords(const Words& w, int s, int t) const {
    static const Set* qualifiers =
        new Set{"nearly", "almost", "about", "roughly", "around", "over",
                "just",   "more",   "less",  "under",   "close"};
    int a = t;
    // "more than a", "close to a", "just over a", "just under a"
    if (w.IsIn(a, *qualifiers)) {
      a = w.Next(a);
      if (w.Is(a, "than") || w.Is(a, "to") || w.Is(a, "over") ||
          w.Is(a, "under")) {
        a = w.Next(a);
      }
    }
    if (!w.Is(a, "a")) return -1;
    int p = w.Next(a);
    if (w.Is(p, "full")) p = w.Next(p);
    if (!w.Is(p, "percentage") || !w.Is(w.Next(p), "point")) return -1;
    const int point = w.Next(p);
    Mention m;
    m.begin = w.at(t).begin;
    m.end = w.at(point).end;
    m.sentence = s;
    m.first_token = t;
    m.end_token = point + 1;
    m.number_token = a;
    if (!c_.Readable(&m) || m.unit != v1::UNIT_PERCENTAGE_POINTS) return -1;
    m.unit_stated = true;
    return c_.AddMention(std::move(m), "points");
  }

  // "from 78.7 to 79.6 percent": a bare number, then "to" and a
  // percentage, is a percentage too (printed once, with the second).
  // With `word_between`, "from 5.8 up to 6 per cent": "up" or "down" may
  // stand before "to".
  void PercentOfBoth(const Words& w, int from, int to,
                     bool word_between = false) const {
    const Mention& a = c_.m(from);
    const Mention& b = c_.m(to);
    int t = w.Next(a.end_token - 1);
    if (word_between && (w.Is(t, "up") || w.Is(t, "down"))) t = w.Next(t);
    if (a.unit != v1::UNIT_AMOUNT || !a.unit_name.empty() || a.from_words ||
        b.unit != v1::UNIT_PERCENT || w.Next(t) != b.first_token ||
        !w.Is(t, "to")) {
      return;
    }
    c_.mutable_m(from).unit = v1::UNIT_PERCENT;
    c_.mutable_m(from).unit_stated = true;
  }

  // "fell by half", "rose by a third", "about a third higher": a fraction
  // in words as a change is a percent change (50, 33.3 percent), not a
  // difference of half a unit. Leaves any other mention as it is.
  void FractionAsPercent(int m) const {
    const Mention& p = c_.m(m);
    // "by half a point", "a third of a point": a fraction of what follows.
    const Words w = c_.W(p.sentence);
    const int after = w.Next(p.end_token - 1);
    if (w.Is(after, "a") || w.Is(after, "an") || w.Is(after, "of") ||
        w.Is(after, "one")) {
      return;
    }
    if (!p.unit_name.empty() || !ClaimContext::FractionInWords(p)) return;
    Mention& q = c_.mutable_m(m);
    q.unit = v1::UNIT_PERCENT;
    q.unit_stated = true;
    q.value = q.value * Rational(100);
    q.interval = q.interval.Scale(Rational(100));
  }

  // Whether m is a fraction in words FractionAsPercent read as a
  // percentage ("a third", "half"; not "Forty-one percent").
  static bool FractionInWords(const Mention& m) {
    if (m.unit != v1::UNIT_PERCENT || !m.unit_stated) return false;
    const std::string t = absl::AsciiStrToLower(m.figure_text);
    return !absl::StrContains(t, "per") &&
           std::none_of(t.begin(), t.end(),
                        [](char ch) { return absl::ascii_isdigit(ch); });
  }

  // Reads the clause after the cue at k.
  void ReadFrame(const Words& w, int s, int k, Frame* f) const {
    int j = w.Next(k);
    // The change right after the cue: "rose 37 percent", "declined by a
    // 0.2 percentage point", "an increase of 131.2 percent".
    int c = j;
    // "would increase the tax rate by a third", "cut its budget by 5%": a
    // verb, its object (a determiner and a few words, no figure) and "by".
    static const Set* transitive = new Set{
        "increase", "increased", "increases", "increasing", "boost",  "boosted",
        "hike",     "hiked",     "cut",       "cuts",       "reduce", "reduced",
        "reduces",  "reducing",  "raise",     "raised",     "raises", "raising",
        "lower",    "lowered",   "lowers",    "lowering",   "slash",  "slashed",
        "double",   "halve",     "halved"};
    static const Set* determiners =
        new Set{"the", "its", "their", "his", "her", "our", "your", "this"};
    if (w.IsIn(k, *transitive) && w.IsIn(c, *determiners)) {
      int t = w.Next(c);
      for (int n = 0; n < 4 && w.IsWord(t) && !w.Is(t, "by") &&
                      !w.IsIn(t, ClauseEnds()) && c_.MentionAt(s, t) < 0;
           ++n) {
        t = w.Next(t);
      }
      if (w.Is(t, "by") && c_.MentionAt(s, w.Next(t)) >= 0) {
        c = t;
        j = t;
      }
    }
    // "by" states a difference; "of" after a noun ("a gain of 213,000")
    // as often names a flow as a change of a level, so a count after it
    // needs an endpoint.
    if (w.Is(c, "by") || w.Is(c, "of")) {
      f->by = w.Is(c, "by");
      c = w.Next(c);
    }
    f->last = k;
    // "rising nearly a full percentage point": one point in words.
    const int one = f->multiple ? -1 : OnePointInWords(w, s, c);
    if (one >= 0) {
      f->changes.push_back(one);
      f->last = c_.m(one).end_token - 1;
      j = w.Next(f->last);
    }
    if (w.Is(c, "a") || w.Is(c, "an")) c = w.Next(c);
    // "an increase of +11.2%": a plus sign that agrees with the cue.
    if (f->dir == v1::DIRECTION_UP && w.IsPunct(c, "+") && w.Touch(c, c + 1) &&
        c_.MentionStartingAt(s, c) < 0) {
      c = w.Next(c);
    }
    if (!f->multiple && one < 0) {
      int m = c_.MentionStartingAt(s, c);
      // "rose by a third": the fraction's "a" is its own.
      if (m < 0 && c != j && (w.Is(w.Prev(c), "a") || w.Is(w.Prev(c), "an"))) {
        m = c_.MentionStartingAt(s, w.Prev(c));
      }
      if (m >= 0 && !c_.used(m)) {
        FractionAsPercent(m);
        f->changes.push_back(m);
        f->last = c_.m(m).end_token - 1;
        j = w.Next(f->last);
        // "by 0.1% and 0.5% respectively"; "by 1.3 percentage points and
        // 1.9 million, respectively" (a change each of two subjects).
        if (w.Is(j, "and")) {
          const int m2 = c_.MentionStartingAt(s, w.Next(j));
          if (m2 >= 0 && !c_.used(m2) &&
              (c_.m(m2).unit == c_.m(m).unit ||
               Respectively(w, c_.m(m2).end_token - 1))) {
            f->changes.push_back(m2);
            f->last = c_.m(m2).end_token - 1;
            j = w.Next(f->last);
          }
        }
        // "fell $2.50, or 10%, to $22.50", "grew by 1,200 jobs, or 8
        // percent": the change printed again after ", or" in the other
        // measure, one a percentage and the other an amount (a few words
        // of what it counts between).
        if (f->changes.size() == 1) {
          int comma = j;
          for (int n = 0;
               n < 3 && w.IsWord(comma) && !w.IsIn(comma, ClauseEnds()) &&
               c_.MentionAt(s, comma) < 0;
               ++n) {
            comma = w.Next(comma);
          }
          // Or alone in brackets: "fell $2.50 (10%) to $22.50".
          // "up 5,100 (or 7.6 percent)": "or" may open the bracket.
          const bool bracket = w.IsPunct(comma, "(");
          const int in = bracket && w.Is(w.Next(comma), "or")
                             ? w.Next(w.Next(comma))
                             : w.Next(comma);
          const int m2 = w.IsPunct(comma, ",") && w.Is(w.Next(comma), "or")
                             ? c_.MentionStartingAt(s, w.Next(w.Next(comma)))
                         : bracket ? c_.MentionStartingAt(s, in)
                                   : -1;
          const int close = m2 >= 0 ? w.Next(c_.m(m2).end_token - 1) : -1;
          if (m2 >= 0 && !c_.used(m2) && Restates(m, m2) &&
              (bracket ? w.IsPunct(close, ")") : RestatementEnds(w, s, m2))) {
            f->changes.push_back(m2);
            f->restated = true;
            f->cues.push_back(c_.TokenSpan(s, w.Next(comma), w.Next(comma)));
            f->last = bracket ? close : c_.m(m2).end_token - 1;
            j = w.Next(f->last);
          }
        }
        // "fell 19.6% (182,264 to 146,530)": the endpoints in brackets.
        int from = -1;
        int to = -1;
        if (f->changes.size() == 1 && Relative(c_.m(m)) &&
            BracketedEndpoints(w, s, j, &from, &to)) {
          f->from = from;
          f->to = to;
          f->cues.push_back(c_.TokenSpan(s, w.Next(c_.m(from).end_token - 1),
                                         w.Next(c_.m(from).end_token - 1)));
          f->last = w.Next(c_.m(to).end_token - 1);
          j = w.Next(f->last);
        }
      }
    }
    int pending_from = -1;
    for (int n = 0; j < w.size() && n < 40; j = w.Next(j), ++n) {
      // "from 128,361 in 2010-11, when the coalition came to power, to
      // 184,528": an aside between commas, with no figure, before the
      // later value.
      if (pending_from >= 0 && f->to < 0 && w.IsPunct(w.Prev(j), ",") &&
          w.IsIn(j, ClauseEnds())) {
        const int close = AsideEnd(w, s, j);
        if (close >= 0) {
          j = close;
          continue;
        }
      }
      // "up almost 33% when compared with the average weekly earnings of
      // €682.79", "rose 5% compared to $400": "compared with"
      // ("compared to", after "when" or "as" or alone) right after the one
      // change names the value it runs from. Not another percentage beside
      // a percent change ("rose 5% compared with 3% for rivals": two
      // changes), nor a value of another kind.
      // So after a later value and no change ("civil revenue rose to
      // $517.4 million compared with $390.1 million a year ago"): an
      // order, the value after it of the later value's kind.
      if (const int with = ComparedWith(w, j);
          with >= 0 && f->changes.empty() && f->to >= 0 && f->from < 0 &&
          pending_from < 0 && j == w.Next(f->last)) {
        const int m = Endpoint(w, s, with);
        if (m >= 0 && !c_.used(m) && c_.Comparable(c_.m(m), c_.m(f->to)) &&
            !c_.TimeSpan(c_.m(m))) {
          f->from = m;
          f->cues.push_back(c_.TokenSpan(s, j, with));
          f->last = c_.m(m).end_token - 1;
          j = f->last;
          // "..., a 20 percent rise": the change after both, as after
          // "from A to B".
          if (f->late_change < 0 && f->pairs.empty()) {
            TakeRestated(w, s, f, m, &j);
          }
          continue;
        }
      }
      if (const int with = ComparedWith(w, j);
          with >= 0 && f->changes.size() == 1 && f->from < 0 &&
          pending_from < 0 && j == w.Next(f->last)) {
        const Mention& c = c_.m(f->changes[0]);
        const int m = Endpoint(w, s, with);
        if (m >= 0 && !c_.used(m) && Fits(c, c_.m(m)) &&
            !c_.TimeSpan(c_.m(m)) &&
            !(c.unit == v1::UNIT_PERCENT && c_.m(m).unit == v1::UNIT_PERCENT)) {
          f->from = m;
          f->cues.push_back(c_.TokenSpan(s, j, with));
          f->last = c_.m(m).end_token - 1;
          j = f->last;
          continue;
        }
      }
      // "a 14 per cent rise in attacks against the person, up from 233,600
      // to 265,800": after a comma, "up from" ("down from") in the
      // direction of the one change, which has no endpoint yet, goes on
      // to its endpoints; "from A to B" must follow (an order alone, "up
      // from 233,600", is read as one).
      if ((f->changes.size() == 1 ||
           (f->changes.empty() && ChangeBeforeNoun(w, s, f->cue) >= 0)) &&
          f->from < 0 && f->to < 0 && pending_from < 0 &&
          w.IsPunct(w.Prev(j), ",") &&
          ((w.Is(j, "up") && f->dir == v1::DIRECTION_UP) ||
           (w.Is(j, "down") && f->dir == v1::DIRECTION_DOWN)) &&
          w.Is(w.Next(j), "from")) {
        const int a = Endpoint(w, s, w.Next(j));
        const int to_word = a >= 0 ? w.Next(c_.m(a).end_token - 1) : -1;
        if (a >= 0 && w.Is(to_word, "to") && Endpoint(w, s, to_word) >= 0) {
          f->cues.push_back(c_.TokenSpan(s, j, j));
          continue;
        }
      }
      if (w.IsPunct(j, ";") || w.IsPunct(j, ".") || w.IsPunct(j, ":") ||
          ((w.IsPunct(j, "\xE2\x80\x94") || w.IsPunct(j, "\xE2\x80\x93")) &&
           !w.Touch(w.Prev(j), j)) ||
          // "in after-hours trading": a word joined by a hyphen to the
          // next ends no clause; nor does "since" before a year ("doubled
          // since 2010, from 4,500 students to 9,000").
          ((w.IsIn(j, ClauseEnds()) || w.IsIn(j, UpWords()) ||
            w.IsIn(j, DownWords())) &&
           !SinceAYear(w, s, j) &&
           !(w.IsPunct(j + 1, "-") && w.Touch(j, j + 1)))) {
        break;
      }
      // "and now stands at just over $59,000": the later value.
      const bool stands_at = w.Is(j, "at") && (w.Is(w.Prev(j), "stands") ||
                                               w.Is(w.Prev(j), "stood") ||
                                               w.Is(w.Prev(j), "standing"));
      // "up by 13.8 per cent on 2016 at 8.145 million", "closed down 3% at
      // $45.10": "at" and a figure after the one change, no endpoint yet,
      // is the level it reached; not a count of what it is named by ("up
      // 4% at 20 stores": where), nor a span of time.
      const bool at_level = w.Is(j, "at") && !stands_at &&
                            f->changes.size() == 1 && f->from < 0 &&
                            f->to < 0 && pending_from < 0 &&
                            LevelAt(w, s, j, c_.m(f->changes[0])) >= 0;
      if (w.Is(j, "from") || w.Is(j, "to") || stands_at || at_level) {
        const int m = at_level ? LevelAt(w, s, j, c_.m(f->changes[0]))
                               : Endpoint(w, s, j);
        if (m < 0 || c_.used(m)) continue;
        if (w.Is(j, "from")) {
          if (pending_from >= 0) break;  // "from A from B": not a pair
          pending_from = m;
          if (f->from < 0) f->from = m;
        } else {
          if (pending_from >= 0) PercentOfBoth(w, pending_from, m);
          if (f->to < 0) {
            f->to = m;
          } else if (pending_from >= 0 && pending_from != f->from) {
            f->pairs.push_back({pending_from, m});
          }
          pending_from = -1;
        }
        f->cues.push_back(c_.TokenSpan(s, j, j));
        f->last = c_.m(m).end_token - 1;
        j = f->last;
        if (f->changes.empty() && f->late_change < 0 && f->from >= 0 &&
            f->to >= 0 && f->pairs.empty()) {
          TakeRestated(w, s, f, m, &j);
        }
        continue;
      }
      // Another figure: the clause says more than the change.
      const int m = c_.MentionStartingAt(s, j);
      if (m >= 0) {
        if (f->to >= 0 || f->from >= 0) {
          j = c_.m(m).end_token - 1;
          continue;  // "from 249.6 per 100,000 to 168.4 for males"
        }
        break;
      }
    }
  }

  // Whether the changes a and b, printed "a, or b", may be one change in
  // two measures: a percentage and an amount (a count, money, a plain
  // number), neither a span of time nor a word before a noun.
  bool Restates(int a, int b) const {
    const Mention& x = c_.m(a);
    const Mention& y = c_.m(b);
    if ((x.unit == v1::UNIT_PERCENT) == (y.unit == v1::UNIT_PERCENT)) {
      return false;
    }
    const int amount = x.unit == v1::UNIT_PERCENT ? b : a;
    const Mention& v = c_.m(amount);
    return !Relative(v) &&
           (ClaimContext::UnitFamily(v) == 0 || v.unit == v1::UNIT_CURRENCY) &&
           v.unit != v1::UNIT_RATE && !c_.TimeSpan(v) && !c_.Adjectival(amount);
  }

  // Whether the restated change m2 ends its aside: a comma, the end of the
  // clause or an endpoint's "to" or "from" after it, past a word or two of
  // what it counts ("or 1,200 jobs, from"), none a unit of time ("or three
  // years of growth" is no change).
  bool RestatementEnds(const Words& w, int s, int m2) const {
    int k = w.Next(c_.m(m2).end_token - 1);
    for (int n = 0; n < 2 && w.IsWord(k) && !w.Is(k, "to") &&
                    !w.Is(k, "from") && c_.MentionAt(s, k) < 0;
         ++n) {
      if (ClaimContext::TimeSpanNamed(w.LowerText(k))) return false;
      k = w.Next(k);
    }
    return k >= w.size() || w.IsPunct(k, ",") || w.IsPunct(k, ".") ||
           w.IsPunct(k, ";") || w.Is(k, "to") || w.Is(k, "from");
  }

  // "fell $2.50, or 10%, to $22.50": one change printed two ways, a claim
  // for each over the same endpoints. An endpoint the clause does not print
  // is a quantity the two share, unstated ("the value before the fall"):
  // each alone allows almost any value, together they fix it. False when
  // an endpoint printed cannot be one of both.
  bool ProposeRestated(const Words& w, int s, const Frame& f) {
    if (f.changes.size() != 2 || !f.pairs.empty()) return false;
    for (const int e : {f.from, f.to}) {
      if (e < 0) continue;
      for (const int ch : f.changes) {
        if (!Fits(c_.m(ch), c_.m(e))) return false;
      }
    }
    const int amount = c_.m(f.changes[0]).unit == v1::UNIT_PERCENT
                           ? f.changes[1]
                           : f.changes[0];
    const Mention& like = f.to >= 0     ? c_.m(f.to)
                          : f.from >= 0 ? c_.m(f.from)
                                        : c_.m(amount);
    const bool down = f.dir == v1::DIRECTION_DOWN;
    std::vector<v1::Quantity> unprinted;
    auto endpoint = [&](int printed, const char* when) {
      if (printed >= 0) return c_.id(printed);
      v1::Quantity q;
      q.set_id(c_.QuantityId(absl::StrCat(when, down ? "-fall" : "-rise")));
      q.set_unit(like.unit == v1::UNIT_UNSPECIFIED ? v1::UNIT_AMOUNT
                                                   : like.unit);
      q.set_unit_name(like.unit_name);
      q.set_label(
          absl::StrCat("the value ", when, " the ", down ? "fall" : "rise"));
      unprinted.push_back(q);
      return q.id();
    };
    const std::string from = endpoint(f.from, "before");
    const std::string to = endpoint(f.to, "after");
    for (const int change : f.changes) {
      const Mention& c = c_.m(change);
      v1::Claim claim;
      claim.set_id(absl::StrCat(c_.id(change), down ? "-fall" : "-rise"));
      v1::ChangeClaim* ch = claim.mutable_change();
      ch->set_change_id(c_.id(change));
      ch->set_from_id(from);
      ch->set_to_id(to);
      ch->set_measure(ChangeMeasureOf(c.unit));
      ch->set_direction(f.dir);
      if (c.label.empty()) c_.mutable_m(change).label = down ? "fall" : "rise";
      std::vector<int> used = {change};
      if (f.from >= 0) used.push_back(f.from);
      if (f.to >= 0) used.push_back(f.to);
      c_.Emit(claim, used, s,
              ClaimContext::Supposed(w, f.cue) ? v1::CONFIDENCE_LOW
                                               : v1::CONFIDENCE_MEDIUM,
              f.cues, unprinted);
    }
    return true;
  }

  // Proposes the frame's claims; false when it states none.
  bool Propose(const Words& w, int s, const Frame& f) {
    if (f.restated) return ProposeRestated(w, s, f);
    if (f.changes.empty()) {
      if (f.from < 0 || f.to < 0 || f.dir == v1::DIRECTION_UNSPECIFIED) {
        return false;
      }
      // "fell from 12.1% to 9.8%": the direction orders the endpoints.
      std::vector<std::pair<int, int>> pairs = {{f.from, f.to}};
      pairs.insert(pairs.end(), f.pairs.begin(), f.pairs.end());
      for (const auto& [from, to] : pairs) {
        if (ClaimContext::UnitFamily(c_.m(from)) !=
                ClaimContext::UnitFamily(c_.m(to)) &&
            !RateAndBare(c_.m(from), c_.m(to))) {
          continue;
        }
        v1::Claim claim;
        claim.set_id(absl::StrCat(
            c_.id(to), f.dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
        v1::ComparisonClaim* cmp = claim.mutable_comparison();
        cmp->set_subject_id(c_.id(to));
        cmp->add_other_ids(c_.id(from));
        cmp->set_relation(f.dir == v1::DIRECTION_DOWN ? v1::RELATION_LESS
                                                      : v1::RELATION_GREATER);
        Cues cues = f.cues;
        c_.Emit(claim, {to, from}, s,
                UnplacedChange(from, to) ||
                        LoneChangeBefore(w, s, f.cue, f.dir, c_.m(from),
                                         c_.m(to)) ||
                        ClaimContext::Supposed(w, f.cue)
                    ? v1::CONFIDENCE_LOW
                    : v1::CONFIDENCE_MEDIUM,
                cues);
      }
      return true;
    }
    bool any = false;
    for (size_t i = 0; i < f.changes.size(); ++i) {
      const int change = f.changes[i];
      const Mention& c = c_.m(change);
      // Endpoints belong to a single change.
      int from = f.changes.size() == 1 && f.from >= 0 && Fits(c, c_.m(f.from))
                     ? f.from
                     : -1;
      int to =
          f.changes.size() == 1 && f.to >= 0 && Fits(c, c_.m(f.to)) ? f.to : -1;
      if (to < 0 && i < f.change_to.size()) to = f.change_to[i];
      // The endpoints of one change measure one kind of quantity: of two
      // of different kinds ("rose 25 percent from $1,300 to 40 percent")
      // the words do not say which is the change's, and neither is taken.
      if (from >= 0 && to >= 0 &&
          ClaimContext::UnitFamily(c_.m(from)) !=
              ClaimContext::UnitFamily(c_.m(to)) &&
          !RateAndBare(c_.m(from), c_.m(to))) {
        from = -1;
        to = -1;
      }
      // A plain count after a cue is a change only with "by" or an
      // endpoint.
      if (!Relative(c) && !f.by && from < 0 && to < 0) continue;
      // "fell below 6 percent", "rose above 50": a bound on the later
      // value, not the change.
      const absl::string_view first =
          c_.text().substr(c.begin, std::min<int32_t>(6, c.end - c.begin));
      if (absl::StartsWithIgnoreCase(first, "below") ||
          absl::StartsWithIgnoreCase(first, "under") ||
          absl::StartsWithIgnoreCase(first, "above")) {
        continue;
      }
      // "lost more than 10 percent of the population", "cut 5% of its
      // staff": a share of a whole, not a change of it.
      if (Relative(c) && from < 0 && to < 0 &&
          w.Is(w.Next(c.end_token - 1), "of")) {
        continue;
      }
      // "rose by 6.2% in the 12 months to March, up from 5.5% in February":
      // the percentage is a rate, a level the clause compares with an
      // earlier one, not a change it states.
      if (c.unit == v1::UNIT_PERCENT && from < 0 && to < 0 &&
          LevelComparedLater(w, s, c)) {
        continue;
      }
      v1::Claim claim;
      claim.set_id(absl::StrCat(
          c_.id(change), f.dir == v1::DIRECTION_DOWN ? "-fall" : "-rise"));
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
      ch->set_measure(ChangeMeasureOf(c.unit));
      ch->set_direction(f.dir);
      if (c.label.empty()) {
        c_.mutable_m(change).label =
            f.dir == v1::DIRECTION_DOWN ? "fall" : "rise";
      }
      // A difference with no endpoint is never checkable, and "a gain of
      // 213,000 a month" is as often a flow as a change of a level: low.
      // So is a change with no endpoint when its paragraph prints a value
      // it may run from or to that the words do not place ("up 30 percent
      // from the year-earlier period, when the company earned $8.5
      // billion"): the change is proposed, its endpoints are for the editor.
      // So is a percent change the sentence also prints as a difference
      // ("increased 146% (up more than 22,000 arrests)", "18.5 million more
      // people ... – a 6.0% increase"): one change printed two ways, whose
      // unprinted endpoints the two share.
      const bool sure = !ClaimContext::Supposed(w, f.cue) &&
                        (from >= 0 || to >= 0 ||
                         (Relative(c) && !UnplacedEndpoint(change) &&
                          !LaterEndpoint(w, s, f.cue, change) &&
                          !DifferenceBeside(w, s, change, f.dir)));
      const v1::Confidence conf =
          sure ? v1::CONFIDENCE_MEDIUM : v1::CONFIDENCE_LOW;
      c_.Emit(claim, used, s, conf, f.cues);
      if (from < 0 && to < 0 && Relative(c)) {
        lone_changes_.push_back({c_.sentence(s).block, s, f.dir, c.unit});
      }
      any = true;
    }
    (void)w;
    return any;
  }

  // Whether sentence s prints, beside the percent change `change`, a
  // difference in the same direction with no endpoint: a count or amount
  // right after a direction word ("up more than 22,000") or right before
  // "more", "fewer", "less" ("202 fewer homicides", "18.5 million more
  // people").
  bool DifferenceBeside(const Words& w, int s, int change,
                        v1::Direction dir) const {
    for (int m : c_.quantities(s)) {
      const Mention& v = c_.m(m);
      if (m == change || Relative(v) || c_.TimeSpan(v) || c_.Adjectival(m)) {
        continue;
      }
      int before = w.Prev(v.first_token);
      if (w.Is(before, "by")) before = w.Prev(before);
      const int after = w.Next(v.end_token - 1);
      const bool up = w.IsIn(before, UpWords()) || w.Is(after, "more");
      const bool down = w.IsIn(before, DownWords()) || w.Is(after, "fewer") ||
                        w.Is(after, "less");
      if ((up && dir == v1::DIRECTION_UP) ||
          (down && dir == v1::DIRECTION_DOWN)) {
        return true;
      }
    }
    return false;
  }

  // Whether a change with no endpoint, in the direction `dir`, was
  // proposed in the paragraph of sentence s or the three before: a pair of
  // endpoints after it ("Cut in Troops by 50%" ... "a possible reduction to
  // 100,000 troops from 146,000") may be that change's.
  // Percentages change by points (or a multiple), not by a percent: a
  // percent change is no change of levels in percent. Nor is a pair whose
  // verb names what changes with two words or more before it, the last two
  // of which the change's sentence does not both print ("The number of
  // immigrants ... was up by over 31 per cent" ... "The number of people
  // leaving Ireland also rose from just over 56,000 to 64,000": another
  // subject), as a change takes a later sentence's value (LaterEndpoint;
  // a company's profit, income and earnings as one). A noun cue names it
  // after ("a possible reduction to 100,000 troops").
  bool LoneChangeBefore(const Words& w, int s, int cue, v1::Direction dir,
                        const Mention& from, const Mention& to) const {
    const int block = c_.sentence(s).block;
    std::vector<std::string> words;
    if (!w.IsIn(cue, CueNouns())) words = Subjects(w, s, cue).back();
    // "Health care revenue was $50.4 million, up from $32.1 million": the
    // words before the later value name it.
    if (words.empty() && to.first_token < cue) {
      words = Subjects(w, s, to.first_token).back();
    }
    static const Set* result =
        new Set{"profit", "profits", "income", "earnings", "earned"};
    for (const LoneChange& l : lone_changes_) {
      if (l.dir != dir || l.block > block || l.block < block - 3) continue;
      if (from.unit == v1::UNIT_PERCENT && l.unit == v1::UNIT_PERCENT) {
        continue;
      }
      if (words.size() >= 2) {
        const Words lw = c_.W(l.sentence);
        const bool is_result = result->ContainsLower(words.back());
        bool a = false, b = false;
        for (int j = 0; j < lw.size(); ++j) {
          a = a || lw.Is(j, words[words.size() - 2]);
          b = b || lw.Is(j, words.back());
          if (is_result && lw.IsIn(j, *result)) a = b = true;
        }
        if (!(a && b)) continue;
      }
      return true;
    }
    return false;
  }

  // Words that name no quantity in the words before a cue: articles,
  // verbs of being, adverbs of time and place.
  static const Set& NotSubject() {
    static const Set* s = new Set{
        "the",     "a",     "an",    "of",     "has",   "have",   "had",
        "was",     "were",  "is",    "are",    "been",  "be",     "its",
        "their",   "also",  "still", "in",     "on",    "over",   "during",
        "last",    "this",  "that",  "year",   "month", "week",   "quarter",
        "and",     "total", "u",     "s",      "all",   "for",    "which",
        "it",      "they",  "said",  "nearly", "about", "almost", "pushing",
        "sending", "now",   "again", "then",   "by",    "at"};
    return *s;
  }

  // The words of what changes, before the cue at k back to the start of
  // its clause, lower case, without articles, verbs of being, months and
  // years ("In September, the unemployment rate declined" -> "unemployment
  // rate"); with `parts`, split at "and" ("the unemployment rate and the
  // number of unemployed persons were down": two subjects).
  std::vector<std::vector<std::string>> Subjects(const Words& w, int s,
                                                 int k) const {
    std::vector<std::vector<std::string>> out(1);
    for (int j = w.Prev(k); j >= 0; j = w.Prev(j)) {
      if (w.IsPunct(j, ",") || w.IsPunct(j, ";") || w.IsPunct(j, ":") ||
          w.IsPunct(j, "(") || w.IsPunct(j, ")") || c_.MentionAt(s, j) >= 0 ||
          w.IsIn(j, ClauseEnds())) {
        break;
      }
      if (w.Is(j, "and")) {
        out.emplace_back();
        continue;
      }
      if (!w.IsWord(j) || w.IsIn(j, NotSubject()) || w.Capitalized(j)) {
        continue;
      }
      out.back().push_back(w.LowerText(j));
    }
    for (auto& words : out) std::reverse(words.begin(), words.end());
    std::reverse(out.begin(), out.end());
    return out;
  }

  // Remembers `value` as the later value of what the words before the cue
  // at k name.
  void RecordLevel(const Words& w, int s, int k, int value) {
    const std::vector<std::vector<std::string>> subjects = Subjects(w, s, k);
    // "The government said the number of people unemployed" is one
    // subject: the words after the last "and" name it.
    if (subjects.back().size() >= 2) {
      levels_.push_back({s, subjects.back(), value});
    }
  }

  // Whether "respectively" follows token j in its clause.
  static bool Respectively(const Words& w, int j) {
    for (j = w.Next(j); j < w.size(); j = w.Next(j)) {
      if (w.Is(j, "respectively")) return true;
      if (w.IsPunct(j, ".") || w.IsPunct(j, ";")) return false;
    }
    return false;
  }

  // Whether the sentence s names a year that is no earlier endpoint ("from
  // 7.2% in September 2013", "since 2014"): a later value of another
  // period than the one an earlier sentence states.
  bool OtherPeriod(const Words& w, int s) const {
    for (int j = 0; j < w.size(); ++j) {
      if (!w.IsNumber(j) || w.Text(j).size() != 4 ||
          !(absl::StartsWith(w.Text(j), "19") ||
            absl::StartsWith(w.Text(j), "20")) ||
          c_.MentionAt(s, j) >= 0) {
        continue;
      }
      bool endpoint = false;
      for (int p = w.Prev(j), n = 0; p >= 0 && n < 6; p = w.Prev(p), ++n) {
        if (w.Is(p, "from") || w.Is(p, "since")) endpoint = true;
      }
      if (!endpoint) return true;
    }
    return false;
  }

  // Whether a title stands between sentences a and b: a block of one line
  // that ends in no stop and prints no number ("Discover Financial
  // Services" between two companies' results), which opens another subject.
  bool TitleBetween(int a, int b) const {
    for (int t = a + 1; t < b; ++t) {
      const int block = c_.sentence(t).block;
      if (block == c_.sentence(a).block || block == c_.sentence(b).block ||
          c_.sentence(t - 1).block == block ||
          (t + 1 < c_.sentences() && c_.sentence(t + 1).block == block) ||
          !c_.quantities(t).empty()) {
        continue;
      }
      const Words w = c_.W(t);
      int last = w.size() - 1;
      while (last >= 0 && w.at(last).kind == TokenKind::kSpace) --last;
      if (last >= 0 && w.IsWord(last)) return true;
    }
    return false;
  }

  // The later value of each change of the frame at k with none printed:
  // the value an earlier sentence, a few at most before, gave what the
  // words before k name, the same words ("the unemployment rate declined
  // by 0.2 percentage point to 5.9 percent" ... "the unemployment rate
  // ... down by 1.3 percentage points"). Two changes take two subjects
  // only with "respectively".
  void LaterLevels(const Words& w, int s, int k, Frame* f) const {
    if (levels_.empty() || OtherPeriod(w, s)) return;
    std::vector<std::vector<std::string>> subjects = Subjects(w, s, k);
    if (f->changes.size() == 1) {
      subjects.erase(subjects.begin(), subjects.end() - 1);
    } else {
      if (!Respectively(w, f->last) || subjects.size() != f->changes.size()) {
        return;
      }
    }
    f->change_to.assign(f->changes.size(), -1);
    for (size_t i = 0; i < f->changes.size(); ++i) {
      const std::vector<std::string>& words = subjects[i];
      if (words.size() < 2) continue;
      const Mention& c = c_.m(f->changes[i]);
      // The head of what changes: its last two words.
      const std::string& a = words[words.size() - 2];
      const std::string& b = words.back();
      for (auto l = levels_.rbegin(); l != levels_.rend(); ++l) {
        if (l->sentence >= s || l->sentence < s - 6) continue;
        if (TitleBetween(l->sentence, s)) break;
        const auto& lw = l->subject;
        if (std::find(lw.begin(), lw.end(), a) == lw.end() ||
            std::find(lw.begin(), lw.end(), b) == lw.end()) {
          continue;
        }
        const Mention& v = c_.m(l->value);
        // A percent change of a percentage is as often a change in points.
        if (Fits(c, v) && !c_.TimeSpan(v) &&
            !(c.unit == v1::UNIT_PERCENT && v.unit == v1::UNIT_PERCENT)) {
          f->change_to[i] = l->value;
        }
        break;
      }
    }
  }

  ClaimContext& c_;
  // The later value each earlier sentence gave what its words name.
  struct Level {
    int sentence;
    std::vector<std::string> subject;
    int value;
  };
  std::vector<Level> levels_;
  // Each change proposed with no endpoint: its paragraph, direction and
  // unit.
  struct LoneChange {
    int block;
    int sentence;
    v1::Direction dir;
    v1::Unit unit;
  };
  std::vector<LoneChange> lone_changes_;
  // The later value of the latest change proposed with one, or -1.
  int last_change_to_ = -1;
};

}  // namespace

void ProposeChanges(ClaimContext& c) {
  ChangesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    rule.NeutralChanges(s);
    rule.Changes(s);
  }
}

void ProposeDifferences(ClaimContext& c) {
  ChangesRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    rule.ThisWasPercentMore(s);
    rule.ParallelHigherFor(s);
    rule.FewerThan(s);
    rule.SignedChanges(s);
    rule.Margins(s);
    rule.Brings(s);
  }
}

}  // namespace claimcheck::text
