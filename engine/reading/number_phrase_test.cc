// The number-phrase reader on figure texts and on running text: where each
// phrase starts and ends, and what it says it read.
#include "engine/reading/number_phrase.h"

#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

struct PhraseCase {
  std::string text;
  size_t pos;
  // The phrase read, then "value digit_unit" as exact strings, then the
  // qualifier, scale and unit names that are set and "per N"; or
  // "none REASON" when nothing is read.
  std::string read;
};

void PrintTo(const PhraseCase& c, std::ostream* os) {
  *os << "\"" << c.text << "\" at " << c.pos;
}

std::string Describe(const std::string& text, size_t pos) {
  NumberPhraseError error;
  const std::optional<NumberPhrase> p = ReadNumberPhrase(text, pos, &error);
  if (!p) return absl::StrCat("none ", error.reason);
  std::string out =
      absl::StrCat("[", text.substr(p->begin, p->end - p->begin), "] ",
                   ExactString(p->value), " ", ExactString(p->digit_unit));
  if (p->qualifier != v1::QUALIFIER_UNSPECIFIED)
    absl::StrAppend(&out, " ", v1::Qualifier_Name(p->qualifier));
  if (p->scale != v1::SCALE_UNSPECIFIED)
    absl::StrAppend(&out, " ", v1::Scale_Name(p->scale));
  if (p->unit != v1::UNIT_UNSPECIFIED)
    absl::StrAppend(&out, " ", v1::Unit_Name(p->unit));
  if (!p->currency.empty()) absl::StrAppend(&out, " ", p->currency);
  static constexpr const char* kForms[] = {"", " words", " fraction",
                                           " multiple", " ordinal"};
  absl::StrAppend(&out, kForms[static_cast<int>(p->form)]);
  if (p->range != NumberRange::kNone) {
    absl::StrAppend(
        &out, p->range == NumberRange::kSpan ? " span to " : " bounds to ",
        ExactString(p->high.value), " [",
        text.substr(p->high.begin, p->high.end - p->high.begin), "]");
    if (p->high.qualifier != v1::QUALIFIER_UNSPECIFIED)
      absl::StrAppend(&out, " ", v1::Qualifier_Name(p->high.qualifier));
  }
  if (p->rate_per_end != 0) {
    absl::StrAppend(
        &out, " per ", ExactString(p->rate_per), " [",
        text.substr(p->rate_per_begin, p->rate_per_end - p->rate_per_begin),
        "]");
  }
  return out;
}

class PhraseTest : public ::testing::TestWithParam<PhraseCase> {};

TEST_P(PhraseTest, ReadsTheLongestPhrase) {
  EXPECT_EQ(Describe(GetParam().text, GetParam().pos), GetParam().read);
}

