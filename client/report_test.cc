#include "client/report.h"

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include <string>

#include "absl/status/status.h"
#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

template <typename Message>
Message Parse(const std::string& text) {
  Message message;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &message))
      << text;
  return message;
}

struct TextCase {
  std::string name;
  // A CheckClaimsResponse in text format.
  std::string response;
  std::string report;
};

class RenderTextTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(RenderTextTest, RendersLikeACompiler) {
  EXPECT_EQ(RenderReport("ice.json",
                         Parse<v1::CheckClaimsResponse>(GetParam().response),
                         ReportFormat::kText),
            GetParam().report);
}

INSTANTIATE_TEST_SUITE_P(
    Article, RenderTextTest,
    ::testing::Values(
        TextCase{
            "ConsistentArticleIsANote",
            R"pb(
              results { claim_id: "sum" verdict: VERDICT_CONSISTENT }
              summary { claims: 1 consistent: 1 }
              article {
                verdict: VERDICT_CONSISTENT
                code: "article.consistent"
                message: "The one claim checked can hold."
                unchecked_claim_ids: "rise"
              }
            )pb",
            "ice.json: article: note: The one claim checked can hold.\n"
            "  left to their own verdicts: rise\n"
            "1 claim: 1 consistent, 0 errors, 0 warnings, 0 not checkable\n"},
        TextCase{
            "ConflictAndSuspectsBeforeTheSummary",
            R"pb(
              summary { claims: 2 consistent: 2 }
              article {
                verdict: VERDICT_ERROR
                code: "article.conflict"
                message: "The 2 claims checked together cannot all hold."
                conflicts {
                  claim_ids: "total"
                  claim_ids: "share"
                  message: "No."
                }
                suspects {
                  correction {
                    figure_id: "denver"
                    printed_text: "36"
                    corrected_text: "63"
                    cause: CAUSE_DIGITS_TRANSPOSED
                    explanation: "36 may be 63"
                  }
                  confidence: CONFIDENCE_HIGH
                }
                suspects {
                  correction {
                    figure_id: "k"
                    printed_text: "25 percent"
                    corrected_text: "25 percent"
                    cause: CAUSE_DIRECTION_REVERSED
                    explanation: "a fall"
                  }
                  confidence: CONFIDENCE_LOW
                  claim_id: "rise"
                }
                confidence_reason: "Only one."
                undecided_reason: "Ran out."
              }
            )pb",
            "ice.json: article: error: The 2 claims checked together cannot "
            "all hold. "
            "[article.conflict]\n"
            "  conflict 1: No.\n"
            "  (there may be more conflicting sets)\n"
            "  suspect 1: denver \"36\" should be \"63\": 36 may be 63 (digits "
            "transposed; confidence high)\n"
            "  suspect 2: k \"25 percent\" (wording of claim rise): a fall "
            "(direction "
            "reversed; confidence low)\n"
            "  ranking: Only one.\n"
            "  undecided: Ran out.\n"
            "2 claims: 2 consistent, 0 errors, 0 warnings, 0 not checkable\n"}),
    [](const auto& info) { return info.param.name; });

