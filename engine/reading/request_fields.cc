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

// A singular string field's generated accessor, as a function of the message
// (always of the field's type: the plans are walked only over the generated
// request types).
using StringValue = const std::string& (*)(const google::protobuf::Message&);

#define CLAIMCHECK_STRING_FIELD(Type, name)                            \
  {                                                                    \
    v1::Type::descriptor()->FindFieldByName(#name),                    \
        [](const google::protobuf::Message& m) -> const std::string& { \
          return static_cast<const v1::Type&>(m).name();               \
        }                                                              \
  }

// The accessors of the singular string fields of CheckClaimsRequest and the
// types it holds. A field missing here is read through reflection, correct
// but slower; request_fields_test.cc fails until it is added.
const absl::flat_hash_map<const FieldDescriptor*, StringValue>& StringValues() {
  static const auto* const values =
      new absl::flat_hash_map<const FieldDescriptor*, StringValue>({
          CLAIMCHECK_STRING_FIELD(CheckClaimsRequest, article_id),
          CLAIMCHECK_STRING_FIELD(Figure, id),
          CLAIMCHECK_STRING_FIELD(Figure, text),
          CLAIMCHECK_STRING_FIELD(Figure, unit_name),
          CLAIMCHECK_STRING_FIELD(Figure, rate_per),
          CLAIMCHECK_STRING_FIELD(Figure, label),
          CLAIMCHECK_STRING_FIELD(Figure, unit_symbol),
          CLAIMCHECK_STRING_FIELD(Claim, id),
          CLAIMCHECK_STRING_FIELD(Claim, text),
          CLAIMCHECK_STRING_FIELD(Quantity, id),
          CLAIMCHECK_STRING_FIELD(Quantity, unit_name),
          CLAIMCHECK_STRING_FIELD(Quantity, label),
          CLAIMCHECK_STRING_FIELD(Quantity, rate_per),
          CLAIMCHECK_STRING_FIELD(Quantity, unit_symbol),
          CLAIMCHECK_STRING_FIELD(IntervalOverride, tolerance),
          CLAIMCHECK_STRING_FIELD(Span, quote),
          CLAIMCHECK_STRING_FIELD(TotalClaim, total_id),
          CLAIMCHECK_STRING_FIELD(CountClaim, count_id),
          CLAIMCHECK_STRING_FIELD(ShareClaim, part_id),
          CLAIMCHECK_STRING_FIELD(ShareClaim, base_id),
          CLAIMCHECK_STRING_FIELD(ShareClaim, percent_id),
          CLAIMCHECK_STRING_FIELD(ChangeClaim, from_id),
          CLAIMCHECK_STRING_FIELD(ChangeClaim, to_id),
          CLAIMCHECK_STRING_FIELD(ChangeClaim, change_id),
          CLAIMCHECK_STRING_FIELD(RatioClaim, numerator_id),
          CLAIMCHECK_STRING_FIELD(RatioClaim, denominator_id),
          CLAIMCHECK_STRING_FIELD(RatioClaim, ratio_id),
          CLAIMCHECK_STRING_FIELD(RateClaim, count_id),
          CLAIMCHECK_STRING_FIELD(RateClaim, population_id),
          CLAIMCHECK_STRING_FIELD(RateClaim, rate_id),
          CLAIMCHECK_STRING_FIELD(MeanClaim, mean_id),
          CLAIMCHECK_STRING_FIELD(MeanClaim, n_id),
          CLAIMCHECK_STRING_FIELD(MeanClaim, sum_id),
          CLAIMCHECK_STRING_FIELD(MeanClaim, sd_id),
          CLAIMCHECK_STRING_FIELD(ComparisonClaim, subject_id),
          CLAIMCHECK_STRING_FIELD(ComparisonClaim, whole_id),
          CLAIMCHECK_STRING_FIELD(StatisticalTestClaim, value_id),
          CLAIMCHECK_STRING_FIELD(StatisticalTestClaim, df1_id),
          CLAIMCHECK_STRING_FIELD(StatisticalTestClaim, df2_id),
          CLAIMCHECK_STRING_FIELD(StatisticalTestClaim, p_id),
          CLAIMCHECK_STRING_FIELD(StatisticalTestClaim, alpha),
          CLAIMCHECK_STRING_FIELD(Bounds, lower),
          CLAIMCHECK_STRING_FIELD(Bounds, upper),
          CLAIMCHECK_STRING_FIELD(Term, figure_id),
          CLAIMCHECK_STRING_FIELD(Operand, figure_id),
          CLAIMCHECK_STRING_FIELD(Operand, constant),
      });
  return *values;
}

#undef CLAIMCHECK_STRING_FIELD

// A singular message field's generated accessors: has_NAME() and NAME().
struct MessageValue {
  bool (*has)(const google::protobuf::Message&);
  const google::protobuf::Message& (*get)(const google::protobuf::Message&);
};

#define CLAIMCHECK_MESSAGE_FIELD(Type, name)                       \
  {                                                                \
    v1::Type::descriptor()->FindFieldByName(#name), MessageValue { \
      [](const google::protobuf::Message& m) {                     \
        return static_cast<const v1::Type&>(m).has_##name();       \
      },                                                           \
          [](const google::protobuf::Message& m)                   \
              -> const google::protobuf::Message& {                \
            return static_cast<const v1::Type&>(m).name();         \
          }                                                        \
    }                                                              \
  }

// Those of the singular message fields the walks look into (the others
// hold nothing to walk and are dropped from the plans), as StringValues.
const absl::flat_hash_map<const FieldDescriptor*, MessageValue>&
MessageValues() {
  static const auto* const values =
      new absl::flat_hash_map<const FieldDescriptor*, MessageValue>({
          CLAIMCHECK_MESSAGE_FIELD(Figure, interval_override),
          CLAIMCHECK_MESSAGE_FIELD(Figure, span),
          CLAIMCHECK_MESSAGE_FIELD(Claim, span),
          CLAIMCHECK_MESSAGE_FIELD(Claim, total),
          CLAIMCHECK_MESSAGE_FIELD(Claim, count),
          CLAIMCHECK_MESSAGE_FIELD(Claim, share),
          CLAIMCHECK_MESSAGE_FIELD(Claim, shares_sum),
          CLAIMCHECK_MESSAGE_FIELD(Claim, change),
          CLAIMCHECK_MESSAGE_FIELD(Claim, ratio),
          CLAIMCHECK_MESSAGE_FIELD(Claim, rate),
          CLAIMCHECK_MESSAGE_FIELD(Claim, mean),
          CLAIMCHECK_MESSAGE_FIELD(Claim, comparison),
          CLAIMCHECK_MESSAGE_FIELD(Claim, statistical_test),
          CLAIMCHECK_MESSAGE_FIELD(Claim, same_quantity),
          CLAIMCHECK_MESSAGE_FIELD(Quantity, expression),
          CLAIMCHECK_MESSAGE_FIELD(IntervalOverride, bounds),
      });
  return *values;
}

#undef CLAIMCHECK_MESSAGE_FIELD

using ListEntryOf =
    const google::protobuf::Message& (*)(const google::protobuf::Message&, int);

#define CLAIMCHECK_LIST_FIELD(Type, name)                 \
  {                                                       \
    v1::Type::descriptor()->FindFieldByName(#name),       \
        [](const google::protobuf::Message& m,            \
           int i) -> const google::protobuf::Message& {   \
          return static_cast<const v1::Type&>(m).name(i); \
        }                                                 \
  }

// The entry accessors of the lists of messages, as StringValues.
const absl::flat_hash_map<const FieldDescriptor*, ListEntryOf>& ListEntries() {
  static const auto* const entries =
      new absl::flat_hash_map<const FieldDescriptor*, ListEntryOf>({
          CLAIMCHECK_LIST_FIELD(CheckClaimsRequest, figures),
          CLAIMCHECK_LIST_FIELD(CheckClaimsRequest, claims),
          CLAIMCHECK_LIST_FIELD(CheckClaimsRequest, quantities),
          CLAIMCHECK_LIST_FIELD(TotalClaim, parts),
          CLAIMCHECK_LIST_FIELD(Expression, operands),
      });
  return *entries;
}

#undef CLAIMCHECK_LIST_FIELD

using OneofCaseOf = int (*)(const google::protobuf::Message&);

#define CLAIMCHECK_ONEOF(Type, name)                          \
  {                                                           \
    v1::Type::descriptor()->FindOneofByName(#name),           \
        [](const google::protobuf::Message& m) {              \
          return static_cast<int>(                            \
              static_cast<const v1::Type&>(m).name##_case()); \
        }                                                     \
  }

// The case accessors of the oneofs of the request's types, as StringValues
// (a case is the number of the field set, 0 for none).
const absl::flat_hash_map<const google::protobuf::OneofDescriptor*,
                          OneofCaseOf>&
OneofCases() {
  static const auto* const cases =
      new absl::flat_hash_map<const google::protobuf::OneofDescriptor*,
                              OneofCaseOf>({
          CLAIMCHECK_ONEOF(Claim, kind),
          CLAIMCHECK_ONEOF(Operand, value),
          CLAIMCHECK_ONEOF(IntervalOverride, replacement),
      });
  return *cases;
}

#undef CLAIMCHECK_ONEOF

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
      if (!f.repeated) {
        const auto value = StringValues().find(field);
        if (value != StringValues().end()) f.string_value = value->second;
      }
    }
    if (f.message && !f.repeated) {
      const auto value = MessageValues().find(field);
      if (value != MessageValues().end()) {
        f.has_message = value->second.has;
        f.message_value = value->second.get;
      }
    }
    if (f.message && f.repeated) {
      const auto entry = ListEntries().find(field);
      if (entry != ListEntries().end()) f.list_entry = entry->second;
    }
    if (f.oneof != nullptr) {
      const auto oneof_case = OneofCases().find(f.oneof);
      if (oneof_case != OneofCases().end()) f.oneof_case = oneof_case->second;
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
    // A singular message field whose type holds nothing to walk (a span's
    // offsets) can break no limit and name no figure: dropped, so that no
    // walk asks whether it is set.
    for (bool dropped = true; dropped;) {
      dropped = false;
      for (auto& [type, fields] : *built) {
        const auto empty = [&](const RequestField& f) {
          return f.message && !f.repeated &&
                 built->at(f.field->message_type()).empty();
        };
        const auto end = std::remove_if(fields.begin(), fields.end(), empty);
        if (end != fields.end()) {
          fields.erase(end, fields.end());
          dropped = true;
        }
      }
    }
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
    if (f.string_value != nullptr)
      return f.string_value(message).empty() ? 0 : 1;
    std::string scratch;
    return reflection.GetStringReference(message, f.field, &scratch).empty()
               ? 0
               : 1;
  }
  if (f.has_message != nullptr) return f.has_message(message) ? 1 : 0;
  return reflection.HasField(message, f.field) ? 1 : 0;
}

}  // namespace claimcheck