INSTANTIATE_TEST_SUITE_P(
    FigureTexts, PhraseTest,
    ::testing::Values(
        PhraseCase{"498", 0, "[498] 498 1"},
        PhraseCase{"1.2 million", 0,
                   "[1.2 million] 1200000 100000 SCALE_MILLION"},
        PhraseCase{"about 500", 0, "[about 500] 500 1 QUALIFIER_ABOUT"},
        PhraseCase{"No More Than 100", 0,
                   "[No More Than 100] 100 1 QUALIFIER_AT_MOST"},
        PhraseCase{"~500", 0, "[~500] 500 1 QUALIFIER_ABOUT"},
        PhraseCase{"$4.5bn", 0,
                   "[$4.5bn] 4500000000 100000000 SCALE_BILLION $"},
        PhraseCase{"-$5", 0, "[-$5] -5 1 $"},
        PhraseCase{"\xE2\x88\x92"
                   "3",
                   0,
                   "[\xE2\x88\x92"
                   "3] -3 1"},
        PhraseCase{"63 per cent", 0, "[63 per cent] 63 1 UNIT_PERCENT"},
        PhraseCase{
            "17.4% per 100,000", 0,
            "[17.4% per 100,000] 17.4 0.1 UNIT_PERCENT per 100000 [100,000]"},
        PhraseCase{"twenty-one", 0, "[twenty-one] 21 1 words"},
        PhraseCase{"a hundred and five", 0, "[a hundred and five] 105 1 words"},
        PhraseCase{"two hundred", 0, "[two hundred] 200 1 words"},
        PhraseCase{"a million", 0,
                   "[a million] 1000000 1000000 SCALE_MILLION words"},
        PhraseCase{"40 k", 0, "[40] 40 1"},
        // The wire services' "Mln" and "Bln" after a space too; not "bn"
        // or "m" ("5 m" may be metres).
        PhraseCase{"$83 Mln.", 0, "[$83 Mln] 83000000 1000000 SCALE_MILLION $"},
        PhraseCase{"$5.40 Bln", 0,
                   "[$5.40 Bln] 5400000000 10000000 SCALE_BILLION $"},
        PhraseCase{"$5.40bln", 0,
                   "[$5.40bln] 5400000000 10000000 SCALE_BILLION $"},
        PhraseCase{"5 m", 0, "[5] 5 1"},
        PhraseCase{"1,2,3", 0, "none BAD_THOUSANDS_SEPARATOR"},
        PhraseCase{std::string(41, '9'), 0, "none TOO_MANY_DIGITS"},
        // A fraction whose denominator has 19 digits (a fuzzer's find: it
        // overflowed a 64-bit integer); 18 still read.
        PhraseCase{"19/9888888880034458888", 0, "none UNPARSABLE_NUMBER"},
        PhraseCase{"1/988888888003445888", 0,
                   "[1/988888888003445888] 1/988888888003445888 "
                   "0.0000000000000000001 fraction"},
        PhraseCase{"NaN", 0, "none UNPARSABLE_NUMBER"},
        PhraseCase{"a", 0, "none UNPARSABLE_NUMBER"}));

INSTANTIATE_TEST_SUITE_P(
    RunningText, PhraseTest,
    ::testing::Values(
        PhraseCase{"ICE arrested nearly 500 people in 2017.", 13,
                   "[nearly 500] 500 1 QUALIFIER_NEARLY"},
        PhraseCase{"ICE arrested nearly 500 people in 2017.", 34,
                   "[2017] 2017 1"},
        PhraseCase{"ICE arrested nearly 500 people in 2017.", 4,
                   "none UNPARSABLE_NUMBER"},
        PhraseCase{"17.4 per 100,000 residents", 0,
                   "[17.4 per 100,000] 17.4 0.1 per 100000 [100,000]"},
        PhraseCase{"5 per day", 0, "[5] 5 1"},
        PhraseCase{"grew 6, 7 and 8 percent", 5, "[6] 6 1"},
        PhraseCase{"in 192.", 3, "[192] 192 1"},
        PhraseCase{"some people", 0, "none UNPARSABLE_NUMBER"},
        PhraseCase{"six in San Francisco", 0, "[six] 6 1 words"},
        PhraseCase{"$4.5\xC2\xA0"
                   "billion in aid",
                   0,
                   "[$4.5\xC2\xA0"
                   "billion] 4500000000 100000000 SCALE_BILLION $"},
        PhraseCase{"more than\n100 people", 0,
                   "[more than\n100] 100 1 QUALIFIER_MORE_THAN"}));

