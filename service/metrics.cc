#include "service/metrics.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace claimcheck {
namespace {

std::string SeverityName(v1::Severity severity) {
  return absl::AsciiStrToLower(
      absl::StripPrefix(v1::Severity_Name(severity), "SEVERITY_"));
}

void Count(const google::protobuf::RepeatedPtrField<v1::Discrepancy>& found,
           CallRecord* call) {
  for (const v1::Discrepancy& d : found) {
    ++call->discrepancies[{d.code(), SeverityName(d.severity())}];
  }
}

// A label value as the exposition format quotes it.
std::string LabelValue(absl::string_view value) {
  return absl::StrCat(
      "\"",
      absl::StrReplaceAll(value,
                          {{"\\", "\\\\"}, {"\"", "\\\""}, {"\n", "\\n"}}),
      "\"");
}

std::string JsonString(absl::string_view value) {
  std::string out = "\"";
  for (unsigned char c : value) {
    if (c == '"' || c == '\\') {
      absl::StrAppend(&out, "\\", std::string(1, c));
    } else if (c < 0x20) {
      absl::StrAppend(&out, absl::StrFormat("\\u%04x", c));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out + "\"";
}

// A sum of seconds to the nanosecond (bucket bounds are short: absl::StrCat).
std::string Float(double value) { return absl::StrFormat("%.9g", value); }

}  // namespace

int64_t CallRecord::discrepancy_count() const {
  int64_t total = 0;
  for (const auto& [key, n] : discrepancies) total += n;
  return total;
}

void CountFindings(const v1::CheckClaimsResponse& response, CallRecord* call) {
  for (const v1::ClaimResult& result : response.results()) {
    Count(result.discrepancies(), call);
  }
  if (response.has_article() &&
      response.article().verdict() != v1::VERDICT_CONSISTENT &&
      response.article().verdict() != v1::VERDICT_UNSPECIFIED &&
      !response.article().code().empty()) {
    const v1::Verdict verdict = response.article().verdict();
    const std::string severity = verdict == v1::VERDICT_ERROR ? "error"
                                 : verdict == v1::VERDICT_WARNING
                                     ? "warning"
                                     : "not_checkable";
    ++call->discrepancies[{response.article().code(), severity}];
  }
}

std::string StatusCodeName(absl::StatusCode code) {
  return absl::StatusCodeToString(code);
}

std::string AccessLogLine(const CallRecord& call, absl::Time now) {
  std::vector<std::string> fields = {
      absl::StrCat("\"time\":",
                   JsonString(absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ", now,
                                               absl::UTCTimeZone()))),
      absl::StrCat("\"transport\":", JsonString(call.transport)),
      absl::StrCat("\"method\":", JsonString(call.method)),
      absl::StrCat("\"code\":", JsonString(StatusCodeName(call.code))),
  };
  if (call.http_status != 0) {
    fields.push_back(absl::StrCat("\"http_status\":", call.http_status));
  }
  fields.push_back(absl::StrFormat("\"duration_ms\":%.3f",
                                   absl::ToDoubleMilliseconds(call.duration)));
  fields.push_back(absl::StrCat("\"claims\":", call.claims));
  fields.push_back(
      absl::StrCat("\"discrepancies\":", call.discrepancy_count()));
  return absl::StrCat("{", absl::StrJoin(fields, ","), "}");
}

void Metrics::CallStarted() {
  absl::MutexLock lock(&mu_);
  ++in_flight_;
}

void Metrics::CallFinished(const CallRecord& call) {
  absl::MutexLock lock(&mu_);
  --in_flight_;
  ++calls_[{call.transport, call.method, StatusCodeName(call.code)}];
  Histogram& h = durations_[{call.transport, call.method}];
  const double seconds = absl::ToDoubleSeconds(call.duration);
  for (size_t i = 0; i < kDurationBuckets.size(); ++i) {
    if (seconds <= kDurationBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
  claims_[call.transport] += call.claims;
  for (const auto& [key, n] : call.discrepancies) discrepancies_[key] += n;
}

std::string Metrics::RenderPrometheus() const {
  absl::MutexLock lock(&mu_);
  std::string out;
  absl::StrAppend(&out,
                  "# HELP claimcheck_calls_total Calls finished, by transport, "
                  "method and gRPC status code.\n"
                  "# TYPE claimcheck_calls_total counter\n");
  for (const auto& [key, n] : calls_) {
    const auto& [transport, method, code] = key;
    absl::StrAppend(&out,
                    "claimcheck_calls_total{transport=", LabelValue(transport),
                    ",method=", LabelValue(method), ",code=", LabelValue(code),
                    "} ", n, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP claimcheck_call_duration_seconds Time from a call's "
                  "arrival to its status.\n"
                  "# TYPE claimcheck_call_duration_seconds histogram\n");
  for (const auto& [key, h] : durations_) {
    const std::string labels = absl::StrCat("transport=", LabelValue(key.first),
                                            ",method=", LabelValue(key.second));
    int64_t cumulative = 0;
    for (size_t i = 0; i < kDurationBuckets.size(); ++i) {
      cumulative += h.buckets[i];
      absl::StrAppend(&out, "claimcheck_call_duration_seconds_bucket{", labels,
                      ",le=", LabelValue(absl::StrCat(kDurationBuckets[i])),
                      "} ", cumulative, "\n");
    }
    absl::StrAppend(&out, "claimcheck_call_duration_seconds_bucket{", labels,
                    ",le=\"+Inf\"} ", h.count, "\n",
                    "claimcheck_call_duration_seconds_sum{", labels, "} ",
                    Float(h.sum), "\n",
                    "claimcheck_call_duration_seconds_count{", labels, "} ",
                    h.count, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP claimcheck_claims_checked_total Claims in the "
                  "requests of finished calls.\n"
                  "# TYPE claimcheck_claims_checked_total counter\n");
  for (const auto& [transport, n] : claims_) {
    absl::StrAppend(&out, "claimcheck_claims_checked_total{transport=",
                    LabelValue(transport), "} ", n, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP claimcheck_discrepancies_total Discrepancies found, "
                  "by check code and severity.\n"
                  "# TYPE claimcheck_discrepancies_total counter\n");
  for (const auto& [key, n] : discrepancies_) {
    absl::StrAppend(
        &out, "claimcheck_discrepancies_total{code=", LabelValue(key.first),
        ",severity=", LabelValue(key.second), "} ", n, "\n");
  }
  absl::StrAppend(&out,
                  "# HELP claimcheck_calls_in_flight Calls started and not "
                  "finished.\n"
                  "# TYPE claimcheck_calls_in_flight gauge\n"
                  "claimcheck_calls_in_flight ",
                  in_flight_, "\n");
  return out;
}

}  // namespace claimcheck