INSTANTIATE_TEST_SUITE_P(
    Table, RenderTextTest,
    ::testing::Values(
        TextCase{"AllConsistentIsOneSummaryLine",
                 R"pb(
                   results { claim_id: "sum" verdict: VERDICT_CONSISTENT }
                   results { claim_id: "count" verdict: VERDICT_CONSISTENT }
                   summary { claims: 2 consistent: 2 }
                 )pb",
                 "2 claims: 2 consistent, 0 errors, 0 warnings, "
                 "0 not checkable\n"},
        TextCase{
            "ErrorWithEverythingSet",
            R"pb(
              results {
                claim_id: "total"
                verdict: VERDICT_ERROR
                discrepancies {
                  severity: SEVERITY_ERROR
                  code: "total.sum_mismatch"
                  message: "The 11 regional figures add up to 471, but the total is given as 498: 27 short."
                  figures {
                    id: "denver"
                    text: "36"
                    label: "Denver"
                    span { start: 310 end: 312 quote: "36" }
                    interval { text: "35.5 to 36.5" }
                  }
                  figures {
                    id: "nationwide"
                    text: "498"
                    interval { text: "497.5 to 498.5" }
                  }
                  figures {
                    id: "sf"
                    text: "six"
                    interval { text: "6" }
                  }
                  figures {
                    id: "la"
                    text: "101"
                    interval { text: "101" }
                  }
                  stated { text: "498" }
                  implied { text: "471" }
                  gap: "27"
                  gap_percent: "5.7"
                  cause: CAUSE_DIGITS_TRANSPOSED
                  corrections {
                    figure_id: "denver"
                    printed_text: "36"
                    corrected_text: "63"
                    explanation: "36 may be 63 with its digits swapped"
                  }
                }
              }
              summary { claims: 1 errors: 1 }
            )pb",
            "ice.json: claim total: error: The 11 regional figures add up "
            "to 471, but the total is given as 498: 27 short. "
            "[total.sum_mismatch]\n"
            "  figure denver \"36\" (Denver) chars 310-312: 35.5 to 36.5\n"
            "  figure nationwide \"498\": 497.5 to 498.5\n"
            "  figure sf \"six\": 6\n"
            "  figure la \"101\"\n"
            "  stated: 498; implied: 471; gap: 27 (5.7%)\n"
            "  likely cause: digits transposed\n"
            "  correction: denver \"36\" should be \"63\": 36 may be 63 "
            "with its digits swapped\n"
            "1 claim: 0 consistent, 1 error, 0 warnings, "
            "0 not checkable\n"},
        TextCase{"ImpliedValueIsANote",
                 R"pb(
                   results {
                     claim_id: "share"
                     verdict: VERDICT_CONSISTENT
                     implied_values {
                       role: "part"
                       description: "the part (63 percent of 498)"
                       range { text: "312 to 316" }
                     }
                     implied_values {
                       role: "base"
                       range {
                         lower { value: "10" }
                         upper { value: "20" }
                       }
                     }
                   }
                   summary { claims: 1 consistent: 1 }
                 )pb",
                 "ice.json: claim share: note: the part (63 percent of 498) is "
                 "312 to 316\n"
                 "ice.json: claim share: note: the base is 10 to 20\n"
                 "1 claim: 1 consistent, 0 errors, 0 warnings, "
                 "0 not checkable\n"},
        TextCase{"ArticleImpliesTheUnprintedQuantities",
                 R"pb(
                   summary { claims: 2 consistent: 2 }
                   article {
                     verdict: VERDICT_CONSISTENT
                     message: "The 2 claims can all hold together."
                     implied_values {
                       role: "quantity"
                       description: "last year's jobs"
                       range { text: "14,118 to 16,000" }
                       quantity_id: "before"
                     }
                     implied_values {
                       role: "quantity"
                       range { lower { value: "3" } }
                       quantity_id: "n"
                     }
                   }
                 )pb",
                 "ice.json: article: note: The 2 claims can all hold "
                 "together.\n"
                 "  implied: last year's jobs is 14,118 to 16,000\n"
                 "  implied: n is at least 3\n"
                 "2 claims: 2 consistent, 0 errors, 0 warnings, "
                 "0 not checkable\n"},
        TextCase{
            "NotCheckableSaysWhatIsMissing",
            R"pb(
              results {
                claim_id: "climb"
                verdict: VERDICT_NOT_CHECKABLE
                discrepancies {
                  severity: SEVERITY_NOT_CHECKABLE
                  code: "change.missing_endpoints"
                  message: "A rise of 37 percent can only be checked with its two endpoints."
                  missing: "from"
                  missing: "to"
                }
              }
              summary { claims: 1 not_checkable: 1 }
            )pb",
            "ice.json: claim climb: not checkable: A rise of 37 percent "
            "can only be checked with its two endpoints. "
            "[change.missing_endpoints]\n"
            "  missing: from, to\n"
            "1 claim: 0 consistent, 0 errors, 0 warnings, "
            "1 not checkable\n"},
        TextCase{"WarningWithoutCode",
                 R"pb(
                   results {
                     claim_id: "pp"
                     verdict: VERDICT_WARNING
                     discrepancies {
                       severity: SEVERITY_WARNING
                       message: "Holds only if percent meant percentage points."
                       cause: CAUSE_PERCENT_VS_POINTS
                     }
                   }
                   summary { claims: 1 warnings: 1 }
                 )pb",
                 "ice.json: claim pp: warning: Holds only if percent meant "
                 "percentage points.\n"
                 "  likely cause: percent and percentage points confused\n"
                 "1 claim: 0 consistent, 0 errors, 1 warning, "
                 "0 not checkable\n"},
        TextCase{"VerdictWithoutDiscrepancyIsStillShown",
                 R"pb(
                   results { claim_id: "a" verdict: VERDICT_NOT_CHECKABLE }
                   results { claim_id: "b" verdict: VERDICT_CONSISTENT }
                   summary { claims: 2 consistent: 1 not_checkable: 1 }
                 )pb",
                 "ice.json: claim a: not checkable\n"
                 "2 claims: 1 consistent, 0 errors, 0 warnings, "
                 "1 not checkable\n"},
        TextCase{"EmptyResponse", "",
                 "0 claims: 0 consistent, 0 errors, 0 warnings, "
                 "0 not checkable\n"}),
    [](const auto& info) { return info.param.name; });

