// Kind 6, ratio: numerator / denominator is the stated ratio, for some true
// values within every figure's precision, whole numbers where they are
// counts. "One in three" says numerator / denominator = 1 / 3; "three times
// as many" and "threefold" say it is 3. The ratio is only as precise as it
// is printed: "one in three" is anything from 1/3.5 to 1/2.5, as any ratio
// that rounds to three would be printed so.
//
//   21 of 63 people, "one in three"    -> consistent
//   30 of 63 people, "one in three"    -> error "30 out of 63 people is one
//                                         in 2.1, not one in three."
//   100 against 25, "three times more" -> warning: holds only if it means
//                                         4 times as many
//
// "Three times more" is read as "three times as many", as newsrooms mostly
// mean it. When the figures fit only the literal reading, ratio + 1 ("three
// times as many again"), the claim is a warning that names both readings,
// with CAUSE_TIMES_MORE; when they fit neither, an error. When the figures
// fit "three times as many" only at the edge of their rounding and "four
// times as many" as printed, it is a warning too (ratio.rounding_edge, the
// edge rule of edge.h). With the numerator
// or the denominator unstated, its implied value is returned.
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/checks/diagnosis.h"
#include "engine/checks/edge.h"
#include "engine/model/model.h"
#include "engine/numbers/proportion.h"
#include "engine/reading/correction.h"

namespace claimcheck {
namespace {

// numerator / denominator as `form` reads `ratio`; nullopt when no ratio
// fits ("one in 0").
std::optional<Interval> Quotient(v1::RatioForm form, const Interval& ratio) {
  if (form == v1::RATIO_FORM_ONE_IN) {
    return Reciprocal(ratio.Intersect(Interval::AtLeast(0, /*open=*/true)));
  }
  return ratio;
}

// The ratio as the article words it: "one in three", "three times as many",
// "three times more", "2.5-fold".
std::string Worded(v1::RatioForm form, const Figure& ratio) {
  const std::string lowered = absl::AsciiStrToLower(ratio.text());
  // "twice", "about half": a multiple that is its own word takes no
  // "times" ("twice as many"); "one and a half" does.
  const bool own_word = absl::EndsWith(lowered, "twice") ||
                        absl::EndsWith(lowered, "thrice") ||
                        (absl::EndsWith(lowered, "half") &&
                         !absl::EndsWith(lowered, "and a half"));
  const bool worded = own_word || absl::StrContains(lowered, "times") ||
                      absl::StrContains(lowered, "fold") ||
                      absl::EndsWith(lowered, "x");
  switch (form) {
    case v1::RATIO_FORM_ONE_IN:
      return absl::StrCat("one in ", ratio.text());
    case v1::RATIO_FORM_TIMES_MORE:
      return absl::StrCat(ratio.text(), worded ? "" : " times", " more");
    case v1::RATIO_FORM_FOLD:
      return worded ? ratio.text() : absl::StrCat(ratio.text(), "-fold");
    default:
      return absl::StrCat(ratio.text(), worded ? "" : " times", " as many");
  }
}

// The word that joins the worded ratio to the denominator: "as many as 21".
absl::string_view Link(v1::RatioForm form) {
  switch (form) {
    case v1::RATIO_FORM_TIMES_MORE:
      return " than";
    case v1::RATIO_FORM_ONE_IN:
    case v1::RATIO_FORM_FOLD:
      return " of";
    default:
      return " as";
  }
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  if (claim.ratio().ratio_id().empty()) {
    errors->Add(
        path + ".ratio.ratio_id", "MISSING_FIGURE",
        "a ratio claim needs the figure of the ratio, such as \"three\" in "
        "\"one in three\"");
  }
}

// Adds the implied numerator or denominator, or an error when none fits.
void Imply(v1::RatioForm form, const Figure* num, const Figure* den,
           const Figure& ratio, const Interval& quotient, WorkContext work,
           v1::ClaimResult* result) {
  const std::string worded = Worded(form, ratio);
  const Interval implied = ImpliedUnstated(den, num, quotient, work);
  const Figure* stated = num ? num : den;
  if (implied.empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "ratio.impossible",
        absl::StrCat("No ", stated->interval.whole() ? "whole number" : "value",
                     " fits ", worded, " with ", stated->Quantity(), "."),
        {num, den, &ratio});
    return;
  }
  if (num) {
    AddImplied(result, "denominator",
               form == v1::RATIO_FORM_ONE_IN
                   ? absl::StrCat("the whole of which ", num->Printed(), " is ",
                                  worded)
                   : absl::StrCat("the value that ", num->Printed(), " is ",
                                  worded, Link(form)),
               implied);
  } else {
    AddImplied(result, "numerator",
               absl::StrCat(worded, Link(form), " ", den->Quantity()), implied);
  }
}

// The edge rule (edge.h) for "three times more" that holds as three times
// as many: a warning when it holds only for a minority of the values the two
// figures stand for, and four times as many holds at their printed values.
void ReportEdge(const std::string& worded, const Figure& num, const Figure& den,
                const Figure& ratio, const Interval& quotient, WorkContext work,
                v1::ClaimResult* result) {
  const std::optional<std::vector<Interval>> printed =
      PrintedValues({&num, &den});
  const Interval literal = ratio.interval.Plus(Interval::Point(1));
  if (!printed || ProportionHolds((*printed)[1], (*printed)[0], literal,
                                  work) != Decision::kYes) {
    return;
  }
  const std::optional<Rational> share =
      MinorityShare({&num, &den}, [&](const std::vector<Interval>& at) {
        return ProportionHolds(at[1], at[0], quotient, work) == Decision::kYes;
      });
  if (!share) return;
  const Rational actual = num.value / den.value;
  v1::Discrepancy* d = AddDiscrepancy(
      result, v1::SEVERITY_WARNING, "ratio.rounding_edge",
      absl::StrCat(num.Printed(), " is ", ReadableString(actual, 2), " times ",
                   den.Printed(), ": \"", worded, "\" as ",
                   ReadableString(ratio.value, 2),
                   " times as many holds only at the edge of the figures' "
                   "rounding, for ",
                   ShareWords(*share), " the values they stand for, while ",
                   ReadableString(ratio.value + 1, 2),
                   " times as many fits them as printed."),
      {&num, &den, &ratio});
  SetGap(d, ratio.interval, ImpliedM(den.interval, num.interval), ratio.value,
         actual);
  d->set_cause(v1::CAUSE_TIMES_MORE);
}

void Run(const v1::Claim& claim, const FigureTable& figures, WorkContext work,
         v1::ClaimResult* result) {
  const v1::RatioClaim& c = claim.ratio();
  const Figure* num = figures.Find(c.numerator_id());
  const Figure* den = figures.Find(c.denominator_id());
  const Figure* ratio = figures.Find(c.ratio_id());
  const v1::RatioForm form = c.form();
  const std::vector<const Figure*> involved = {num, den, ratio};
  const std::string worded = Worded(form, *ratio);
  const std::optional<Interval> quotient = Quotient(form, ratio->interval);
  if (!quotient) {
    AddDiscrepancy(result, v1::SEVERITY_NOT_CHECKABLE, "ratio.undefined",
                   absl::StrCat("\"", worded, "\" is not a ratio."), involved);
    return;
  }
  if (!num && !den) {
    AddMissing(result, "ratio", {"numerator", "denominator"},
               absl::StrCat("\"", worded,
                            "\" can only be checked with the figures it "
                            "compares; the article gives neither."));
    return;
  }
  if (den &&
      den->interval.Intersect(Interval::AtLeast(0, /*open=*/true)).empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_NOT_CHECKABLE, "ratio.undefined",
        absl::StrCat("A ratio to ", den->Printed(), " is not defined."),
        involved);
    return;
  }
  if (!num || !den) {
    Imply(form, num, den, *ratio, *quotient, work, result);
    return;
  }

  const Decision decision =
      ProportionHolds(den->interval, num->interval, *quotient, work);
  if (decision == Decision::kYes) {
    if (form == v1::RATIO_FORM_TIMES_MORE)
      ReportEdge(worded, *num, *den, *ratio, *quotient, work, result);
    return;
  }
  if (decision == Decision::kUndecided) {
    AddUndecided(result, "ratio", involved);
    return;
  }
  const bool one_in = form == v1::RATIO_FORM_ONE_IN;
  // The actual ratio in the claim's own terms: den / num for "one in".
  const Interval implied = one_in ? ImpliedM(num->interval, den->interval)
                                  : ImpliedM(den->interval, num->interval);
  const Rational actual =
      one_in ? (num->value == 0 ? Rational(0) : den->value / num->value)
             : (den->value == 0 ? Rational(0) : num->value / den->value);
  const std::string is =
      one_in ? absl::StrCat(
                   num->Printed(), " out of ", den->Quantity(), " is ",
                   num->value == 0
                       ? "none"
                       : absl::StrCat("one in ", ReadableString(actual, 1)),
                   AllowingForRounding(implied, 2))
             : absl::StrCat(num->Printed(), " is ", ReadableString(actual, 2),
                            " times ", den->Printed(),
                            AllowingForRounding(implied, 2));
  auto report = [&](v1::Severity severity, const std::string& code,
                    const std::string& message) {
    v1::Discrepancy* d =
        AddDiscrepancy(result, severity, code, message, involved);
    SetGap(d, ratio->interval, implied, ratio->value, actual);
    return d;
  };

  if (form == v1::RATIO_FORM_TIMES_MORE) {
    const Interval literal = ratio->interval.Plus(Interval::Point(1));
    if (ProportionHolds(den->interval, num->interval, literal, work) ==
        Decision::kYes) {
      v1::Discrepancy* d = report(
          v1::SEVERITY_WARNING, "ratio.times_more_ambiguous",
          absl::StrCat(is, ", so \"", worded, "\" holds only if it means ",
                       ReadableString(ratio->value + 1, 2),
                       " times as many, not ", ReadableString(ratio->value, 2),
                       " times as many."));
      d->set_cause(v1::CAUSE_TIMES_MORE);
      return;
    }
  }
  v1::Discrepancy* d = report(
      v1::SEVERITY_ERROR, "ratio.mismatch",
      form == v1::RATIO_FORM_TIMES_MORE
          ? absl::StrCat(is, ", not ", worded, ", whether that means ",
                         ReadableString(ratio->value, 2), " or ",
                         ReadableString(ratio->value + 1, 2), " times as many.")
          : absl::StrCat(is, ", not ", worded, "."));
  SuggestCorrections(
      involved,
      [&](const Figure& f, const Interval& replaced) {
        const std::optional<Interval> q =
            &f == ratio ? Quotient(form, replaced) : quotient;
        return q && ProportionHolds(&f == den ? replaced : den->interval,
                                    &f == num ? replaced : num->interval, *q,
                                    work) == Decision::kYes;
      },
      d);
}

// With both figures compared: numerator = q x denominator, where q is the
// ratio ("three times as many", and "three times more" read the same way, as
// the check reads it first) or its reciprocal ("one in three": q x ratio = 1).
void Constrain(const v1::Claim& claim, const FigureTable& figures,
               ArticleModel* model) {
  const v1::RatioClaim& c = claim.ratio();
  const Figure* num = figures.Find(c.numerator_id());
  const Figure* den = figures.Find(c.denominator_id());
  const Figure* ratio = figures.Find(c.ratio_id());
  if (!num || !den || !Quotient(c.form(), ratio->interval)) return;
  if (den->interval.Intersect(Interval::AtLeast(0, /*open=*/true)).empty())
    return;
  VarId q = model->FigureVar(*ratio);
  if (c.form() == v1::RATIO_FORM_ONE_IN) {
    const VarId r = q;
    q = model->Auxiliary(Interval::AtLeast(0, /*open=*/true));
    model->Product(model->Auxiliary(Interval::Point(1)), q, r);
  }
  model->Product(model->FigureVar(*num), q, model->FigureVar(*den));
}

// The reading of the claim's wording that the diagnosis may try (check.h):
// "three times more" taken literally, as four times as many ("three times as
// many again"), which the check itself reads only as three times as many.
// It is the ratio figure read as one more, a slip in the wording: the
// suspect names the claim.
void ClaimReadings(const v1::Claim& claim, const FigureTable& figures,
                   Diagnosis* diagnosis) {
  const v1::RatioClaim& c = claim.ratio();
  if (c.form() != v1::RATIO_FORM_TIMES_MORE) return;
  const Figure* num = figures.Find(c.numerator_id());
  const Figure* den = figures.Find(c.denominator_id());
  const Figure* ratio = figures.Find(c.ratio_id());
  if (!num || !den || !ratio) return;
  const Rational literal = ratio->value + 1;
  diagnosis->TryCorrection(
      {ratio, TextFor(*ratio, literal), v1::CAUSE_TIMES_MORE,
       absl::StrCat(
           "\"", Worded(c.form(), *ratio), "\" may mean ",
           ReadableString(literal, 2), " times as many, not ",
           ReadableString(ratio->value, 2),
           // A quantity the article does not print has no printed value to
           // divide.
           num->unstated || den->unstated
               ? std::string()
               : absl::StrCat(
                     ": ", num->Printed(), " is ",
                     den->value == 0
                         ? std::string("more than any multiple of 0")
                         : absl::StrCat(
                               ReadableString(num->value / den->value, 2),
                               " times ", den->Printed()))),
       /*wording=*/true});
}

// "Twice as many", "one in three": the two figures compared measure one
// kind of quantity.
void Measured(const v1::Claim& claim, const FigureTable&,
              std::vector<MeasuredRef>* refs) {
  refs->push_back({"numerator_id", -1, &claim.ratio().numerator_id()});
  refs->push_back({"denominator_id", -1, &claim.ratio().denominator_id()});
}

}  // namespace

Check RatioCheck() {
  Check check{v1::Claim::kRatio, "ratio", &Validate, &Run, &Constrain};
  check.claim_readings = &ClaimReadings;
  check.measured = &Measured;
  return check;
}

}  // namespace claimcheck
