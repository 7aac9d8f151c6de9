// Reads an ExtractClaimsRequest or CheckTextRequest off the wire so that an
// article body which is not UTF-8 still reaches the engine, which names the
// byte offset where it goes wrong.
//
// proto3 strings must be UTF-8, and gRPC's own parser refuses one that is not
// with INTERNAL and no message: the caller would learn nothing. So
// ExtractClaims and CheckText take their requests as bytes (gRPC's raw
// callback methods) and read them here: the fields of the `body` oneof
// ("text", "html") are copied as they are, every other field is parsed as
// usual.
//
//   v1::CheckTextRequest request;
//   absl::Status read = ReadTextRequest(*bytes, &request);
//   if (!read.ok()) return ToGrpcStatus(read);   // not a protocol buffer
//   CheckText(request, options);  // INVALID_UTF8 at byte 1234 of "text"
#ifndef CLAIMCHECK_SERVICE_TEXT_REQUEST_H_
#define CLAIMCHECK_SERVICE_TEXT_REQUEST_H_

#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/status.h>

#include "absl/status/status.h"
#include "google/protobuf/message.h"

namespace claimcheck {

// Parses `bytes` into `request`, a message with a oneof named "body" of
// string fields. INVALID_ARGUMENT when the bytes are not a protocol buffer,
// or when a field outside the body (the article id) is not UTF-8.
absl::Status ReadTextRequest(const grpc::ByteBuffer& bytes,
                             google::protobuf::Message* request);

// Serializes `response` into `bytes` for a raw method's reply; INTERNAL if
// protobuf cannot (a message over 2 GiB).
grpc::Status WriteResponse(const google::protobuf::Message& response,
                           grpc::ByteBuffer* bytes);

}  // namespace claimcheck

#endif  // CLAIMCHECK_SERVICE_TEXT_REQUEST_H_
