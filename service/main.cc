// claimcheck_server: serves claimcheck.v1.ClaimCheckService over gRPC.
//
//   claimcheck_server --port=50051
//   claimcheck_server listening on 127.0.0.1:50051
//
// Prints that one line on stdout once it serves (with the real port, which
// matters for --port=0). SIGTERM or SIGINT drains in-flight calls for up to
// --drain_seconds and exits 0. --tls_cert/--tls_key serve TLS; --token_file
// or CLAIMCHECK_TOKENS require a bearer token on every claimcheck call;
// --max_text_bytes bounds the article body of ExtractClaims and CheckText. With
// --http_port it prints a second line, "claimcheck_server http on
// ADDRESS:PORT", once HTTP/JSON is served too.
#include <pthread.h>
#include <signal.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "engine/engine.h"
#include "rpc/tokens.h"
#include "service/server.h"

ABSL_FLAG(std::string, address, "127.0.0.1",
          "Address to listen on; 0.0.0.0 serves other machines too.");
ABSL_FLAG(int, port, 50051, "TCP port to listen on; 0 picks a free port.");
ABSL_FLAG(int, max_message_bytes, 4 * 1024 * 1024,
          "Largest request or response accepted, in bytes.");
ABSL_FLAG(double, drain_seconds, 10,
          "On SIGTERM or SIGINT, how long in-flight calls may finish.");
ABSL_FLAG(double, shutdown_notice_seconds, 0,
          "On SIGTERM or SIGINT, how long to go on serving while health says "
          "NOT_SERVING, before the drain: time for clients to go elsewhere.");
ABSL_FLAG(
    std::string, tls_cert, "",
    "PEM certificate (chain) of the server; with --tls_key, serve TLS only.");
ABSL_FLAG(std::string, tls_key, "", "PEM private key of --tls_cert.");
ABSL_FLAG(
    std::string, token_file, "",
    "File of accepted bearer tokens, one per line ('#' comments). With it "
    "(or CLAIMCHECK_TOKENS), every claimcheck call needs 'authorization: "
    "Bearer TOKEN'.");
ABSL_FLAG(double, max_check_seconds, 30,
          "The longest one check may take, whatever deadline its caller set.");
ABSL_FLAG(int, max_threads, 64,
          "Calls served at once (checks running or waiting, and bulk streams); "
          "more are refused with RESOURCE_EXHAUSTED.");
ABSL_FLAG(int, check_threads, 0, "Threads that run checks; 0 = one per core.");
ABSL_FLAG(int64_t, max_text_bytes, claimcheck::text::kDefaultMaxTextBytes,
          "The longest article body ExtractClaims and CheckText read, in "
          "bytes; a longer one is refused with INVALID_ARGUMENT.");
ABSL_FLAG(int, http_port, -1,
          "Also serve HTTP/JSON (POST /v1/claims:check, /v1/text:extract, "
          "/v1/text:check; GET /healthz, /metrics) on this port of --address; "
          "-1 = off, 0 = a free port.");
