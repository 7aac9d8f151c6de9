#include "client/bulk.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "client/report.h"
#include "client/request_file.h"

namespace claimcheck {
namespace {

struct Article {
  std::string name;
  absl::StatusOr<v1::CheckClaimsRequest> request;
};

absl::StatusOr<std::vector<Article>> ReadArticles(const std::string& path) {
  std::vector<Article> articles;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") {
        files.push_back(entry.path().string());
      }
    }
    if (error)
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": ", error.message()));
    std::sort(files.begin(), files.end());
    for (const std::string& file : files)
      articles.push_back({file, ReadRequestFile(file)});
    return articles;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return absl::InvalidArgumentError(absl::StrCat(path, ": cannot be read"));
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    const std::string name = absl::StrCat(path, ":", number);
    articles.push_back({name, ParseRequestJson(line, name)});
  }
  return articles;
}

}  // namespace

bool IsBulkInput(const std::string& path) {
  std::error_code error;
  return absl::EndsWith(path, ".jsonl") ||
         std::filesystem::is_directory(path, error);
}

int RunBulkCheck(const CheckCommand& command, CheckClient* client,
                 std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::vector<Article>> articles = ReadArticles(command.file);
  if (!articles.ok()) {
    err << "claimcheck: " << articles.status().message() << "\n";
    return kExitUnreadable;
  }
  // Only readable articles are sent; `sent[k]` is the article of the k-th.
  std::vector<v1::CheckClaimsRequest> requests;
  std::vector<size_t> sent;
  for (size_t i = 0; i < articles->size(); ++i) {
    if ((*articles)[i].request.ok()) {
      requests.push_back(*(*articles)[i].request);
      sent.push_back(i);
    }
  }
  int unreadable = 0, with_errors = 0, checked = 0;
  size_t reported = 0;  // articles reported so far, in order
  auto report_unreadable_until = [&](size_t end) {
    for (; reported < end; ++reported) {
      const Article& a = (*articles)[reported];
      if (a.request.ok()) continue;
      ++unreadable;
      err << "claimcheck: " << a.request.status().message() << "\n";
    }
  };
  const absl::Status stream = client->CheckMany(
      requests,
      [&](size_t k, absl::StatusOr<v1::CheckClaimsResponse> response) {
        report_unreadable_until(sent[k]);
        const std::string& name = (*articles)[sent[k]].name;
        if (!response.ok()) {
          ++unreadable;
          out << RenderInvalidRequest(name, response.status(), command.format);
        } else {
          ++checked;
          if (HasErrors(*response)) ++with_errors;
          out << RenderReport(name, *response, command.format);
        }
        reported = sent[k] + 1;
      });
  if (!stream.ok()) {
    err << "claimcheck: the check of " << command.file
        << " stopped: " << absl::StatusCodeToString(stream.code()) << ": "
        << stream.message() << "\n";
    return command.server.empty() || !IsUnreachable(stream) ? kExitUnreadable
                                                            : kExitUnreachable;
  }
  report_unreadable_until(articles->size());
  if (command.format == ReportFormat::kText) {
    out << articles->size() << " articles: " << checked << " checked, "
        << with_errors << " with errors, " << unreadable << " unreadable\n";
  }
  if (unreadable > 0) return kExitUnreadable;
  return with_errors > 0 ? kExitFindings : kExitOk;
}

}  // namespace claimcheck
