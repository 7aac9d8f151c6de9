// ClaimCheckServer runs ClaimCheckService on one listening address, with the
// standard gRPC health service (grpc.health.v1.Health) and server reflection
// (grpc.reflection.v1alpha), so grpcurl can list and call it.
//
//   ServerOptions options;
//   options.port = 0;  // any free port
//   absl::StatusOr<std::unique_ptr<ClaimCheckServer>> server =
//       ClaimCheckServer::Start(options);
//   if (!server.ok()) return server.status();  // e.g. the port is taken
//   std::cout << (*server)->listening_address();  // "127.0.0.1:40123"
//   ...
//   (*server)->Shutdown();  // NOT_SERVING, then drain in-flight calls
//
// Health: "" and "claimcheck.v1.ClaimCheckService" are SERVING from the
// moment Start returns until Shutdown begins, and NOT_SERVING after. Health
// and reflection need no token; every claimcheck.v1 call does when tokens
// are set.
// With options.http_port set, the same process also serves HTTP/JSON,
// /healthz and /metrics (http_gateway.h); every call is counted and logged
// by one interceptor (call_observer.h).
#ifndef CLAIMCHECK_SERVICE_SERVER_H_
#define CLAIMCHECK_SERVICE_SERVER_H_

#include <grpcpp/channel.h>
#include <grpcpp/server.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/claimcheck_service.h"
#include "service/http_gateway.h"
#include "service/metrics.h"

namespace claimcheck {

// The full gRPC name of the service, as health checks and reflection use it.
inline constexpr char kServiceName[] = "claimcheck.v1.ClaimCheckService";

struct ServerOptions {
  // The address to listen on: "127.0.0.1" serves this machine only,
  // "0.0.0.0" (or "::") other machines too.
  std::string address = "127.0.0.1";
  // The TCP port; 0 picks a free one (see ClaimCheckServer::port()).
  int port = 50051;
  // The largest message accepted or sent, in bytes. A larger request fails
  // with RESOURCE_EXHAUSTED before it reaches the engine.
  int max_message_bytes = 4 * 1024 * 1024;
  // How long Shutdown lets in-flight calls finish before cancelling them.
  absl::Duration drain = absl::Seconds(10);
  // How long Shutdown goes on serving, with every health status NOT_SERVING,
  // before it stops accepting calls: time for clients that watch health
  // (round_robin with a healthCheckConfig) and for load balancers to send
  // their calls elsewhere, so that none is cut off by the stop.
  absl::Duration shutdown_notice = absl::ZeroDuration();
  // PEM files of the server's certificate (chain) and private key: with
  // both, the server speaks TLS only; with neither, plaintext.
  std::string tls_cert_file;
  std::string tls_key_file;
  // Calls served at once: CheckClaims calls running or waiting for a check
  // thread, and CheckArticles streams, each on a thread of its own. Calls
  // beyond them are refused with RESOURCE_EXHAUSTED, so a flood cannot
  // exhaust the machine. It sets service.max_checks.
  int max_threads = 64;
  // Tokens, the longest check, the work budget, the check threads
  // (claimcheck_service.h).
  ServiceOptions service;
  // The HTTP/JSON port (http_gateway.h) on the same address, with /healthz
  // and /metrics; -1 (the default) serves no HTTP, 0 picks a free port. It
  // uses the TLS certificate too, when one is set.
  int http_port = -1;
  // One JSON line per call (metrics.h) on standard error.
  bool access_log = true;
  // The editors' page at "/" of the HTTP port (http_gateway.h).
  bool editors_page = true;
};

class ClaimCheckServer {
 public:
  // Builds and starts a server. Fails with INVALID_ARGUMENT for bad options
  // (a certificate without its key, a PEM file that cannot be read) and
  // UNAVAILABLE when the address cannot be bound.
  static absl::StatusOr<std::unique_ptr<ClaimCheckServer>> Start(
      const ServerOptions& options);

  ClaimCheckServer(const ClaimCheckServer&) = delete;
  ClaimCheckServer& operator=(const ClaimCheckServer&) = delete;
  // Shuts down first if Shutdown has not been called.
  ~ClaimCheckServer();

  // The port actually bound: options.port, or the one picked for port 0.
  int port() const { return port_; }
  // "ADDRESS:PORT" with the bound port; IPv6 addresses in brackets.
  std::string listening_address() const;
  // The HTTP port bound, or -1 when HTTP is off.
  int http_port() const { return http_ != nullptr ? http_->port() : -1; }

  // A channel to this server that bypasses the network, for tests.
  std::shared_ptr<grpc::Channel> InProcessChannel();

  // Sets every health status to NOT_SERVING, serves on for
  // options.shutdown_notice, stops accepting calls, lets
  // in-flight calls finish for up to options.drain, cancels what is left,
  // and returns when the server has stopped. Call it at most once, and never
  // from a signal handler.
  void Shutdown();

 private:
  ClaimCheckServer(ServerOptions options, int port,
                   std::unique_ptr<ClaimCheckService> service,
                   std::unique_ptr<grpc::Server> server);

  const ServerOptions options_;
  const int port_;
  // Set by Start; the interceptors use it until server_ is gone.
  std::unique_ptr<Metrics> metrics_;
  // Declared before server_ so that it outlives it.
  std::unique_ptr<ClaimCheckService> service_;
  std::unique_ptr<grpc::Server> server_;
  // Declared after server_: stopped (by Shutdown) before it is destroyed.
  std::unique_ptr<HttpGateway> http_;
  bool shut_down_ = false;
};

// The contents of the PEM file at `path` (a certificate or a key);
// INVALID_ARGUMENT naming the path when it cannot be read or is not PEM.
absl::StatusOr<std::string> ReadPemFile(const std::string& path);

// "host:port", with an IPv6 host put in brackets: JoinHostPort("::1", 80) is
// "[::1]:80".
std::string JoinHostPort(const std::string& host, int port);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_SERVER_H_
