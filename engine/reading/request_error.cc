#include "engine/reading/request_error.h"

#include <utility>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace claimcheck {
namespace {

// Map fields (ErrorInfo's metadata) serialize in hash order unless asked not
// to; the same request must give the same bytes.
std::string Deterministic(const google::protobuf::MessageLite& message) {
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return out;
}

}  // namespace

void RequestErrors::Add(std::string field, std::string reason,
                        std::string description) {
  if (++count_ > kMaxViolations) return;
  google::rpc::BadRequest::FieldViolation violation;
  violation.set_field(std::move(field));
  violation.set_reason(std::move(reason));
  violation.set_description(std::move(description));
  violations_.push_back(std::move(violation));
}

absl::Status RequestErrors::ToStatus() const {
  if (violations_.empty()) return absl::OkStatus();
  const auto& first = violations_.front();
  std::string message = absl::StrCat("invalid request: ", first.field(), ": ",
                                     first.description());
  if (count_ > 1) {
    absl::StrAppend(&message, " (and ", count_ - 1,
                    count_ == 2 ? " more problem)" : " more problems)");
  }
  absl::Status status = absl::InvalidArgumentError(message);

  google::rpc::BadRequest bad_request;
  for (const auto& violation : violations_) {
    *bad_request.add_field_violations() = violation;
  }
  status.SetPayload(kBadRequestTypeUrl, absl::Cord(Deterministic(bad_request)));

  google::rpc::ErrorInfo info;
  info.set_reason(std::string(kInvalidRequestReason));
  info.set_domain(std::string(kErrorDomain));
  (*info.mutable_metadata())["violations"] = absl::StrCat(count_);
  (*info.mutable_metadata())["first_field"] = first.field();
  (*info.mutable_metadata())["first_reason"] = first.reason();
  status.SetPayload(kErrorInfoTypeUrl, absl::Cord(Deterministic(info)));
  return status;
}

absl::Status ErrorWithInfo(
    absl::StatusCode code, absl::string_view message, absl::string_view reason,
    const std::vector<std::pair<std::string, std::string>>& metadata) {
  absl::Status status(code, message);
  google::rpc::ErrorInfo info;
  info.set_reason(std::string(reason));
  info.set_domain(std::string(kErrorDomain));
  for (const auto& [key, value] : metadata)
    (*info.mutable_metadata())[key] = value;
  status.SetPayload(kErrorInfoTypeUrl, absl::Cord(Deterministic(info)));
  return status;
}

google::rpc::BadRequest BadRequestOf(const absl::Status& status) {
  google::rpc::BadRequest bad_request;
  if (auto payload = status.GetPayload(kBadRequestTypeUrl)) {
    bad_request.ParseFromString(std::string(*payload));
  }
  return bad_request;
}

google::rpc::ErrorInfo ErrorInfoOf(const absl::Status& status) {
  google::rpc::ErrorInfo info;
  if (auto payload = status.GetPayload(kErrorInfoTypeUrl)) {
    info.ParseFromString(std::string(*payload));
  }
  return info;
}

}  // namespace claimcheck
