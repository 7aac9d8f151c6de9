#include "service/auth.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/reading/request_error.h"

namespace claimcheck {

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
