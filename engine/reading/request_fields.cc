#include "engine/reading/request_fields.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "engine/reading/limits.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;

// The longest a string field may be, by its name and message.
int MaxLength(const FieldDescriptor& field) {
  const std::string& name = field.name();
  if (name == "id" || absl::EndsWith(name, "_id") ||
      absl::EndsWith(name, "_ids")) {
    return kMaxIdLength;
  }
  if (name == "quote" ||
      (name == "text" && field.containing_type() == v1::Claim::descriptor())) {
    return kMaxQuoteLength;
  }
  if (name == "text" || name == "rate_per" || name == "tolerance" ||
      name == "lower" || name == "upper" || name == "alpha" ||
      name == "constant") {
    return kMaxFigureTextLength;
  }
  return kMaxLabelLength;
}

using Plans = absl::flat_hash_map<const Descriptor*, std::vector<RequestField>>;

void AddPlans(const Descriptor* type, Plans* plans) {
  if (plans->contains(type)) return;
  std::vector<RequestField> fields;
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    RequestField f{field,
                   field->is_repeated(),
                   field->type() == FieldDescriptor::TYPE_STRING,
                   field->type() == FieldDescriptor::TYPE_MESSAGE,
                   false,
                   false,
                   false,
                   0,
                   field->real_containing_oneof()};
    if (f.string) {
      f.figure_id = !f.repeated && absl::EndsWith(field->name(), "_id");
      f.figure_ids = f.repeated && absl::EndsWith(field->name(), "_ids");
      f.max_length = MaxLength(*field);
    }
    // A quantity's expression is bounded as a claim's lists are.
    f.claim =
        f.message && (field->message_type() == v1::Claim::descriptor() ||
                      field->message_type() == v1::Quantity::descriptor());
    // Other singular fields (numbers, enums) hold nothing to walk.
    if (f.repeated || f.string || f.message) fields.push_back(f);
  }
  std::sort(fields.begin(), fields.end(),
            [](const RequestField& a, const RequestField& b) {
              return a.field->number() < b.field->number();
            });
  std::vector<const Descriptor*> nested;
  for (const RequestField& f : fields) {
    if (f.message) nested.push_back(f.field->message_type());
  }
  plans->emplace(type, std::move(fields));
  for (const Descriptor* n : nested) AddPlans(n, plans);
}

}  // namespace

const std::vector<RequestField>& RequestFields(const Descriptor* type) {
  static const Plans* const plans = [] {
    auto* built = new Plans();
    AddPlans(v1::CheckClaimsRequest::descriptor(), built);
    // Every type is in now, so the plans stay where they are.
    for (auto& [type, fields] : *built) {
      for (RequestField& f : fields) {
        if (!f.message) continue;
        const Descriptor* nested = f.field->message_type();
        f.nested = &built->at(nested);
        f.nested_reflection =
            google::protobuf::MessageFactory::generated_factory()
                ->GetPrototype(nested)
                ->GetReflection();
      }
    }
    return built;
  }();
  return plans->at(type);
}

int Entries(const google::protobuf::Reflection& reflection,
            const google::protobuf::Message& message, const RequestField& f) {
  if (f.repeated) return reflection.FieldSize(message, f.field);
  if (f.string) {
    std::string scratch;
    return reflection.GetStringReference(message, f.field, &scratch).empty()
               ? 0
               : 1;
  }
  return reflection.HasField(message, f.field) ? 1 : 0;
}

}  // namespace claimcheck
