// Call metrics and the access log, shared by the gRPC service and the
// HTTP/JSON gateway: every call is recorded here once, whichever way it came.
//
//   Metrics metrics;
//   metrics.CallStarted();
//   ...
//   CallRecord call;
//   call.transport = "http";
//   call.method = "CheckClaims";
//   call.duration = elapsed;          // code kOk by default
//   CountFindings(response, &call);   // claims, discrepancies by code
//   metrics.CallFinished(call);       // counters, histogram, in-flight - 1
//   std::cerr << AccessLogLine(call, absl::Now()) << "\n";
//   std::string text = metrics.RenderPrometheus();  // GET /metrics
//
// RenderPrometheus writes the Prometheus text exposition format 0.0.4
// (https://prometheus.io/docs/instrumenting/exposition_formats/):
//
//   claimcheck_calls_total{transport="grpc",method="CheckClaims",code="OK"} 3
//   claimcheck_call_duration_seconds_bucket{transport="grpc",method="CheckClaims",le="0.005"}
//   1
//   ...
//   claimcheck_claims_checked_total{transport="grpc"} 33
//   claimcheck_discrepancies_total{code="total.sum_mismatch",severity="error"}
//   1 claimcheck_calls_in_flight 0
//
// Debian packages no C++ Prometheus client, and the format is a few lines of
// text, so it is written here. Nothing an article says (its text, labels or
// figures) reaches a metric label or the access log: only check codes, which
// come from the engine's fixed list.
#ifndef CLAIMCHECK_SERVICE_METRICS_H_
#define CLAIMCHECK_SERVICE_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// One finished call, as the metrics and the access log see it.
struct CallRecord {
  // "grpc" or "http".
  std::string transport;
  // The RPC's short name, such as "CheckClaims".
  std::string method;
  absl::StatusCode code = absl::StatusCode::kOk;
  // The HTTP status sent, for calls over HTTP; 0 for gRPC.
  int http_status = 0;
  absl::Duration duration;
  // Claims checked: those of a CheckClaims request (0 when it could not be
  // read), those CheckText checked; 0 for ExtractClaims.
  int64_t claims = 0;
  // Discrepancies in the response, by (check code, severity name).
  std::map<std::pair<std::string, std::string>, int64_t> discrepancies;

  int64_t discrepancy_count() const;
};

// Adds the discrepancies of `response` (of its claims and of the article as a
// whole) to `call`. Severity names are "error", "warning", "not_checkable".
void CountFindings(const v1::CheckClaimsResponse& response, CallRecord* call);

// The canonical name of `code` as gRPC spells it: "OK", "INVALID_ARGUMENT".
std::string StatusCodeName(absl::StatusCode code);

// One line of JSON without a newline: time (RFC 3339, UTC), transport,
// method, code, http_status (HTTP only), duration_ms, claims, discrepancies.
std::string AccessLogLine(const CallRecord& call, absl::Time now);

// Thread-safe.
class Metrics {
 public:
  // Upper bounds of the latency histogram's buckets, in seconds (+Inf is
  // added when rendering).
  static constexpr std::array<double, 12> kDurationBuckets = {
      0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30};

  Metrics() = default;
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  void CallStarted();
  // Counts `call` and takes it out of the in-flight gauge.
  void CallFinished(const CallRecord& call);

  std::string RenderPrometheus() const;

 private:
  struct Histogram {
    std::array<int64_t, kDurationBuckets.size()> buckets{};  // not cumulative
    int64_t count = 0;
    double sum = 0;
  };
  using CallKey = std::tuple<std::string, std::string, std::string>;

  mutable absl::Mutex mu_;
  // (transport, method, code name) -> calls.
  std::map<CallKey, int64_t> calls_ ABSL_GUARDED_BY(mu_);
  // (transport, method) -> durations.
  std::map<std::pair<std::string, std::string>, Histogram> durations_
      ABSL_GUARDED_BY(mu_);
  std::map<std::string, int64_t> claims_ ABSL_GUARDED_BY(mu_);  // by transport
  std::map<std::pair<std::string, std::string>, int64_t> discrepancies_
      ABSL_GUARDED_BY(mu_);
  int64_t in_flight_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_METRICS_H_