ABSL_FLAG(bool, access_log, true, "One JSON line per call on standard error.");
ABSL_FLAG(bool, editors_page, true,
          "Serve the editors' page at / of --http_port; --noeditors_page "
          "for a server that answers only the API there.");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Serves claimcheck.v1.ClaimCheckService over gRPC.\n"
      "Usage: claimcheck_server [--address=127.0.0.1] [--port=50051] "
      "[--max_message_bytes=4194304] [--drain_seconds=10] "
      "[--shutdown_notice_seconds=0] "
      "[--tls_cert=FILE --tls_key=FILE] [--token_file=FILE] "
      "[--max_check_seconds=30] [--max_threads=64] [--check_threads=0] "
      "[--max_text_bytes=1048576] "
      "[--http_port=-1] "
      "[--access_log=true] [--editors_page=true]\n"
      "Bearer tokens may also come from CLAIMCHECK_TOKENS (comma-separated).");
  // Debian builds Abseil without NDEBUG, so every absl::Mutex (gRPC's
  // included) would record lock order for deadlock detection: about 50 ns a
  // lock. The unit tests, which do not run this, still record it.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  if (positional.size() > 1) {
    std::cerr << "claimcheck_server: unexpected argument \"" << positional[1]
              << "\"; see --help\n";
    return 2;
  }

  claimcheck::ServerOptions options;
  options.address = absl::GetFlag(FLAGS_address);
  options.port = absl::GetFlag(FLAGS_port);
  options.max_message_bytes = absl::GetFlag(FLAGS_max_message_bytes);
  options.drain = absl::Seconds(absl::GetFlag(FLAGS_drain_seconds));
  options.shutdown_notice =
      absl::Seconds(absl::GetFlag(FLAGS_shutdown_notice_seconds));
  options.tls_cert_file = absl::GetFlag(FLAGS_tls_cert);
  options.tls_key_file = absl::GetFlag(FLAGS_tls_key);
  options.max_threads = absl::GetFlag(FLAGS_max_threads);
  options.service.check_threads = absl::GetFlag(FLAGS_check_threads);
  options.http_port = absl::GetFlag(FLAGS_http_port);
  options.access_log = absl::GetFlag(FLAGS_access_log);
  options.editors_page = absl::GetFlag(FLAGS_editors_page);
  options.service.max_check_time =
      absl::Seconds(absl::GetFlag(FLAGS_max_check_seconds));
  if (options.service.max_check_time <= absl::ZeroDuration()) {
    std::cerr << "claimcheck_server: --max_check_seconds must be positive\n";
    return 2;
  }
  options.service.max_text_bytes = absl::GetFlag(FLAGS_max_text_bytes);
  if (options.service.max_text_bytes <= 0) {
    std::cerr << "claimcheck_server: --max_text_bytes must be positive\n";
    return 2;
  }
  if (const std::string path = absl::GetFlag(FLAGS_token_file); !path.empty()) {
    absl::StatusOr<std::vector<std::string>> tokens =
        claimcheck::ReadTokenFile(path);
    if (!tokens.ok()) {
      std::cerr << "claimcheck_server: --token_file: "
                << tokens.status().message() << "\n";
      return 2;
    }
    options.service.tokens = *std::move(tokens);
  }
  if (const char* env = std::getenv("CLAIMCHECK_TOKENS"); env != nullptr) {
    for (std::string& token : claimcheck::ParseTokens(env)) {
      options.service.tokens.push_back(std::move(token));
    }
  }

  // Blocked before gRPC starts any thread, so every thread inherits the mask
  // and the signals reach only the sigwait below: no handler ever runs.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  absl::StatusOr<std::unique_ptr<claimcheck::ClaimCheckServer>> server =
      claimcheck::ClaimCheckServer::Start(options);
  if (!server.ok()) {
    std::cerr << "claimcheck_server: " << server.status().message() << "\n";
    return 1;
  }
  std::cout << "claimcheck_server listening on "
            << (*server)->listening_address() << std::endl;
  if ((*server)->http_port() >= 0) {
    std::cout << "claimcheck_server http on "
              << claimcheck::JoinHostPort(options.address,
                                          (*server)->http_port())
              << std::endl;
  }
  std::cerr << "claimcheck_server: "
            << (options.tls_cert_file.empty() ? "plaintext" : "TLS") << ", "
            << (options.service.tokens.empty()
                    ? std::string("no token needed")
                    : std::to_string(options.service.tokens.size()) +
                          " bearer token(s)")
            << "\n";

  int signal_number = 0;
  while (sigwait(&stop_signals, &signal_number) != 0) {
  }
  std::cerr << "claimcheck_server: "
            << (signal_number == SIGINT ? "SIGINT" : "SIGTERM")
            << ": draining for up to " << absl::FormatDuration(options.drain)
            << "\n";
  (*server)->Shutdown();
  std::cerr << "claimcheck_server: stopped\n";
  return 0;
}
