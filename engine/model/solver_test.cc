// The solver over small systems, table-driven: each case builds a model the
// way the checks do (figures as their intervals, claims as constraints) and
// expects consistent, inconsistent or undecided.
#include "engine/model/solver.h"

#include <functional>
#include <memory>
#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Interval Count(int v) { return Interval::Point(v).WholeNumbers(); }
Interval Rounded(const Rational& v, const Rational& half) {
  return Interval::Closed(v - half, v + half);
}
Interval Percent(int v) { return Rounded(v, Rational(1, 2)); }

// part = percent / 100 x base, as the share check says it.
void Share(ArticleModel* m, VarId part, VarId base, VarId percent) {
  m->Within(percent, Interval::Closed(0, 100));
  m->Product(part, m->Affine(0, Rational(1, 100), percent), base);
}

void Total(ArticleModel* m, VarId total, const std::vector<VarId>& parts) {
  std::vector<LinearTerm> terms = {{Rational(-1), total}};
  for (VarId p : parts) terms.push_back({Rational(1), p});
  m->Linear(terms, Interval::Point(0));
}

struct SolverCase {
  std::string name;
  std::function<void(ArticleModel*)> build;
  Outcome outcome;
  int64_t steps = 1'000'000;
};

class SolverTest : public ::testing::TestWithParam<SolverCase> {};

TEST_P(SolverTest, Decides) {
  ArticleModel model;
  GetParam().build(&model);
  WorkBudget budget(absl::InfiniteFuture(), GetParam().steps);
  const SolveResult result =
      Solve(model, AllGroups(model), WorkContext{&budget});
  EXPECT_EQ(result.outcome, GetParam().outcome);
  if (result.outcome != Outcome::kConsistent) return;
  // The witness lies in every figure's interval.
  EXPECT_FALSE(result.witness.empty());
  for (const auto& [v, value] : result.witness) {
    EXPECT_TRUE(model.variables()[v].domain.Contains(value));
  }
}

