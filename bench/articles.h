// Synthetic articles for the benchmarks: as many claims as asked, none of
// them sharing a figure, in a fixed mix of kinds that a newsroom prints.
//
//   v1::CheckClaimsRequest article = IndependentClaimsArticle(10000, "big");
//   // 10,000 claims over 30,000 figures; every claim holds as printed.
//
// The cost of checking such an article should grow linearly with its claims:
// no figure ties one claim to another.
#ifndef CLAIMCHECK_BENCH_ARTICLES_H_
#define CLAIMCHECK_BENCH_ARTICLES_H_

#include <string>

#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// An article of `claims` claims, cycling through a total of two parts, a
// share, a percent change and a rate; three or four figures of its own each.
v1::CheckClaimsRequest IndependentClaimsArticle(int claims,
                                                const std::string& article_id);

}  // namespace claimcheck

#endif  // CLAIMCHECK_BENCH_ARTICLES_H_
