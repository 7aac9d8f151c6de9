// Kind 2, count of items: a printed count ("11 cities", "eleven regions")
// must allow exactly the number of items the article lists, given as the
// figures of the items (one per item) or, for items that are names and not
// numbers, as the names themselves.
//
//   count "12", 11 items listed -> error "The article lists 11 items, but
//   the count is given as 12."
//   count "three", names Denver, Seattle -> error "The article names 2
//   items (Denver and Seattle), but the count is given as three."
//
// A name is counted once however often it is given (compared without case
// or surrounding spaces): "Denver, Seattle and Denver" names two cities.
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"

namespace claimcheck {
namespace {

// The names of `c`, each once, in the order first given.
std::vector<std::string> DistinctNames(const v1::CountClaim& c) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (const std::string& name : c.item_names()) {
    const std::string trimmed(absl::StripAsciiWhitespace(name));
    if (seen.insert(absl::AsciiStrToLower(trimmed)).second)
      out.push_back(trimmed);
  }
  return out;
}

// How many items `c` lists: its figures and its distinct names.
int Items(const v1::CountClaim& c) {
  return c.item_ids_size() + static_cast<int>(DistinctNames(c).size());
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  const v1::CountClaim& c = claim.count();
  if (c.count_id().empty()) {
    errors->Add(path + ".count.count_id", "MISSING_FIGURE",
                "a count claim needs the figure of the count");
  }
  if (c.item_ids().empty() && c.item_names().empty()) {
    errors->Add(path + ".count.item_ids", "NO_ITEMS",
                "a count claim needs the items it counts: their figures in "
                "item_ids or their names in item_names");
  }
  for (int i = 0; i < c.item_names_size(); ++i) {
    if (absl::StripAsciiWhitespace(c.item_names(i)).empty()) {
      errors->Add(absl::StrCat(path, ".count.item_names[", i, "]"),
                  "EMPTY_ITEM_NAME",
                  "an item's name cannot be empty: give the name as printed, "
                  "such as \"Denver\"");
    }
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  const v1::CountClaim& c = claim.count();
  const Figure* count = figures.Find(c.count_id());
  const std::vector<std::string> names = DistinctNames(c);
  const int n = c.item_ids_size() + static_cast<int>(names.size());
  if (count->interval.Contains(n)) return;
  std::vector<const Figure*> involved = {count};
  for (const auto& id : c.item_ids()) involved.push_back(figures.Find(id));
  // Only names: say which, as the reader counts them.
  const std::string what =
      c.item_ids().empty()
          ? absl::StrCat("names ", n, n == 1 ? " item (" : " items (",
                         Listed(names), ")")
          : absl::StrCat("lists ", n, n == 1 ? " item" : " items");
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "count.mismatch",
      absl::StrCat("The article ", what, ", but the count is given as ",
                   count->Printed(), "."),
      involved);
  SetGap(d, count->interval, Interval::Point(n), count->value, n);
}

// The count is the number of items listed.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  model->Within(model->FigureVar(*figures.Find(claim.count().count_id())),
                Interval::Point(Items(claim.count())));
}

}  // namespace

Check CountCheck() {
  return {v1::Claim::kCount, "count", &Validate, &Run, &Constrain};
}

}  // namespace claimcheck
