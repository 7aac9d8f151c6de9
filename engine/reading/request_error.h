// How the engine reports a request it cannot read, as AIP-193 describes: one
// INVALID_ARGUMENT status carrying one google.rpc.BadRequest that lists every
// field violation, and a google.rpc.ErrorInfo. Both ride on the absl::Status
// as payloads keyed by their type URLs, so the gRPC layer can copy them into
// google.rpc.Status details without knowing the engine.
//
//   RequestErrors errors;
//   errors.Add("claims[3].total.parts[2].figure_id", "UNKNOWN_FIGURE_ID",
//              "no figure has the id \"denver\"");
//   if (!errors.empty()) return errors.ToStatus();
#ifndef CLAIMCHECK_ENGINE_READING_REQUEST_ERROR_H_
#define CLAIMCHECK_ENGINE_READING_REQUEST_ERROR_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "proto/google/rpc/error_details.pb.h"

namespace claimcheck {

// The ErrorInfo domain of every error the engine raises.
inline constexpr absl::string_view kErrorDomain = "claimcheck.v1";
// The ErrorInfo reason of a request with field violations.
inline constexpr absl::string_view kInvalidRequestReason = "INVALID_REQUEST";
// Payload type URLs, as google.protobuf.Any spells them.
inline constexpr absl::string_view kBadRequestTypeUrl =
    "type.googleapis.com/google.rpc.BadRequest";
inline constexpr absl::string_view kErrorInfoTypeUrl =
    "type.googleapis.com/google.rpc.ErrorInfo";

// Field violations listed in one error: a request with more (a thousand
// unknown ids) lists the first ones, and ErrorInfo's "violations" counts all.
inline constexpr int kMaxViolations = 100;

// Collects field violations; turns them into one status.
class RequestErrors {
 public:
  // Records that `field` (a path such as "figures[2].text") is wrong.
  // `reason` is a stable UPPER_SNAKE code; `description` a sentence for people.
  // Past kMaxViolations it only counts.
  void Add(std::string field, std::string reason, std::string description);

  bool empty() const { return violations_.empty(); }
  // Every violation added, listed or not.
  int count() const { return count_; }
  const std::vector<google::rpc::BadRequest::FieldViolation>& violations()
      const {
    return violations_;
  }

  // INVALID_ARGUMENT with a message naming the first violation and the count,
  // and the BadRequest and ErrorInfo payloads.
  absl::Status ToStatus() const;

 private:
  std::vector<google::rpc::BadRequest::FieldViolation> violations_;
  int count_ = 0;
};

// A status of `code` and `message` carrying a google.rpc.ErrorInfo with
// `reason` (UPPER_SNAKE), kErrorDomain and `metadata`, for errors that are
// not about fields: "DEADLINE_EXCEEDED", "INVALID_TOKEN".
absl::Status ErrorWithInfo(
    absl::StatusCode code, absl::string_view message, absl::string_view reason,
    const std::vector<std::pair<std::string, std::string>>& metadata = {});

// The BadRequest payload of `status`, or an empty message when it has none.
google::rpc::BadRequest BadRequestOf(const absl::Status& status);
// The ErrorInfo payload of `status`, or an empty message when it has none.
google::rpc::ErrorInfo ErrorInfoOf(const absl::Status& status);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_REQUEST_ERROR_H_
