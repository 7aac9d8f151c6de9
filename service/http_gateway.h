// The HTTP/JSON face of the same server process (off unless
// ServerOptions::http_port is set): webhooks and CMS plugins that cannot
// speak gRPC POST the request's proto3 JSON and get the response's.
//
//   POST /v1/claims:check   CheckClaimsRequest JSON -> CheckClaimsResponse JSON
//   POST /v1/text:extract   ExtractClaimsRequest JSON ({"text": ...} or
//                           {"html": ...}) -> ExtractClaimsResponse JSON
//   POST /v1/text:check     CheckTextRequest JSON -> CheckTextResponse JSON
//   GET  /                  the editors' page (service/web/, compiled in;
//                           HttpGatewayOptions::editors_page): paste an
//                           article, see its findings; it calls
//                           POST /v1/text:check from the browser, under a
//                           strict Content-Security-Policy
//   GET  /healthz           200 {"status":"SERVING"}, 503 once shutdown begins
//   GET  /metrics           Prometheus text (metrics.h)
//
//   $ curl -s -H 'authorization: Bearer TOKEN' --data-binary @article.json
//          http://127.0.0.1:8080/v1/claims:check
//
// Each POST is a real gRPC call to ClaimCheckService over the server's
// in-process channel, so its verdicts, its token check (the Authorization
// header is passed on as metadata) and its status mapping are the gRPC
// service's own. A failed call answers HttpStatusFromCode(code) with
// Google's JSON error body, the google.rpc.Status details in proto3 JSON:
//
//   {"error": {"code": 400, "status": "INVALID_ARGUMENT", "message": "...",
//              "details": [{"@type":
//              "type.googleapis.com/google.rpc.BadRequest",
//                           "fieldViolations": [...]}, ...]}}
//
// A body that is not UTF-8 (JSON must be) is refused the same way, with an
// ErrorInfo (reason INVALID_UTF8) giving the offset of its first bad byte.
//
// With a certificate and key it serves HTTPS only, like the gRPC port.
#ifndef CLAIMCHECK_SERVICE_HTTP_GATEWAY_H_
#define CLAIMCHECK_SERVICE_HTTP_GATEWAY_H_

#include <grpcpp/channel.h>
#include <grpcpp/support/status.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "absl/status/statusor.h"
#include "service/metrics.h"

namespace httplib {
class Server;
}  // namespace httplib

namespace claimcheck {

struct HttpGatewayOptions {
  std::string address = "127.0.0.1";
  // 0 picks a free port.
  int port = 0;
  // A larger body is refused with 413 before it is read.
  int max_body_bytes = 4 * 1024 * 1024;
  // PEM files: with both, HTTPS only.
  std::string tls_cert_file;
  std::string tls_key_file;
  // Connections served at once.
  int threads = 16;
  // Accepted connections that wait for a thread; past this the gateway stops
  // accepting until one is taken (bounded_task_queue.h).
  int max_queued_connections = 64;
  // Serve the editors' page at "/"; off, an API-only server answers 404 there.
  bool editors_page = true;
};

// The body of an HTTP error response for a failed gRPC call (see above).
std::string HttpErrorBody(const grpc::Status& status);

class HttpGateway {
 public:
  // Listens and serves in a thread of its own. `channel` reaches the
  // ClaimCheckService; `metrics` (which must outlive the gateway) is
  // rendered by /metrics and counts requests refused before they reach the
  // service. UNAVAILABLE when the address cannot be bound, INVALID_ARGUMENT
  // when the certificate or key cannot be loaded.
  static absl::StatusOr<std::unique_ptr<HttpGateway>> Start(
      const HttpGatewayOptions& options, std::shared_ptr<grpc::Channel> channel,
      Metrics* metrics);

  HttpGateway(const HttpGateway&) = delete;
  HttpGateway& operator=(const HttpGateway&) = delete;
  ~HttpGateway();

  int port() const { return port_; }

  // /healthz answers 503 from now on.
  void SetNotServing() { serving_ = false; }

  // Stops listening, lets requests being served finish, and returns when
  // the serving thread has ended. Idempotent.
  void Stop();

 private:
  HttpGateway() = default;

  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> serving_{true};
  bool stopped_ = false;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_HTTP_GATEWAY_H_