TEST(RenderJsonTest, ParsesBackToTheSameResponse) {
  const auto response = Parse<v1::CheckClaimsResponse>(R"pb(
    article_id: "ice"
    results {
      claim_id: "share"
      verdict: VERDICT_CONSISTENT
      implied_values {
        role: "part"
        range { text: "312 to 316" }
      }
    }
    summary { claims: 1 consistent: 1 }
  )pb");
  const std::string json =
      RenderReport("ice.json", response, ReportFormat::kJson);

  v1::CheckClaimsResponse parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &parsed).ok())
      << json;
  EXPECT_TRUE(
      google::protobuf::util::MessageDifferencer::Equals(parsed, response))
      << json;
}

TEST(RenderJsonTest, PrintsZerosEnumNamesAndCamelCase) {
  const auto response = Parse<v1::CheckClaimsResponse>(R"pb(
    results { claim_id: "sum" verdict: VERDICT_CONSISTENT }
    summary { claims: 1 consistent: 1 }
  )pb");
  const std::string json =
      RenderReport("ice.json", response, ReportFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"notCheckable\": 0"));
  EXPECT_THAT(json, HasSubstr("\"errors\": 0"));
  EXPECT_THAT(json, HasSubstr("\"verdict\": \"VERDICT_CONSISTENT\""));
  EXPECT_THAT(json, HasSubstr("\"discrepancies\": []"));
  EXPECT_EQ(json.back(), '\n');
  EXPECT_EQ(json, RenderReport("other.json", response, ReportFormat::kJson));
}

absl::Status TwoViolations() {
  RequestErrors errors;
  errors.Add("claims[0].total.total_id", "UNKNOWN_FIGURE_ID",
             "no figure has the id \"nationwide\"");
  errors.Add("figures[2].text", "UNPARSABLE_NUMBER", "\"4o\" is not a number");
  return errors.ToStatus();
}

TEST(RenderInvalidRequestTest, TextListsEachFieldViolation) {
  EXPECT_EQ(
      RenderInvalidRequest("ice.json", TwoViolations(), ReportFormat::kText),
      "ice.json: claims[0].total.total_id: no figure has the id "
      "\"nationwide\" [UNKNOWN_FIGURE_ID]\n"
      "ice.json: figures[2].text: \"4o\" is not a number "
      "[UNPARSABLE_NUMBER]\n"
      "2 problems in the request; nothing was checked\n");
}

TEST(RenderInvalidRequestTest, TextCountsEveryProblemNotOnlyThoseListed) {
  RequestErrors errors;
  for (int i = 0; i < 150; ++i) {
    errors.Add(absl::StrCat("figures[", i, "].text"), "UNPARSABLE_NUMBER",
               "\"x\" is not a number");
  }
  const std::string report =
      RenderInvalidRequest("big.json", errors.ToStatus(), ReportFormat::kText);
  EXPECT_THAT(report,
              HasSubstr("\n150 problems in the request (the first 100 are "
                        "listed); nothing was checked\n"));
  EXPECT_THAT(report, HasSubstr("figures[99].text"));
  EXPECT_THAT(report, Not(HasSubstr("figures[100].text")));
}

TEST(RenderInvalidRequestTest, TextWithoutViolationsGivesTheMessage) {
  EXPECT_EQ(
      RenderInvalidRequest("ice.json", absl::ResourceExhaustedError("too big"),
                           ReportFormat::kText),
      "ice.json: error: too big\nthe request was not checked\n");
}

TEST(RenderInvalidRequestTest, JsonIsTheGoogleRpcStatus) {
  const std::string json =
      RenderInvalidRequest("ice.json", TwoViolations(), ReportFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"code\": 3"));
  EXPECT_THAT(
      json,
      HasSubstr("\"@type\": \"type.googleapis.com/google.rpc.BadRequest\""));
  EXPECT_THAT(json, HasSubstr("\"field\": \"claims[0].total.total_id\""));
  EXPECT_THAT(json, HasSubstr("\"reason\": \"UNKNOWN_FIGURE_ID\""));
  EXPECT_THAT(
      json,
      HasSubstr("\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\""));
}

// Map entries come in whatever order the sender's map iterated; the
// report must not depend on it, or the same request renders differently in
// process and through a server.
TEST(RenderInvalidRequestTest, JsonSortsMapKeysWhateverOrderTheyCameIn) {
  google::rpc::ErrorInfo z_first;
  (*z_first.mutable_metadata())["zebra"] = "1";
  google::rpc::ErrorInfo a_second;
  (*a_second.mutable_metadata())["aardvark"] = "2";
  absl::Status status = absl::InvalidArgumentError("bad");
  status.SetPayload(
      kErrorInfoTypeUrl,
      absl::Cord(z_first.SerializeAsString() + a_second.SerializeAsString()));

  const std::string json =
      RenderInvalidRequest("ice.json", status, ReportFormat::kJson);
  const size_t aardvark = json.find("aardvark");
  const size_t zebra = json.find("zebra");
  ASSERT_NE(aardvark, std::string::npos) << json;
  ASSERT_NE(zebra, std::string::npos) << json;
  EXPECT_LT(aardvark, zebra) << json;
}