// A layout made once answers every question as Solve does, in as many
// steps: the model as built, and each variable overridden by a point of its
// domain, asked in turn of the same layout.
TEST_P(SolverTest, ALayoutAnswersAsSolveDoes) {
  ArticleModel model;
  GetParam().build(&model);
  const std::shared_ptr<const SearchLayout> layout =
      LayOut(model, AllGroups(model));
  std::vector<Overrides> questions = {{}};
  for (size_t v = 0; v < model.variables().size(); ++v) {
    const Interval& d = model.variables()[v].domain;
    if (d.lower()) {
      questions.push_back(
          {{static_cast<VarId>(v), Interval::Point(d.lower()->value)}});
    }
  }
  for (const Overrides& overrides : questions) {
    WorkBudget fresh_budget(absl::InfiniteFuture(), GetParam().steps);
    WorkBudget laid_out_budget(absl::InfiniteFuture(), GetParam().steps);
    const SolveResult fresh =
        Solve(model, AllGroups(model), WorkContext{&fresh_budget}, overrides);
    const SolveResult laid_out =
        Solve(*layout, WorkContext{&laid_out_budget}, overrides);
    EXPECT_EQ(laid_out.outcome, fresh.outcome);
    EXPECT_EQ(laid_out.witness, fresh.witness);
    EXPECT_EQ(laid_out_budget.used(), fresh_budget.used());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Systems, SolverTest,
    ::testing::Values(
        SolverCase{"OnePlusOneIsNotThreeForCounts",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     Total(m, m->FigureVar("t", Count(3)),
                           {m->FigureVar("a", Count(1)),
                            m->FigureVar("b", Count(1))});
                   },
                   Outcome::kInconsistent},
        SolverCase{"OnePlusOneIsThreeWhenRounded",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     const Rational half(1, 2);
                     Total(m, m->FigureVar("t", Rounded(3, half)),
                           {m->FigureVar("a", Rounded(1, half)),
                            m->FigureVar("b", Rounded(1, half))});
                   },
                   Outcome::kConsistent},
        SolverCase{"SevenPercentOfFiftyPeopleIsNobody",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     Share(m, m->Auxiliary(Interval::AtLeast(0).WholeNumbers()),
                           m->FigureVar("n", Count(50)),
                           m->FigureVar("p", Percent(7)));
                   },
                   Outcome::kInconsistent},
        SolverCase{"SixPercentOfFiftyPeopleIsThree",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     Share(m, m->Auxiliary(Interval::AtLeast(0).WholeNumbers()),
                           m->FigureVar("n", Count(50)),
                           m->FigureVar("p", Percent(6)));
                   },
                   Outcome::kConsistent},
        // A base of "about 50" people: 7 percent needs a base of 43 or more
        // that some whole part fits.
        SolverCase{"SevenPercentOfAboutFiftyNeedsTheSearch",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     Share(m, m->Auxiliary(Interval::AtLeast(0).WholeNumbers()),
                           m->FigureVar(
                               "n", Interval::Closed(45, 55).WholeNumbers()),
                           m->FigureVar("p", Percent(7)));
                   },
                   Outcome::kConsistent},
        // Each claim holds alone; a shared "about 40" cannot be both 40 and 36.
        SolverCase{"SharedFigureCannotSatisfyBoth",
                   [](ArticleModel* m) {
                     const VarId a = m->FigureVar(
                         "a", Interval::Closed(35, 45).WholeNumbers());
                     const VarId b = m->FigureVar("b", Count(60));
                     m->BeginClaim(0);
                     Total(m, m->FigureVar("t", Count(100)), {a, b});
                     m->BeginClaim(1);
                     Share(m, a, b, m->FigureVar("p", Percent(60)));
                   },
                   Outcome::kInconsistent},
        SolverCase{"SharedFigureSatisfiesBoth",
                   [](ArticleModel* m) {
                     const VarId a = m->FigureVar(
                         "a", Interval::Closed(35, 45).WholeNumbers());
                     const VarId b = m->FigureVar("b", Count(60));
                     m->BeginClaim(0);
                     Total(m, m->FigureVar("t", Count(96)), {a, b});
                     m->BeginClaim(1);
                     Share(m, a, b, m->FigureVar("p", Percent(60)));
                   },
                   Outcome::kConsistent},
        // XBRL's duplicate facts: 3.811 and 3.83 each agree with 3.8 but not
        // with each other.
        SolverCase{"DuplicateFactsMustAllOverlap",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     const VarId a = m->FigureVar(
                         "a", Rounded(Rational(3811, 1000), Rational(1, 2000)));
                     const VarId b = m->FigureVar(
                         "b", Rounded(Rational(383, 100), Rational(1, 200)));
                     const VarId c = m->FigureVar(
                         "c", Rounded(Rational(38, 10), Rational(1, 20)));
                     m->Equal(a, c);
                     m->Equal(b, c);
                   },
                   Outcome::kInconsistent},
        SolverCase{"NearlyFiveHundredIsFourNinetyEight",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     m->Equal(
                         m->FigureVar("a", Count(498)),
                         m->FigureVar(
                             "b", Interval::Closed(400, 500).WholeNumbers()));
                   },
                   Outcome::kConsistent},
        SolverCase{"MoreThanFiveHundredIsNotFourNinetyEight",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     m->Equal(
                         m->FigureVar("a", Count(498)),
                         m->FigureVar(
                             "b", Interval::AtLeast(500, true).WholeNumbers()));
                   },
                   Outcome::kInconsistent},
        // Open ends stay exact: (1.5, 2.5) + [0.5, 1.5) can never reach 4.
        SolverCase{"OpenEndsAreKeptExact",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     const VarId a = m->FigureVar(
                         "a", Interval::Of(Endpoint{Rational(3, 2), true},
                                           Endpoint{Rational(5, 2), true}));
                     const VarId b = m->FigureVar(
                         "b", Interval::Of(Endpoint{Rational(1, 2), false},
                                           Endpoint{Rational(3, 2), true}));
                     Total(m, m->FigureVar("t", Interval::Point(4)), {a, b});
                   },
                   Outcome::kInconsistent},
        // A percent change: from 100 to 137 people is a rise of 37 percent,
        // and the to-value is also a part of a total of 200.
        SolverCase{"ChangeAndTotalShareAFigure",
                   [](ArticleModel* m) {
                     const VarId from = m->FigureVar("from", Count(100));
                     const VarId to = m->FigureVar("to", Count(137));
                     m->BeginClaim(0);
                     m->Product(to,
                                m->Affine(1, Rational(1, 100),
                                          m->FigureVar("c", Percent(37))),
                                from);
                     m->BeginClaim(1);
                     Total(m, m->FigureVar("t", Count(200)),
                           {to, m->FigureVar("other", Count(63))});
                   },
                   Outcome::kConsistent},
        // Whole-number variables with wide domains: a + b = 1001, a = 2 b.
        SolverCase{"WholeNumbersWithoutASolution",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     const VarId a = m->FigureVar(
                         "a", Interval::Closed(0, 2000).WholeNumbers());
                     const VarId b = m->FigureVar(
                         "b", Interval::Closed(0, 2000).WholeNumbers());
                     m->Linear({{Rational(1), a}, {Rational(1), b}},
                               Interval::Point(1001));
                     m->Linear({{Rational(1), a}, {Rational(-2), b}},
                               Interval::Point(0));
                   },
                   Outcome::kInconsistent},
        SolverCase{"TooLittleWorkIsUndecided",
                   [](ArticleModel* m) {
                     m->BeginClaim(0);
                     Share(m, m->Auxiliary(Interval::AtLeast(0).WholeNumbers()),
                           m->FigureVar(
                               "n", Interval::Closed(45, 55).WholeNumbers()),
                           m->FigureVar("p", Percent(7)));
                   },
                   Outcome::kUndecided, 3}),
    [](const auto& info) { return info.param.name; });

TEST(ComponentsTest, ClaimsThatShareFiguresGoTogether) {
  ArticleModel m;
  const VarId a = m.FigureVar("a", Count(1));
  m.BeginClaim(0);
  m.Within(a, Interval::AtLeast(0));
  m.BeginClaim(1);
  m.Within(m.FigureVar("b", Count(2)), Interval::AtLeast(0));
  m.BeginClaim(3);
  m.Equal(a, m.FigureVar("c", Count(1)));
  const ComponentList list = ListComponents(m);
  std::vector<std::vector<int>> components;
  for (size_t k = 0; k < list.size(); ++k) {
    components.emplace_back(list[k].begin(), list[k].end());
  }
  EXPECT_EQ(components, (std::vector<std::vector<int>>{{0, 3}, {1}}));
}

}  // namespace
}  // namespace claimcheck
