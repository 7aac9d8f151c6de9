#include "tests/sample_requests.h"

#include <tuple>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

void AddFigure(v1::CheckClaimsRequest* request, const char* id,
               const char* text, v1::Unit unit) {
  v1::Figure* figure = request->add_figures();
  figure->set_id(id);
  figure->set_text(text);
  figure->set_unit(unit);
}

}  // namespace

v1::CheckClaimsRequest GoodRequest() {
  v1::CheckClaimsRequest request;
  request.set_article_id("good");
  AddFigure(&request, "la", "101", v1::UNIT_COUNT);
  AddFigure(&request, "sf", "six", v1::UNIT_COUNT);
  AddFigure(&request, "both", "107", v1::UNIT_COUNT);
  v1::Claim* claim = request.add_claims();
  claim->set_id("sum");
  claim->mutable_total()->set_total_id("both");
  claim->mutable_total()->add_parts()->set_figure_id("la");
  claim->mutable_total()->add_parts()->set_figure_id("sf");
  return request;
}

v1::CheckClaimsRequest SlowRequest(int claims) {
  v1::CheckClaimsRequest request;
  request.set_article_id("slow");
  AddFigure(&request, "b", "at least 1", v1::UNIT_COUNT);
  AddFigure(&request, "p", "at least 1", v1::UNIT_COUNT);
  AddFigure(&request, "r", "41.421356237", v1::UNIT_PERCENT);
  for (int i = 0; i < claims; ++i) {
    v1::Claim* claim = request.add_claims();
    claim->set_id(absl::StrCat("c", i));
    claim->mutable_share()->set_part_id("p");
    claim->mutable_share()->set_base_id("b");
    claim->mutable_share()->set_percent_id("r");
  }
  return request;
}

}  // namespace claimcheck
