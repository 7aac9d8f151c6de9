// The slips of a printed figure (correction.h), table-driven: which
// corrections a figure's text offers, how they print and what they cost.
#include "engine/reading/correction.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::Contains;
using ::testing::Not;

struct Printed {
  v1::Figure proto;
  Figure figure;
};

Printed Read(const std::string& text, v1::Unit unit) {
  Printed p;
  p.proto.set_id("f");
  p.proto.set_text(text);
  p.proto.set_unit(unit);
  RequestErrors errors;
  std::optional<Figure> read = ReadFigure(p.proto, "figures[0]", &errors);
  EXPECT_TRUE(read.has_value()) << text;
  if (read) {
    p.figure = *read;
    p.figure.proto = &p.proto;
  }
  return p;
}

// "text CAUSE edits" for each slip.
std::vector<std::string> Slips(const std::string& text, v1::Unit unit) {
  Printed p = Read(text, unit);
  std::vector<std::string> out;
  for (const Slip& s : SlipsOf(p.figure)) {
    out.push_back(
        absl::StrCat(s.text, " ", v1::Cause_Name(s.cause), " ", s.edits));
  }
  return out;
}

struct SlipCase {
  std::string name;
  std::string text;
  v1::Unit unit;
  std::string offered;      // "text CAUSE edits" among the slips
  std::string not_offered;  // a text that is not among them, or ""
};

void PrintTo(const SlipCase& c, std::ostream* os) { *os << c.name; }

class SlipTest : public ::testing::TestWithParam<SlipCase> {};

