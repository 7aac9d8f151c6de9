// Kind 1, total: the total equals the sum of its parts, each added or
// subtracted, for some true values within every figure's precision. Sums of
// whole-number intervals are whole-number intervals without gaps, so one
// interval sum decides it exactly. A partial breakdown ("including") only
// requires the parts not to add up to more than the total.
//
//   total 498; parts 101, 21, 6, 28, 30, 36, 45, 107, 33, 14, 50 (counts)
//   -> error "The 11 parts add up to 471, but the total is given as 498:
//      27 people short.", with 36 -> 63 (digits swapped) as a correction.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/checks/diagnosis.h"
#include "engine/model/model.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

struct Term {
  const Figure* figure;
  bool minus;
};

Interval SumOf(const std::vector<Term>& terms, const Figure* replaced_figure,
               const Interval* replacement) {
  Interval sum = Interval::Point(0);
  bool all_whole = true;
  for (const Term& t : terms) {
    const Interval& i =
        t.figure == replaced_figure ? *replacement : t.figure->interval;
    all_whole = all_whole && i.whole();
    sum = sum.Plus(t.minus ? i.Negate() : i);
  }
  return all_whole ? sum.WholeNumbers() : sum;
}

// The sum of the terms with one figure's interval replaced, for every figure
// that a correction may replace: built once from prefix and suffix sums, so
// trying a candidate costs one addition instead of a pass over all parts.
class SumsWithout {
 public:
  explicit SumsWithout(const std::vector<Term>& terms) : terms_(terms) {
    const size_t n = terms.size();
    std::vector<Interval> suffix(n + 1, Interval::Point(0));
    std::vector<bool> suffix_whole(n + 1, true);
    for (size_t i = n; i-- > 0;) {
      suffix[i] =
          suffix[i + 1].Plus(Signed(terms[i], terms[i].figure->interval));
      suffix_whole[i] =
          suffix_whole[i + 1] && terms[i].figure->interval.whole();
    }
    Interval prefix = Interval::Point(0);
    bool prefix_whole = true;
    for (size_t i = 0; i < n; ++i) {
      const Figure* f = terms[i].figure;
      auto [it, added] = others_.try_emplace(
          f, Others{prefix.Plus(suffix[i + 1]),
                    prefix_whole && suffix_whole[i + 1], i, false});
      if (!added) it->second.repeated = true;
      prefix = prefix.Plus(Signed(terms[i], f->interval));
      prefix_whole = prefix_whole && f->interval.whole();
    }
  }

  // Where `figure`'s replaced interval must reach for With's sum to meet
  // `target`: the target less every other term (all values, when the
  // figure is no single part). An outer bound: With may narrow the sum to
  // whole numbers.
  Interval Need(const Figure* figure, const Interval& target) const {
    auto it = others_.find(figure);
    if (it == others_.end() || it->second.repeated) return Interval();
    const Interval need = target.Plus(it->second.sum.Negate());
    return terms_[it->second.index].minus ? need.Negate() : need;
  }

  Interval With(const Figure* figure, const Interval& replacement) const {
    auto it = others_.find(figure);
    if (it == others_.end() || it->second.repeated) {
      return SumOf(terms_, figure, &replacement);
    }
    const Others& o = it->second;
    const Interval sum = o.sum.Plus(Signed(terms_[o.index], replacement));
    return o.whole && replacement.whole() ? sum.WholeNumbers() : sum;
  }

 private:
  struct Others {
    Interval sum;  // of every other term
    bool whole;
    size_t index;
    bool repeated;  // the figure is more than one part: replace every one
  };
  static Interval Signed(const Term& t, const Interval& i) {
    return t.minus ? i.Negate() : i;
  }

  const std::vector<Term>& terms_;
  absl::flat_hash_map<const Figure*, Others> others_;
};

bool Holds(const Interval& sum, const Interval& total, bool partial) {
  if (partial) {
    // Some values with sum <= total: the smallest sum against the largest
    // total.
    const Interval at_most_total =
        total.upper()
            ? Interval::AtMost(total.upper()->value, total.upper()->open)
            : Interval();
    return !sum.Intersect(at_most_total).empty();
  }
  return !sum.Intersect(total).empty();
}

