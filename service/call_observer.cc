#include "service/call_observer.h"

#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/proto_buffer_reader.h>

#include <cstdint>
#include <limits>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "google/protobuf/io/coded_stream.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"
#include "rpc/status_mapping.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kServicePrefix =
    "/claimcheck.v1.ClaimCheckService/";
constexpr absl::string_view kCheckClaims = "CheckClaims";
constexpr absl::string_view kCheckText = "CheckText";

// Reads field `number` of the serialized message in `bytes` into `field`,
// skipping the others: a CheckTextResponse's check without reading the
// article's text and the rest of its extraction again.
bool ReadField(const grpc::ByteBuffer& bytes, int number,
               google::protobuf::Message* field) {
  grpc::ByteBuffer shared(bytes);  // shares the slices: no copy
  grpc::ProtoBufferReader reader(&shared);
  google::protobuf::io::CodedInputStream in(&reader);
  in.SetTotalBytesLimit(std::numeric_limits<int>::max());
  while (const uint32_t tag = in.ReadTag()) {
    uint64_t varint = 0;
    uint32_t length = 0;
    switch (tag & 7) {  // the wire type
      case 0:
        if (!in.ReadVarint64(&varint)) return false;
        break;
      case 1:
        if (!in.Skip(8)) return false;
        break;
      case 2:
        if (!in.ReadVarint32(&length)) return false;
        if (static_cast<int>(tag >> 3) == number) {
          const auto limit = in.PushLimit(static_cast<int>(length));
          if (!field->MergeFromCodedStream(&in) ||
              !in.ConsumedEntireMessage()) {
            return false;
          }
          in.PopLimit(limit);
        } else if (!in.Skip(static_cast<int>(length))) {
          return false;
        }
        break;
      case 5:
        if (!in.Skip(4)) return false;
        break;
      default:  // groups: not in proto3
        return false;
    }
  }
  return true;
}

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
    // CheckText is a raw method (claimcheck_service.h): its reply is bytes.
    // What it checked and found are those of the check in it.
    if (call_.method == kCheckText &&
        methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      v1::CheckClaimsResponse checked;
      if (const grpc::ByteBuffer* bytes = methods->GetSerializedSendMessage();
          bytes != nullptr &&
          ReadField(*bytes, v1::CheckTextResponse::kCheckFieldNumber,
                    &checked)) {
        call_.claims = checked.results_size();
        CountFindings(checked, &call_);
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