INSTANTIATE_TEST_SUITE_P(
    NewsForms, PhraseTest,
    ::testing::Values(
        PhraseCase{"two-thirds of voters", 0, "[two-thirds] 2/3 0.01 fraction"},
        PhraseCase{"one in three people", 0,
                   "[one in three] 1/3 0.01 fraction"},
        PhraseCase{"a 1 in 100,000 chance", 2,
                   "[1 in 100,000] 0.00001 0.000001 fraction"},
        PhraseCase{"arrests doubled in 2017", 8,
                   "[doubled] 2 0.1 UNIT_MULTIPLE multiple"},
        PhraseCase{"the 21st century", 4, "[21st] 21 1 ordinal"},
        PhraseCase{"its twenty-first year", 4, "[twenty-first] 21 1 ordinal"},
        PhraseCase{"between 20 and 30 people", 0,
                   "[between 20 and 30] 20 1 span to 30 [30]"},
        // "to" makes no span in running text: a change prints its
        // endpoints so ("rose from 2 to 3 million").
        PhraseCase{"2 to 3 million", 0, "[2] 2 1"},
        PhraseCase{"rose from 1,200 to 2,400", 5, "none UNPARSABLE_NUMBER"},
        PhraseCase{"rose from 1,200 to 2,400", 10, "[1,200] 1200 1"},
        PhraseCase{"in 2010\xE2\x80\x93"
                   "2015 it",
                   3,
                   "[2010\xE2\x80\x93"
                   "2015] 2010 1 span to 2015 [2015]"},
        PhraseCase{"more than 10 and less than 20 days", 0,
                   "[more than 10 and less than 20] 10 1 QUALIFIER_MORE_THAN "
                   "bounds to 20 [20] QUALIFIER_LESS_THAN"},
        // A fall is two numbers (a change), not a range.
        PhraseCase{"fell from 12.1% to 9.8%", 5, "none UNPARSABLE_NUMBER"},
        PhraseCase{"fell from 12.1% to 9.8%", 10,
                   "[12.1%] 12.1 0.1 UNIT_PERCENT"},
        PhraseCase{"5 in 2019", 0, "[5] 5 1"},
        PhraseCase{"on 3/4/2020", 3, "none UNPARSABLE_NUMBER"},
        PhraseCase{"call 222-2222-2222", 5, "[222] 222 1"},
        PhraseCase{"1995-01", 0, "[1995] 1995 1"},
        PhraseCase{"scores of 5 - 10", 10, "[5] 5 1"},
        PhraseCase{"30 or more people", 0,
                   "[30 or more] 30 1 QUALIFIER_AT_LEAST"},
        PhraseCase{"just under half of them", 0,
                   "[just under half] 0.5 0.01 QUALIFIER_JUST_UNDER fraction"},
        PhraseCase{"a 5 k run", 2, "[5] 5 1"},
        PhraseCase{"1\xE2\x80\xAF"
                   "234\xE2\x80\xAF"
                   "567 votes",
                   0,
                   "[1\xE2\x80\xAF"
                   "234\xE2\x80\xAF"
                   "567] 1234567 1"},
        PhraseCase{"in 2019 123 people", 3, "[2019] 2019 1"},
        PhraseCase{"rates of \xE2\x80\x93"
                   "2.03",
                   9,
                   "[\xE2\x80\x93"
                   "2.03] -2.03 0.01"},
        PhraseCase{"a second time", 0, "none UNPARSABLE_NUMBER"},
        // An article is no number in running text; only a figure's own
        // text reads "a" and "another" as one (WholeText below).
        PhraseCase{"a man died", 0, "none UNPARSABLE_NUMBER"},
        PhraseCase{"another was crushed", 0, "none UNPARSABLE_NUMBER"},
        // "near" is "about", in running text as in a figure.
        PhraseCase{"highs near 90 with sun", 6,
                   "[near 90] 90 1 QUALIFIER_ABOUT"},
        PhraseCase{"nearly 90", 0, "[nearly 90] 90 1 QUALIFIER_NEARLY"},
        PhraseCase{"a quarter of", 0, "[a quarter] 0.25 0.01 fraction"},
        // Words that multiply stop before they overflow.
        PhraseCase{"a dozen dozen dozen dozen", 0,
                   "[a dozen dozen] 144 1 words"},
        PhraseCase{
            "four-tenths of a percent", 0,
            "[four-tenths of a percent] 0.4 0.1 UNIT_PERCENT fraction"}));

TEST(WholeText, ReadsSpansWithTo) {
  NumberPhraseOptions whole;
  whole.whole_text = true;
  for (const auto& [text, low, high] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"2 to 3 million", "2000000", "3000000"},
           {"from 1,000 to 1,500", "1000", "1500"},
           {"20 through 30 percent", "20", "30"}}) {
    const std::optional<NumberPhrase> p =
        ReadNumberPhrase(text, 0, nullptr, whole);
    ASSERT_TRUE(p.has_value()) << text;
    EXPECT_EQ(p->end, text.size()) << text;
    EXPECT_EQ(p->range, NumberRange::kSpan) << text;
    EXPECT_EQ(ExactString(p->value), low) << text;
    EXPECT_EQ(ExactString(p->high.value), high) << text;
  }
  // A fall is no span even in a figure's text.
  EXPECT_FALSE(ReadNumberPhrase("from 10 to 5", 0, nullptr, whole).has_value());
}

