// What the engine does with requests that are too big, strange or broken:
// each is refused before any work, with the field's path and a reason code,
// or checked to a correct verdict; never a crash. And how a deadline, a
// cancelled caller and the work budget stop it.
#include "engine/reading/limits.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/sample_requests.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

// A request with one figure "x" printed as `text` (a count), and a total of
// "x" and "y" (6) as "t" (7). Only "x" varies.
std::string WithFigure(const std::string& text) {
  return absl::StrCat(
      "{\"figures\":[{\"id\":\"x\",\"text\":\"", text,
      "\",\"unit\":\"UNIT_COUNT\"},{\"id\":\"y\",\"text\":\"6\",\"unit\":"
      "\"UNIT_COUNT\"},"
      "{\"id\":\"t\",\"text\":\"7\",\"unit\":\"UNIT_COUNT\"}],"
      "\"claims\":[{\"id\":\"c\",\"total\":{\"totalId\":\"t\",\"parts\":"
      "[{\"figureId\":\"x\"},{\"figureId\":\"y\"}]}}]}");
}

// `n` figures "f0".."f{n-1}" of "1" and one claim totalling the first
// `parts` of them into "f0"'s neighbour... as a count claim over them.
std::string ManyFigures(int n, int items) {
  std::string figures, ids;
  for (int i = 0; i < n; ++i) {
    absl::StrAppend(&figures, i ? "," : "", "{\"id\":\"f", i,
                    "\",\"text\":\"1\"}");
  }
  for (int i = 1; i <= items; ++i)
    absl::StrAppend(&ids, i > 1 ? "," : "", "\"f", i % n, "\"");
  return absl::StrCat("{\"figures\":[", figures,
                      "],\"claims\":[{\"id\":\"c\",\"count\":"
                      "{\"countId\":\"f0\",\"itemIds\":[",
                      ids, "]}}]}");
}

struct Refused {
  std::string name;
  std::string request;   // JSON
  std::string expected;  // the first violation, "field REASON"
};

void PrintTo(const Refused& c, std::ostream* os) { *os << c.name; }

class RefusedTest : public ::testing::TestWithParam<Refused> {};

TEST_P(RefusedTest, IsInvalidArgumentWithTheFieldAndReason) {
  const std::vector<std::string> seen = Violations(GetParam().request);
  ASSERT_THAT(seen, ::testing::Not(::testing::IsEmpty()));
  EXPECT_EQ(seen.front(), GetParam().expected);
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(GetParam().request));
  EXPECT_EQ(ErrorInfoOf(response.status()).reason(), "INVALID_REQUEST");
  EXPECT_EQ(ErrorInfoOf(response.status()).domain(), "claimcheck.v1");
}

const std::string kTenThousandDigits(10000, '7');

