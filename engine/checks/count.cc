// Kind 2, count of items: a printed count ("11 cities", "eleven regions")
// must allow exactly the number of items the article lists.
//
//   count "12", 11 items listed -> error "The article lists 11 items, but
//   the count is given as 12."
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"

namespace claimcheck {
namespace {

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.count().count_id().empty()) {
    errors->Add(path + ".count.count_id", "MISSING_FIGURE",
                "a count claim needs the figure of the count");
  }
  if (claim.count().item_ids().empty()) {
    errors->Add(path + ".count.item_ids", "NO_ITEMS",
                "a count claim needs the figures of the items it counts");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  const Figure* count = figures.Find(claim.count().count_id());
  const int n = claim.count().item_ids_size();
  if (count->interval.Contains(n)) return;
  std::vector<const Figure*> involved = {count};
  for (const auto& id : claim.count().item_ids())
    involved.push_back(figures.Find(id));
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "count.mismatch",
      absl::StrCat("The article lists ", n, n == 1 ? " item" : " items",
                   ", but the count is given as ", count->Printed(), "."),
      involved);
  SetGap(d, count->interval, Interval::Point(n), count->value, n);
}

// The count is the number of items listed.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  model->Within(model->FigureVar(*figures.Find(claim.count().count_id())),
                Interval::Point(claim.count().item_ids_size()));
}

}  // namespace

Check CountCheck() {
  return {v1::Claim::kCount, "count", &Validate, &Run, &Constrain};
}

}  // namespace claimcheck
