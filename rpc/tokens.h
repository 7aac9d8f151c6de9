// Bearer tokens as a token file or an environment variable holds them: the
// server reads the tokens it accepts (--token_file, CLAIMCHECK_TOKENS) and the
// CLI the one it sends (--token_file) the same way.
//
//   ParseTokens("# desk tokens\nalpha\nbeta, gamma\n");  // alpha, beta, gamma
//   absl::StatusOr<std::vector<std::string>> tokens =
//       ReadTokenFile("/etc/claimcheck/tokens");
#ifndef CLAIMCHECK_RPC_TOKENS_H_
#define CLAIMCHECK_RPC_TOKENS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

// The tokens in `text`: one per line, or separated by commas or spaces, as a
// token file or the CLAIMCHECK_TOKENS variable holds them. Lines starting
// with '#' are comments.
std::vector<std::string> ParseTokens(absl::string_view text);

// ParseTokens of the file at `path`; NOT_FOUND or PERMISSION_DENIED (with the
// path) when it cannot be read, INVALID_ARGUMENT when it holds no token.
absl::StatusOr<std::vector<std::string>> ReadTokenFile(const std::string& path);

}  // namespace claimcheck

#endif  // CLAIMCHECK_RPC_TOKENS_H_
