#include "engine/engine.h"

#include <set>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/check.h"
#include "engine/figure.h"
#include "engine/request_error.h"

namespace claimcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

// Every figure reference in `message` (string fields named *_id, repeated
// ones named *_ids, in nested messages too) must name a figure. Walking the
// descriptor keeps this in one place for every kind of claim, present and
// future.
void ValidateReferences(const Message& message, const std::string& path,
                        const std::set<std::string>& ids, RequestErrors* errors) {
  const auto* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    const std::string field_path = absl::StrCat(path, ".", field->name());
    auto check = [&](const std::string& id, const std::string& at) {
      if (!ids.count(id)) {
        errors->Add(at, "UNKNOWN_FIGURE_ID",
                    absl::StrCat("no figure has the id \"", id, "\""));
      }
    };
    if (field->type() == FieldDescriptor::TYPE_STRING) {
      if (!field->is_repeated() && absl::EndsWith(field->name(), "_id")) {
        check(reflection->GetString(message, field), field_path);
      } else if (field->is_repeated() && absl::EndsWith(field->name(), "_ids")) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          const std::string id = reflection->GetRepeatedString(message, field, i);
          const std::string at = absl::StrCat(field_path, "[", i, "]");
          if (id.empty()) {
            errors->Add(at, "MISSING_FIGURE", "the figure id is empty");
          } else {
            check(id, at);
          }
        }
      }
    } else if (field->type() == FieldDescriptor::TYPE_MESSAGE) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          ValidateReferences(reflection->GetRepeatedMessage(message, field, i),
                             absl::StrCat(field_path, "[", i, "]"), ids, errors);
        }
      } else {
        ValidateReferences(reflection->GetMessage(message, field), field_path, ids,
                           errors);
      }
    }
  }
}

const Check* CheckFor(v1::Claim::KindCase kind) {
  for (const Check& check : AllChecks()) {
    if (check.kind == kind) return &check;
  }
  return nullptr;
}

// The name of the claim's kind as its JSON field spells it: "statisticalTest".
std::string KindName(const v1::Claim& claim) {
  const auto* oneof = claim.GetDescriptor()->FindOneofByName("kind");
  const FieldDescriptor* field =
      claim.GetReflection()->GetOneofFieldDescriptor(claim, oneof);
  return field == nullptr ? "" : field->name();
}

v1::Verdict VerdictOf(const v1::ClaimResult& result) {
  v1::Severity worst = v1::SEVERITY_UNSPECIFIED;
  for (const auto& d : result.discrepancies()) {
    if (d.severity() > worst) worst = d.severity();
  }
  switch (worst) {
    case v1::SEVERITY_ERROR: return v1::VERDICT_ERROR;
    case v1::SEVERITY_WARNING: return v1::VERDICT_WARNING;
    case v1::SEVERITY_NOT_CHECKABLE: return v1::VERDICT_NOT_CHECKABLE;
    default: return v1::VERDICT_CONSISTENT;
  }
}

}  // namespace

absl::StatusOr<v1::CheckClaimsResponse> CheckClaims(
    const v1::CheckClaimsRequest& request) {
  RequestErrors errors;
  FigureTable figures;
  std::set<std::string> figure_ids;
  for (int i = 0; i < request.figures_size(); ++i) {
    const v1::Figure& proto = request.figures(i);
    const std::string path = absl::StrCat("figures[", i, "]");
    if (proto.id().empty()) {
      errors.Add(path + ".id", "MISSING_ID", "every figure needs an id");
      continue;
    }
    if (!figure_ids.insert(proto.id()).second) {
      errors.Add(path + ".id", "DUPLICATE_ID",
                 absl::StrCat("another figure already has the id \"", proto.id(), "\""));
      continue;
    }
    if (auto figure = ReadFigure(proto, path, &errors)) figures.Add(std::move(*figure));
  }
  std::set<std::string> claim_ids;
  for (int i = 0; i < request.claims_size(); ++i) {
    const v1::Claim& claim = request.claims(i);
    const std::string path = absl::StrCat("claims[", i, "]");
    if (claim.id().empty()) {
      errors.Add(path + ".id", "MISSING_ID", "every claim needs an id");
    } else if (!claim_ids.insert(claim.id()).second) {
      errors.Add(path + ".id", "DUPLICATE_ID",
                 absl::StrCat("another claim already has the id \"", claim.id(), "\""));
    }
    if (claim.kind_case() == v1::Claim::KIND_NOT_SET) {
      errors.Add(path, "MISSING_KIND",
                 "the claim says nothing: set one kind, such as total or share");
      continue;
    }
    if (const Check* check = CheckFor(claim.kind_case())) {
      check->validate(claim, path, figures, &errors);
    }
    ValidateReferences(claim, path, figure_ids, &errors);
  }
  if (!errors.empty()) return errors.ToStatus();

  v1::CheckClaimsResponse response;
  response.set_article_id(request.article_id());
  v1::Summary* summary = response.mutable_summary();
  for (const v1::Claim& claim : request.claims()) {
    v1::ClaimResult* result = response.add_results();
    result->set_claim_id(claim.id());
    if (const Check* check = CheckFor(claim.kind_case())) {
      check->run(claim, figures, result);
    } else {
      AddDiscrepancy(result, v1::SEVERITY_NOT_CHECKABLE,
                     absl::StrCat(KindName(claim), ".not_supported"),
                     absl::StrCat("Claims of the kind \"", KindName(claim),
                                  "\" are not checked by this version of claimcheck."),
                     {});
    }
    result->set_verdict(VerdictOf(*result));
    summary->set_claims(summary->claims() + 1);
    switch (result->verdict()) {
      case v1::VERDICT_ERROR: summary->set_errors(summary->errors() + 1); break;
      case v1::VERDICT_WARNING: summary->set_warnings(summary->warnings() + 1); break;
      case v1::VERDICT_NOT_CHECKABLE:
        summary->set_not_checkable(summary->not_checkable() + 1);
        break;
      default: summary->set_consistent(summary->consistent() + 1);
    }
  }
  return response;
}

}  // namespace claimcheck
