// What the cross-layer tests need to run the real binaries as a user would:
// find them in the runfiles, run a command to completion with a deadline, or
// keep a server running in the background and stop it.
//
//   const std::string root = RunfilesRoot();
//   absl::StatusOr<ProcessResult> run = RunProcess(
//       {root + "/client/claimcheck", "check", "examples/ice.json"},
//       {.cwd = root});
//   EXPECT_EQ(run->exit_code, 1);
//
//   absl::StatusOr<std::unique_ptr<Subprocess>> server = Subprocess::Start(
//       {root + "/service/claimcheck_server", "--port=0"}, root);
//   absl::StatusOr<std::string> line = (*server)->ReadLine(absl::Seconds(30));
//
// Every wait is bounded: a process that overstays its deadline is killed, and
// a Subprocess still running when destroyed is killed too.
#ifndef CLAIMCHECK_TESTS_HARNESS_H_
#define CLAIMCHECK_TESTS_HARNESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace claimcheck {

// The runfiles directory of this workspace ("claimcheck"), under `bazel
// test` (TEST_SRCDIR/TEST_WORKSPACE) and `bazel run` (RUNFILES_DIR, or
// the binary's own .runfiles) alike. Paths such as "client/claimcheck" and
// "examples/x.json" are relative to it.
std::string RunfilesRoot();

struct RunOptions {
  // The working directory of the process; empty keeps the current one.
  std::string cwd;
  // The file its standard input reads.
  std::string stdin_path = "/dev/null";
  // After this the process is killed and RunProcess fails.
  absl::Duration timeout = absl::Seconds(60);
};

struct ProcessResult {
  // The exit status, or 128 + N when killed by signal N (as shells say).
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] a path) to completion, capturing its output.
// DEADLINE_EXCEEDED (naming the command) when it overstays the timeout.
absl::StatusOr<ProcessResult> RunProcess(const std::vector<std::string>& argv,
                                         const RunOptions& options);

// A process left running, with its standard output on a pipe and its
// standard error shared with the test's (so it lands in the test log).
class Subprocess {
 public:
  static absl::StatusOr<std::unique_ptr<Subprocess>> Start(
      const std::vector<std::string>& argv, const std::string& cwd);

  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;
  // Kills the process (SIGKILL) if it is still running, and reaps it.
  ~Subprocess();

  pid_t pid() const { return pid_; }

  // The next line of standard output, without its newline. Fails when the
  // output ends first or `timeout` passes.
  absl::StatusOr<std::string> ReadLine(absl::Duration timeout);

  // Sends `signal`; false when the process is already gone.
  bool Signal(int signal);

  // Waits for the process to end and returns its exit code (128 + N when
  // killed by signal N). DEADLINE_EXCEEDED when it is still running after
  // `timeout`; it is left running then.
  absl::StatusOr<int> Wait(absl::Duration timeout);

 private:
  Subprocess(pid_t pid, int stdout_fd) : pid_(pid), stdout_fd_(stdout_fd) {}

  pid_t pid_;
  int stdout_fd_;
  std::string buffered_;
  bool exited_ = false;
  int exit_code_ = -1;
};

// A claimcheck_server binary from the runfiles, running on a free port.
struct ServerProcess {
  std::unique_ptr<Subprocess> process;
  int port = 0;
  // "127.0.0.1:PORT", for --server and grpc::CreateChannel.
  std::string address;
};

// Starts <runfiles>/service/claimcheck_server with --port=0 on 127.0.0.1 (and
// `flags`, such as "--tls_cert=..."), and reads the port from its one line
// "claimcheck_server listening on 127.0.0.1:PORT". Fails if that line is not
// there within `timeout`.
absl::StatusOr<ServerProcess> StartServerProcess(
    const std::vector<std::string>& flags = {},
    absl::Duration timeout = absl::Seconds(30));

// A self-signed certificate for "localhost" and 127.0.0.1, made for a test.
struct TestCertificate {
  std::string cert_file;  // PEM certificate, also the CA a client trusts
  std::string key_file;   // PEM private key
  std::string cert_pem;   // the certificate's contents
};

// Makes one with Debian's openssl in `dir` (files named PREFIX.crt and
// PREFIX.key). An ECDSA P-256 key, valid for a day.
absl::StatusOr<TestCertificate> MakeTestCertificate(const std::string& dir,
                                                    const std::string& prefix);

// A port on 127.0.0.1 that nothing listens on (bound once, then released),
// for checking what a client does when no server is there.
int UnusedLoopbackPort();

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_HARNESS_H_
