#include "service/call_observer.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"
#include "rpc/status_mapping.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kServicePrefix =
    "/claimcheck.v1.ClaimCheckService/";
constexpr absl::string_view kCheckClaims = "CheckClaims";

using grpc::experimental::InterceptionHookPoints;

class CallObserver : public grpc::experimental::Interceptor {
 public:
  CallObserver(absl::string_view method, Metrics* metrics,
               std::ostream* access_log, absl::Mutex* log_mu)
      : metrics_(metrics),
        access_log_(access_log),
        log_mu_(log_mu),
        start_(absl::Now()) {
    call_.transport = "grpc";
    call_.method = std::string(method);
    metrics_->CallStarted();
  }

  // A call cancelled before its status was sent still leaves the gauge.
  ~CallObserver() override {
    if (!finished_) Finish(absl::StatusCode::kCancelled);
  }

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    const bool check = call_.method == kCheckClaims;
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      const auto* metadata = methods->GetRecvInitialMetadata();
      if (metadata != nullptr) {
        auto it = metadata->find(kTransportMetadataKey);
        if (it != metadata->end() &&
            absl::string_view(it->second.data(), it->second.size()) == "http") {
          call_.transport = "http";
        }
      }
    }
    if (check && methods->QueryInterceptionHookPoint(
                     InterceptionHookPoints::POST_RECV_MESSAGE)) {
      if (const void* message = methods->GetRecvMessage()) {
        call_.claims =
            static_cast<const v1::CheckClaimsRequest*>(message)->claims_size();
      }
    }
    if (check && methods->QueryInterceptionHookPoint(
                     InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      if (const void* message = methods->GetSendMessage()) {
        CountFindings(*static_cast<const v1::CheckClaimsResponse*>(message),
                      &call_);
      }
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      Finish(
          static_cast<absl::StatusCode>(methods->GetSendStatus().error_code()));
    }
    methods->Proceed();
  }

 private:
  void Finish(absl::StatusCode code) {
    finished_ = true;
    call_.code = code;
    call_.duration = absl::Now() - start_;
    if (call_.transport == "http") call_.http_status = HttpStatusFromCode(code);
    metrics_->CallFinished(call_);
    if (access_log_ != nullptr) {
      const std::string line = AccessLogLine(call_, absl::Now());
      absl::MutexLock lock(log_mu_);
      *access_log_ << line << std::endl;
    }
  }

  Metrics* const metrics_;
  std::ostream* const access_log_;
  absl::Mutex* const log_mu_;
  const absl::Time start_;
  CallRecord call_;
  bool finished_ = false;
};

class CallObserverFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  CallObserverFactory(Metrics* metrics, std::ostream* access_log)
      : metrics_(metrics), access_log_(access_log) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    absl::string_view method = info->method();
    if (!absl::ConsumePrefix(&method, kServicePrefix)) return nullptr;
    return new CallObserver(method, metrics_, access_log_, &log_mu_);
  }

 private:
  Metrics* const metrics_;
  std::ostream* const access_log_;
  absl::Mutex log_mu_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
MakeCallObserverFactory(Metrics* metrics, std::ostream* access_log) {
  return std::make_unique<CallObserverFactory>(metrics, access_log);
}

}  // namespace claimcheck
