// The units table: every word names a unit of the table, readers that take
// the first match take the longest, conversions are exact, and a figure's
// unit of measure comes from its symbol, its currency sign or its unit.
#include "engine/reading/units.h"

#include <string>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(UnitWords, EachNamesAUnitOfTheTableOrAnApiUnit) {
  for (const UnitWord& w : UnitWords()) {
    EXPECT_EQ(absl::AsciiStrToLower(w.word), std::string(w.word)) << w.word;
    if (w.symbol.empty()) {
      EXPECT_NE(w.unit, v1::UNIT_AMOUNT) << w.word;
      continue;
    }
    const MeasureUnit* u = FindMeasureUnit(w.symbol);
    ASSERT_NE(u, nullptr) << w.word;
    EXPECT_EQ(u->unit, w.unit) << w.word;
  }
}

// A reader tries only the words that start with the byte after the number
// and its spaces (number_phrase.cc).
TEST(UnitWords, NoneIsEmptyOrStartsWithASpace) {
  for (const UnitWord& w : UnitWords()) {
    ASSERT_FALSE(w.word.empty());
    EXPECT_FALSE(absl::ascii_isspace(static_cast<unsigned char>(w.word[0])))
        << "\"" << w.word << "\"";
  }
}

TEST(UnitWords, TheLongerOfTwoThatStartAlikeComesFirst) {
  const auto words = UnitWords();
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = i + 1; j < words.size(); ++j) {
      if (words[i].before != words[j].before) continue;
      EXPECT_FALSE(absl::StartsWith(words[j].word, words[i].word))
          << "\"" << words[j].word << "\" comes after \"" << words[i].word
          << "\", which a reader would take first";
    }
  }
}

TEST(UnitWords, BeforeTheNumberComeFirst) {
  bool after = false;
  for (const UnitWord& w : UnitWords()) {
    if (!w.before) after = true;
    EXPECT_FALSE(after && w.before) << w.word;
  }
}

TEST(MeasureUnits, SymbolsAreUniqueAndSizesPositive) {
  const auto units = MeasureUnits();
  for (size_t i = 0; i < units.size(); ++i) {
    EXPECT_GT(units[i].numerator, 0) << units[i].symbol;
    EXPECT_GT(units[i].denominator, 0) << units[i].symbol;
    EXPECT_EQ(FindMeasureUnit(units[i].symbol), &units[i]) << units[i].symbol;
  }
}

struct Conversion {
  const char* from;
  const char* to;
  const char* factor;  // one `from` in `to`, exactly
};

class Conversions : public ::testing::TestWithParam<Conversion> {};

TEST_P(Conversions, AreExact) {
  const Conversion& c = GetParam();
  const MeasureUnit* from = FindMeasureUnit(c.from);
  const MeasureUnit* to = FindMeasureUnit(c.to);
  ASSERT_NE(from, nullptr);
  ASSERT_NE(to, nullptr);
  EXPECT_EQ(from->dimension, to->dimension);
  EXPECT_EQ(from->Scale() / to->Scale(), *ParseDecimal(c.factor));
}

INSTANTIATE_TEST_SUITE_P(UnitsTable, Conversions,
                         ::testing::Values(Conversion{"lb", "kg", "0.45359237"},
                                           Conversion{"GBP", "GBp", "100"},
                                           Conversion{"USc", "USD", "0.01"},
                                           Conversion{"h", "min", "60"},
                                           Conversion{"mi", "km", "1.609344"},
                                           Conversion{"ft", "m", "0.3048"},
                                           Conversion{"km2", "m2", "1000000"},
                                           Conversion{"degC", "degF", "1.8"},
                                           Conversion{"g", "mg", "1000"}));

struct FigureMeasure {
  const char* text;
  v1::Unit unit;
  const char* symbol;
  const char* rate_per;
  const char* dimension;  // "" for none
  const char* scale;
};

class FigureMeasures : public ::testing::TestWithParam<FigureMeasure> {};

TEST_P(FigureMeasures, ComeFromSymbolSignOrUnit) {
  const FigureMeasure& c = GetParam();
  v1::Figure f;
  f.set_text(c.text);
  f.set_unit_symbol(c.symbol);
  RequestErrors errors;
  bool ok = false;
  const Rational per = *c.rate_per ? *ParseDecimal(c.rate_per) : Rational(0);
  const std::optional<Measure> m =
      MeasureOf(f, c.unit, per, "figures[0]", &errors, &ok);
  ASSERT_TRUE(ok);
  if (!*c.dimension) {
    EXPECT_FALSE(m.has_value());
    return;
  }
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->dimension, c.dimension);
  EXPECT_EQ(m->scale, *ParseDecimal(c.scale));
}

INSTANTIATE_TEST_SUITE_P(
    UnitsTable, FigureMeasures,
    ::testing::Values(
        FigureMeasure{"12", v1::UNIT_AMOUNT, "kg", "", "mass", "1000"},
        FigureMeasure{"75", v1::UNIT_AMOUNT, "GBp", "", "GBP", "0.01"},
        FigureMeasure{"$7.50", v1::UNIT_CURRENCY, "", "", "USD", "1"},
        FigureMeasure{"£1", v1::UNIT_CURRENCY, "", "", "GBP", "1"},
        FigureMeasure{"A$5", v1::UNIT_CURRENCY, "", "", "AUD", "1"},
        // The field says which dollar "$" is.
        FigureMeasure{"$5", v1::UNIT_CURRENCY, "CAD", "", "CAD", "1"},
        FigureMeasure{"63%", v1::UNIT_PERCENT, "", "", "proportion", "0.01"},
        FigureMeasure{"17.4", v1::UNIT_RATE, "", "100000", "proportion",
                      "0.00001"},
        FigureMeasure{"498", v1::UNIT_COUNT, "", "", "", ""},
        FigureMeasure{"2.5", v1::UNIT_AMOUNT, "", "", "", ""}));

TEST(FigureMeasures, AnUnknownSymbolIsRefused) {
  v1::Figure f;
  f.set_text("12");
  f.set_unit_symbol("furlongs");
  RequestErrors errors;
  bool ok = true;
  MeasureOf(f, v1::UNIT_AMOUNT, Rational(0), "figures[3]", &errors, &ok);
  EXPECT_FALSE(ok);
  ASSERT_EQ(errors.violations().size(), 1u);
  EXPECT_EQ(errors.violations()[0].field(), "figures[3].unit_symbol");
  EXPECT_EQ(errors.violations()[0].reason(), "UNKNOWN_UNIT_SYMBOL");
}

TEST(FigureMeasures, ASymbolMustFitTheFigure) {
  for (const auto& [text, unit, symbol] :
       {std::tuple<const char*, v1::Unit, const char*>{"12", v1::UNIT_COUNT,
                                                       "kg"},
        {"63%", v1::UNIT_PERCENT, "kg"},
        {"$12", v1::UNIT_AMOUNT, "kg"}}) {
    v1::Figure f;
    f.set_text(text);
    f.set_unit(unit);
    f.set_unit_symbol(symbol);
    RequestErrors errors;
    bool ok = true;
    MeasureOf(f, unit, Rational(0), "figures[0]", &errors, &ok);
    EXPECT_FALSE(ok) << text;
    ASSERT_EQ(errors.violations().size(), 1u) << text;
    EXPECT_EQ(errors.violations()[0].reason(), "CONFLICTING_UNIT_SYMBOL");
  }
}

}  // namespace
}  // namespace claimcheck
