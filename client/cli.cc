#include "client/cli.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "client/bulk.h"
#include "client/check_client.h"
#include "client/request_file.h"
#include "rpc/tokens.h"

namespace claimcheck {

const char kUsage[] =
    "Usage: claimcheck check [--server=HOST:PORT] [--format=text|json] "
    "[--timeout=10s] [--tls] [--ca=FILE] [--token_file=FILE] FILE|-\n"
    "\n"
    "Checks the arithmetic of one article: FILE is a CheckClaimsRequest in\n"
    "proto3 JSON (\"-\" reads standard input). Many articles at once: FILE\n"
    "may be a folder (its *.json files) or a JSON-lines file (*.jsonl, one\n"
    "request a line); with --server they go over one CheckArticles stream.\n"
    "\n"
    "  --server=HOST:PORT  ask the claimcheck_server there; without it the\n"
    "                      check runs in this process\n"
    "  --format=text|json  a report for people (default), or the response as\n"
    "                      proto3 JSON\n"
    "  --timeout=DURATION  deadline of a --server check, such as 10s or 500ms\n"
    "  --tls               speak TLS to the server, trusting the system's "
    "roots\n"
    "  --ca=FILE           trust this PEM certificate authority (implies "
    "--tls)\n"
    "  --token_file=FILE   send the token in FILE as a bearer token; without\n"
    "                      it, the CLAIMCHECK_TOKEN variable's, if set\n"
    "\n"
    "Exit status: 0 no error found, 1 at least one error, 2 the input or the\n"
    "command line could not be read, 3 the server could not be reached.\n";

namespace {

absl::Status UsageError(absl::string_view message) {
  return absl::InvalidArgumentError(message);
}

absl::Status SetFlag(const std::string& name, const std::string& value,
                     CheckCommand* command) {
  if (name == "server") {
    if (value.empty()) return UsageError("--server needs HOST:PORT");
    command->server = value;
  } else if (name == "format") {
    if (value == "text") {
      command->format = ReportFormat::kText;
    } else if (value == "json") {
      command->format = ReportFormat::kJson;
    } else {
      return UsageError(
          absl::StrCat("--format must be text or json, not \"", value, "\""));
    }
  } else if (name == "timeout") {
    absl::Duration timeout;
    if (!absl::ParseDuration(value, &timeout) ||
        timeout <= absl::ZeroDuration() ||
        timeout == absl::InfiniteDuration()) {
      return UsageError(absl::StrCat(
          "--timeout must be a positive duration such as 10s, not \"", value,
          "\""));
    }
    command->timeout = timeout;
  } else if (name == "tls") {
    if (value != "" && value != "true" && value != "false") {
      return UsageError(
          absl::StrCat("--tls takes no value, not \"", value, "\""));
    }
    command->tls = value != "false";
  } else if (name == "ca" || name == "token_file") {
    if (value.empty())
      return UsageError(absl::StrCat("--", name, " needs a FILE"));
    if (name == "ca") {
      command->ca_file = value;
      command->tls = true;
    } else {
      command->token_file = value;
    }
  } else {
    return UsageError(absl::StrCat("unknown flag --", name));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadSmallFile(const std::string& path,
                                          absl::string_view what) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    return absl::InvalidArgumentError(
        absl::StrCat(what, " ", path, ": cannot be read"));
  std::string contents((std::istreambuf_iterator<char>(file)),
                       std::istreambuf_iterator<char>());
  return contents;
}

}  // namespace

absl::StatusOr<RemoteOptions> RemoteOptionsFor(const CheckCommand& command) {
  RemoteOptions options;
  options.timeout = command.timeout;
  options.tls = command.tls;
  if (!command.ca_file.empty()) {
    absl::StatusOr<std::string> ca = ReadSmallFile(command.ca_file, "--ca");
    if (!ca.ok()) return ca.status();
    options.ca_pem = *std::move(ca);
  }
  if (!command.token_file.empty()) {
    absl::StatusOr<std::string> text =
        ReadSmallFile(command.token_file, "--token_file");
    if (!text.ok()) return text.status();
    const std::vector<std::string> tokens = ParseTokens(*text);
    if (tokens.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--token_file ", command.token_file, ": holds no token"));
    }
    options.token = tokens.front();
  } else if (const char* env = std::getenv("CLAIMCHECK_TOKEN"); env && *env) {
    options.token = std::string(absl::StripAsciiWhitespace(env));
  }
  return options;
}

absl::StatusOr<CheckCommand> ParseCheckCommand(
    const std::vector<std::string>& args) {
  CheckCommand command;
  std::vector<std::string> files;
  bool flags_ended = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (flags_ended || arg == "-" || !absl::StartsWith(arg, "-")) {
      files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_ended = true;
      continue;
    }
    std::string flag = arg.substr(absl::StartsWith(arg, "--") ? 2 : 1);
    std::string value;
    if (size_t equals = flag.find('='); equals != std::string::npos) {
      value = flag.substr(equals + 1);
      flag.resize(equals);
    } else if (flag == "server" || flag == "format" || flag == "timeout" ||
               flag == "ca" || flag == "token_file") {
      if (i + 1 == args.size()) {
        return UsageError(absl::StrCat("--", flag, " needs a value"));
      }
      value = args[++i];
    }
    if (absl::Status status = SetFlag(flag, value, &command); !status.ok()) {
      return status;
    }
  }
  if (files.empty()) return UsageError("no request file given");
  if (files.size() > 1) {
    return UsageError(absl::StrCat("one request file at a time, not \"",
                                   files[0], "\" and \"", files[1], "\""));
  }
  command.file = files[0];
  return command;
}

namespace {

// In-process without --server; otherwise remote, with TLS and token as the
// flags say (INVALID_ARGUMENT when a flag's file cannot be read).
absl::StatusOr<std::unique_ptr<CheckClient>> ClientFor(
    const CheckCommand& command) {
  if (command.server.empty()) return CheckClient::InProcess();
  absl::StatusOr<RemoteOptions> remote = RemoteOptionsFor(command);
  if (!remote.ok()) return remote.status();
  return CheckClient::Remote(command.server, *remote);
}

}  // namespace

int ExitCodeFor(const absl::Status& status, bool remote) {
  if (status.ok()) return kExitOk;
  if (remote && IsUnreachable(status)) return kExitUnreachable;
  return kExitUnreadable;
}

int RunClaimcheck(const std::vector<std::string>& args, std::ostream& out,
                  std::ostream& err) {
  if (args.empty()) {
    err << "claimcheck: no command given\n" << kUsage;
    return kExitUnreadable;
  }
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg == "help" || arg == "--help" || arg == "-h") {
      out << kUsage;
      return kExitOk;
    }
  }
  if (args[0] != "check") {
    err << "claimcheck: unknown command \"" << args[0] << "\"\n" << kUsage;
    return kExitUnreadable;
  }
  absl::StatusOr<CheckCommand> command =
      ParseCheckCommand(std::vector<std::string>(args.begin() + 1, args.end()));
  if (!command.ok()) {
    err << "claimcheck: " << command.status().message() << "\n" << kUsage;
    return kExitUnreadable;
  }

  if (IsBulkInput(command->file)) {
    absl::StatusOr<std::unique_ptr<CheckClient>> client = ClientFor(*command);
    if (!client.ok()) {
      err << "claimcheck: " << client.status().message() << "\n";
      return kExitUnreadable;
    }
    return RunBulkCheck(*command, client->get(), out, err);
  }

  absl::StatusOr<v1::CheckClaimsRequest> request =
      ReadRequestFile(command->file);
  if (!request.ok()) {
    err << "claimcheck: " << request.status().message() << "\n";
    return kExitUnreadable;
  }

  absl::StatusOr<std::unique_ptr<CheckClient>> client = ClientFor(*command);
  if (!client.ok()) {
    err << "claimcheck: " << client.status().message() << "\n";
    return kExitUnreadable;
  }
  absl::StatusOr<v1::CheckClaimsResponse> response = (*client)->Check(*request);
  const std::string name = DisplayName(command->file);
  if (!response.ok()) {
    const int code = ExitCodeFor(response.status(), !command->server.empty());
    if (code == kExitUnreachable) {
      err << "claimcheck: no answer from the server at " << command->server
          << ": " << absl::StatusCodeToString(response.status().code()) << ": "
          << response.status().message() << "\n";
    } else {
      out << RenderInvalidRequest(name, response.status(), command->format);
    }
    return code;
  }
  out << RenderReport(name, *response, command->format);
  return HasErrors(*response) ? kExitFindings : kExitOk;
}

}  // namespace claimcheck
