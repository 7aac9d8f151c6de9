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
#include "client/report.h"
#include "client/request_file.h"
#include "rpc/tokens.h"

namespace claimcheck {

const char kUsage[] =
    "Usage: claimcheck check [--server=HOST:PORT] [--format=text|json] "
    "[--timeout=10s] [--tls] [--ca=FILE] [--token_file=FILE] "
    "[--input=json|text|html] [--min_confidence=high|medium|low] FILE|-\n"
    "       claimcheck extract [--input=text|html] [--server=HOST:PORT] "
    "[--timeout=10s] [--tls] [--ca=FILE] [--token_file=FILE] FILE|-\n"
    "\n"
    "check: checks the arithmetic of one article. FILE is a "
    "CheckClaimsRequest\n"
    "in proto3 JSON (\"-\" reads standard input), or the article itself:\n"
    "*.txt and *.md are read as text, *.html and *.htm as HTML, and the "
    "claims\n"
    "their words assert are checked. Many requests at once: FILE may be a\n"
    "folder (its *.json files) or a JSON-lines file (*.jsonl, one request a\n"
    "line); with --server they go over one CheckArticles stream.\n"
    "extract: prints the CheckClaimsRequest proposed for an article's text\n"
    "or HTML, as JSON to save, edit and check.\n"
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
    "  --input=json|text|html\n"
    "                      what FILE holds, whatever its name (\"-\" is json\n"
    "                      for check and text for extract unless given)\n"
    "  --min_confidence=high|medium|low\n"
    "                      check the claims read from a text with at least\n"
    "                      this confidence (default medium); the others are\n"
    "                      listed as proposed\n"
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
    command->format_given = true;
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
  } else if (name == "input") {
    if (value == "json") {
      command->input = InputKind::kJson;
    } else if (value == "text") {
      command->input = InputKind::kText;
    } else if (value == "html") {
      command->input = InputKind::kHtml;
    } else {
      return UsageError(absl::StrCat(
          "--input must be json, text or html, not \"", value, "\""));
    }
  } else if (name == "min_confidence") {
    if (value == "high") {
      command->min_confidence = v1::CONFIDENCE_HIGH;
    } else if (value == "medium") {
      command->min_confidence = v1::CONFIDENCE_MEDIUM;
    } else if (value == "low") {
      command->min_confidence = v1::CONFIDENCE_LOW;
    } else {
      return UsageError(absl::StrCat(
          "--min_confidence must be high, medium or low, not \"", value, "\""));
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
               flag == "ca" || flag == "token_file" || flag == "input" ||
               flag == "min_confidence") {
      if (i + 1 == args.size()) {
        return UsageError(absl::StrCat("--", flag, " needs a value"));
      }
      value = args[++i];
    }
    if (absl::Status status = SetFlag(flag, value, &command); !status.ok()) {
      return status;
    }
  }
  if (files.empty()) return UsageError("no file given");
  if (files.size() > 1) {
    return UsageError(absl::StrCat("one file at a time, not \"", files[0],
                                   "\" and \"", files[1], "\""));
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

InputKind InputOf(const CheckCommand& command, bool extracting) {
  if (command.input != InputKind::kAuto) return command.input;
  const std::string name = absl::AsciiStrToLower(command.file);
  for (const char* text : {".txt", ".md", ".markdown"}) {
    if (absl::EndsWith(name, text)) return InputKind::kText;
  }
  for (const char* html : {".html", ".htm"}) {
    if (absl::EndsWith(name, html)) return InputKind::kHtml;
  }
  if (extracting) {
    return absl::EndsWith(name, ".json") ? InputKind::kJson : InputKind::kText;
  }
  return InputKind::kJson;
}

int ExitCodeFor(const absl::Status& status, bool remote) {
  if (status.ok()) return kExitOk;
  if (remote && IsUnreachable(status)) return kExitUnreachable;
  return kExitUnreadable;
}

namespace {

// The status line of a call that failed: on standard error when no server
// answered (exit 3), else the report of what could not be read (exit 2).
int ReportFailure(const CheckCommand& command, const absl::Status& status,
                  std::ostream& out, std::ostream& err) {
  const int code = ExitCodeFor(status, !command.server.empty());
  if (code == kExitUnreachable) {
    err << "claimcheck: no answer from the server at " << command.server << ": "
        << absl::StatusCodeToString(status.code()) << ": " << status.message()
        << "\n";
  } else {
    out << RenderInvalidRequest(DisplayName(command.file), status,
                                command.format);
  }
  return code;
}

// The article of a text command: FILE's bytes as `text` or `html`.
template <typename Request>
absl::StatusOr<Request> ArticleRequest(const CheckCommand& command,
                                       InputKind input) {
  absl::StatusOr<std::string> body = ReadInputFile(command.file);
  if (!body.ok()) return body.status();
  Request request;
  if (input == InputKind::kHtml) {
    request.set_html(*std::move(body));
  } else {
    request.set_text(*std::move(body));
  }
  return request;
}

int RunCheck(const CheckCommand& command, std::ostream& out,
             std::ostream& err) {
  const InputKind input = InputOf(command, /*extracting=*/false);
  if (input != InputKind::kJson && IsBulkInput(command.file)) {
    err << "claimcheck: --input=text and --input=html take one article, not "
        << "the folder or JSON-lines file \"" << command.file << "\"\n";
    return kExitUnreadable;
  }
  if (IsBulkInput(command.file)) {
    absl::StatusOr<std::unique_ptr<CheckClient>> client = ClientFor(command);
    if (!client.ok()) {
      err << "claimcheck: " << client.status().message() << "\n";
      return kExitUnreadable;
    }
    return RunBulkCheck(command, client->get(), out, err);
  }

  absl::StatusOr<v1::CheckClaimsRequest> request;
  absl::StatusOr<v1::CheckTextRequest> article;
  if (input == InputKind::kJson) {
    request = ReadRequestFile(command.file);
  } else {
    article = ArticleRequest<v1::CheckTextRequest>(command, input);
  }
  if (const absl::Status read =
          input == InputKind::kJson ? request.status() : article.status();
      !read.ok()) {
    err << "claimcheck: " << read.message() << "\n";
    return kExitUnreadable;
  }

  absl::StatusOr<std::unique_ptr<CheckClient>> client = ClientFor(command);
  if (!client.ok()) {
    err << "claimcheck: " << client.status().message() << "\n";
    return kExitUnreadable;
  }
  const std::string name = DisplayName(command.file);
  if (input == InputKind::kJson) {
    absl::StatusOr<v1::CheckClaimsResponse> response =
        (*client)->Check(*request);
    if (!response.ok())
      return ReportFailure(command, response.status(), out, err);
    out << RenderReport(name, *response, command.format);
    return HasErrors(*response) ? kExitFindings : kExitOk;
  }
  article->set_min_confidence(command.min_confidence);
  absl::StatusOr<v1::CheckTextResponse> response =
      (*client)->CheckText(*article);
  if (!response.ok())
    return ReportFailure(command, response.status(), out, err);
  const std::string& source =
      input == InputKind::kHtml ? article->html() : article->text();
  out << RenderTextReport(name, source, *response, command.format);
  return HasErrors(response->check()) ? kExitFindings : kExitOk;
}

int RunExtract(const CheckCommand& command, std::ostream& out,
               std::ostream& err) {
  if (command.format_given ||
      command.min_confidence != v1::CONFIDENCE_UNSPECIFIED) {
    err << "claimcheck: extract prints the proposed request as JSON; "
        << (command.format_given ? "--format" : "--min_confidence")
        << " is for check\n"
        << kUsage;
    return kExitUnreadable;
  }
  const InputKind input = InputOf(command, /*extracting=*/true);
  if (input == InputKind::kJson) {
    err << "claimcheck: extract reads an article's text or HTML; "
        << DisplayName(command.file)
        << " is a request already (check it with claimcheck check, or say "
           "--input=text)\n";
    return kExitUnreadable;
  }
  absl::StatusOr<v1::ExtractClaimsRequest> article =
      ArticleRequest<v1::ExtractClaimsRequest>(command, input);
  if (!article.ok()) {
    err << "claimcheck: " << article.status().message() << "\n";
    return kExitUnreadable;
  }
  absl::StatusOr<std::unique_ptr<CheckClient>> client = ClientFor(command);
  if (!client.ok()) {
    err << "claimcheck: " << client.status().message() << "\n";
    return kExitUnreadable;
  }
  absl::StatusOr<v1::ExtractClaimsResponse> extraction =
      (*client)->Extract(*article);
  if (!extraction.ok()) {
    return ReportFailure(command, extraction.status(), out, err);
  }
  out << RenderProposedRequest(extraction->request());
  // On standard error, so that standard output stays the request alone.
  const auto count = [](int n, absl::string_view what) {
    return absl::StrCat(n, " ", what, n == 1 ? "" : "s");
  };
  err << "claimcheck: " << DisplayName(command.file) << ": "
      << count(extraction->request().figures_size(), "figure") << " and "
      << count(extraction->request().claims_size(), "claim") << " proposed; "
      << count(extraction->unused_size(), "number") << " read and not used\n";
  return kExitOk;
}

}  // namespace

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
  if (args[0] != "check" && args[0] != "extract") {
    err << "claimcheck: unknown command \"" << args[0] << "\"\n" << kUsage;
    return kExitUnreadable;
  }
  absl::StatusOr<CheckCommand> command =
      ParseCheckCommand(std::vector<std::string>(args.begin() + 1, args.end()));
  if (!command.ok()) {
    err << "claimcheck: " << command.status().message() << "\n" << kUsage;
    return kExitUnreadable;
  }
  return args[0] == "extract" ? RunExtract(*command, out, err)
                              : RunCheck(*command, out, err);
}

}  // namespace claimcheck
