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

#include <string>
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
  // The oneof it is one of the fields of, if any: at most one is set.
  const google::protobuf::OneofDescriptor* oneof;
  // For a message field: its type's fields (RequestFields) and reflection,
  // so that a walk need not ask each nested message for them (each ask is a
  // virtual call and a check that the descriptors are assigned).
  const std::vector<RequestField>* nested = nullptr;
  const google::protobuf::Reflection* nested_reflection = nullptr;
  // For a singular string field: its value through the generated accessor,
  // the same string Reflection::GetStringReference returns, in a few
  // instructions instead of about 190 (that call checks the field against
  // the message's type, label and C++ type and looks up its offset each
  // time). Every string, message and list field of the plans has its
  // accessors (request_fields_test.cc); one without is read by reflection.
  const std::string& (*string_value)(const google::protobuf::Message&) =
      nullptr;
  // For a singular message field: whether it is set and its value, through
  // the generated accessors, as Reflection::HasField and GetMessage answer.
  bool (*has_message)(const google::protobuf::Message&) = nullptr;
  const google::protobuf::Message& (*message_value)(
      const google::protobuf::Message&) = nullptr;
  // For a list of messages: its entry i, as Reflection::GetRepeatedMessage.
  const google::protobuf::Message& (*list_entry)(
      const google::protobuf::Message&, int) = nullptr;
  // For a field of a oneof: the number of the oneof's field that is set (0
  // for none), through the generated NAME_case(), as
  // Reflection::GetOneofFieldDescriptor tells it for some 150 instructions.
  int (*oneof_case)(const google::protobuf::Message&) = nullptr;
};

// The number of the field of `f`'s oneof that is set in `message`, 0 for
// none; `reflection` is message.GetReflection().
inline int OneofCase(const google::protobuf::Reflection& reflection,
                     const google::protobuf::Message& message,
                     const RequestField& f) {
  if (f.oneof_case != nullptr) return f.oneof_case(message);
  const google::protobuf::FieldDescriptor* set =
      reflection.GetOneofFieldDescriptor(message, f.oneof);
  return set == nullptr ? 0 : set->number();
}

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

// A singular message field's value, as Reflection::GetMessage returns it.
inline const google::protobuf::Message& SingularMessage(
    const google::protobuf::Reflection& reflection,
    const google::protobuf::Message& message, const RequestField& f) {
  return f.message_value != nullptr ? f.message_value(message)
                                    : reflection.GetMessage(message, f.field);
}

// Entry i of a list of messages, as Reflection::GetRepeatedMessage returns
// it.
inline const google::protobuf::Message& ListEntry(
    const google::protobuf::Reflection& reflection,
    const google::protobuf::Message& message, const RequestField& f,
    const int i) {
  return f.list_entry != nullptr
             ? f.list_entry(message, i)
             : reflection.GetRepeatedMessage(message, f.field, i);
}

// Calls f(field, entries, value) for each of RequestFields(message's type)
// with Entries above 0, in that order; `value` is a singular string field's
// value (the field's own string: the request has no cords), else nullptr.
// Of a oneof's fields only the one set is looked at, and a string is read
// once, through its generated accessor (RequestField::string_value).
// `fields` is RequestFields(message's type): a walk that went through a
// message field has it as that field's `nested`.
template <typename F>
void ForEachSetField(const google::protobuf::Message& message,
                     const google::protobuf::Reflection& reflection,
                     const std::vector<RequestField>& fields, const F& f) {
  const google::protobuf::OneofDescriptor* oneof = nullptr;
  int chosen = 0;  // the number of the oneof's field that is set
  std::string scratch;
  for (const RequestField& field : fields) {
    if (field.oneof != nullptr) {
      if (field.oneof != oneof) {
        oneof = field.oneof;
        chosen = OneofCase(reflection, message, field);
      }
      if (field.field->number() != chosen) continue;
    }
    if (field.string && !field.repeated) {
      const std::string& value =
          field.string_value != nullptr
              ? field.string_value(message)
              : reflection.GetStringReference(message, field.field, &scratch);
      if (!value.empty()) f(field, 1, &value);
      continue;
    }
    if (field.has_message != nullptr) {
      // A singular message, asked through its generated accessor in place
      // (what Entries would do, without the call).
      if (field.has_message(message)) f(field, 1, nullptr);
      continue;
    }
    const int entries = Entries(reflection, message, field);
    if (entries > 0) f(field, entries, nullptr);
  }
}
template <typename F>
void ForEachSetField(const google::protobuf::Message& message,
                     const google::protobuf::Reflection& reflection,
                     const F& f) {
  ForEachSetField(message, reflection, RequestFields(message.GetDescriptor()),
                  f);
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_REQUEST_FIELDS_H_
