// Rates: a count per N of a population.
//
//   "The county recorded 150 cases among its 50,000 residents, a rate of
//   300 per 100,000", "The state's 2,400 deaths amount to 40 per 100,000
//   of its 6 million people"
//                                    a rate per N, and in its sentence the
//                                    one count of a population ("residents",
//                                    "people", "inhabitants", "population";
//                                    "a population of 50,000") and the one
//                                    other count, of what the rate counts:
//                                    rate = count / population x N
//                                    (medium). Not with two counts that may
//                                    be either, nor a span of time, a
//                                    percentage or a sum of money as the
//                                    count. A rate whose counted noun
//                                    stands before "per" ("5 officers per
//                                    1,000 people") is not read as a rate
//                                    yet.
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// What a population is counted in.
const Set& PopulationWords() {
  static const Set* s = new Set{"residents",  "people",      "persons",
                                "population", "inhabitants", "citizens"};
  return *s;
}

// Whether m counts a population: "50,000 residents", "a population of
// 50,000".
bool Population(ClaimContext& c, const Words& w, const Mention& m) {
  if (!c.Countish(m) && !(m.unit == v1::UNIT_AMOUNT && m.unit_name.empty())) {
    return false;
  }
  if (PopulationWords().contains(absl::AsciiStrToLower(Head(m.unit_name)))) {
    return true;
  }
  const int of = w.Prev(m.first_token);
  return m.unit_name.empty() && w.Is(of, "of") &&
         w.Is(w.Prev(of), "population");
}

void Rates(ClaimContext& c, int s) {
  const Words w = c.W(s);
  for (int ri : c.quantities(s)) {
    const Mention& r = c.m(ri);
    if (c.used(ri) || r.unit != v1::UNIT_RATE) continue;
    int population = -1;
    int count = -1;
    bool more = false;
    for (int q : c.quantities(s)) {
      if (q == ri || c.used(q)) continue;
      const Mention& m = c.m(q);
      if (ClaimContext::TimeSpan(m) || m.unit == v1::UNIT_RATE) continue;
      if (Population(c, w, m)) {
        more = more || population >= 0;
        population = q;
      } else if (c.Countish(m)) {
        more = more || count >= 0;
        count = q;
      }
    }
    if (more || population < 0 || count < 0) continue;
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(ri), "-rate"));
    v1::RateClaim* rate = claim.mutable_rate();
    rate->set_rate_id(c.id(ri));
    rate->set_count_id(c.id(count));
    rate->set_population_id(c.id(population));
    c.Emit(claim, {ri, count, population}, s, v1::CONFIDENCE_MEDIUM,
           {c.TokenSpan(s, r.first_token, r.end_token - 1)});
  }
}

}  // namespace

void ProposeRates(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) Rates(c, s);
}

}  // namespace claimcheck::text
