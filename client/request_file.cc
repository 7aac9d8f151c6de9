#include "client/request_file.h"

#include <fcntl.h>
#include <google/protobuf/util/json_util.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {

namespace {

absl::Status ErrnoStatus(int error, absl::string_view what) {
  const std::string message = absl::StrCat(what, ": ", std::strerror(error));
  switch (error) {
    case ENOENT:
      return absl::NotFoundError(message);
    case EACCES:
      return absl::PermissionDeniedError(message);
    default:
      return absl::UnknownError(message);
  }
}

absl::StatusOr<std::string> ReadAll(int fd, absl::string_view name) {
  std::string contents;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n == 0) return contents;
    if (n < 0) {
      if (errno == EINTR) continue;
      // A directory fails here, with EISDIR.
      return ErrnoStatus(errno, absl::StrCat(name, ": cannot read"));
    }
    contents.append(buffer, static_cast<size_t>(n));
  }
}

}  // namespace

std::string DisplayName(absl::string_view path) {
  return path == kStdinPath ? "<stdin>" : std::string(path);
}

absl::StatusOr<v1::CheckClaimsRequest> ParseRequestJson(
    absl::string_view json, absl::string_view name) {
  v1::CheckClaimsRequest request;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  google::protobuf::util::Status status =
      google::protobuf::util::JsonStringToMessage(
          google::protobuf::StringPiece(json.data(), json.size()), &request,
          options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": not a CheckClaimsRequest in proto3 JSON: ",
                     std::string(status.message())));
  }
  return request;
}

absl::StatusOr<std::string> ReadInputFile(absl::string_view path) {
  const std::string name = DisplayName(path);
  const int fd = path == kStdinPath
                     ? STDIN_FILENO
                     : open(std::string(path).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus(errno, absl::StrCat(name, ": cannot open"));
  absl::StatusOr<std::string> contents = ReadAll(fd, name);
  if (fd != STDIN_FILENO) close(fd);
  return contents;
}

absl::StatusOr<v1::CheckClaimsRequest> ReadRequestFile(absl::string_view path) {
  absl::StatusOr<std::string> contents = ReadInputFile(path);
  if (!contents.ok()) return contents.status();
  return ParseRequestJson(*contents, DisplayName(path));
}

}  // namespace claimcheck