TEST(WholeText, ReadsOneAsAnArticle) {
  NumberPhraseOptions whole;
  whole.whole_text = true;
  for (const std::string text : {"a", "An", "another", "one more"}) {
    const std::optional<NumberPhrase> p =
        ReadNumberPhrase(text, 0, nullptr, whole);
    ASSERT_TRUE(p.has_value()) << text;
    EXPECT_EQ(p->end, text.size()) << text;
    EXPECT_EQ(ExactString(p->value), "1") << text;
    EXPECT_EQ(ExactString(p->digit_unit), "1") << text;
    EXPECT_EQ(p->form, NumberForm::kWords) << text;
  }
  // Only as the whole text: "a man" is no number, and in "one more time"
  // only "one" is.
  for (const std::string text : {"a man", "one more time", "another one"}) {
    const std::optional<NumberPhrase> p =
        ReadNumberPhrase(text, 0, nullptr, whole);
    EXPECT_TRUE(!p.has_value() || p->end < text.size()) << text;
  }
}

TEST(WholeText, ReadsRatios) {
  NumberPhraseOptions whole;
  whole.whole_text = true;
  // To one: the multiple.
  std::optional<NumberPhrase> p = ReadNumberPhrase("2.1:1", 0, nullptr, whole);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->range, NumberRange::kNone);
  EXPECT_EQ(p->unit, v1::UNIT_MULTIPLE);
  EXPECT_EQ(ExactString(p->value), "2.1");
  // Of two terms: both kept, as printed.
  p = ReadNumberPhrase("about 7:2", 0, nullptr, whole);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->end, 9u);
  EXPECT_EQ(p->range, NumberRange::kRatio);
  EXPECT_EQ(p->unit, v1::UNIT_MULTIPLE);
  EXPECT_EQ(ExactString(p->value), "7");
  EXPECT_EQ(ExactString(p->high.value), "2");
  EXPECT_EQ(p->high.qualifier, v1::QUALIFIER_ABOUT);
  // Not ratios: a second term of 0, a one-sided qualifier, a time.
  for (const std::string text :
       {"4:0", "more than 4:3", "10:30:00", "4:3rd", "$4:3"}) {
    p = ReadNumberPhrase(text, 0, nullptr, whole);
    EXPECT_TRUE(!p.has_value() || p->end != text.size()) << text;
  }
}

// The pre-check running text asks at every word: where it says no phrase
// can start, the reader reads none; and it lets through every word that
// starts one (a qualifier, a sign, a number word, an ordinal's plural).
TEST(MayStartNumberPhrase, NeverRefusesAPhrase) {
  const std::vector<std::string> texts = {
      "ICE arrested more than 100 people, up from 12 a year earlier.",
      "Between 20 and 30 percent; minus 4 degrees; negative 2.5 points.",
      "Nearly two-thirds, about US$5 million, approximately 3.2 billion.",
      "Halves, quarters, three fifths and a half dozen; twice as many.",
      "It doubled, tripled, then was cut in half to \xC2\xBD of its size.",
      "At least 17.4 per 100,000; no more than \xE2\x82\xAC"
      "40; ~12; "
      "\xE2\x88\x92"
      "3; twenty-first; zero; a dozen; one in three.",
      "Officials said the numbers, reported Tuesday, were unchanged.",
      "In excess of 200 were in the room; as many as 5, as well as up to 9, "
      "up from 3; at the time at least 4; about the size, about 12; over "
      "40, over the bridge; no more than that, not fewer than 12; well over "
      "100 and well below the line; just shy of 3 million; close to home, "
      "close to 7; more than a third; under half; equal to or less than "
      "\xE2\x82\xAC"
      "5; nearly\xC2\xA0two; some twenty-one; above; In",
      "A third and a half, an eighth, a hundred and five, a dozen and an "
      "hour; one and a half; and two; a-quarter; a - fifth; an\xC2\xA0ninth"};
  int refused = 0;
  for (const std::string& text : texts) {
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if (MayStartNumberPhrase(text, pos)) continue;
      ++refused;
      EXPECT_FALSE(ReadNumberPhrase(text, pos).has_value())
          << "\"" << text << "\" at " << pos;
    }
  }
  EXPECT_GT(refused, 100);
  EXPECT_FALSE(MayStartNumberPhrase("arrested 12", 0));
  EXPECT_FALSE(MayStartNumberPhrase("Officials", 0));
  // A run that starts only qualifiers starts a phrase only where one of
  // them stands whole with a number after it.
  for (const std::string text :
       {"in the room", "up from", "At the time", "as well as", "about the",
        "over the bridge", "no more than that", "Inside 3", "in excess",
        "and five", "And a half", "a new", "an hour", "a, third", "A  dog"}) {
    EXPECT_FALSE(MayStartNumberPhrase(text, 0)) << text;
  }
  for (const std::string text : {"More than 5",
                                 "US$5",
                                 "halves",
                                 "Minus 3",
                                 "between 2 and 3",
                                 "Twice",
                                 "thirds",
                                 "a dozen",
                                 "cut in half",
                                 "  seven",
                                 "in excess of 5",
                                 "Up to 9",
                                 "as many as a third",
                                 "about 12",
                                 "over  40",
                                 "at most $3",
                                 "close to \xE2\x88\x92"
                                 "3",
                                 "no more than",
                                 "some",
                                 "a third",
                                 "A  hundred",
                                 "an eighth",
                                 "a-half",
                                 "a - dozen",
                                 "a 5"}) {
    EXPECT_TRUE(MayStartNumberPhrase(text, 0)) << text;
  }
}

