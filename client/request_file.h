// Reads a CheckClaimsRequest written in the proto3 JSON mapping, the format
// of the files in examples/ and of grpcurl's -d. Field names may be
// lowerCamelCase ("totalId") or as in the .proto ("total_id"); enums are
// given by name ("UNIT_COUNT"). Unknown fields are an error, so a misspelled
// field name cannot silently drop a claim.
//
//   absl::StatusOr<v1::CheckClaimsRequest> request =
//       ReadRequestFile("examples/kqed-ice-arrests.json");  // or "-": stdin
//   if (!request.ok()) {
//     std::cerr << request.status().message();
//     // "examples/kqed-ice-arrests.json: not a CheckClaimsRequest in proto3
//     //  JSON: ..." with the parser's own words
//   }
#ifndef CLAIMCHECK_CLIENT_REQUEST_FILE_H_
#define CLAIMCHECK_CLIENT_REQUEST_FILE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// The name of standard input in file arguments.
inline constexpr absl::string_view kStdinPath = "-";

// How reports name `path`: "<stdin>" for "-", otherwise the path as given.
std::string DisplayName(absl::string_view path);

// Reads and parses `path`, or standard input when it is "-". A file that
// cannot be read gives NOT_FOUND or PERMISSION_DENIED (or UNKNOWN), JSON that
// does not parse INVALID_ARGUMENT; either message starts with the display
// name of the file.
absl::StatusOr<v1::CheckClaimsRequest> ReadRequestFile(absl::string_view path);

// The bytes of `path`, or of standard input when it is "-", as they are (an
// article's text or HTML). Errors as ReadRequestFile's.
absl::StatusOr<std::string> ReadInputFile(absl::string_view path);

// Parses `json`; `name` is the file name used in the error message.
absl::StatusOr<v1::CheckClaimsRequest> ParseRequestJson(absl::string_view json,
                                                        absl::string_view name);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLIENT_REQUEST_FILE_H_
