#include "service/http_gateway.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <grpcpp/client_context.h>
#include <httplib.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "claimcheck/v1/claimcheck.grpc.pb.h"
#include "engine/reading/limits.h"
#include "engine/reading/request_error.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "rpc/status_mapping.h"
#include "service/bounded_task_queue.h"
#include "service/call_observer.h"
#include "service/web_files.h"

namespace claimcheck {
namespace {

constexpr char kJsonType[] = "application/json";

// The editors' page may load only its own files and talk only to this
// server; it runs no inline script or style, may not be framed, and with
// Trusted Types no string ever becomes markup or script in it.
constexpr char kPagePolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'; "
    "require-trusted-types-for 'script'; trusted-types 'none'";

// Serves the editors' page (web_files.h): index.html at "/", the others
// under their names.
void ServePage(httplib::Server& server) {
  for (const WebFile& file : WebFiles()) {
    const std::string pattern =
        file.name == "index.html"
            ? "/"
            : absl::StrCat("/", absl::StrReplaceAll(file.name, {{".", "\\."}}));
    server.Get(pattern, [file](const httplib::Request&,
                               httplib::Response& res) {
      res.set_header("Content-Security-Policy", kPagePolicy);
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
      res.set_header("Cache-Control", "no-cache");
      res.set_content(std::string(file.body), std::string(file.content_type));
    });
  }
}

// cpp-httplib's queue interface over BoundedTaskQueue: accepting a
// connection waits while the queue is full.
class GatewayTaskQueue : public httplib::TaskQueue {
 public:
  GatewayTaskQueue(size_t threads, size_t max_queued)
      : queue_(threads, max_queued) {}
  void enqueue(std::function<void()> fn) override {
    queue_.Enqueue(std::move(fn));
  }
  void shutdown() override { queue_.Shutdown(); }

 private:
  BoundedTaskQueue queue_;
};

std::string PrintJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(message, &json, options)
           .ok()) {
    return "{}\n";
  }
  return json;
}

void SendError(const grpc::Status& status, httplib::Response& res) {
  res.status =
      HttpStatusFromCode(static_cast<absl::StatusCode>(status.error_code()));
  if (res.status == 401) res.set_header("WWW-Authenticate", "Bearer");
  res.set_content(HttpErrorBody(status), kJsonType);
}

// The status of a body that does not parse as `type` in proto3 JSON. JSON is
// UTF-8: a body that is not gets the byte offset where it stops being, and
// never an echo of those bytes (protobuf's message quotes the input).
absl::Status UnreadableBody(const std::string& body,
                            const google::protobuf::Descriptor& type,
                            absl::string_view parser_message) {
  if (const int64_t at = FirstInvalidUtf8Byte(body); at >= 0) {
    return ErrorWithInfo(
        absl::StatusCode::kInvalidArgument,
        absl::StrCat("the body is not UTF-8, as JSON must be: the bytes at "
                     "offset ",
                     at, " of the body do not form a character"),
        "INVALID_UTF8", {{"offset", absl::StrCat(at)}});
  }
  const bool vowel = absl::StrContains("AEIOU", type.name().front());
  return absl::InvalidArgumentError(
      absl::StrCat("the body is not ", vowel ? "an " : "a ", type.name(),
                   " in proto3 JSON: ", parser_message));
}

// The handler of POST PATH: the body in proto3 JSON is a Request, sent to
// the service by the stub's method `call` (its RPC, over the in-process
// channel); its Response goes back in proto3 JSON, a failure as
// HttpErrorBody. A body that does not parse never reaches the service, so it
// is counted and logged here.
//
// The body is read as JSON whatever its Content-Type: `curl --data` says
// application/x-www-form-urlencoded, and cpp-httplib parses such a body as a
// form and refuses one past 8 KiB with 413 (an article is often longer), so
// the handler reads the body itself (a ContentReader), which it never parses.
using Stub = v1::ClaimCheckService::Stub;

template <typename Request, typename Response>
httplib::Server::HandlerWithContentReader Route(
    std::string method, Metrics* metrics, std::shared_ptr<Stub> stub,
    grpc::Status (Stub::*call)(grpc::ClientContext*, const Request&,
                               Response*)) {
  return [method = std::move(method), metrics, stub = std::move(stub), call](
             const httplib::Request& req, httplib::Response& res,
             const httplib::ContentReader& content) {
    std::string body;
    // A multipart form is left unread: its empty body is refused below.
    if (!req.is_multipart_form_data() &&
        !content([&body](const char* data, size_t length) {
          body.append(data, length);
          return true;
        })) {
      return;  // over the size limit (413, set by cpp-httplib), or cut off
    }
    Request request;
    google::protobuf::util::JsonParseOptions parse;
    parse.ignore_unknown_fields = false;
    if (auto parsed =
            google::protobuf::util::JsonStringToMessage(body, &request, parse);
        !parsed.ok()) {
      const absl::Time start = absl::Now();
      metrics->CallStarted();
      SendError(ToGrpcStatus(UnreadableBody(body, *Request::descriptor(),
                                            std::string(parsed.message()))),
                res);
      CallRecord record;
      record.transport = "http";
      record.method = method;
      record.code = absl::StatusCode::kInvalidArgument;
      record.http_status = res.status;
      record.duration = absl::Now() - start;
      metrics->CallFinished(record);
      std::cerr << AccessLogLine(record, absl::Now()) << std::endl;
      return;
    }
    grpc::ClientContext context;
    context.AddMetadata(kTransportMetadataKey, "http");
    if (req.has_header("Authorization")) {
      context.AddMetadata("authorization",
                          req.get_header_value("Authorization"));
    }
    Response response;
    grpc::Status status = ((*stub).*call)(&context, request, &response);
    if (!status.ok()) {
      SendError(status, res);
      return;
    }
    res.status = 200;
    res.set_content(PrintJson(response), kJsonType);
  };
}

}  // namespace