std::string UnitWords(const Figure& f) {
  return f.proto->unit_name().empty() ? ""
                                      : absl::StrCat(" ", f.proto->unit_name());
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.total().total_id().empty()) {
    errors->Add(path + ".total.total_id", "MISSING_FIGURE",
                "a total claim needs the figure of its total");
  }
  if (claim.total().parts().empty()) {
    errors->Add(path + ".total.parts", "NO_PARTS",
                "a total claim needs at least one part");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  const v1::TotalClaim& c = claim.total();
  const Figure* total = figures.Find(c.total_id());
  std::vector<Term> terms;
  std::vector<const Figure*> involved = {};
  Rational printed_sum = 0;
  for (const auto& part : c.parts()) {
    const Figure* f = figures.Find(part.figure_id());
    const bool minus = part.sign() == v1::SIGN_MINUS;
    terms.push_back({f, minus});
    involved.push_back(f);
    printed_sum += minus ? Rational(-f->value) : f->value;
  }
  const Interval sum = SumOf(terms, nullptr, nullptr);
  if (Holds(sum, total->interval, c.partial())) return;

  const Rational gap = total->value - printed_sum;
  const std::string parts = terms.size() == 1
                                ? "The part"
                                : absl::StrCat("The ", terms.size(), " parts");
  const std::string allowing = AllowingForRounding(sum);
  std::string message;
  if (c.partial()) {
    message =
        absl::StrCat(parts, " add up to ", ReadableString(printed_sum),
                     allowing, ", more than the total of ", total->Printed(),
                     ", though they are only some of it.");
  } else {
    message = absl::StrCat(parts, terms.size() == 1 ? " is " : " add up to ",
                           ReadableString(printed_sum), allowing,
                           ", but the total is given as ", total->Printed(),
                           ": ", ReadableString(abs(gap)), UnitWords(*total),
                           gap > 0 ? " short." : " over.");
  }
  involved.insert(involved.begin(), total);
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_ERROR,
      c.partial() ? "total.parts_exceed_total" : "total.sum_mismatch",
      std::move(message), involved);
  SetGap(d, total->interval, sum, total->value, printed_sum);
  const SumsWithout sums(terms);
  // Where a figure must reach for the claim to hold, the others as printed
  // (see Holds): the total, the parts' sum (for a partial one, at most the
  // total's largest value); a part, the total less the other parts.
  const Interval target = !c.partial() ? total->interval
                          : total->interval.upper()
                              ? Interval::AtMost(total->interval.upper()->value,
                                                 total->interval.upper()->open)
                              : Interval();
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        if (&f == total) return Holds(sum, replaced, c.partial());
        return Holds(sums.With(&f, replaced), total->interval, c.partial());
      },
      d, 3,
      [&](const Figure& f) {
        if (&f != total) return sums.Need(&f, target);
        if (!c.partial()) return sum;
        return sum.lower() ? Interval::AtLeast(sum.lower()->value) : Interval();
      });
}

// sum of the parts (signed) - total = 0, or <= 0 when the parts are partial.
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::TotalClaim& c = claim.total();
  // Sized at once and moved into the model: no growth, no copy.
  std::vector<LinearTerm> terms;
  terms.reserve(1 + c.parts_size());
  terms.push_back(
      {Rational(-1), model->FigureVar(*figures.Find(c.total_id()))});
  for (const auto& part : c.parts()) {
    terms.push_back({Rational(part.sign() == v1::SIGN_MINUS ? -1 : 1),
                     model->FigureVar(*figures.Find(part.figure_id()))});
  }
  model->Linear(std::move(terms),
                c.partial() ? Interval::AtMost(0) : Interval::Point(0));
}

