// The same quantity printed more than once ("498" in the lead, "nearly 500"
// later, "more than 500" in a caption): as XBRL compares duplicate facts,
// every two of the figures must have a true value in common, and then all of
// them together (a count is a whole number, so "1.2" and "1.4" thousand
// people overlap as amounts but may not as counts). The value they leave is
// returned.
//
//   "498" and "nearly 500" (400 to 500)   -> consistent: 498
//   "498" and "more than 500"             -> error "\"498\" and \"more than
//                                            500\" cannot both describe the
//                                            same count."
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/checks/checks.h"
#include "engine/model/model.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

// Disagreeing pairs reported as discrepancies of one claim, at most.
constexpr int kMaxPairs = 5;

std::string Quoted(const Figure& f) {
  return absl::StrCat("\"", f.text(), "\"");
}

absl::string_view Noun(const Figure& f) {
  if (IsCountUnit(f.unit)) return "count";
  if (f.unit == v1::UNIT_PERCENT) return "percentage";
  if (f.unit == v1::UNIT_CURRENCY) return "amount";
  return "quantity";
}

Interval Common(const std::vector<const Figure*>& figures,
                const Figure* replaced_figure, const Interval* replacement) {
  Interval common;
  for (const Figure* f : figures) {
    common =
        common.Intersect(f == replaced_figure ? *replacement : f->interval);
  }
  return common;
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.same_quantity().figure_ids_size() < 2) {
    errors->Add(path + ".same_quantity.figure_ids", "TOO_FEW_FIGURES",
                "the same quantity needs at least two figures that print it");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  std::vector<const Figure*> all;
  for (const auto& id : claim.same_quantity().figure_ids())
    all.push_back(figures.Find(id));
  const Interval common = Common(all, nullptr, nullptr);
  if (!common.empty()) {
    AddImplied(
        result, "value",
        absl::StrCat("the ", Noun(*all[0]), " that ",
                     all.size() == 2 ? "both" : "all", " of ",
                     absl::StrJoin(all, ", ",
                                   [](std::string* out, const Figure* f) {
                                     absl::StrAppend(out, Quoted(*f));
                                   }),
                     " describe"),
        common);
    return;
  }
  int pairs = 0;
  for (size_t i = 0; i < all.size() && pairs < kMaxPairs; ++i) {
    for (size_t j = i + 1; j < all.size() && pairs < kMaxPairs; ++j) {
      const Figure& a = *all[i];
      const Figure& b = *all[j];
      if (!a.interval.Intersect(b.interval).empty()) continue;
      ++pairs;
      v1::Discrepancy* d = AddDiscrepancy(
          result, v1::SEVERITY_ERROR, "same_quantity.mismatch",
          absl::StrCat(Quoted(a), " and ", Quoted(b),
                       " cannot both describe the same ", Noun(a), "."),
          {&a, &b});
      SetGap(d, a.interval, b.interval, a.value, b.value);
      const std::vector<const Figure*> pair = {&a, &b};
      SuggestCorrections(
          pair,
          [&](const Figure& f, const Interval& replaced) {
            return !Common(all, &f, &replaced).empty();
          },
          d);
    }
  }
  if (pairs > 0) return;
  // Every two overlap, but whole numbers leave no value common to all.
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR, "same_quantity.no_common_value",
      absl::StrCat("Every two of ",
                   absl::StrJoin(all, ", ",
                                 [](std::string* out, const Figure* f) {
                                   absl::StrAppend(out, Quoted(*f));
                                 }),
                   " overlap, but no one ", Noun(*all[0]), " fits them all."),
      all);
  SuggestCorrections(
      all,
      [&](const Figure& f, const Interval& replaced) {
        return !Common(all, &f, &replaced).empty();
      },
      d);
}

// Every figure equals the first.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const auto& ids = claim.same_quantity().figure_ids();
  const VarId first = model->FigureVar(*figures.Find(ids[0]));
  for (int i = 1; i < ids.size(); ++i)
    model->Equal(first, model->FigureVar(*figures.Find(ids[i])));
}

// Every figure prints the one quantity.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  const auto& ids = claim.same_quantity().figure_ids();
  for (int i = 0; i < ids.size(); ++i)
    refs->push_back({"figure_ids[]", i, &ids[i]});
}

}  // namespace

Check SameQuantityCheck() {
  Check check{v1::Claim::kSameQuantity, "same_quantity", &Validate, &Run,
              &Constrain};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
