#include "engine/checks/conversion.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace claimcheck {
namespace {

const Check* MeasuringCheck(v1::Claim::KindCase kind) {
  const Check* check = CheckFor(kind);
  return check != nullptr && check->measured != nullptr ? check : nullptr;
}

// "same_quantity.figure_ids[1]": the reference's path in `claim`.
std::string PathOf(const v1::Claim& claim, const MeasuredRef& ref) {
  const auto* kind = claim.GetReflection()->GetOneofFieldDescriptor(
      claim, claim.GetDescriptor()->FindOneofByName("kind"));
  const std::string path =
      ref.index < 0
          ? std::string(ref.path)
          : absl::StrReplaceAll(ref.path,
                                {{"[]", absl::StrCat("[", ref.index, "]")}});
  return kind == nullptr ? path : absl::StrCat(kind->name(), ".", path);
}

// "kilograms (mass)", "pounds (GBP)".
std::string Described(const Measure& m) {
  return m.name == m.dimension ? m.name
                               : absl::StrCat(m.name, " (", m.dimension, ")");
}

}  // namespace

std::unique_ptr<FigureTable> ConvertedView(const v1::Claim& claim,
                                           const std::vector<MeasuredRef>& refs,
                                           const FigureTable& figures,
                                           const std::string& claim_path,
                                           RequestErrors* errors,
                                           const Measure* percent) {
  auto measure_of = [percent](const Figure& f) -> const Measure* {
    if (!f.measure) return nullptr;
    if (percent != nullptr && f.unit == v1::UNIT_PERCENT) return percent;
    return &*f.measure;
  };
  const Measure* unit = nullptr;
  const Figure* first = nullptr;
  std::vector<std::pair<const Figure*, Rational>> converted;
  std::set<const Figure*> seen;
  for (const MeasuredRef& ref : refs) {
    const Figure* f = figures.Find(*ref.id);
    const Measure* m = f ? measure_of(*f) : nullptr;
    if (m == nullptr) continue;
    if (unit == nullptr) {
      unit = m;
      first = f;
      continue;
    }
    if (m->dimension != unit->dimension) {
      if (errors != nullptr) {
        errors->Add(
            absl::StrCat(claim_path, ".", PathOf(claim, ref)),
            "INCOMPATIBLE_UNITS",
            absl::StrCat("the figure \"", f->id(), "\" is in ", Described(*m),
                         ", but \"", first->id(), "\" is in ", Described(*unit),
                         ": the figures of one claim must measure one kind "
                         "of quantity"));
      }
      continue;
    }
    if (m->scale != unit->scale && seen.insert(f).second)
      converted.push_back({f, m->scale / unit->scale});
  }
  if (converted.empty()) return nullptr;
  auto view = std::make_unique<FigureTable>(&figures);
  for (auto& [f, k] : converted) {
    Figure copy = *f;
    copy.source = f->source != nullptr ? f->source : f;
    copy.conversion = f->conversion * k;
    copy.value *= k;
    copy.digit_unit *= k;
    copy.interval = f->interval.Scale(k);
    copy.measure = *unit;
    view->Add(std::move(copy));
  }
  return view;
}

void ConvertClaimUnits(const v1::CheckClaimsRequest& request,
                       FigureTable* figures, RequestErrors* errors) {
  // Most requests measure in one unit, or none: nothing to convert.
  const Measure* one = nullptr;
  bool several = false;
  // Every figure and quantity of the request that could be read is in the
  // table; SameScale is an equivalence, so the order they are met in does not
  // matter, and none is looked up by its id.
  figures->ForEachOwn([&](const Figure& f) {
    if (!f.measure) return;
    if (one == nullptr) {
      one = &*f.measure;
    } else if (!SameScale(*one, *f.measure)) {
      several = true;
    }
  });
  if (!several) return;
  std::vector<MeasuredRef> refs;
  for (int i = 0; i < request.claims_size(); ++i) {
    const v1::Claim& claim = request.claims(i);
    const Check* check = MeasuringCheck(claim.kind_case());
    if (check == nullptr) continue;
    refs.clear();
    check->measured(claim, *figures, &refs);
    std::unique_ptr<FigureTable> view = ConvertedView(
        claim, refs, *figures, absl::StrCat("claims[", i, "]"), errors);
    if (view != nullptr) figures->SetClaimView(i, std::move(view));
  }
}

std::unique_ptr<FigureTable> PercentsAsRates(const v1::Claim& claim,
                                             const FigureTable& figures) {
  const Check* check = MeasuringCheck(claim.kind_case());
  if (check == nullptr) return nullptr;
  std::vector<MeasuredRef> refs;
  check->measured(claim, figures, &refs);
  const Measure* rate = nullptr;
  bool percents = false;
  for (const MeasuredRef& ref : refs) {
    const Figure* f = figures.Find(*ref.id);
    if (f == nullptr || !f->measure) continue;
    if (f->unit == v1::UNIT_PERCENT) percents = true;
    if (f->unit == v1::UNIT_RATE && rate == nullptr) rate = &*f->measure;
  }
  if (rate == nullptr || !percents) return nullptr;
  std::unique_ptr<FigureTable> view =
      ConvertedView(claim, refs, figures, "", nullptr, rate);
  return view != nullptr ? std::move(view)
                         : std::make_unique<FigureTable>(&figures);
}

}  // namespace claimcheck
