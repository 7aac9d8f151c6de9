#include "service/auth.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/request_error.h"

namespace claimcheck {

std::vector<std::string> ParseTokens(absl::string_view text) {
  std::vector<std::string> tokens;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (absl::StartsWith(line, "#")) continue;
    for (absl::string_view token :
         absl::StrSplit(line, absl::ByAnyChar(", \t\r"), absl::SkipEmpty())) {
      tokens.emplace_back(token);
    }
  }
  return tokens;
}

absl::StatusOr<std::vector<std::string>> ReadTokenFile(
    const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const std::string message = absl::StrCat(path, ": ", std::strerror(errno));
    return errno == ENOENT ? absl::NotFoundError(message)
                           : absl::PermissionDeniedError(message);
  }
  std::string contents;
  char buffer[4096];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof(buffer))) > 0 ||
         (n < 0 && errno == EINTR)) {
    if (n > 0) contents.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  std::vector<std::string> tokens = ParseTokens(contents);
  if (tokens.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": holds no token"));
  }
  return tokens;
}

bool ConstantTimeEquals(absl::string_view a, absl::string_view b) {
  // Every byte of `b` is compared with some byte of `a`, whatever matches.
  volatile unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) {
    const unsigned char x =
        a.empty() ? 0 : static_cast<unsigned char>(a[i % a.size()]);
    difference = difference | (x ^ static_cast<unsigned char>(b[i]));
  }
  return difference == 0;
}

TokenAuthenticator::TokenAuthenticator(std::vector<std::string> tokens)
    : tokens_(std::move(tokens)) {}

absl::Status TokenAuthenticator::Authenticate(
    const std::multimap<grpc::string_ref, grpc::string_ref>& metadata) const {
  if (tokens_.empty()) return absl::OkStatus();
  auto header = metadata.find("authorization");
  absl::string_view value;
  if (header != metadata.end()) {
    value = absl::string_view(header->second.data(), header->second.size());
  }
  constexpr absl::string_view kBearer = "bearer ";
  if (value.size() <= kBearer.size() ||
      !absl::EqualsIgnoreCase(value.substr(0, kBearer.size()), kBearer)) {
    return ErrorWithInfo(absl::StatusCode::kUnauthenticated,
                         "this server needs a bearer token: send the metadata "
                         "\"authorization: Bearer TOKEN\"",
                         "MISSING_TOKEN");
  }
  const absl::string_view presented =
      absl::StripAsciiWhitespace(value.substr(kBearer.size()));
  bool accepted = false;
  for (const std::string& token : tokens_) {
    // No early exit: the time taken does not say which token matched.
    accepted = ConstantTimeEquals(presented, token) || accepted;
  }
  if (accepted) return absl::OkStatus();
  return ErrorWithInfo(absl::StatusCode::kUnauthenticated,
                       "the bearer token is not accepted by this server",
                       "INVALID_TOKEN");
}

}  // namespace claimcheck