TEST(SpacesEnd, CountsTypographicSpaces) {
  const std::string text = "5 \xC2\xA0\xE2\x80\xAF\xE2\x80\x89x";
  EXPECT_EQ(SpacesEnd(text, 1), text.size() - 1);
  EXPECT_EQ(SpacesEnd(text, 0), 0u);
}

// Digits alone to the end of the text are read without the grammar
// (PlainDigitsToEnd): every field as the grammar reads the same digits with
// a space after them, in running text and as a figure's text.
TEST(PlainDigitsToEnd, ReadAsTheGrammarReadsThem) {
  std::vector<std::string> numbers;
  for (int n = 0; n <= 2100; ++n) numbers.push_back(absl::StrCat(n));
  for (const char* n :
       {"0", "00", "007", "10", "100000", "999999999999999999",
        "100000000000000000", "1000000000000000000", "123456789012345678",
        "1234567890123456789", "2017", "21", "11", "12", "13", "101"}) {
    numbers.push_back(n);
  }
  auto same = [](const NumberPhrase& a, const NumberPhrase& b) {
    return a.begin == b.begin && a.end == b.end &&
           a.value_begin == b.value_begin && a.value_end == b.value_end &&
           a.form == b.form && a.value == b.value &&
           a.digit_unit == b.digit_unit &&
           a.significant_digits == b.significant_digits &&
           a.qualifier == b.qualifier && a.scale == b.scale &&
           a.unit == b.unit && a.currency == b.currency &&
           a.measure_symbol == b.measure_symbol && a.rate_per == b.rate_per &&
           a.rate_per_begin == b.rate_per_begin &&
           a.rate_per_end == b.rate_per_end && a.range == b.range &&
           a.high.value == b.high.value &&
           a.high.digit_unit == b.high.digit_unit &&
           a.high.qualifier == b.high.qualifier &&
           a.high.begin == b.high.begin && a.high.end == b.high.end;
  };
  for (const bool whole_text : {false, true}) {
    NumberPhraseOptions options;
    options.whole_text = whole_text;
    for (const std::string& n : numbers) {
      for (const std::string before : {"", "x", "in ", "about "}) {
        const std::string text = before + n;
        const std::string spaced = text + " ";
        NumberPhraseError error, spaced_error;
        const std::optional<NumberPhrase> plain =
            ReadNumberPhrase(text, before.size(), &error, options);
        const std::optional<NumberPhrase> grammar =
            ReadNumberPhrase(spaced, before.size(), &spaced_error, options);
        ASSERT_EQ(plain.has_value(), grammar.has_value()) << text;
        if (!plain) {
          EXPECT_EQ(error.reason, spaced_error.reason) << text;
          continue;
        }
        EXPECT_TRUE(same(*plain, *grammar)) << text << " " << whole_text;
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck
