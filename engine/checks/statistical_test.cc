// Kind 9, statistical test: a reported result such as "t(28) = 2.20,
// p = .03" is recomputed as statcheck does, and the reported p must be one
// that the rounded statistic allows. "2.20" stands for 2.195 to 2.205, which
// gives a two-tailed p from 0.0358 to 0.0366; "p = .03" stands for .025 to
// .035, so the two cannot meet: an error (statistical_test.p_mismatch). When
// the reported p also lands on the other side of alpha from every p the
// statistic allows ("t(28) = 2.20, p = .06": significant, reported as not),
// it is a decision error (statistical_test.decision_error). pvalue.h says
// how p is computed and with what margin values are compared.
//
// How p may be reported: "p = .03" (the interval its digits stand for),
// "p < .05", "p > .05", and "ns", which means p > alpha. alpha is .05 unless
// the claim gives it, and p = alpha counts as significant, as in statcheck. A
// report says nothing about significance when it cannot ("p < .10" at .05).
//
// Findings beyond a plain mismatch:
// - "p = .000" is an error even when the statistic allows a p that small: no
//   p is exactly zero, and it should be reported as p < .001
//   (statistical_test.p_zero); "p < .000", "p > 1" and the like are
//   impossible (statistical_test.impossible_p).
// - A claim that says the test is one-tailed is checked against the
//   one-tailed p (t, z and r; F and chi-square have one tail already). A
//   claim that does not say so, whose p is wrong as a two-tailed p but right
//   as a one-tailed one, gets a warning (statistical_test.one_tailed_only)
//   rather than an error.
// - Rounding edge (a warning, CAUSE_ROUNDING_EDGE), this kind's case of the
//   edge rule (edge.h): "r(97) = .17, p = .084"
//   holds, since .17 stands for .165 to .175 and r = .1743 gives p = .084,
//   but at .17 itself p is .0925. A reported p is consistent only at the edge
//   when it fits the statistic's rounding interval but none of the values
//   nearer to the printed value than to the interval's ends (the inner half:
//   .1675 to .1725 here). "t(28) = 2.2, p = .03" needs t of at least 2.216,
//   inside the inner half (2.175 to 2.225): consistent, no warning.
//
// Every checkable claim also returns the p the rounded statistic allows, as
// an implied value with role "p" (0.03583 to 0.03662 for t(28) = 2.20).
// Degrees of freedom are taken as printed (27.8 for a Welch test). A claim
// with no p at all only returns that implied value; one with a relation
// ("p <") but no figure of p, or without the degrees of freedom it needs, is
// not checkable.
#include <cmath>
#include <optional>

#include "absl/strings/str_cat.h"
#include "engine/checks/checks.h"
#include "engine/checks/edge.h"
#include "engine/numbers/pvalue.h"
#include "engine/reading/range.h"