INSTANTIATE_TEST_SUITE_P(
    StrangeNumbers, RefusedTest,
    ::testing::Values(
        Refused{"EmptyText", WithFigure(""), "figures[0].text MISSING_TEXT"},
        Refused{"ExponentNotation", WithFigure("1e400"),
                "figures[0].text EXPONENT_OUT_OF_RANGE"},
        Refused{"NotANumber", WithFigure("NaN"),
                "figures[0].text UNPARSABLE_NUMBER"},
        Refused{"Infinity", WithFigure("inf"),
                "figures[0].text UNPARSABLE_NUMBER"},
        Refused{"SeparatorsNotInThrees", WithFigure("1,2,3"),
                "figures[0].text BAD_THOUSANDS_SEPARATOR"},
        Refused{"ArabicIndicDigits", WithFigure("\xD9\xA1\xD9\xA2\xD9\xA3"),
                "figures[0].text NON_ASCII_DIGITS"},
        Refused{"FullwidthDigitAfterAsciiOnes", WithFigure("12\xEF\xBC\x93"),
                "figures[0].text NON_ASCII_DIGITS"},
        Refused{"TenThousandDigits", WithFigure(kTenThousandDigits),
                "figures[0].text TEXT_TOO_LONG"},
        Refused{"FortyOneDigits", WithFigure(std::string(41, '9')),
                "figures[0].text TOO_MANY_DIGITS"},
        Refused{"BeyondTenToTheForty",
                WithFigure("12345678901234567890123456789012 billion"),
                "figures[0].text EXPONENT_OUT_OF_RANGE"},
        Refused{"FinerThanTenToMinusForty",
                WithFigure(absl::StrCat("0.", std::string(40, '0'), "1")),
                "figures[0].text EXPONENT_OUT_OF_RANGE"},
        Refused{"NegativeCount", WithFigure("-3"),
                "figures[0].text NEGATIVE_COUNT"},
        Refused{"TenThousandDigitTolerance",
                absl::StrCat("{\"figures\":[{\"id\":\"x\",\"text\":\"5\","
                             "\"intervalOverride\":"
                             "{\"tolerance\":\"",
                             kTenThousandDigits, "\"}}]}"),
                "figures[0].interval_override.tolerance TEXT_TOO_LONG"}),
    [](const auto& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    BrokenReferences, RefusedTest,
    ::testing::Values(
        Refused{"FigureIdUsedTwice",
                Claim(Figures({"a:1:c", "a:2:c", "t:3:c"}),
                      "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":"
                      "\"a\"}]}"),
                "figures[1].id DUPLICATE_ID"},
        Refused{
            "TotalIsOneOfItsOwnParts",
            Claim(
                Figures({"a:1:c", "t:3:c"}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"figureId\":\"t\"}]}"),
            "claims[0].total.parts[1].figure_id SELF_REFERENCE"},
        Refused{"ShareOfItself",
                Claim(Figures({"a:10:c", "p:100:p"}),
                      "\"share\":{\"partId\":\"a\",\"baseId\":\"a\","
                      "\"percentId\":\"p\"}"),
                "claims[0].share.base_id SELF_REFERENCE"},
        Refused{
            "PartListedTwice",
            Claim(
                Figures({"a:1:c", "t:2:c"}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"figureId\":\"a\"}]}"),
            "claims[0].total.parts[1].figure_id DUPLICATE_REFERENCE"},
        Refused{
            "PartWithoutAFigure",
            Claim(
                Figures({"a:1:c", "t:2:c"}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"sign\":\"SIGN_MINUS\"}]}"),
            "claims[0].total.parts[1].figure_id MISSING_FIGURE"},
        Refused{"UnknownId",
                Claim(Figures({"a:1:c"}),
                      "\"total\":{\"totalId\":\"nope\",\"parts\":[{"
                      "\"figureId\":\"a\"}]}"),
                "claims[0].total.total_id UNKNOWN_FIGURE_ID"}),
    [](const auto& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    OverTheLimits, RefusedTest,
    ::testing::Values(
        Refused{"TooManyFigures", ManyFigures(kMaxFigures + 1, 1),
                "figures TOO_MANY_FIGURES"},
        Refused{"TooManyParts",
                ManyFigures(kMaxPartsPerClaim + 2, kMaxPartsPerClaim + 1),
                "claims[0].count.item_ids TOO_MANY_PARTS"},
        Refused{"LongLabel",
                absl::StrCat(
                    "{\"figures\":[{\"id\":\"x\",\"text\":\"5\",\"label\":\"",
                    std::string(kMaxLabelLength + 1, 'L'), "\"}]}"),
                "figures[0].label TEXT_TOO_LONG"},
        Refused{"LongId",
                absl::StrCat("{\"figures\":[{\"id\":\"",
                             std::string(kMaxIdLength + 1, 'i'),
                             "\",\"text\":\"5\"}]}"),
                absl::StrCat("figures[0].id TEXT_TOO_LONG")}),
    [](const auto& info) { return info.param.name; });

TEST(Limits, TextThatIsNotUtf8IsRefusedWithoutEchoingIt) {
  // Only the C++ API can send it: JSON and gRPC refuse such strings first.
  v1::CheckClaimsRequest request = Parse(WithFigure("12"));
  request.mutable_figures(0)->set_text("12\xFF");
  request.mutable_figures(0)->set_label("\xC0\xAF");  // an overlong "/"
  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(request);
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  std::vector<std::string> seen;
  for (const auto& v : bad.field_violations()) {
    seen.push_back(v.field() + " " + v.reason());
    EXPECT_EQ(v.description(), "the text is not valid UTF-8");
  }
  EXPECT_THAT(seen, ElementsAre("figures[0].text INVALID_UTF8",
                                "figures[0].label INVALID_UTF8"));
}

struct Utf8Case {
  std::string name;
  std::string text;
  int64_t first_invalid;
};

class FirstInvalidUtf8ByteTest : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(FirstInvalidUtf8ByteTest, IsTheOffsetOfTheFirstBadSequence) {
  EXPECT_EQ(FirstInvalidUtf8Byte(GetParam().text), GetParam().first_invalid);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FirstInvalidUtf8ByteTest,
    ::testing::Values(Utf8Case{"Empty", "", -1},
                      Utf8Case{"Ascii", "498 people", -1},
                      Utf8Case{"EveryLength",
                               "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\x88", -1},
                      Utf8Case{"Latin1Byte", "caf\xE9 au lait", 3},
                      Utf8Case{"StrayContinuation", "ab\x80", 2},
                      Utf8Case{"Truncated", "12 \xE2\x80", 3},
                      Utf8Case{"Overlong", "a\xC0\xAF", 1},
                      Utf8Case{"Surrogate", "xy\xED\xA0\x80", 2},
                      Utf8Case{"PastU10FFFF", "\xF4\x90\x80\x80", 0}),
    [](const auto& info) { return info.param.name; });

TEST(Limits, TooManyClaimsIsRefusedBeforeAnyFigureIsRead) {
  std::string claims;
  for (int i = 0; i <= kMaxClaims; ++i) {
    absl::StrAppend(&claims, i ? "," : "", "{\"id\":\"c", i, "\"}");
  }
  // The figure is unreadable too, but the limit is checked first, alone.
  EXPECT_THAT(
      Violations(absl::StrCat("{\"figures\":[{\"id\":\"x\",\"text\":\"NaN\"}],"
                              "\"claims\":[",
                              claims, "]}")),
      ElementsAre("claims TOO_MANY_CLAIMS"));
}

TEST(Limits, TooManyReferencesOverAllClaims) {
  // Claims each within kMaxPartsPerClaim, together over kMaxReferences.
  const int per_claim = kMaxPartsPerClaim - 1;
  const int claims_needed = kMaxReferences / (per_claim + 1) + 1;
  ASSERT_LE(claims_needed, kMaxClaims);
  std::string figures, ids, claims;
  for (int i = 0; i <= per_claim; ++i) {
    absl::StrAppend(&figures, i ? "," : "", "{\"id\":\"f", i,
                    "\",\"text\":\"1\"}");
  }
  for (int i = 1; i <= per_claim; ++i)
    absl::StrAppend(&ids, i > 1 ? "," : "", "\"f", i, "\"");
  for (int c = 0; c < claims_needed; ++c) {
    absl::StrAppend(&claims, c ? "," : "", "{\"id\":\"c", c,
                    "\",\"count\":{\"countId\":\"f0\",\"itemIds\":[", ids,
                    "]}}");
  }
  EXPECT_THAT(Violations(absl::StrCat("{\"figures\":[", figures,
                                      "],\"claims\":[", claims, "]}")),
              ElementsAre("claims TOO_MANY_REFERENCES"));
}

TEST(Limits, AThousandViolationsListTheFirstHundredAndCountAll) {
  std::string figures;
  for (int i = 0; i < 1000; ++i)
    absl::StrAppend(&figures, i ? "," : "", "{\"id\":\"f", i,
                    "\",\"text\":\"NaN\"}");
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(absl::StrCat("{\"figures\":[", figures, "]}")));
  ASSERT_THAT(response, StatusIs(absl::StatusCode::kInvalidArgument,
                                 HasSubstr("(and 999 more problems)")));
  EXPECT_THAT(BadRequestOf(response.status()).field_violations(),
              SizeIs(kMaxViolations));
  EXPECT_EQ(ErrorInfoOf(response.status()).metadata().at("violations"), "1000");
}

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

// Strange numbers that do read, to the right verdict.
INSTANTIATE_TEST_SUITE_P(
    StrangeButReadable, ClaimTest,
    ::testing::Values(
        ClaimCase{
            "MinusZeroIsZero",
            Claim(
                Figures({"z:-0:c", "a:7:c", "t:7:c"}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"z\"},"
                "{\"figureId\":\"a\"}]}"),
            kOk, "", ""},
        ClaimCase{
            "FortyDigitsAddUpExactly",
            Claim(
                Figures({absl::StrCat("a:", std::string(39, '9'),
                                      ":c:ROUNDING_MODE_EXACT"),
                         "b:1:c:ROUNDING_MODE_EXACT",
                         absl::StrCat("t:1", std::string(39, '0'),
                                      ":c:ROUNDING_MODE_EXACT")}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"figureId\":\"b\"}]}"),
            kOk, "", ""},
        ClaimCase{
            "FortyDigitsOffByOne",
            Claim(
                Figures({absl::StrCat("a:", std::string(39, '9'),
                                      ":c:ROUNDING_MODE_EXACT"),
                         "b:2:c:ROUNDING_MODE_EXACT",
                         absl::StrCat("t:1", std::string(39, '0'),
                                      ":c:ROUNDING_MODE_EXACT")}),
                "\"total\":{\"totalId\":\"t\",\"parts\":[{\"figureId\":\"a\"},"
                "{\"figureId\":\"b\"}]}"),
            kError, "total.sum_mismatch", "1 over"},
        // Found by the engine fuzzer: a base of zero people divided by zero.
        ClaimCase{"SixtyThreePercentOfNobody",
                  Claim(Figures({"n:0:c", "p:63%:p"}),
                        "\"share\":{\"baseId\":\"n\",\"percentId\":\"p\"}"),
                  kError, "share.unattainable", "out of 0 is 63%"},
        ClaimCase{"PercentAboveHundredInAShare",
                  Claim(Figures({"a:10:c", "b:20:c", "p:130%:p"}),
                        "\"share\":{\"partId\":\"a\",\"baseId\":\"b\","
                        "\"percentId\":\"p\"}"),
                  kError, "share.percent_out_of_range",
                  "lies from 0 to 100 percent"}),
    CaseName);

TEST(Deadline, APassedDeadlineStopsBeforeAnyClaim) {
  CheckOptions options;
  options.deadline = absl::Now() - absl::Seconds(1);
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(SlowRequest(1), options);
  EXPECT_THAT(response, StatusIs(absl::StatusCode::kDeadlineExceeded,
                                 HasSubstr("after 0 of 1 claims")));
  EXPECT_EQ(ErrorInfoOf(response.status()).reason(), "DEADLINE_EXCEEDED");
}

// The first slow claim's search takes a few hundred milliseconds in a test
// build: a deadline 20 ms away passes within it and stops that search, not
// the loop between claims. (200 ms was once a tenth of that search; the
// search got faster and the deadline sometimes passed between claims.)
TEST(Deadline, ASlowSearchStopsWithinItsClaimWhenTheDeadlinePasses) {
  CheckOptions options;
  options.deadline = absl::Now() + absl::Milliseconds(20);
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(SlowRequest(20), options);
  EXPECT_THAT(response, StatusIs(absl::StatusCode::kDeadlineExceeded,
                                 HasSubstr("after 0 of 20 claims")));
}

// The same without the clock: the caller cancels from the third time it is
// asked (after the check's start and the first claim's start, so within
// that claim's search), and the check stops there, with no claim checked.
TEST(Deadline, ACancelDuringTheFirstSearchStopsWithinThatClaim) {
  int asked = 0;
  CheckOptions options;
  options.cancelled = [&asked] { return ++asked >= 3; };
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(SlowRequest(20), options);
  EXPECT_THAT(response, StatusIs(absl::StatusCode::kCancelled));
  EXPECT_EQ(ErrorInfoOf(response.status()).metadata().at("claims_checked"),
            "0");
  EXPECT_EQ(asked, 3);
}

TEST(Deadline, ACancelledCallerStopsTheCheck) {
  CheckOptions options;
  options.cancelled = [] { return true; };
  EXPECT_THAT(CheckClaims(SlowRequest(1), options),
              StatusIs(absl::StatusCode::kCancelled));
}

TEST(WorkBudget, AClaimCutShortIsNotCheckableNeverConsistent) {
  CheckOptions options;
  options.work_budget = 1000;
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(SlowRequest(2), options);
  ASSERT_THAT(response, IsOk());
  for (const v1::ClaimResult& result : response->results()) {
    EXPECT_EQ(result.verdict(), v1::VERDICT_NOT_CHECKABLE);
    ASSERT_THAT(result.discrepancies(), SizeIs(1));
    EXPECT_EQ(result.discrepancies(0).code(), "share.undecided");
  }
}

}  // namespace
}  // namespace claimcheck
