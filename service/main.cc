// claimcheck_server: serves claimcheck.v1.ClaimCheckService over gRPC.
//
//   claimcheck_server --port=50051
//   claimcheck_server listening on 127.0.0.1:50051
//
// Prints that one line on stdout once it serves (with the real port, which
// matters for --port=0). SIGTERM or SIGINT drains in-flight calls for up to
// --drain_seconds and exits 0.
#include <pthread.h>
#include <signal.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "service/server.h"

ABSL_FLAG(std::string, address, "127.0.0.1",
          "Address to listen on; 0.0.0.0 serves other machines too.");
ABSL_FLAG(int, port, 50051, "TCP port to listen on; 0 picks a free port.");
ABSL_FLAG(int, max_message_bytes, 4 * 1024 * 1024,
          "Largest request or response accepted, in bytes.");
ABSL_FLAG(double, drain_seconds, 10,
          "On SIGTERM or SIGINT, how long in-flight calls may finish.");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Serves claimcheck.v1.ClaimCheckService over gRPC.\n"
      "Usage: claimcheck_server [--address=127.0.0.1] [--port=50051] "
      "[--max_message_bytes=4194304] [--drain_seconds=10]");
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
