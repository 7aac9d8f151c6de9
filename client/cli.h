// The claimcheck command line, apart from main() so tests can run it in
// process:
//
//   claimcheck check [--server=HOST:PORT] [--format=text|json] [--timeout=10s]
//       [--tls] [--ca=FILE] [--token_file=FILE] [--input=json|text|html]
//       [--min_confidence=high|medium|low] FILE|-
//   claimcheck extract [--input=text|html] [--server=HOST:PORT] ... FILE|-
//
// `check` checks FILE (a CheckClaimsRequest in proto3 JSON; "-" reads
// standard input) in this process, or on the claimcheck_server at --server,
// and prints the report (report.h) on standard output. A FILE named *.txt,
// *.md or *.markdown is an article's text, *.html or *.htm its HTML: it is
// read and checked as CheckText does, and the report says where each finding
// stands in it. --input says what FILE is whatever its name (for "-" the
// default is json). `extract` prints the CheckClaimsRequest that
// ExtractClaims proposes for an article (text unless the name or --input
// says html), ready to save, edit and check. --tls speaks TLS to the server
// (its certificate checked against --ca, or the system's roots), which --ca
// implies; --token_file (its first token) or the CLAIMCHECK_TOKEN variable
// gives the bearer token sent as "authorization: Bearer TOKEN". A server
// that refuses the token is reported like an unreadable request (exit 2).
// Problems of the tool itself (usage, an unreadable file, no server) go to
// standard error as "claimcheck: ...".
//
// Exit status, as docs/spec.md fixes it:
//   0  every claim was checked and none has an error-level discrepancy
//   1  at least one claim has an error
//   2  the input or the command line could not be read: usage errors, a file
//      that cannot be opened, JSON that does not parse, a request the engine
//      refuses (INVALID_ARGUMENT: its field violations are the report), or
//      any other failure to check it
//   3  the server could not be reached or gave no answer (UNAVAILABLE,
//      DEADLINE_EXCEEDED, CANCELLED, UNIMPLEMENTED)
#ifndef CLAIMCHECK_CLIENT_CLI_H_
#define CLAIMCHECK_CLIENT_CLI_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "client/check_client.h"
#include "client/report.h"

namespace claimcheck {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUnreadable = 2;
inline constexpr int kExitUnreachable = 3;

// The usage text printed for --help and after a command-line error.
extern const char kUsage[];

// What the file of a command holds.
enum class InputKind {
  kAuto,  // by its name: .txt, .md, .markdown text; .html, .htm HTML
  kJson,  // a CheckClaimsRequest in proto3 JSON (or a folder, a .jsonl file)
  kText,  // an article's plain text or Markdown
  kHtml,  // an article's HTML
};

// A parsed `claimcheck check` or `claimcheck extract` command line.
struct CheckCommand {
  // The request file, or "-" for standard input.
  std::string file;
  // HOST:PORT of a claimcheck_server; empty checks in this process.
  std::string server;
  ReportFormat format = ReportFormat::kText;
  // The deadline of a remote check, connecting included.
  absl::Duration timeout = absl::Seconds(10);
  // TLS to the server; `ca_file` (PEM) to trust instead of the system roots.
  bool tls = false;
  std::string ca_file;
  // A file whose first token is the bearer token to send.
  std::string token_file;
  // --input.
  InputKind input = InputKind::kAuto;
  // Claims read from a text with less confidence are proposed, not checked.
  v1::Confidence min_confidence = v1::CONFIDENCE_UNSPECIFIED;
  // --format was given (extract has a format of its own).
  bool format_given = false;
};

// What `command.file` holds: --input, else by its name; for an unknown
// name, json for `check` and text for `extract` (`extracting`).
InputKind InputOf(const CheckCommand& command, bool extracting);

// Parses the arguments after "check" or "extract". Flags take "--name=value" or
// "--name value" and may come before or after FILE; "--" ends the flags.
// Errors are INVALID_ARGUMENT with a message for people.
absl::StatusOr<CheckCommand> ParseCheckCommand(
    const std::vector<std::string>& args);

// The RemoteOptions of `command`: its timeout and TLS, the CA's PEM read
// from ca_file, the token from token_file or CLAIMCHECK_TOKEN.
// INVALID_ARGUMENT naming the file when one cannot be read or has no token.
absl::StatusOr<RemoteOptions> RemoteOptionsFor(const CheckCommand& command);

// The exit status for a check that ended with `status`: 0 for OK, 3 when
// `remote` and no server answered (IsUnreachable), 2 otherwise. An
// in-process check has no server, so it never gives 3.
int ExitCodeFor(const absl::Status& status, bool remote);

// Runs the command line `args` (without the program name) and returns the
// exit status. Reads standard input for "-".
int RunClaimcheck(const std::vector<std::string>& args, std::ostream& out,
                  std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_CLI_H_
