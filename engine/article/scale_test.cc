// A 1,001-claim article over shared figures is decided within the default
// work budget: consistent as printed, and with one district's count
// transposed, an error whose first suspect is that count. The claims are
// checked as the engine checks them (each on its own, then all together),
// directly rather than through CheckClaims, whose request limits (limits.h)
// are smaller than this article. No timed assertion: the work used is
// printed, and the steps are deterministic.
#include <iostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/article/article.h"
#include "engine/engine.h"
#include "engine/reading/figure.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr int kRegions = 100;
constexpr int kDistricts = 5;

// National total = 100 regional totals; each regional total = 5 district
// counts; each district is a share of its region, and the 5 shares add up to
// 100; each region rose by a percent from last year, is printed again as
// "about N", and is said to have 5 districts: 1 + 100 x 10 = 1,001 claims.
v1::CheckClaimsRequest Article(int transposed_region) {
  v1::CheckClaimsRequest request;
  auto figure = [&](const std::string& id, const std::string& text,
                    v1::Unit unit) {
    v1::Figure* f = request.add_figures();
    f->set_id(id);
    f->set_text(text);
    f->set_unit(unit);
    f->mutable_span()->set_start(request.figures_size() * 10);
    f->mutable_span()->set_end(request.figures_size() * 10 + 3);
  };
  auto claim = [&](const std::string& id) {
    v1::Claim* c = request.add_claims();
    c->set_id(id);
    return c;
  };
  v1::Claim* national = claim("national");
  national->mutable_total()->set_total_id("national");
  int national_sum = 0;
  for (int r = 0; r < kRegions; ++r) {
    const std::string region = absl::StrCat("r", r);
    // Districts of 10 + 2r, 20 + 2r, ..., 50 + 2r people: 150 + 10r in all.
    int sum = 0;
    v1::Claim* total = claim(region + "-total");
    total->mutable_total()->set_total_id(region);
    v1::Claim* shares = claim(region + "-shares");
    for (int d = 0; d < kDistricts; ++d) {
      const int count = 10 * (d + 1) + 2 * r;
      sum += count;
      const std::string district = absl::StrCat(region, "d", d);
      std::string printed = absl::StrCat(count);
      if (r == transposed_region && d == 2) std::swap(printed[0], printed[1]);
      figure(district, printed, v1::UNIT_COUNT);
      total->mutable_total()->add_parts()->set_figure_id(district);
      shares->mutable_shares_sum()->add_percent_ids(district + "-pct");
      v1::Claim* share = claim(district + "-share");
      share->mutable_share()->set_part_id(district);
      share->mutable_share()->set_base_id(region);
      share->mutable_share()->set_percent_id(district + "-pct");
    }
    figure(region, absl::StrCat(sum), v1::UNIT_COUNT);
    national->mutable_total()->add_parts()->set_figure_id(region);
    national_sum += sum;
    for (int d = 0; d < kDistricts; ++d) {
      const int count = 10 * (d + 1) + 2 * r;
      // The share to one decimal, as printed.
      const int tenths = (count * 2000 + sum) / (2 * sum);
      figure(absl::StrCat(region, "d", d, "-pct"),
             absl::StrCat(tenths / 10, ".", tenths % 10), v1::UNIT_PERCENT);
    }
    // Last year: 100 + r people, and the rise to one decimal.
    const int last = 100 + r;
    figure(region + "-last", absl::StrCat(last), v1::UNIT_COUNT);
    const int rise = ((sum - last) * 2000 + last) / (2 * last);
    figure(region + "-rise", absl::StrCat(rise / 10, ".", rise % 10),
           v1::UNIT_PERCENT);
    v1::Claim* change = claim(region + "-rise");
    change->mutable_change()->set_from_id(region + "-last");
    change->mutable_change()->set_to_id(region);
    change->mutable_change()->set_change_id(region + "-rise");
    change->mutable_change()->set_direction(v1::DIRECTION_UP);
    figure(region + "-about", absl::StrCat("about ", (sum + 5) / 10 * 10),
           v1::UNIT_COUNT);
    v1::Claim* same = claim(region + "-same");
    same->mutable_same_quantity()->add_figure_ids(region);
    same->mutable_same_quantity()->add_figure_ids(region + "-about");
    figure(region + "-districts", "five", v1::UNIT_COUNT);
    v1::Claim* count = claim(region + "-count");
    count->mutable_count()->set_count_id(region + "-districts");
    for (int d = 0; d < kDistricts; ++d) {
      count->mutable_count()->add_item_ids(absl::StrCat(region, "d", d));
    }
  }
  figure("national", absl::StrCat(national_sum), v1::UNIT_COUNT);
  return request;
}

// Each claim on its own, then all together, as the engine does it.
v1::ArticleResult CheckAll(const v1::CheckClaimsRequest& request) {
  FigureTable figures;
  RequestErrors errors;
  for (const v1::Figure& f : request.figures()) {
    std::optional<Figure> read = ReadFigure(f, f.id(), &errors);
    EXPECT_TRUE(read.has_value()) << f.ShortDebugString();
    if (read) figures.Add(std::move(*read));
  }
  WorkBudget budget(absl::InfiniteFuture(), kDefaultWorkBudget);
  const WorkContext work{&budget};
  v1::CheckClaimsResponse response;
  for (const v1::Claim& claim : request.claims()) {
    v1::ClaimResult* result = response.add_results();
    result->set_claim_id(claim.id());
    for (const Check& check : AllChecks()) {
      if (check.kind == claim.kind_case())
        check.run(claim, figures, work, result);
    }
    result->set_verdict(result->discrepancies().empty() ? v1::VERDICT_CONSISTENT
                                                        : v1::VERDICT_ERROR);
  }
  const int64_t per_claim = budget.used();
  v1::ArticleResult article =
      CheckArticle(request, figures, response.results(), work);
  std::cout << request.claims_size() << " claims, " << request.figures_size()
            << " figures: each claim " << per_claim << " steps, together "
            << article.work_used() << " steps of " << kDefaultWorkBudget
            << "\n";
  return article;
}

TEST(ScaleTest, ThousandClaimsHoldTogether) {
  const v1::CheckClaimsRequest request = Article(-1);
  ASSERT_GE(request.claims_size(), 1000);
  const v1::ArticleResult article = CheckAll(request);
  EXPECT_EQ(article.verdict(), v1::VERDICT_CONSISTENT) << article.message();
  EXPECT_EQ(article.claims_checked(), request.claims_size());
  EXPECT_EQ(article.undecided_reason(), "");
}

TEST(ScaleTest, ThousandClaimsWithOneTransposedCount) {
  const v1::CheckClaimsRequest request = Article(12);
  const v1::ArticleResult article = CheckAll(request);
  EXPECT_EQ(article.verdict(), v1::VERDICT_ERROR) << article.message();
  EXPECT_EQ(article.undecided_reason(), "");
  ASSERT_GE(article.suspects_size(), 1);
  // District 2 of region 12 has 30 + 24 = 54 people, printed "45".
  EXPECT_EQ(article.suspects(0).correction().figure_id(), "r12d2");
  EXPECT_EQ(article.suspects(0).correction().corrected_text(), "54");
  EXPECT_EQ(article.suspects(0).correction().cause(),
            v1::CAUSE_DIGITS_TRANSPOSED);
}

}  // namespace
}  // namespace claimcheck
