// A strict reader of the Prometheus text exposition format 0.0.4, for tests
// that scrape /metrics: it refuses any line a Prometheus server would not
// take, so a test that reads a scrape also checks its format.
//
//   absl::StatusOr<Scrape> scrape = ParsePrometheusText(body);
//   ASSERT_TRUE(scrape.ok()) << scrape.status();  // names the bad line
//   double ok = scrape->Value("claimcheck_calls_total",
//                             {{"method", "CheckClaims"}, {"code", "OK"}});
//
// Checked: HELP and TYPE lines (TYPE at most once per family, before its
// samples), metric and label names, quoted label values with \\ \" \n
// escapes only, no label given twice, numeric values (+Inf, -Inf, NaN too),
// samples of a family together, and for each histogram series: buckets with
// increasing `le`, cumulative counts, a +Inf bucket equal to _count, and a
// _sum.
#ifndef CLAIMCHECK_TESTS_PROMETHEUS_TEXT_H_
#define CLAIMCHECK_TESTS_PROMETHEUS_TEXT_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

struct Sample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

struct Scrape {
  // Family name -> "counter", "gauge", "histogram", "summary", "untyped".
  std::map<std::string, std::string> types;
  std::vector<Sample> samples;

  // The sum of the samples named `name` whose labels include all of
  // `labels` (0 when none match).
  double Value(absl::string_view name,
               const std::map<std::string, std::string>& labels = {}) const;
};

absl::StatusOr<Scrape> ParsePrometheusText(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_PROMETHEUS_TEXT_H_