namespace claimcheck {
namespace {

// The API's statistic as pvalue.h names it.
Statistic StatisticOf(v1::TestStatistic s) {
  switch (s) {
    case v1::TEST_STATISTIC_T:
      return Statistic::kT;
    case v1::TEST_STATISTIC_Z:
      return Statistic::kZ;
    case v1::TEST_STATISTIC_R:
      return Statistic::kR;
    case v1::TEST_STATISTIC_F:
      return Statistic::kF;
    case v1::TEST_STATISTIC_CHI_SQUARE:
      return Statistic::kChiSquare;
    default:
      return Statistic::kUnknown;
  }
}

bool Symmetric(Statistic s) {
  return s == Statistic::kT || s == Statistic::kZ || s == Statistic::kR;
}

absl::string_view Symbol(v1::TestStatistic s) {
  switch (s) {
    case v1::TEST_STATISTIC_T:
      return "t";
    case v1::TEST_STATISTIC_F:
      return "F";
    case v1::TEST_STATISTIC_R:
      return "r";
    case v1::TEST_STATISTIC_CHI_SQUARE:
      return "chi2";
    default:
      return "z";
  }
}

// The statistic as an article prints it: "t(28) = 2.20", "F(2, 28) = 2.20",
// "z = 2.20".
std::string ResultText(v1::TestStatistic s, const Figure& value,
                       const Figure* df1, const Figure* df2) {
  std::string out(Symbol(s));
  if (df1) {
    absl::StrAppend(&out, "(", df1->text(),
                    df2 ? absl::StrCat(", ", df2->text()) : "", ")");
  }
  return absl::StrCat(out, " = ", value.text());
}

// A reported p: the values it allows, its words, and what it says about
// significance at alpha, when it says anything.
struct ReportedP {
  Interval interval;
  std::string text;
  std::optional<bool> significant;
};

ReportedP Read(v1::PRelation relation, const Figure* p, const Rational& alpha) {
  const Interval unit = Interval::Closed(0, 1);
  switch (relation) {
    case v1::P_RELATION_LESS:
      return {Interval::AtMost(p->value, true).Intersect(unit),
              "p < " + p->text(),
              p->value <= alpha ? std::optional<bool>(true) : std::nullopt};
    case v1::P_RELATION_GREATER:
      return {Interval::AtLeast(p->value, true).Intersect(unit),
              "p > " + p->text(),
              p->value >= alpha ? std::optional<bool>(false) : std::nullopt};
    case v1::P_RELATION_NOT_SIGNIFICANT:
      return {Interval::AtLeast(alpha, true).Intersect(unit), "ns", false};
    default:
      return {p->interval.Intersect(unit), "p = " + p->text(),
              p->value <= alpha};
  }
}

// "p = 0.0362 (two-tailed, 0.0358 to 0.0366 allowing for its rounding)".
std::string Gives(const TestSpec& spec, double at_printed,
                  const PRange& range) {
  std::string tail;
  if (Symmetric(spec.statistic))
    tail = spec.one_tailed ? "one-tailed" : "two-tailed";
  std::string allowing;
  if (PText(range.lower) != PText(range.upper)) {
    allowing = absl::StrCat(PText(range.lower), " to ", PText(range.upper),
                            " allowing for its rounding");
  }
  std::string note = absl::StrCat(
      tail, !tail.empty() && !allowing.empty() ? ", " : "", allowing);
  return absl::StrCat("p = ", PText(at_printed),
                      note.empty() ? "" : " (" + note + ")");
}

std::optional<Rational> Alpha(const v1::StatisticalTestClaim& c) {
  if (c.alpha().empty()) return Rational(1, 20);
  absl::StatusOr<Rational> alpha = ParseDecimal(c.alpha());
  if (!alpha.ok() || *alpha <= 0 || *alpha >= 1) return std::nullopt;
  return *alpha;
}

void Validate(const v1::Claim& claim, const std::string& path,
              const FigureTable&, RequestErrors* errors) {
  const v1::StatisticalTestClaim& c = claim.statistical_test();
  const std::string at = path + ".statistical_test";
  if (c.statistic() == v1::TEST_STATISTIC_UNSPECIFIED) {
    errors->Add(
        at + ".statistic", "MISSING_STATISTIC",
        "a statistical test needs its statistic: t, F, r, chi-square or z");
  }
  if (c.value_id().empty()) {
    errors->Add(at + ".value_id", "MISSING_FIGURE",
                "a statistical test needs the figure of its statistic's value");
  }
  if (!Alpha(c)) {
    errors->Add(
        at + ".alpha", "INVALID_ALPHA",
        absl::StrCat(
            "alpha must be a decimal between 0 and 1, such as .05, not \"",
            c.alpha(), "\""));
  }
  if (c.p_relation() == v1::P_RELATION_NOT_SIGNIFICANT && !c.p_id().empty()) {
    errors->Add(
        at + ".p_id", "UNEXPECTED_FIGURE",
        "\"ns\" has no p figure; give p = , p < or p > with one instead");
  }
}

void Run(const v1::Claim& claim, const FigureTable& figures,
         WorkContext /*work*/, v1::ClaimResult* result) {
  const v1::StatisticalTestClaim& c = claim.statistical_test();
  const v1::TestStatistic statistic = c.statistic();
  const Statistic kind = StatisticOf(statistic);
  const Figure* value = figures.Find(c.value_id());
  const Figure* df1 = figures.Find(c.df1_id());
  const Figure* df2 = figures.Find(c.df2_id());
  const Figure* p = figures.Find(c.p_id());
  const std::vector<const Figure*> involved = {value, df1, df2, p};
  const std::string test = ResultText(statistic, *value, df1, df2);

  std::vector<std::string> missing;
  if (statistic != v1::TEST_STATISTIC_Z && !df1) missing.push_back("df1");
  if (statistic == v1::TEST_STATISTIC_F && !df2) missing.push_back("df2");
  if (!missing.empty()) {
    AddMissing(
        result, "statistical_test", missing,
        absl::StrCat(test,
                     " can only be checked with its degrees of freedom; the "
                     "article does not give ",
                     missing.size() == 2 ? "either"
                     : df1               ? "the second"
                                         : "them",
                     "."));
    return;
  }
  if ((df1 && df1->value <= 0) || (df2 && df2->value <= 0)) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "statistical_test.impossible_df",
        absl::StrCat(test,
                     " is impossible: degrees of freedom are above zero."),
        involved);
    return;
  }
  const Interval values = value->interval.Intersect(StatisticDomain(kind));
  if (values.empty()) {
    AddDiscrepancy(
        result, v1::SEVERITY_ERROR, "statistical_test.impossible_statistic",
        absl::StrCat(
            test, " is impossible: ",
            statistic == v1::TEST_STATISTIC_R
                ? "r lies from -1 to 1."
                : absl::StrCat(Symbol(statistic), " is never below zero.")),
        involved);
    return;
  }