TEST(RenderInvalidRequestTest, JsonWithoutDetailsHasCodeAndMessage) {
  const std::string json = RenderInvalidRequest(
      "ice.json", absl::InternalError("engine bug"), ReportFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"code\": 13"));
  EXPECT_THAT(json, HasSubstr("\"message\": \"engine bug\""));
}

struct HasErrorsCase {
  std::string name;
  std::string response;
  bool has_errors;
};

class HasErrorsTest : public ::testing::TestWithParam<HasErrorsCase> {};

TEST_P(HasErrorsTest, DecidesExitOne) {
  EXPECT_EQ(HasErrors(Parse<v1::CheckClaimsResponse>(GetParam().response)),
            GetParam().has_errors);
}

INSTANTIATE_TEST_SUITE_P(
    Table, HasErrorsTest,
    ::testing::Values(
        HasErrorsCase{"Empty", "", false},
        HasErrorsCase{"Consistent",
                      "results { verdict: VERDICT_CONSISTENT } "
                      "summary { claims: 1 consistent: 1 }",
                      false},
        HasErrorsCase{"WarningsAndNotCheckable",
                      "results { verdict: VERDICT_WARNING discrepancies { "
                      "severity: SEVERITY_WARNING } } "
                      "results { verdict: VERDICT_NOT_CHECKABLE }",
                      false},
        HasErrorsCase{"ErrorVerdict", "results { verdict: VERDICT_ERROR }",
                      true},
        HasErrorsCase{"ErrorDiscrepancy",
                      "results { verdict: VERDICT_WARNING discrepancies { "
                      "severity: SEVERITY_ERROR } }",
                      true},
        HasErrorsCase{"ErrorCountedInSummary", "summary { errors: 1 }", true},
        // Every claim holds alone, but not all together.
        HasErrorsCase{"ArticleConflict",
                      "results { verdict: VERDICT_CONSISTENT } "
                      "article { verdict: VERDICT_ERROR }",
                      true},
        HasErrorsCase{"ArticleUndecided",
                      "article { verdict: VERDICT_NOT_CHECKABLE }", false}),
    [](const auto& info) { return info.param.name; });

struct RangeCase {
  std::string name;
  std::string range;
  std::string text;
};

class RangeTextTest : public ::testing::TestWithParam<RangeCase> {};

TEST_P(RangeTextTest, SaysItInWords) {
  EXPECT_EQ(RangeText(Parse<v1::Range>(GetParam().range)), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Table, RangeTextTest,
    ::testing::Values(
        RangeCase{"OwnTextWins", R"pb(text: "312 to 316"
                                      lower { value: "312" })pb",
                  "312 to 316"},
        RangeCase{"Closed", R"pb(lower { value: "62.5" }
                                 upper { value: "63.5" })pb",
                  "62.5 to 63.5"},
        RangeCase{"OpenEnds",
                  R"pb(lower { value: "1" exclusive: true }
                       upper { value: "2" exclusive: true })pb",
                  "more than 1 to less than 2"},
        RangeCase{"Point", R"pb(lower { value: "5" }
                                upper { value: "5" })pb",
                  "5"},
        RangeCase{"MoreThan", R"pb(lower { value: "100" exclusive: true })pb",
                  "more than 100"},
        RangeCase{"AtLeast", R"pb(lower { value: "100" })pb", "at least 100"},
        RangeCase{"LessThan", R"pb(upper { value: "7" exclusive: true })pb",
                  "less than 7"},
        RangeCase{"AtMost", R"pb(upper { value: "7" })pb", "at most 7"},
        RangeCase{"Unbounded", "", "any value"}),
    [](const auto& info) { return info.param.name; });

TEST(CauseTextTest, NamesEveryCauseInWords) {
  EXPECT_EQ(CauseText(v1::CAUSE_DIGITS_TRANSPOSED), "digits transposed");
  EXPECT_EQ(CauseText(v1::CAUSE_POWER_OF_TEN), "off by a power of ten");
  for (int cause = v1::Cause_MIN + 1; cause <= v1::Cause_MAX; ++cause) {
    if (!v1::Cause_IsValid(cause)) continue;
    EXPECT_THAT(CauseText(static_cast<v1::Cause>(cause)),
                ::testing::Not(HasSubstr("_")))
        << v1::Cause_Name(static_cast<v1::Cause>(cause));
  }
  EXPECT_EQ(CauseText(static_cast<v1::Cause>(999)), "cause 999");
}

}  // namespace
}  // namespace claimcheck
