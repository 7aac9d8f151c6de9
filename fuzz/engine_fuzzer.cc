// libFuzzer target: the engine on arbitrary requests. An input whose first
// byte is odd is a serialized CheckClaimsRequest, as the server receives it;
// otherwise the bytes drive a builder that makes figures from a dictionary of
// printed numbers and claims of every kind the proto has (found by
// reflection, so new kinds are fuzzed without edits here), with references
// to real, empty and unknown ids.
//
// The engine must answer every request with either a response that covers
// each claim once, or INVALID_ARGUMENT with a BadRequest of at most
// kMaxViolations violations, each with a field and a reason.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/engine.h"
#include "engine/reading/request_error.h"
#include "google/protobuf/util/json_util.h"

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

constexpr const char* kTexts[] = {"498",
                                  "63",
                                  "63%",
                                  "1,234",
                                  "1.20",
                                  ".03",
                                  "six",
                                  "a dozen",
                                  "1.2 million",
                                  "about 500",
                                  "more than 100",
                                  "nearly 500",
                                  "-0",
                                  "0",
                                  "37 percent",
                                  "5 points",
                                  "3 times",
                                  "2.5-fold",
                                  "$4.5 billion",
                                  "17.4 per 100,000",
                                  "at least 1",
                                  "41.421356237",
                                  "0.5",
                                  "100",
                                  "130%",
                                  "-3",
                                  "1,2,3",
                                  "NaN",
                                  "1e400",
                                  "",
                                  "twenty-one",
                                  "two hundred",
                                  "3bn",
                                  "40k",
                                  "~7",
                                  "<.05"};

void Require(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "engine_fuzzer: %s\n", what);
    abort();
  }
}

std::string PickId(FuzzedDataProvider& input, int figures) {
  switch (input.ConsumeIntegralInRange(0, 9)) {
    case 0:
      return "";
    case 1:
      return "unknown";
    default:
      return absl::StrCat("f", input.ConsumeIntegralInRange(0, figures));
  }
}

// Fills the fields of `message` (a claim's kind, or a part of one).
void Fill(FuzzedDataProvider& input, int figures, int depth, Message* message) {
  const auto* descriptor = message->GetDescriptor();
  const auto* reflection = message->GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* field = descriptor->field(i);
    if (!input.ConsumeBool()) continue;
    const int count =
        field->is_repeated() ? input.ConsumeIntegralInRange(0, 12) : 1;
    for (int k = 0; k < count; ++k) {
      switch (field->cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING: {
          const bool id = absl::EndsWith(field->name(), "_id") ||
                          absl::EndsWith(field->name(), "_ids");
          const std::string value =
              id ? PickId(input, figures) : input.ConsumeRandomLengthString(12);
          if (field->is_repeated())
            reflection->AddString(message, field, value);
          else
            reflection->SetString(message, field, value);
          break;
        }
        case FieldDescriptor::CPPTYPE_ENUM: {
          const int value = input.ConsumeIntegralInRange(
              -1, field->enum_type()->value_count());
          if (field->is_repeated())
            reflection->AddEnumValue(message, field, value);
          else
            reflection->SetEnumValue(message, field, value);
          break;
        }
        case FieldDescriptor::CPPTYPE_BOOL:
          if (!field->is_repeated())
            reflection->SetBool(message, field, input.ConsumeBool());
          break;
        case FieldDescriptor::CPPTYPE_INT32:
          if (!field->is_repeated()) {
            reflection->SetInt32(message, field,
                                 input.ConsumeIntegralInRange(-3, 40));
          }
          break;
        case FieldDescriptor::CPPTYPE_MESSAGE:
          if (depth < 3) {
            Fill(input, figures, depth + 1,
                 field->is_repeated()
                     ? reflection->AddMessage(message, field)
                     : reflection->MutableMessage(message, field));
          }
          break;
        default:
          break;
      }
    }
  }
}

