// The fields of a request's message types, as the walks that treat every
// field alike need them: the limits (limits.cc) and the figure references
// (engine.cc). Walking the descriptors keeps each rule in one place for every
// kind of claim, present and future; this finds what each field is once per
// message type instead of at every message of every request.
//
//   const google::protobuf::Reflection* reflection = message.GetReflection();
//   for (const RequestField& f : RequestFields(message.GetDescriptor())) {
//     const int n = Entries(*reflection, message, f);   // 0 when unset or
//     empty
//     ...
//   }
#ifndef CLAIMCHECK_ENGINE_READING_REQUEST_FIELDS_H_
#define CLAIMCHECK_ENGINE_READING_REQUEST_FIELDS_H_

#include <vector>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"

namespace claimcheck {

struct RequestField {
  const google::protobuf::FieldDescriptor* field;
  bool repeated;
  bool string;      // a string field
  bool message;     // a message field
  bool figure_id;   // a singular string named *_id: a reference to a figure
  bool figure_ids;  // a repeated string named *_ids: a list of them
  bool claim;       // a message field of type Claim or Quantity
  int max_length;   // for a string: the longest it may be (limits.h)
};

// The fields of `type` that hold strings, messages or lists, in field number
// order (the order of Reflection::ListFields). `type` must be
// CheckClaimsRequest or a type it holds. Built once; threads share it.
const std::vector<RequestField>& RequestFields(
    const google::protobuf::Descriptor* type);

// How many entries `f` has in `message`: a list's size; for a singular
// field 1 when set (a string when not empty), else 0. `reflection` is
// message.GetReflection(), which costs a call of its own: found once per
// message, not per field.
int Entries(const google::protobuf::Reflection& reflection,
            const google::protobuf::Message& message, const RequestField& f);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_REQUEST_FIELDS_H_
