#include "tests/harness.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace claimcheck {
namespace {

constexpr char kWorkspace[] = "claimcheck";

int ExitCodeOf(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return -1;
}

// Polls waitpid until `pid` ends or `deadline` passes.
absl::StatusOr<int> WaitUntil(pid_t pid, absl::Time deadline) {
  while (true) {
    int wait_status = 0;
    const pid_t done = waitpid(pid, &wait_status, WNOHANG);
    if (done == pid) return ExitCodeOf(wait_status);
    if (done < 0 && errno != EINTR) {
      return absl::InternalError(
          absl::StrCat("waitpid(", pid, "): ", std::strerror(errno)));
    }
    if (absl::Now() >= deadline) {
      return absl::DeadlineExceededError(
          absl::StrCat("process ", pid, " is still running"));
    }
    absl::SleepFor(absl::Milliseconds(5));
  }
}

int MillisecondsUntil(absl::Time deadline) {
  const int64_t ms = absl::ToInt64Milliseconds(deadline - absl::Now());
  return ms < 0 ? 0 : static_cast<int>(ms > 1000 ? 1000 : ms);
}

// Forks and execs `argv`. Everything the child touches is prepared before the
// fork: the parent may have threads, so the child may only make
// async-signal-safe calls before exec.
absl::StatusOr<pid_t> Spawn(const std::vector<std::string>& argv,
                            const std::string& cwd,
                            const std::string& stdin_path, int stdout_fd,
                            int stderr_fd) {
  if (argv.empty()) return absl::InvalidArgumentError("empty command");
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const char* const dir = cwd.empty() ? nullptr : cwd.c_str();
  const char* const input = stdin_path.empty() ? nullptr : stdin_path.c_str();

  const pid_t pid = fork();
  if (pid < 0) {
    return absl::InternalError(absl::StrCat("fork: ", std::strerror(errno)));
  }
  if (pid == 0) {
    // The server blocks SIGTERM in main(); make sure it starts unblocked and
    // with default dispositions, whatever the test process did.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    signal(SIGPIPE, SIG_DFL);
    if (dir != nullptr && chdir(dir) != 0) _exit(127);
    if (input != nullptr) {
      const int in = open(input, O_RDONLY);
      if (in < 0 || dup2(in, STDIN_FILENO) < 0) _exit(127);
    }
    if (stdout_fd >= 0 && dup2(stdout_fd, STDOUT_FILENO) < 0) _exit(127);
    if (stderr_fd >= 0 && dup2(stderr_fd, STDERR_FILENO) < 0) _exit(127);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

}  // namespace

std::string RunfilesRoot() {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  if (srcdir != nullptr && *srcdir != '\0') {
    return absl::StrCat(
        srcdir, "/",
        workspace != nullptr && *workspace != '\0' ? workspace : kWorkspace);
  }
  if (const char* dir = std::getenv("RUNFILES_DIR"); dir != nullptr && *dir) {
    return absl::StrCat(dir, "/", kWorkspace);
  }
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
  if (n <= 0) return kWorkspace;
  return absl::StrCat(std::string(self, n), ".runfiles/", kWorkspace);
}

absl::StatusOr<ProcessResult> RunProcess(const std::vector<std::string>& argv,
                                         const RunOptions& options) {
  int out_pipe[2];
  int err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  const absl::Time deadline = absl::Now() + options.timeout;
  absl::StatusOr<pid_t> pid =
      Spawn(argv, options.cwd, options.stdin_path, out_pipe[1], err_pipe[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (!pid.ok()) {
    close(out_pipe[0]);
    close(err_pipe[0]);
    return pid.status();
  }

  ProcessResult result;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_fds = 2;
  while (open_fds > 0 && absl::Now() < deadline) {
    if (poll(fds, 2, MillisecondsUntil(deadline)) < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      char buffer[4096];
      const ssize_t n = read(fds[i].fd, buffer, sizeof(buffer));
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (const pollfd& fd : fds) {
    if (fd.fd >= 0) close(fd.fd);
  }

  absl::StatusOr<int> exit_code = WaitUntil(*pid, deadline);
  if (!exit_code.ok()) {
    kill(*pid, SIGKILL);
    waitpid(*pid, nullptr, 0);
    return absl::DeadlineExceededError(
        absl::StrCat("`", absl::StrJoin(argv, " "), "` still running after ",
                     absl::FormatDuration(options.timeout),
                     "; killed. Its output so far:\n", result.out, result.err));
  }
  result.exit_code = *exit_code;
  return result;
}

absl::StatusOr<std::unique_ptr<Subprocess>> Subprocess::Start(
    const std::vector<std::string>& argv, const std::string& cwd) {
  int out_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  absl::StatusOr<pid_t> pid = Spawn(argv, cwd, "/dev/null", out_pipe[1], -1);
  close(out_pipe[1]);
  if (!pid.ok()) {
    close(out_pipe[0]);
    return pid.status();
  }
  return std::unique_ptr<Subprocess>(new Subprocess(*pid, out_pipe[0]));
}

Subprocess::~Subprocess() {
  if (!exited_) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  close(stdout_fd_);
}

absl::StatusOr<std::string> Subprocess::ReadLine(absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    if (size_t newline = buffered_.find('\n'); newline != std::string::npos) {
      std::string line = buffered_.substr(0, newline);
      buffered_.erase(0, newline + 1);
      return line;
    }
    if (absl::Now() >= deadline) {
      return absl::DeadlineExceededError(absl::StrCat(
          "no line on stdout of process ", pid_, " within ",
          absl::FormatDuration(timeout), "; got \"", buffered_, "\""));
    }
    pollfd fd = {stdout_fd_, POLLIN, 0};
    if (poll(&fd, 1, MillisecondsUntil(deadline)) <= 0) continue;
    char buffer[4096];
    const ssize_t n = read(stdout_fd_, buffer, sizeof(buffer));
    if (n == 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "stdout of process ", pid_, " ended; got \"", buffered_, "\""));
    }
    if (n > 0) buffered_.append(buffer, static_cast<size_t>(n));
  }
}

bool Subprocess::Signal(int signal) {
  return !exited_ && kill(pid_, signal) == 0;
}

absl::StatusOr<int> Subprocess::Wait(absl::Duration timeout) {
  if (exited_) return exit_code_;
  absl::StatusOr<int> exit_code = WaitUntil(pid_, absl::Now() + timeout);
  if (exit_code.ok()) {
    exited_ = true;
    exit_code_ = *exit_code;
  }
  return exit_code;
}

absl::StatusOr<ServerProcess> StartServerProcess(
    const std::vector<std::string>& flags, absl::Duration timeout) {
  const std::string root = RunfilesRoot();
  std::vector<std::string> argv = {root + "/service/claimcheck_server",
                                   "--port=0", "--address=127.0.0.1",
                                   "--drain_seconds=5"};
  argv.insert(argv.end(), flags.begin(), flags.end());
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start(argv, root);
  if (!process.ok()) return process.status();
  absl::StatusOr<std::string> line = (*process)->ReadLine(timeout);
  if (!line.ok()) return line.status();
  constexpr absl::string_view kPrefix =
      "claimcheck_server listening on 127.0.0.1:";
  ServerProcess server;
  if (!absl::StartsWith(*line, kPrefix) ||
      !absl::SimpleAtoi(line->substr(kPrefix.size()), &server.port) ||
      server.port <= 0) {
    return absl::InternalError(
        absl::StrCat("unexpected first line from the server: \"", *line, "\""));
  }
  server.process = *std::move(process);
  server.address = absl::StrCat("127.0.0.1:", server.port);
  return server;
}

absl::StatusOr<TestCertificate> MakeTestCertificate(const std::string& dir,
                                                    const std::string& prefix) {
  TestCertificate certificate;
  certificate.cert_file = absl::StrCat(dir, "/", prefix, ".crt");
  certificate.key_file = absl::StrCat(dir, "/", prefix, ".key");
  absl::StatusOr<ProcessResult> run = RunProcess(
      {"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
       "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
       "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
       "-keyout", certificate.key_file, "-out", certificate.cert_file},
      RunOptions{});
  if (!run.ok()) return run.status();
  if (run->exit_code != 0) {
    return absl::InternalError(absl::StrCat("openssl req failed: ", run->err));
  }
  absl::StatusOr<ProcessResult> cat =
      RunProcess({"/bin/cat", certificate.cert_file}, RunOptions{});
  if (!cat.ok()) return cat.status();
  certificate.cert_pem = cat->out;
  return certificate;
}

int UnusedLoopbackPort() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return 1;  // Nothing here listens on port 1 either.
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  int port = 1;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  close(fd);
  return port;
}

}  // namespace claimcheck