claimcheck::v1::CheckClaimsRequest Build(FuzzedDataProvider& input) {
  claimcheck::v1::CheckClaimsRequest request;
  const int figures = input.ConsumeIntegralInRange(0, 10);
  for (int i = 0; i < figures; ++i) {
    auto* f = request.add_figures();
    f->set_id(absl::StrCat("f", i));
    f->set_text(input.ConsumeBool()
                    ? kTexts[input.ConsumeIntegralInRange<size_t>(
                          0, std::size(kTexts) - 1)]
                    : input.ConsumeRandomLengthString(16));
    f->set_unit(
        static_cast<claimcheck::v1::Unit>(input.ConsumeIntegralInRange(0, 7)));
    if (input.ConsumeBool()) {
      f->set_qualifier(static_cast<claimcheck::v1::Qualifier>(
          input.ConsumeIntegralInRange(0, 7)));
      f->set_rounding(static_cast<claimcheck::v1::RoundingMode>(
          input.ConsumeIntegralInRange(0, 5)));
    }
    if (input.ConsumeIntegralInRange(0, 7) == 0) f->set_rate_per("100,000");
    if (input.ConsumeIntegralInRange(0, 9) == 0) {
      f->mutable_interval_override()->set_tolerance(
          input.ConsumeRandomLengthString(6));
    }
  }
  const auto* kinds =
      claimcheck::v1::Claim::descriptor()->FindOneofByName("kind");
  const int claims = input.ConsumeIntegralInRange(0, 6);
  for (int i = 0; i < claims; ++i) {
    auto* claim = request.add_claims();
    claim->set_id(absl::StrCat("c", i));
    const FieldDescriptor* kind =
        kinds->field(input.ConsumeIntegralInRange(0, kinds->field_count() - 1));
    Fill(input, figures, 0,
         claim->GetReflection()->MutableMessage(claim, kind));
  }
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  v1::CheckClaimsRequest request;
  if (size > 0 && (data[0] & 1)) {
    if (!request.ParseFromArray(data + 1, static_cast<int>(size - 1))) return 0;
  } else {
    FuzzedDataProvider input(data, size);
    request = Build(input);
  }
  if (std::getenv("CLAIMCHECK_FUZZ_DUMP") != nullptr) {
    // For triage: `CLAIMCHECK_FUZZ_DUMP=1 engine_fuzzer INPUT` prints the
    // request as the JSON a bug report or `claimcheck check` can use.
    std::string json;
    google::protobuf::util::MessageToJsonString(request, &json);
    fprintf(stderr, "%s\n", json.c_str());
  }
  CheckOptions options;
  // Steps cost a few microseconds each, but up to a hundred under the
  // sanitizers: 20,000 keeps any input within a few seconds, far from
  // -timeout, so a timeout means work the budget does not bound. Cut claims
  // are data.
  options.work_budget = 20'000;
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(request, options);
  if (response.ok()) {
    Require(response->results_size() == request.claims_size(),
            "one result per claim");
    const v1::Summary& s = response->summary();
    Require(
        s.claims() == request.claims_size() &&
            s.consistent() + s.errors() + s.warnings() + s.not_checkable() ==
                s.claims(),
        "the summary adds up");
    for (const v1::ClaimResult& result : response->results()) {
      Require(result.verdict() != v1::VERDICT_UNSPECIFIED,
              "every claim has a verdict");
    }
    return 0;
  }
  Require(response.status().code() == absl::StatusCode::kInvalidArgument,
          "the only failure is an unreadable request");
  const google::rpc::BadRequest bad = BadRequestOf(response.status());
  Require(bad.field_violations_size() > 0 &&
              bad.field_violations_size() <= kMaxViolations,
          "one to kMaxViolations violations");
  for (const auto& v : bad.field_violations()) {
    Require(!v.field().empty() && !v.reason().empty(),
            "a violation names field and reason");
  }
  Require(ErrorInfoOf(response.status()).reason() == "INVALID_REQUEST",
          "ErrorInfo");
  return 0;
}
