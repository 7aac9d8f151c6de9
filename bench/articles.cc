#include "bench/articles.h"

#include "absl/strings/str_cat.h"

namespace claimcheck {

v1::CheckClaimsRequest IndependentClaimsArticle(int claims,
                                                const std::string& article_id) {
  v1::CheckClaimsRequest request;
  request.set_article_id(article_id);
  auto figure = [&](const std::string& id, const std::string& text,
                    v1::Unit unit) {
    v1::Figure* f = request.add_figures();
    f->set_id(id);
    f->set_text(text);
    f->set_unit(unit);
    return id;
  };
  for (int i = 0; i < claims; ++i) {
    const std::string p = absl::StrCat("c", i, "-");
    const int n = 100 + i % 900;
    v1::Claim* claim = request.add_claims();
    claim->set_id(absl::StrCat("c", i));
    switch (i % 4) {
      case 0: {  // n + (n + 7) people make 2n + 7.
        v1::TotalClaim* total = claim->mutable_total();
        total->set_total_id(
            figure(p + "all", absl::StrCat(2 * n + 7), v1::UNIT_COUNT));
        total->add_parts()->set_figure_id(
            figure(p + "a", absl::StrCat(n), v1::UNIT_COUNT));
        total->add_parts()->set_figure_id(
            figure(p + "b", absl::StrCat(n + 7), v1::UNIT_COUNT));
        break;
      }
      case 1: {  // 25 percent of 4n people is n.
        v1::ShareClaim* share = claim->mutable_share();
        share->set_part_id(figure(p + "part", absl::StrCat(n), v1::UNIT_COUNT));
        share->set_base_id(
            figure(p + "base", absl::StrCat(4 * n), v1::UNIT_COUNT));
        share->set_percent_id(figure(p + "pct", "25", v1::UNIT_PERCENT));
        break;
      }
      case 2: {  // From n to 2n is a rise of 100 percent.
        v1::ChangeClaim* change = claim->mutable_change();
        change->set_from_id(
            figure(p + "from", absl::StrCat(n), v1::UNIT_COUNT));
        change->set_to_id(
            figure(p + "to", absl::StrCat(2 * n), v1::UNIT_COUNT));
        change->set_change_id(figure(p + "rise", "100", v1::UNIT_PERCENT));
        change->set_direction(v1::DIRECTION_UP);
        break;
      }
      default: {  // n deaths in 1,000n residents: 100 per 100,000.
        v1::RateClaim* rate = claim->mutable_rate();
        rate->set_count_id(
            figure(p + "deaths", absl::StrCat(n), v1::UNIT_COUNT));
        rate->set_population_id(
            figure(p + "residents", absl::StrCat(1000 * n), v1::UNIT_COUNT));
        rate->set_rate_id(figure(p + "rate", "100 per 100,000", v1::UNIT_RATE));
        break;
      }
    }
  }
  return request;
}

}  // namespace claimcheck
