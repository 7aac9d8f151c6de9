#include "service/metrics.h"

#include <string>

#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/prometheus_text.h"

namespace claimcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

CallRecord Call(const std::string& transport, absl::StatusCode code,
                absl::Duration duration, int64_t claims) {
  CallRecord call;
  call.transport = transport;
  call.method = "CheckClaims";
  call.code = code;
  call.duration = duration;
  call.claims = claims;
  return call;
}

TEST(MetricsTest, RendersCallsHistogramAndFindingsInTheTextFormat) {
  Metrics metrics;
  v1::CheckClaimsResponse response;
  v1::Discrepancy* d = response.add_results()->add_discrepancies();
  d->set_code("total.sum_mismatch");
  d->set_severity(v1::SEVERITY_ERROR);
  response.mutable_article()->set_verdict(v1::VERDICT_ERROR);
  response.mutable_article()->set_code("article.conflict");

  metrics.CallStarted();
  metrics.CallStarted();
  metrics.CallStarted();
  CallRecord ok = Call("grpc", absl::StatusCode::kOk, absl::Milliseconds(3), 3);
  CountFindings(response, &ok);
  metrics.CallFinished(ok);
  metrics.CallFinished(
      Call("http", absl::StatusCode::kInvalidArgument, absl::Seconds(40), 0));

  absl::StatusOr<Scrape> scrape =
      ParsePrometheusText(metrics.RenderPrometheus());
  ASSERT_TRUE(scrape.ok()) << scrape.status() << "\n"
                           << metrics.RenderPrometheus();
  EXPECT_EQ(scrape->types.at("claimcheck_call_duration_seconds"), "histogram");
  EXPECT_EQ(scrape->Value("claimcheck_calls_total",
                          {{"transport", "grpc"}, {"code", "OK"}}),
            1);
  EXPECT_EQ(
      scrape->Value("claimcheck_calls_total",
                    {{"transport", "http"}, {"code", "INVALID_ARGUMENT"}}),
      1);
  EXPECT_EQ(scrape->Value("claimcheck_call_duration_seconds_bucket",
                          {{"transport", "grpc"}, {"le", "0.005"}}),
            1);
  EXPECT_EQ(scrape->Value("claimcheck_call_duration_seconds_bucket",
                          {{"transport", "grpc"}, {"le", "0.0025"}}),
            0);
  // 40 s is beyond the last bound: only +Inf holds it.
  EXPECT_EQ(scrape->Value("claimcheck_call_duration_seconds_bucket",
                          {{"transport", "http"}, {"le", "30"}}),
            0);
  EXPECT_EQ(scrape->Value("claimcheck_call_duration_seconds_bucket",
                          {{"transport", "http"}, {"le", "+Inf"}}),
            1);
  EXPECT_EQ(scrape->Value("claimcheck_claims_checked_total"), 3);
  EXPECT_EQ(
      scrape->Value("claimcheck_discrepancies_total",
                    {{"code", "total.sum_mismatch"}, {"severity", "error"}}),
      1);
  EXPECT_EQ(
      scrape->Value("claimcheck_discrepancies_total",
                    {{"code", "article.conflict"}, {"severity", "error"}}),
      1);
  EXPECT_EQ(scrape->Value("claimcheck_calls_in_flight"), 1);
}

TEST(MetricsTest, AnEmptyRegistryIsAValidScrape) {
  Metrics metrics;
  absl::StatusOr<Scrape> scrape =
      ParsePrometheusText(metrics.RenderPrometheus());
  ASSERT_TRUE(scrape.ok()) << scrape.status();
  EXPECT_EQ(scrape->Value("claimcheck_calls_in_flight"), 0);
}

TEST(MetricsTest, AccessLogLineHasTheCallAndNothingOfTheArticle) {
  CallRecord call =
      Call("http", absl::StatusCode::kOk, absl::Microseconds(1500), 3);
  call.http_status = 200;
  call.discrepancies[{"total.sum_mismatch", "error"}] = 2;
  const std::string line =
      AccessLogLine(call, absl::FromUnixSeconds(1700000000));
  EXPECT_EQ(line,
            "{\"time\":\"2023-11-14T22:13:20.000Z\",\"transport\":\"http\","
            "\"method\":\"CheckClaims\",\"code\":\"OK\",\"http_status\":200,"
            "\"duration_ms\":1.500,\"claims\":3,\"discrepancies\":2}");
  EXPECT_THAT(AccessLogLine(
                  Call("grpc", absl::StatusCode::kOk, absl::ZeroDuration(), 0),
                  absl::UnixEpoch()),
              Not(HasSubstr("http_status")));
}

struct BadScrape {
  std::string name;
  std::string text;
};

class ParserRefusesTest : public ::testing::TestWithParam<BadScrape> {};

// The parser the integration tests rely on must be able to say no.
TEST_P(ParserRefusesTest, BadExposition) {
  EXPECT_FALSE(ParsePrometheusText(GetParam().text).ok()) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParserRefusesTest,
    ::testing::Values(
        BadScrape{"NoNewline", "a 1"}, BadScrape{"UnquotedLabel", "a{b=c} 1\n"},
        BadScrape{"BadValue", "a one\n"},
        BadScrape{"BadType", "# TYPE a countr\na 1\n"},
        BadScrape{"TypeTwice", "# TYPE a counter\n# TYPE a counter\na 1\n"},
        BadScrape{"Split", "a 1\nb 1\na 2\n"},
        BadScrape{"NotCumulative",
                  "# TYPE h histogram\nh_bucket{le=\"1\"} "
                  "2\nh_bucket{le=\"+Inf\"} 1\n"
                  "h_sum 1\nh_count 1\n"},
        BadScrape{"InfNotCount",
                  "# TYPE h histogram\nh_bucket{le=\"1\"} "
                  "1\nh_bucket{le=\"+Inf\"} 1\n"
                  "h_sum 1\nh_count 2\n"},
        BadScrape{
            "NoInf",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n"}),
    [](const ::testing::TestParamInfo<BadScrape>& info) {
      return info.param.name;
    });

}  // namespace
}  // namespace claimcheck
