// Printed figures to intervals: docs/spec.md's rounding modes, qualifiers
// and scale words, and the text forms newsrooms print.
#include "engine/reading/figure.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct FigureCase {
  std::string text;
  v1::Unit unit;
  v1::Qualifier qualifier;
  v1::RoundingMode rounding;
  std::string interval;  // Interval::Text(), or the error reason
};

class FigureTest : public ::testing::TestWithParam<FigureCase> {};

TEST_P(FigureTest, ReadsTheIntervalOrRefuses) {
  const FigureCase& c = GetParam();
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text(c.text);
  proto.set_unit(c.unit);
  proto.set_qualifier(c.qualifier);
  proto.set_rounding(c.rounding);
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  if (figure) {
    EXPECT_EQ(figure->interval.Text(), c.interval) << c.text;
  } else {
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.violations()[0].reason(), c.interval) << c.text;
  }
}

constexpr auto kAmount = v1::UNIT_UNSPECIFIED;
constexpr auto kCount = v1::UNIT_COUNT;
constexpr auto kNoQ = v1::QUALIFIER_UNSPECIFIED;
constexpr auto kNearest = v1::ROUNDING_MODE_UNSPECIFIED;

INSTANTIATE_TEST_SUITE_P(
    Spec, FigureTest,
    ::testing::Values(
        // docs/spec.md: rounded to nearest is plus or minus half a unit of the
        // last digit.
        FigureCase{"63", kAmount, kNoQ, kNearest, "62.5 to 63.5"},
        FigureCase{"1.2 million", kAmount, kNoQ, kNearest,
                   "1,150,000 to 1,250,000"},
        FigureCase{"498", kAmount, kNoQ, kNearest, "497.5 to 498.5"},
        FigureCase{"1.20", kAmount, kNoQ, kNearest, "1.195 to 1.205"},
        FigureCase{"498", kCount, kNoQ, kNearest, "498"},
        FigureCase{"6", kAmount, kNoQ, v1::ROUNDING_MODE_DOWN,
                   "at least 6 and less than 7"},
        FigureCase{"6", kAmount, kNoQ, v1::ROUNDING_MODE_UP,
                   "more than 5 and at most 6"},
        FigureCase{"-6", kAmount, kNoQ, v1::ROUNDING_MODE_TRUNCATE,
                   "more than -7 and at most -6"},
        FigureCase{"6.5", kAmount, kNoQ, v1::ROUNDING_MODE_TRUNCATE,
                   "at least 6.5 and less than 6.6"},
        FigureCase{"6", kAmount, kNoQ, v1::ROUNDING_MODE_EXACT, "6"},
        // Qualifiers, in the text or in the field.
        FigureCase{"about 500", kAmount, kNoQ, kNearest, "450 to 550"},
        FigureCase{"500", kAmount, v1::QUALIFIER_ABOUT, kNearest, "450 to 550"},
        FigureCase{"roughly 2.50", kAmount, kNoQ, kNearest, "2.45 to 2.55"},
        FigureCase{"nearly 500", kAmount, kNoQ, kNearest, "400 to 500"},
        FigureCase{"more than 100", kAmount, kNoQ, kNearest, "more than 100"},
        FigureCase{"more than 100", kCount, kNoQ, kNearest, "at least 101"},
        FigureCase{"at least 100", kAmount, kNoQ, kNearest, "at least 100"},
        FigureCase{"fewer than 100", kCount, kNoQ, kNearest, "0 to 99"},
        FigureCase{"no more than 100", kAmount, kNoQ, kNearest, "at most 100"},
        FigureCase{"under 5", kAmount, kNoQ, kNearest, "less than 5"},
        // Forms of the number.
        FigureCase{"1,234", kCount, kNoQ, kNearest, "1,234"},
        FigureCase{"six", kCount, kNoQ, kNearest, "6"},
        FigureCase{"eleven", kAmount, kNoQ, kNearest, "10.5 to 11.5"},
        FigureCase{"twenty-one", kCount, kNoQ, kNearest, "21"},
        FigureCase{"a dozen", kCount, kNoQ, kNearest, "12"},
        // Number words are as precise as the same number in digits.
        FigureCase{"two hundred", kAmount, kNoQ, kNearest, "199.5 to 200.5"},
        FigureCase{"a million", kCount, kNoQ, kNearest, "500,000 to 1,500,000"},
        FigureCase{"63%", kAmount, kNoQ, kNearest, "62.5 to 63.5"},
        FigureCase{"63 percent", kAmount, kNoQ, kNearest, "62.5 to 63.5"},
        FigureCase{".03", kAmount, kNoQ, kNearest, "0.025 to 0.035"},
        FigureCase{"$4.5 billion", kAmount, kNoQ, kNearest,
                   "4,450,000,000 to 4,550,000,000"},
        FigureCase{"40k", kAmount, kNoQ, kNearest, "39,500 to 40,500"},
        FigureCase{"\xE2\x88\x92"
                   "3",
                   kAmount, kNoQ, kNearest, "-3.5 to -2.5"},
        FigureCase{"2.5-fold", kAmount, kNoQ, kNearest, "2.45 to 2.55"},
        // What cannot be read is refused, with a reason.
        FigureCase{"", kAmount, kNoQ, kNearest, "MISSING_TEXT"},
        FigureCase{"1,2,3", kAmount, kNoQ, kNearest, "BAD_THOUSANDS_SEPARATOR"},
        FigureCase{"1e400", kAmount, kNoQ, kNearest, "EXPONENT_OUT_OF_RANGE"},
        FigureCase{"NaN", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        FigureCase{"498 people", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        FigureCase{"-5", kCount, kNoQ, kNearest, "NEGATIVE_COUNT"},
        FigureCase{"2.5", kCount, kNoQ, kNearest, "EMPTY_INTERVAL"},
        FigureCase{"63%", kCount, kNoQ, kNearest, "CONFLICTING_UNIT"},
        FigureCase{"about 5", kAmount, v1::QUALIFIER_MORE_THAN, kNearest,
                   "CONFLICTING_QUALIFIER"},
        FigureCase{std::string(41, '9'), kAmount, kNoQ, kNearest,
                   "TOO_MANY_DIGITS"}));

constexpr auto kPercent = v1::UNIT_PERCENT;

// The forms news prints (issue 17), each with the interval docs/spec.md's
// table gives it.
INSTANTIATE_TEST_SUITE_P(
    NewsForms, FigureTest,
    ::testing::Values(
        // Fractions and ratios: the fraction to two significant digits; a
        // percent figure reads them as the percentage.
        // Close to a one and zeros: a tenth of it, not a whole unit of its
        // one digit ("nearly 500" stays 400 to 500).
        FigureCase{"almost 100", kAmount, kNoQ, kNearest, "90 to 100"},
        FigureCase{"nearly 500", kAmount, kNoQ, kNearest, "400 to 500"},
        FigureCase{"just under 1,000", kCount, kNoQ, kNearest, "900 to 999"},
        FigureCase{"half", kAmount, kNoQ, kNearest, "0.495 to 0.505"},
        FigureCase{"a third", kAmount, kNoQ, kNearest, "0.3283 to 0.3383"},
        FigureCase{"two-thirds", kPercent, kNoQ, kNearest,
                   "66.1667 to 67.1667"},
        FigureCase{"three-quarters", kPercent, kNoQ, kNearest, "74.5 to 75.5"},
        FigureCase{"one in five", kPercent, kNoQ, kNearest, "19.5 to 20.5"},
        FigureCase{"two in five", kAmount, kNoQ, kNearest, "0.395 to 0.405"},
        FigureCase{"one out of three", kPercent, kNoQ, kNearest,
                   "32.8333 to 33.8333"},
        FigureCase{"3/4", kAmount, kNoQ, kNearest, "0.745 to 0.755"},
        FigureCase{"\xC2\xBD", kPercent, kNoQ, kNearest, "49.5 to 50.5"},
        FigureCase{"about half", kPercent, kNoQ, kNearest, "45 to 55"},
        FigureCase{"nearly half", kPercent, kNoQ, kNearest, "40 to 50"},
        FigureCase{"less than half", kPercent, kNoQ, kNearest, "less than 50"},
        FigureCase{"more than a third", kPercent, kNoQ, kNearest,
                   "more than 33.3333"},
        FigureCase{"four-tenths of a percent", kAmount, kNoQ, kNearest,
                   "0.35 to 0.45"},
        FigureCase{"one and a half", kAmount, kNoQ, kNearest, "1.495 to 1.505"},
        FigureCase{"2 million and a half", kAmount, kNoQ, kNearest,
                   "2,450,000 to 2,550,000"},
        FigureCase{"two and a half million", kAmount, kNoQ, kNearest,
                   "2,450,000 to 2,550,000"},
        FigureCase{"half a million", kAmount, kNoQ, kNearest,
                   "450,000 to 550,000"},
        // Multiples in words.
        FigureCase{"doubled", kAmount, kNoQ, kNearest, "1.95 to 2.05"},
        FigureCase{"twice", kAmount, kNoQ, kNearest, "1.95 to 2.05"},
        FigureCase{"tripled", kAmount, kNoQ, kNearest, "2.95 to 3.05"},
        FigureCase{"halved", kAmount, kNoQ, kNearest, "0.495 to 0.505"},
        FigureCase{"more than doubled", kAmount, kNoQ, kNearest, "more than 2"},
        FigureCase{"doubled", kCount, kNoQ, kNearest, "CONFLICTING_UNIT"},
        // Signs and spaces.
        FigureCase{"\xE2\x80\x93"
                   "2.03",
                   kAmount, kNoQ, kNearest, "-2.035 to -2.025"},
        FigureCase{"\xE2\x88\x92"
                   "2.03",
                   kAmount, kNoQ, kNearest, "-2.035 to -2.025"},
        FigureCase{"minus 5", kAmount, kNoQ, kNearest, "-5.5 to -4.5"},
        FigureCase{"1\xC2\xA0"
                   "234\xC2\xA0"
                   "567",
                   kCount, kNoQ, kNearest, "1,234,567"},
        FigureCase{"1\xE2\x80\xAF"
                   "234",
                   kCount, kNoQ, kNearest, "1,234"},
        FigureCase{"1 234 567", kCount, kNoQ, kNearest, "1,234,567"},
        FigureCase{"1 234", kCount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        // Qualifiers.
        FigureCase{"just over 500", kAmount, kNoQ, kNearest,
                   "more than 500 and at most 600"},
        FigureCase{"just under 500", kCount, kNoQ, kNearest, "400 to 499"},
        FigureCase{"just over half", kPercent, kNoQ, kNearest,
                   "more than 50 and at most 60"},
        FigureCase{"close to 500", kAmount, kNoQ, kNearest, "450 to 550"},
        FigureCase{"some 500", kAmount, kNoQ, kNearest, "450 to 550"},
        FigureCase{"30 or more", kCount, kNoQ, kNearest, "at least 30"},
        FigureCase{"500 or so", kAmount, kNoQ, kNearest, "450 to 550"},
        FigureCase{"as many as 500", kAmount, kNoQ, kNearest, "at most 500"},
        FigureCase{"no fewer than 30", kAmount, kNoQ, kNearest, "at least 30"},
        FigureCase{"30+", kAmount, kNoQ, kNearest, "at least 30"},
        // Spelled-out numbers read like the same number in digits.
        FigureCase{"one hundred percent", kAmount, kNoQ, kNearest,
                   "99.5 to 100.5"},
        FigureCase{"three thousand", kAmount, kNoQ, kNearest, "2,500 to 3,500"},
        FigureCase{"twenty-one trillion three hundred", kAmount, kNoQ, kNearest,
                   "21,000,000,000,299.5 to 21,000,000,000,300.5"},
        // Ranges.
        FigureCase{"between 20 and 30", kAmount, kNoQ, kNearest,
                   "19.5 to 30.5"},
        FigureCase{"between 20 and 30", kCount, kNoQ, kNearest, "20 to 30"},
        FigureCase{"20 to 30 percent", kAmount, kNoQ, kNearest, "19.5 to 30.5"},
        FigureCase{"20%-30%", kAmount, kNoQ, kNearest, "19.5 to 30.5"},
        FigureCase{"2\xE2\x80\x93"
                   "3 million",
                   kAmount, kNoQ, kNearest, "1,500,000 to 3,500,000"},
        FigureCase{"from 1,000 to 1,500", kCount, kNoQ, kNearest,
                   "1,000 to 1,500"},
        FigureCase{"more than 10 and less than 20", kAmount, kNoQ, kNearest,
                   "more than 10 and less than 20"},
        FigureCase{"about 20 to 30", kAmount, kNoQ, kNearest, "15 to 35"},
        // Other forms.
        FigureCase{"25 basis points", kAmount, kNoQ, kNearest,
                   "0.245 to 0.255"},
        FigureCase{"17.4 per million", kAmount, kNoQ, kNearest,
                   "17.35 to 17.45"},
        FigureCase{"1.2e6", kAmount, kNoQ, kNearest, "1,150,000 to 1,250,000"},
        FigureCase{"322 hundred", kAmount, kNoQ, kNearest, "32,150 to 32,250"},
        // One as an article, as "one" reads (issue 17: "a man died",
        // "another was crushed").
        FigureCase{"one", kAmount, kNoQ, kNearest, "0.5 to 1.5"},
        FigureCase{"a", kAmount, kNoQ, kNearest, "0.5 to 1.5"},
        FigureCase{"a", kCount, kNoQ, kNearest, "1"},
        FigureCase{"an", kCount, kNoQ, kNearest, "1"},
        FigureCase{"Another", kCount, kNoQ, kNearest, "1"},
        FigureCase{"one more", kCount, kNoQ, kNearest, "1"},
        FigureCase{"a man", kCount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        // An ordinal given as a figure counts as its number ("the seventh
        // straight win": seven games).
        FigureCase{"seventh", kCount, kNoQ, kNearest, "7"},
        FigureCase{"7th", kCount, kNoQ, kNearest, "7"},
        FigureCase{"21st", kAmount, kNoQ, kNearest, "20.5 to 21.5"},
        FigureCase{"twenty-first", kCount, kNoQ, kNearest, "21"},
        // "near" is "about".
        FigureCase{"near 90", kAmount, kNoQ, kNearest, "85 to 95"},
        FigureCase{"near 500", kCount, kNoQ, kNearest, "450 to 550"},
        // Ratios: to one, the multiple as printed; of two terms, every
        // quotient of values the two printed terms stand for.
        FigureCase{"2.1:1", kAmount, kNoQ, kNearest, "2.05 to 2.15"},
        FigureCase{"4:3", kAmount, kNoQ, kNearest, "1 to 1.8"},
        FigureCase{"7:2", kAmount, kNoQ, kNearest, "2.6 to 5"},
        FigureCase{"3.5:2", kAmount, kNoQ, kNearest, "1.38 to 2.3667"},
        FigureCase{"4:3", kAmount, kNoQ, v1::ROUNDING_MODE_EXACT, "1.3333"},
        FigureCase{"4:3", kAmount, v1::QUALIFIER_MORE_THAN, kNearest,
                   "CONFLICTING_QUALIFIER"},
        FigureCase{"4:3", kCount, kNoQ, kNearest, "CONFLICTING_UNIT"},
        FigureCase{"4:0", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        // Not quantities, or not one number.
        FigureCase{"from 10 to 5", kAmount, kNoQ, kNearest,
                   "UNPARSABLE_NUMBER"},
        FigureCase{"3/4/2020", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        FigureCase{"- 5", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        FigureCase{"5 in 2019", kAmount, kNoQ, kNearest, "UNPARSABLE_NUMBER"},
        FigureCase{"between 20 and 30", kAmount, v1::QUALIFIER_MORE_THAN,
                   kNearest, "CONFLICTING_QUALIFIER"},
        FigureCase{"more than 10 and less than 20", kAmount,
                   v1::QUALIFIER_MORE_THAN, kNearest, "CONFLICTING_QUALIFIER"},
        FigureCase{"about 20 to 30", kAmount, v1::QUALIFIER_ABOUT, kNearest,
                   "15 to 35"}));

TEST(FigureNames, PrintedAddsTheUnitWordWhenTheTextHasNone) {
  v1::Figure proto;
  proto.set_id("p");
  proto.set_text("63");
  proto.set_unit(v1::UNIT_PERCENT);
  proto.set_label("convicted");
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  EXPECT_EQ(figure->Printed(), "63 percent");
  EXPECT_EQ(figure->Named(), "63 (convicted)");
}

// A fraction in words read as a percentage is printed as it stands ("half",
// "Two-thirds"); a number in words is not ("sixty percent").
TEST(FigureNames, PrintedAddsNoUnitWordToAFractionInWords) {
  for (const auto& [text, printed] :
       std::vector<std::pair<std::string, std::string>>{
           {"half", "half"},
           {"Two-thirds", "Two-thirds"},
           {"a fifth", "a fifth"},
           {"sixty", "sixty percent"}}) {
    v1::Figure proto;
    proto.set_id("p");
    proto.set_text(text);
    proto.set_unit(v1::UNIT_PERCENT);
    RequestErrors errors;
    std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
    ASSERT_TRUE(figure.has_value()) << text;
    EXPECT_EQ(figure->Printed(), printed);
  }
}

// A unit the text prints in a form of its own ("35pc", "40pct") is not
// printed twice.
TEST(FigureNames, PrintedAddsNoUnitWordTheTextPrints) {
  for (const char* text : {"35pc", "35pct"}) {
    v1::Figure proto;
    proto.set_id("p");
    proto.set_text(text);
    RequestErrors errors;
    std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
    ASSERT_TRUE(figure.has_value()) << text;
    ASSERT_EQ(figure->unit, v1::UNIT_PERCENT) << text;
    EXPECT_EQ(figure->Printed(), text);
  }
}

TEST(FigureNames, AnOrdinalPrintsItsNumber) {
  v1::Figure proto;
  proto.set_id("games");
  proto.set_text("seventh");
  proto.set_unit(v1::UNIT_COUNT);
  proto.set_unit_name("games");
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  EXPECT_EQ(figure->Quantity(), "7 (seventh) games");
}

TEST(FigureNames, QuantityNamesTheUnitOnce) {
  v1::Figure proto;
  proto.set_id("area");
  proto.set_text("26.1");
  proto.set_unit(v1::UNIT_AMOUNT);
  proto.set_unit_symbol("km2");
  proto.set_unit_name("square kilometres");
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  EXPECT_EQ(figure->Quantity(), "26.1 square kilometres");
  proto.set_unit_name("hectares of forest");
  proto.set_unit_symbol("");
  figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  EXPECT_EQ(figure->Quantity(), "26.1 hectares of forest");
}

TEST(FigureNames, ExplicitBoundsReplaceThePrintedPrecision) {
  v1::Figure proto;
  proto.set_id("p");
  proto.set_text("500");
  proto.mutable_interval_override()->set_tolerance("20");
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  EXPECT_EQ(figure->interval.Text(), "480 to 520");
}

struct RatePerCase {
  std::string rate_per;
  std::string value;  // ExactString of the N read, or the error reason
};

class RatePerTest : public ::testing::TestWithParam<RatePerCase> {};

TEST_P(RatePerTest, ReadsTheNOfPerN) {
  v1::Figure proto;
  proto.set_id("r");
  proto.set_text("17.4");
  proto.set_unit(v1::UNIT_RATE);
  proto.set_rate_per(GetParam().rate_per);
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  if (figure) {
    EXPECT_EQ(ExactString(figure->rate_per), GetParam().value);
  } else {
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.violations()[0].field(), "figures[0].rate_per");
    EXPECT_EQ(errors.violations()[0].reason(), GetParam().value);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, RatePerTest,
    ::testing::Values(
        RatePerCase{"100,000", "100000"}, RatePerCase{"per 1,000", "1000"},
        RatePerCase{"1 million", "1000000"}, RatePerCase{"100k", "100000"},
        RatePerCase{"ten thousand", "10000"}, RatePerCase{"", "0"},
        RatePerCase{"0", "0"}, RatePerCase{"100,000 residents", "BAD_RATE_PER"},
        RatePerCase{"5%", "BAD_RATE_PER"}, RatePerCase{"-10", "BAD_RATE_PER"}));

struct RateTextCase {
  std::string text;
  std::string rate_per;  // the field, "" when not given
  std::string result;    // "<unit> <N>", or the error "<field> <reason>"
};

class RateTextTest : public ::testing::TestWithParam<RateTextCase> {};

TEST_P(RateTextTest, ReadsTheNFromTheText) {
  v1::Figure proto;
  proto.set_id("r");
  proto.set_text(GetParam().text);
  proto.set_rate_per(GetParam().rate_per);
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  if (figure) {
    EXPECT_EQ(absl::StrCat(v1::Unit_Name(figure->unit), " ",
                           ExactString(figure->rate_per)),
              GetParam().result);
    EXPECT_EQ(figure->interval.Text(), "17.35 to 17.45");
  } else {
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(absl::StrCat(errors.violations()[0].field(), " ",
                           errors.violations()[0].reason()),
              GetParam().result);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, RateTextTest,
    ::testing::Values(
        RateTextCase{"17.4 per 100,000", "", "UNIT_RATE 100000"},
        RateTextCase{"17.4% per 100,000", "", "UNIT_PERCENT 100000"},
        RateTextCase{"17.4 per 100,000", "100k", "UNIT_RATE 100000"},
        RateTextCase{"17.4 per cent", "", "UNIT_PERCENT 0"},
        RateTextCase{"17.4 per 1,000", "100,000",
                     "figures[0].rate_per CONFLICTING_RATE_PER"},
        RateTextCase{"17.4 per", "", "figures[0].text BAD_RATE_PER"}));

TEST(FigureNames, DecimalsCountTrailingZeros) {
  for (const auto& [text, decimals] :
       std::vector<std::pair<std::string, int>>{{"5.00", 2},
                                                {"5.19", 2},
                                                {"0.150", 3},
                                                {"498", 0},
                                                {"1.2 million", 0}}) {
    v1::Figure proto;
    proto.set_id("m");
    proto.set_text(text);
    RequestErrors errors;
    std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
    ASSERT_TRUE(figure.has_value()) << text;
    EXPECT_EQ(figure->Decimals(), decimals) << text;
  }
}

}  // namespace
// A unit of measure printed after the number in a figure's text: the figure
// reads the number as printed and takes its unit from the word (units.h),
// money for pence and cents. docs/spec.md, "Units of measure".
struct PrintedUnitCase {
  std::string text;
  std::string interval;  // Interval::Text(), or the error reason
  v1::Unit unit;
  std::string dimension;  // "" for none
  std::string scale;
};

class PrintedUnitTest : public ::testing::TestWithParam<PrintedUnitCase> {};

TEST_P(PrintedUnitTest, ReadsTheNumberAndItsUnit) {
  const PrintedUnitCase& c = GetParam();
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text(c.text);
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  if (!figure) {
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.violations()[0].reason(), c.interval) << c.text;
    return;
  }
  EXPECT_EQ(figure->interval.Text(), c.interval) << c.text;
  EXPECT_EQ(figure->unit, c.unit) << c.text;
  if (c.dimension.empty()) {
    EXPECT_FALSE(figure->measure.has_value()) << c.text;
    return;
  }
  ASSERT_TRUE(figure->measure.has_value()) << c.text;
  EXPECT_EQ(figure->measure->dimension, c.dimension) << c.text;
  EXPECT_EQ(figure->measure->scale, *ParseDecimal(c.scale)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    NewsForms, PrintedUnitTest,
    ::testing::Values(
        PrintedUnitCase{"75p", "74.5 to 75.5", v1::UNIT_CURRENCY, "GBP",
                        "0.01"},
        PrintedUnitCase{"13p", "12.5 to 13.5", v1::UNIT_CURRENCY, "GBP",
                        "0.01"},
        PrintedUnitCase{"6 cents", "5.5 to 6.5", v1::UNIT_CURRENCY, "USD",
                        "0.01"},
        PrintedUnitCase{"12 kilograms", "11.5 to 12.5", v1::UNIT_AMOUNT, "mass",
                        "1000"},
        PrintedUnitCase{"roughly 24 pounds", "23.5 to 24.5", v1::UNIT_AMOUNT,
                        "mass", "453.59237"},
        PrintedUnitCase{"26.1 sq km", "26.05 to 26.15", v1::UNIT_AMOUNT, "area",
                        "1000000"},
        PrintedUnitCase{"4C", "3.5 to 4.5", v1::UNIT_AMOUNT,
                        "temperature difference", "1"},
        // Percent words stay the API's units, with no unit of measure here.
        PrintedUnitCase{"40pc", "39.5 to 40.5", v1::UNIT_PERCENT, "", ""},
        PrintedUnitCase{"2.1:1", "2.05 to 2.15", v1::UNIT_MULTIPLE, "", ""},
        PrintedUnitCase{"about 2:1", "1.5 to 2.5", v1::UNIT_MULTIPLE, "", ""},
        PrintedUnitCase{"4:3", "1 to 1.8", v1::UNIT_MULTIPLE, "", ""},
        PrintedUnitCase{"trio", "2.5 to 3.5", v1::UNIT_AMOUNT, "", ""},
        PrintedUnitCase{"a pair", "1.5 to 2.5", v1::UNIT_AMOUNT, "", ""},
        PrintedUnitCase{"a couple", "UNPARSABLE_NUMBER", v1::UNIT_UNSPECIFIED,
                        "", ""},
        PrintedUnitCase{"nearly a full percentage point", "0.9 to 1",
                        v1::UNIT_PERCENTAGE_POINTS, "", ""},
        PrintedUnitCase{"middle 60s", "63.5 to 66.5", v1::UNIT_AMOUNT, "", ""},
        PrintedUnitCase{"lower 60s", "59.5 to 63.5", v1::UNIT_AMOUNT, "", ""},
        PrintedUnitCase{"upper-80s", "86.5 to 89.5", v1::UNIT_AMOUNT, "", ""},
        PrintedUnitCase{"the 60s", "59.5 to 69.5", v1::UNIT_AMOUNT, "", ""},
        // One-letter units in the case their symbol prints: "10G" is giga,
        // not grams, and "4c" may be cents.
        PrintedUnitCase{"40g", "39.5 to 40.5", v1::UNIT_AMOUNT, "mass", "1"},
        PrintedUnitCase{"10G", "UNPARSABLE_NUMBER", v1::UNIT_UNSPECIFIED, "",
                        ""},
        PrintedUnitCase{"4c", "UNPARSABLE_NUMBER", v1::UNIT_UNSPECIFIED, "",
                        ""},
        // A one-letter unit only straight after the digits: "75 p" is no
        // unit, and "p" no word the reader knows.
        PrintedUnitCase{"75 p", "UNPARSABLE_NUMBER", v1::UNIT_UNSPECIFIED, "",
                        ""}));

TEST(PrintedUnits, TheTextsUnitAndUnitSymbolMustAgree) {
  v1::Figure proto;
  proto.set_id("f");
  proto.set_text("75p");
  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  ASSERT_TRUE(figure.has_value());
  bool ok = true;
  proto.set_unit_symbol("GBp");
  EXPECT_TRUE(MeasureOf(proto, figure->unit, Rational(0), "figures[0]", &errors,
                        &ok, figure->measure)
                  .has_value());
  EXPECT_TRUE(ok);
  proto.set_unit_symbol("GBP");
  MeasureOf(proto, figure->unit, Rational(0), "figures[0]", &errors, &ok,
            figure->measure);
  EXPECT_FALSE(ok);
  ASSERT_EQ(errors.violations().size(), 1u);
  EXPECT_EQ(errors.violations()[0].reason(), "CONFLICTING_UNIT_SYMBOL");
  // A count of kilograms is no count.
  RequestErrors count_errors;
  proto.set_text("12 kilograms");
  proto.clear_unit_symbol();
  figure = ReadFigure(proto, "figures[0]", &count_errors);
  ASSERT_TRUE(figure.has_value());
  MeasureOf(proto, v1::UNIT_COUNT, Rational(0), "figures[0]", &count_errors,
            &ok, figure->measure);
  EXPECT_FALSE(ok);
  ASSERT_EQ(count_errors.violations().size(), 1u);
  EXPECT_EQ(count_errors.violations()[0].reason(), "CONFLICTING_UNIT");
}

// A count printed to the unit is the count itself: the whole numbers of at
// least 0 within half a unit of it, end for end, as IntervalFor made them
// before it took the count directly.
TEST(IntervalForCounts, ACountToTheUnitIsTheWholeNumbersWithinHalfAUnit) {
  std::vector<Rational> values;
  for (int v = -3; v <= 1200; ++v) values.push_back(v);
  values.push_back(Rational(Integer("123456789012345678901234567890", 10)));
  values.push_back(Rational(5, 2));
  for (const v1::RoundingMode rounding :
       {v1::ROUNDING_MODE_UNSPECIFIED, v1::ROUNDING_MODE_NEAREST}) {
    for (const Rational& v : values) {
      const Interval direct = IntervalFor(v, 1, v1::QUALIFIER_UNSPECIFIED,
                                          rounding, v1::UNIT_COUNT);
      const Rational half(1, 2);
      const Interval halves = Interval::Closed(v - half, v + half).Counts();
      ASSERT_EQ(direct.empty(), halves.empty()) << ExactString(v);
      if (direct.empty()) continue;
      EXPECT_EQ(direct.whole(), halves.whole()) << ExactString(v);
      EXPECT_EQ(direct.lower()->value, halves.lower()->value);
      EXPECT_EQ(direct.lower()->open, halves.lower()->open);
      EXPECT_EQ(direct.upper()->value, halves.upper()->value);
      EXPECT_EQ(direct.upper()->open, halves.upper()->open);
      EXPECT_EQ(direct.Text(), halves.Text());
    }
  }
}

}  // namespace claimcheck