  TestSpec spec{kind, df1 ? df1->value.get_d() : 0,
                df2 ? df2->value.get_d() : 0,
                c.one_tailed() && Symmetric(kind)};
  const std::optional<PRange> range = PRangeOver(spec, values);
  // The printed value, or the nearest one the statistic can take ("r = 1.00"
  // is read as 1; "more than 2" as just above 2).
  Rational nearest = value->value;
  if (values.lower() && nearest < values.lower()->value)
    nearest = values.lower()->value;
  if (values.upper() && nearest > values.upper()->value)
    nearest = values.upper()->value;
  const std::optional<double> at_printed = PValue(spec, nearest.get_d());
  if (!range || !at_printed) {
    AddUndecided(result, "statistical_test", involved);
    return;
  }
  const std::string tail = !Symmetric(kind)  ? ""
                           : spec.one_tailed ? " (one-tailed)"
                                             : " (two-tailed)";
  const Interval implied = OutwardInterval(*range);
  AddImplied(result, "p", absl::StrCat("the p that ", test, " allows", tail),
             implied);
  v1::Range* implied_range =
      result->mutable_implied_values(result->implied_values_size() - 1)
          ->mutable_range();
  implied_range->set_text(
      absl::StrCat(PText(implied.lower()->value.get_d(), 4), " to ",
                   PText(implied.upper()->value.get_d(), 4)));

  v1::PRelation relation = c.p_relation();
  if (relation == v1::P_RELATION_UNSPECIFIED && p)
    relation = v1::P_RELATION_EQUAL;
  if (relation == v1::P_RELATION_UNSPECIFIED)
    return;  // No p: the implied one is the answer.
  if (relation != v1::P_RELATION_NOT_SIGNIFICANT && !p) {
    AddMissing(result, "statistical_test", {"p"},
               absl::StrCat("The p reported with ", test,
                            " can only be checked with its value; the claim "
                            "does not give it."));
    return;
  }
  const Rational alpha = *Alpha(c);
  const ReportedP reported = Read(relation, p, alpha);
  auto report = [&](v1::Severity severity, std::string code,
                    std::string message) {
    v1::Discrepancy* d = AddDiscrepancy(result, severity, std::move(code),
                                        std::move(message), involved);
    *d->mutable_stated() = ToRange(reported.interval);
    *d->mutable_implied() = *implied_range;
    if (p) {
      const Rational computed = RoundTo(Rational(*at_printed), 6);
      d->set_gap(DecimalString(p->value - computed));
      if (computed != 0) {
        d->set_gap_percent(
            DecimalString((p->value - computed) / computed * 100, 1));
      }
    }
    return d;
  };

  if (reported.interval.empty()) {
    report(v1::SEVERITY_ERROR, "statistical_test.impossible_p",
           absl::StrCat("\"", reported.text,
                        "\" is impossible: a p-value lies from 0 to 1."));
    return;
  }
  if (Meets(*range, reported.interval)) {
    if (relation == v1::P_RELATION_EQUAL && p->value == 0) {
      report(
          v1::SEVERITY_ERROR, "statistical_test.p_zero",
          absl::StrCat("\"", reported.text,
                       "\" cannot be right: no p-value is exactly zero, and ",
                       test, " gives p = ", PText(*at_printed),
                       "; report it as p < .001."));
      return;
    }
    const std::optional<Interval> inner = InnerHalf(*value, values);
    if (inner) {
      const std::optional<PRange> inner_range = PRangeOver(spec, *inner);
      if (inner_range && !Meets(*inner_range, reported.interval)) {
        v1::Discrepancy* d =
            report(v1::SEVERITY_WARNING, "statistical_test.rounding_edge",
                   absl::StrCat("\"", reported.text, "\" fits ", test,
                                " only at the edge of what ", value->text(),
                                " can stand for (", values.Text(), "): at ",
                                value->text(), " itself ",
                                Gives(spec, *at_printed, *range), "."));
        d->set_cause(v1::CAUSE_ROUNDING_EDGE);
      }
    }
    return;
  }
  if (Symmetric(kind) && !spec.one_tailed) {
    TestSpec one = spec;
    one.one_tailed = true;
    const std::optional<PRange> one_range = PRangeOver(one, values);
    if (one_range && Meets(*one_range, reported.interval)) {
      report(v1::SEVERITY_WARNING, "statistical_test.one_tailed_only",
             absl::StrCat(test, " gives ", Gives(spec, *at_printed, *range),
                          ", not \"", reported.text,
                          "\", which fits only the one-tailed p, and the claim "
                          "does not say the test was one-tailed."));
      return;
    }
  }
  const double a = alpha.get_d();
  const bool computed_significant = range->upper < a * (1 - kPMargin);
  const bool computed_not_significant = range->lower > a * (1 + kPMargin);
  const std::string at =
      absl::StrCat(" at ", c.alpha().empty() ? ".05" : c.alpha());
  if (reported.significant &&
      ((*reported.significant && computed_not_significant) ||
       (!*reported.significant && computed_significant))) {
    report(v1::SEVERITY_ERROR, "statistical_test.decision_error",
           absl::StrCat(test, " gives ", Gives(spec, *at_printed, *range),
                        ", which is ", computed_significant ? "" : "not ",
                        "significant", at, ", but \"", reported.text,
                        "\" says it is", computed_significant ? " not." : "."));
    return;
  }
  report(v1::SEVERITY_ERROR, "statistical_test.p_mismatch",
         absl::StrCat(test, " gives ", Gives(spec, *at_printed, *range),
                      ", so \"", reported.text, "\" cannot be right."));
}

}  // namespace

Check StatisticalTestCheck() {
  return {v1::Claim::kStatisticalTest, "statistical_test", &Validate, &Run};
}

}  // namespace claimcheck