TEST_P(SlipTest, OffersTheCorrection) {
  const SlipCase& c = GetParam();
  const std::vector<std::string> slips = Slips(c.text, c.unit);
  EXPECT_THAT(slips, Contains(c.offered));
  if (!c.not_offered.empty()) {
    for (const std::string& s : slips) {
      EXPECT_THAT(s, Not(::testing::StartsWith(c.not_offered + " "))) << s;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Slips, SlipTest,
    ::testing::Values(
        SlipCase{"TransposedDigits", "36", v1::UNIT_COUNT,
                 "63 CAUSE_DIGITS_TRANSPOSED 1"},
        // Swapped across the point is one swap of two digits.
        SlipCase{"TransposedAcrossThePoint", "0.24", v1::UNIT_AMOUNT,
                 "2.04 CAUSE_DIGITS_TRANSPOSED 1"},
        // 9 and 0 sit side by side on the keyboard's top row; 2 and 5 on a
        // number pad.
        SlipCase{"NeighbouringKeyOnTheTopRow", "59", v1::UNIT_COUNT,
                 "50 CAUSE_NEIGHBOURING_KEY 1"},
        SlipCase{"NeighbouringKeyOnANumberPad", "52", v1::UNIT_COUNT,
                 "22 CAUSE_NEIGHBOURING_KEY 1", "92"},
        // The point moved out of a leading zero.
        SlipCase{"PointMovedOutOfALeadingZero", "0.382", v1::UNIT_AMOUNT,
                 "3.82 CAUSE_POWER_OF_TEN 1"},
        // A whole part's only digit left out: "0.41" for "4.41".
        SlipCase{"OnlyWholeDigitDropped", "0.41", v1::UNIT_AMOUNT,
                 "4.41 CAUSE_DIGIT_DROPPED 1"},
        // "12.1" for "12.0" is a key off; "12.10", a digit dropped, has the
        // same value printed more precisely, and does not stand in for it.
        SlipCase{"SameValueAtAnotherPrecision", "12.0", v1::UNIT_AMOUNT,
                 "12.1 CAUSE_NEIGHBOURING_KEY 1"},
        // A digit left out among the decimals: 18.7 for 18.17.
        SlipCase{"DecimalDigitDropped", "18.7", v1::UNIT_AMOUNT,
                 "18.17 CAUSE_DIGIT_DROPPED 1"},
        // The separator is no edit, and the correction keeps it.
        SlipCase{"SeparatorIsNoEdit", "1,107", v1::UNIT_COUNT,
                 "107 CAUSE_DIGIT_DOUBLED 1"},
        SlipCase{"CorrectionKeepsTheSeparators", "1,760", v1::UNIT_COUNT,
                 "1,670 CAUSE_DIGITS_TRANSPOSED 1", "1670"},
        // Too short to show separators: printed as a newsroom prints four
        // digits.
        SlipCase{"ShortFigureGetsSeparators", "170", v1::UNIT_COUNT,
                 "1,170 CAUSE_DIGIT_DROPPED 1", "1170"},
        // A figure printed without them keeps that style.
        SlipCase{"UngroupedFigureStaysUngrouped", "1760", v1::UNIT_COUNT,
                 "1670 CAUSE_DIGITS_TRANSPOSED 1", "1,670"}),
    [](const auto& info) { return info.param.name; });

TEST(EditsTest, SeparatorsAndALeadingZeroAreNoEdits) {
  EXPECT_EQ(Edits("1,107", "107"), 1);
  EXPECT_EQ(Edits("150", "1150"), 1);
  EXPECT_EQ(Edits("0.382", "3.82"), 1);
  EXPECT_EQ(Edits("$1,234", "$1,243"), 1);
}

// A slip with fewer digits and a wider rounding, as printed more precisely:
// "5.91" for "5.991" stands for 5.905 to 5.915; printed like "5.991", for
// 5.9095 to 5.9105. The same for one printed as wide ("21" for "221") or
// with as many digits ("2.39" for "0.239") is its own interval.
TEST(AsPreciseAsPrintedTest, NarrowsOnlyACoarserSlip) {
  struct Case {
    std::string printed, slip, precise;
  };
  for (const Case& c : std::vector<Case>{{"5.991", "5.91", "5.9095 to 5.9105"},
                                         {"221", "21", "20.5 to 21.5"},
                                         {"0.239", "2.39", "2.385 to 2.395"}}) {
    Printed p = Read(c.printed, v1::UNIT_AMOUNT);
    bool found = false;
    for (const Slip& s : SlipsOf(p.figure)) {
      if (s.text != c.slip) continue;
      found = true;
      EXPECT_EQ(AsPreciseAsPrinted(p.figure, s).Text(), c.precise) << c.slip;
    }
    EXPECT_TRUE(found) << c.printed << " offers no " << c.slip;
  }
}

// Endpoints in full, for comparing intervals exactly.
std::string Exactly(const Interval& i) {
  if (i.empty()) return "empty";
  auto end = [](const std::optional<Endpoint>& e) {
    return e ? absl::StrCat(e->value.get_str(), e->open ? " open" : "")
             : std::string("none");
  };
  return absl::StrCat(end(i.lower()), " to ", end(i.upper()),
                      i.whole() ? " whole" : "");
}

// A slip stands for what its text reads as, whether its interval was worked
// out from its digits or read: every figure style, qualifier, rounding and
// unit conversion gives each candidate the interval of its printed text.
TEST(SlipsOfTest, IntervalsAreThoseTheirTextsRead) {
  struct Case {
    std::string text;
    v1::Unit unit;
    v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
    v1::RoundingMode rounding = v1::ROUNDING_MODE_UNSPECIFIED;
    Rational conversion = 1;
  };
  const std::vector<Case> cases = {
      {"36", v1::UNIT_COUNT},
      {"1,760", v1::UNIT_COUNT},
      {"170", v1::UNIT_COUNT},
      {"0.382", v1::UNIT_AMOUNT},
      {".44", v1::UNIT_AMOUNT},
      {"5.00", v1::UNIT_AMOUNT},
      {"-2.03", v1::UNIT_AMOUNT},
      {"12.0", v1::UNIT_PERCENT},
      {"63 percent", v1::UNIT_PERCENT},
      {"63%", v1::UNIT_UNSPECIFIED},
      {"5 percentage points", v1::UNIT_PERCENTAGE_POINTS},
      {"$4.5 billion", v1::UNIT_CURRENCY},
      {"1.2 million", v1::UNIT_COUNT},
      {"3bn", v1::UNIT_AMOUNT},
      {"40k", v1::UNIT_COUNT},
      {"1.2e6", v1::UNIT_AMOUNT},
      {"about 500", v1::UNIT_COUNT},
      {"nearly 1,000", v1::UNIT_COUNT},
      {"more than 50", v1::UNIT_COUNT},
      {"just over 30 percent", v1::UNIT_PERCENT},
      {"fewer than 20", v1::UNIT_COUNT},
      {"2.5-fold", v1::UNIT_MULTIPLE},
      {"3 times", v1::UNIT_MULTIPLE},
      {"17.4 per 100,000", v1::UNIT_RATE},
      {"192.", v1::UNIT_COUNT},
      {"1 4/5", v1::UNIT_AMOUNT},
      {"3/4", v1::UNIT_AMOUNT},
      {"2 million and a half", v1::UNIT_AMOUNT},
      {"498", v1::UNIT_COUNT, v1::QUALIFIER_AT_LEAST},
      {"498", v1::UNIT_COUNT, v1::QUALIFIER_ABOUT},
      {"4.98", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_DOWN},
      {"4.98", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_TRUNCATE},
      {"-4.98", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UP},
      {"498", v1::UNIT_COUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_EXACT},
      {"1.25", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UNSPECIFIED, Rational(1, 100)},
      {"about 2.5 million", v1::UNIT_COUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UNSPECIFIED, 1000},
  };
  for (const Case& c : cases) {
    Printed p;
    p.proto.set_id("f");
    p.proto.set_text(c.text);
    p.proto.set_unit(c.unit);
    p.proto.set_qualifier(c.qualifier);
    p.proto.set_rounding(c.rounding);
    RequestErrors errors;
    std::optional<Figure> read = ReadFigure(p.proto, "figures[0]", &errors);
    ASSERT_TRUE(read.has_value()) << c.text;
    Figure figure = *read;
    // A copy converted into a claim's unit, as the checks make them.
    if (c.conversion != 1) {
      figure.source = &*read;
      figure.conversion = c.conversion;
      figure.value *= c.conversion;
      figure.digit_unit *= c.conversion;
      figure.interval = read->interval.Scale(c.conversion);
    }
    const std::vector<Slip> slips = SlipsOf(figure);
    if (c.text != "3/4" && c.text != "2 million and a half") {
      EXPECT_FALSE(slips.empty()) << c.text;
    }
    for (const Slip& s : slips) {
      EXPECT_EQ(Exactly(s.interval), Exactly(IntervalOfText(figure, s.text)))
          << c.text << " as " << s.text;
    }
  }
}

// A caller that knows where a figure must reach for its claim to hold is
// shown every slip that reaches it: SlipList::ForEach leaves out only slips
// whose intervals cannot meet the bound, whatever the figure's style,
// qualifier, rounding or conversion, and at its ends too.
TEST(SlipListTest, ForEachLeavesOutOnlySlipsThatCannotMeetTheBound) {
  struct Case {
    std::string text;
    v1::Unit unit;
    v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
    v1::RoundingMode rounding = v1::ROUNDING_MODE_UNSPECIFIED;
    Rational conversion = 1;
  };
  const std::vector<Case> cases = {
      {"36", v1::UNIT_COUNT},
      {"1,760", v1::UNIT_COUNT},
      {"0.382", v1::UNIT_AMOUNT},
      {"-2.03", v1::UNIT_AMOUNT},
      {"12.0", v1::UNIT_PERCENT},
      {"$4.5 billion", v1::UNIT_CURRENCY},
      {"17.4 per 100,000", v1::UNIT_RATE},
      {"about 500", v1::UNIT_COUNT},
      {"nearly 1,000", v1::UNIT_COUNT},
      {"more than 50", v1::UNIT_COUNT},
      {"fewer than 20", v1::UNIT_COUNT},
      {"just over 30 percent", v1::UNIT_PERCENT},
      {"1 4/5", v1::UNIT_AMOUNT},
      {"4.98", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_DOWN},
      {"-4.98", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UP},
      {"0", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_TRUNCATE},
      {"498", v1::UNIT_COUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_EXACT},
      {"498", v1::UNIT_COUNT, v1::QUALIFIER_ABOUT},
      {"1.25", v1::UNIT_AMOUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UNSPECIFIED, Rational(1, 100)},
      {"about 2.5 million", v1::UNIT_COUNT, v1::QUALIFIER_UNSPECIFIED,
       v1::ROUNDING_MODE_UNSPECIFIED, 1000},
  };
  for (const Case& c : cases) {
    v1::Figure proto;
    proto.set_id("f");
    proto.set_text(c.text);
    proto.set_unit(c.unit);
    proto.set_qualifier(c.qualifier);
    proto.set_rounding(c.rounding);
    RequestErrors errors;
    std::optional<Figure> read = ReadFigure(proto, "figures[0]", &errors);
    ASSERT_TRUE(read.has_value()) << c.text;
    Figure figure = *read;
    if (c.conversion != 1) {
      figure.source = &*read;
      figure.conversion = c.conversion;
      figure.value *= c.conversion;
      figure.digit_unit *= c.conversion;
      figure.interval = read->interval.Scale(c.conversion);
    }
    const std::vector<Slip> slips = SlipsOf(figure);
    // Bounds at every slip, at each of its ends, and beyond them.
    std::vector<Interval> bounds = {Interval(), Interval::Empty()};
    for (const Slip& s : slips) {
      bounds.push_back(s.interval);
      if (const auto& low = s.interval.lower()) {
        bounds.push_back(Interval::Point(low->value));
        bounds.push_back(Interval::AtMost(low->value));
        bounds.push_back(Interval::AtMost(low->value, /*open=*/true));
      }
      if (const auto& high = s.interval.upper()) {
        bounds.push_back(Interval::Point(high->value));
        bounds.push_back(Interval::AtLeast(high->value));
        bounds.push_back(Interval::AtLeast(high->value, /*open=*/true));
      }
    }
    const SlipList list(figure);
    for (const Interval& may : bounds) {
      std::vector<std::string> meeting, shown;
      for (const Slip& s : slips) {
        if (!s.interval.Intersect(may).empty()) meeting.push_back(s.text);
      }
      list.ForEach(may, [&](const Slip& s) {
        if (!s.interval.Intersect(may).empty()) shown.push_back(s.text);
      });
      EXPECT_EQ(shown, meeting) << c.text << " within " << may.Text();
    }
  }
}

}  // namespace
}  // namespace claimcheck
