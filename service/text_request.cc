#include "service/text_request.h"

#include <grpcpp/impl/codegen/proto_utils.h>
#include <grpcpp/support/proto_buffer_reader.h>

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/unknown_field_set.h"

namespace claimcheck {

absl::Status ReadTextRequest(const grpc::ByteBuffer& bytes,
                             google::protobuf::Message* request) {
  const google::protobuf::Descriptor* type = request->GetDescriptor();
  grpc::ByteBuffer shared(bytes);  // shares the slices: no copy
  grpc::ProtoBufferReader reader(&shared);
  google::protobuf::UnknownFieldSet fields;
  if (!reader.status().ok() || !fields.ParseFromZeroCopyStream(&reader)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the request is not a ", type->full_name(), " in protobuf's encoding"));
  }
  const google::protobuf::OneofDescriptor* body = type->FindOneofByName("body");
  google::protobuf::UnknownFieldSet others;
  std::vector<std::pair<const google::protobuf::FieldDescriptor*, std::string>>
      bodies;
  for (int i = 0; i < fields.field_count(); ++i) {
    const google::protobuf::UnknownField& field = fields.field(i);
    const google::protobuf::FieldDescriptor* known =
        type->FindFieldByNumber(field.number());
    if (known != nullptr && body != nullptr &&
        known->containing_oneof() == body &&
        known->type() == google::protobuf::FieldDescriptor::TYPE_STRING &&
        field.type() == google::protobuf::UnknownField::TYPE_LENGTH_DELIMITED) {
      bodies.emplace_back(known, field.length_delimited());
    } else {
      others.AddField(field);
    }
  }
  std::string rest;
  if (!others.SerializeToString(&rest) || !request->ParseFromString(rest)) {
    return absl::InvalidArgumentError(
        absl::StrCat("the request is not a ", type->full_name(),
                     ": a field other than the article's body is not "
                     "UTF-8, or does not have its declared type"));
  }
  // The last one wins, as when protobuf parses a oneof.
  for (auto& [field, value] : bodies) {
    request->GetReflection()->SetString(request, field, std::move(value));
  }
  return absl::OkStatus();
}

grpc::Status WriteResponse(const google::protobuf::Message& response,
                           grpc::ByteBuffer* bytes) {
  bool own_buffer = false;
  return grpc::SerializationTraits<google::protobuf::Message>::Serialize(
      response, bytes, &own_buffer);
}

}  // namespace claimcheck