std::string HttpErrorBody(const grpc::Status& status) {
  const auto code = static_cast<absl::StatusCode>(status.error_code());
  // Google's HTTP APIs answer {"error": {code, status, message, details}}:
  // the details are the google.rpc.Status ones in proto3 JSON (each Any with
  // its "@type"), cut out of the printed Status so keys keep their order.
  std::string details = "[]";
  google::rpc::Status parsed;
  if (!status.error_details().empty() &&
      parsed.ParseFromString(status.error_details()) &&
      parsed.details_size() > 0) {
    parsed.clear_code();
    parsed.clear_message();
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    if (google::protobuf::util::MessageToJsonString(parsed, &json, options)
            .ok()) {
      absl::string_view list = json;
      if (absl::ConsumePrefix(&list, "{\n \"details\": ") &&
          absl::ConsumeSuffix(&list, "\n}\n")) {
        details = absl::StrReplaceAll(list, {{"\n", "\n "}});
      }
    }
  }
  google::protobuf::Value message;
  message.set_string_value(status.error_message());
  std::string message_json;
  if (!google::protobuf::util::MessageToJsonString(message, &message_json)
           .ok()) {
    message_json = "\"\"";
  }
  return absl::StrCat(
      "{\n \"error\": {\n  \"code\": ", HttpStatusFromCode(code),
      ",\n  \"status\": \"", StatusCodeName(code),
      "\",\n  \"message\": ", message_json, ",\n  \"details\": ", details,
      "\n }\n}\n");
}

absl::StatusOr<std::unique_ptr<HttpGateway>> HttpGateway::Start(
    const HttpGatewayOptions& options, std::shared_ptr<grpc::Channel> channel,
    Metrics* metrics) {
  std::unique_ptr<HttpGateway> gateway(new HttpGateway());
  if (!options.tls_cert_file.empty() || !options.tls_key_file.empty()) {
    auto server = std::make_unique<httplib::SSLServer>(
        options.tls_cert_file.c_str(), options.tls_key_file.c_str());
    if (!server->is_valid()) {
      return absl::InvalidArgumentError(
          absl::StrCat("HTTPS: cannot load ", options.tls_cert_file, " and ",
                       options.tls_key_file));
    }
    gateway->server_ = std::move(server);
  } else {
    gateway->server_ = std::make_unique<httplib::Server>();
  }
  httplib::Server& server = *gateway->server_;
  const int threads = options.threads;
  const int queued = options.max_queued_connections;
  server.new_task_queue = [threads, queued] {
    return new GatewayTaskQueue(threads, queued);
  };
  server.set_payload_max_length(options.max_body_bytes);

  auto stub = std::shared_ptr<Stub>(v1::ClaimCheckService::NewStub(channel));
  server.Post("/v1/claims:check",
              Route("CheckClaims", metrics, stub, &Stub::CheckClaims));
  server.Post("/v1/text:extract",
              Route("ExtractClaims", metrics, stub, &Stub::ExtractClaims));
  server.Post("/v1/text:check",
              Route("CheckText", metrics, stub, &Stub::CheckText));
  HttpGateway* self = gateway.get();
  server.Get("/healthz",
             [self](const httplib::Request&, httplib::Response& res) {
               const bool serving = self->serving_;
               res.status = serving ? 200 : 503;
               res.set_content(serving ? "{\"status\":\"SERVING\"}\n"
                                       : "{\"status\":\"NOT_SERVING\"}\n",
                               kJsonType);
             });
  if (options.editors_page) ServePage(server);
  server.Get("/metrics",
             [metrics](const httplib::Request&, httplib::Response& res) {
               res.set_content(metrics->RenderPrometheus(),
                               "text/plain; version=0.0.4; charset=utf-8");
             });

  const int port =
      options.port == 0
          ? server.bind_to_any_port(options.address)
          : (server.bind_to_port(options.address, options.port) ? options.port
                                                                : -1);
  if (port <= 0) {
    return absl::UnavailableError(absl::StrCat(
        "HTTP: cannot listen on ", options.address, ":", options.port,
        " (is the port in use, or the address not on this machine?)"));
  }
  gateway->port_ = port;
  httplib::Server* listening = &server;
  gateway->thread_ =
      std::thread([listening] { listening->listen_after_bind(); });
  // stop() only reaches a server that is already running.
  const absl::Time limit = absl::Now() + absl::Seconds(10);
  while (!server.is_running() && absl::Now() < limit) {
    absl::SleepFor(absl::Milliseconds(1));
  }
  return gateway;
}

HttpGateway::~HttpGateway() { Stop(); }

void HttpGateway::Stop() {
  if (stopped_) return;
  stopped_ = true;
  serving_ = false;
  server_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace claimcheck
