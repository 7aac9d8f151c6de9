// The number-phrase reader on figure texts and on running text: where each
// phrase starts and ends, and what it says it read.
#include "engine/reading/number_phrase.h"

#include <string>

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
        PhraseCase{"twenty-one", 0, "[twenty-one] 21 1"},
        PhraseCase{"a hundred and five", 0, "[a hundred and five] 105 1"},
        PhraseCase{"two hundred", 0, "[two hundred] 200 100"},
        PhraseCase{"a million", 0, "[a million] 1000000 1000000 SCALE_MILLION"},
        PhraseCase{"40 k", 0, "[40] 40 1"},
        PhraseCase{"1,2,3", 0, "none BAD_THOUSANDS_SEPARATOR"},
        PhraseCase{std::string(41, '9'), 0, "none TOO_MANY_DIGITS"},
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
        PhraseCase{"six in San Francisco", 0, "[six] 6 1"},
        PhraseCase{"$4.5\xC2\xA0"
                   "billion in aid",
                   0,
                   "[$4.5\xC2\xA0"
                   "billion] 4500000000 100000000 SCALE_BILLION $"},
        PhraseCase{"more than\n100 people", 0,
                   "[more than\n100] 100 1 QUALIFIER_MORE_THAN"}));

TEST(SpacesEnd, CountsTypographicSpaces) {
  const std::string text = "5 \xC2\xA0\xE2\x80\xAF\xE2\x80\x89x";
  EXPECT_EQ(SpacesEnd(text, 1), text.size() - 1);
  EXPECT_EQ(SpacesEnd(text, 0), 0u);
}

}  // namespace
}  // namespace claimcheck