// For the diagnosis of a conflict (diagnosis.h), when `f` is the printed
// total: it counts a part twice, leaves one out, or is the subtotal of a run
// of consecutive parts. Each is corrected to the total the parts add up to.
void FigureReadings(const v1::Claim& claim, const FigureTable& figures,
                    const Figure& f, Diagnosis* diagnosis) {
  const v1::TotalClaim& c = claim.total();
  if (c.partial() || c.total_id() != f.id()) return;
  std::vector<std::pair<const Figure*, int>> parts;
  Rational sum = 0;
  for (const auto& term : c.parts()) {
    const Figure* p = figures.Find(term.figure_id());
    const int sign = term.sign() == v1::SIGN_MINUS ? -1 : 1;
    parts.push_back({p, sign});
    sum += sign * p->value;
  }
  const Rational corrected = OnDigits(f, sum);
  if (corrected == f.value) return;
  const std::string text = TextFor(f, corrected);
  const std::string all = absl::StrCat(
      "the ", parts.size(), " parts add up to ", ReadableString(sum));
  // A value to the nearest multiple of `unit`, in units.
  const Rational half(1, 2);
  auto rounded = [&half](const Rational& a, const Rational& unit) {
    return Floor(a / unit + half);
  };
  // The gap each way in units of the coarser of the total's and a part's
  // last digits, worked out again only when that unit changes (the parts
  // of a total are mostly printed alike).
  const Rational over = f.value - sum, under = sum - f.value;
  std::optional<Rational> gap_unit;
  Integer over_units, under_units;
  std::optional<Reading> reading;
  for (const auto& [p, sign] : parts) {
    if (sign <= 0) continue;
    const Rational unit = std::max(f.digit_unit, p->digit_unit);
    if (!gap_unit || *gap_unit != unit) {
      over_units = rounded(over, unit);
      under_units = rounded(under, unit);
      gap_unit = unit;
    }
    const Integer part_units = rounded(p->value, unit);
    if (over_units == part_units) {
      reading = Reading{
          &f, text, v1::CAUSE_PART_COUNTED_TWICE,
          absl::StrCat(f.Named(), " may count ", p->Named(), " twice: ", all)};
      break;
    }
    if (under_units == part_units) {
      reading = Reading{
          &f, text, v1::CAUSE_PART_MISSING,
          absl::StrCat(f.Named(), " may leave out ", p->Named(), ": ", all)};
      break;
    }
  }
  // A run of two or more consecutive parts, short of all but one. The
  // total's side is worked out once: the runs that round to the total's
  // units, for a positive digit unit those within [units - 1/2, units +
  // 1/2) of them, told by two comparisons instead of a division and a floor
  // for each run (a total of n parts has about n * n / 2 runs).
  const Integer total_units = rounded(f.value, f.digit_unit);
  const bool by_ends = sgn(f.digit_unit) > 0;
  const Rational run_low =
      by_ends ? (Rational(total_units) - half) * f.digit_unit : Rational(0);
  const Rational run_high =
      by_ends ? (Rational(total_units) + half) * f.digit_unit : Rational(0);
  auto rounds_to_total = [&](const Rational& run) {
    if (!by_ends) return rounded(run, f.digit_unit) == total_units;
    return run_low <= run && run < run_high;
  };
  for (size_t i = 0; !reading && i < parts.size(); ++i) {
    Rational run = 0;
    // Runs of length j - i + 1, from 2 to all parts but two.
    for (size_t j = i; j < parts.size() && j - i + 3 <= parts.size(); ++j) {
      if (parts[j].second > 0) {
        run += parts[j].first->value;
      } else {
        run -= parts[j].first->value;
      }
      if (j > i && rounds_to_total(run)) {
        reading = Reading{&f, text, v1::CAUSE_SUBTOTAL_AS_TOTAL,
                          absl::StrCat(f.Named(), " may be the subtotal of ",
                                       parts[i].first->Named(), " through ",
                                       parts[j].first->Named(), ": ", all)};
        break;
      }
    }
  }
  if (reading) diagnosis->TryCorrection(std::move(*reading));
}

// The total and every part measure one quantity.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  refs->push_back({"total_id", -1, &claim.total().total_id()});
  for (int i = 0; i < claim.total().parts_size(); ++i) {
    refs->push_back(
        {"parts[].figure_id", i, &claim.total().parts(i).figure_id()});
  }
}

}  // namespace

Check TotalCheck() {
  Check check{v1::Claim::kTotal, "total",        &Validate, &Run,
              &Constrain,        &FigureReadings};
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
