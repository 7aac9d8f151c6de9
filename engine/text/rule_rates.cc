// Rates: a count per N of a population.
//
//   "The county recorded 150 cases among its 50,000 residents, a rate of
//   300 per 100,000", "The state's 2,400 deaths amount to 40 per 100,000
//   of its 6 million people"
//                                    a rate per N, and in its sentence the
//                                    one count of a population ("residents",
//                                    "people", "inhabitants", "population";
//                                    "a population of 50,000", whatever
//                                    noun the number reader carried to it:
//                                    "1,840 cases in a population of
//                                    920,000") and the one
//                                    other count, of what the rate counts:
//                                    rate = count / population x N
//                                    (medium). Not with two counts that may
//                                    be either, nor a span of time, a
//                                    percentage or a sum of money as the
//                                    count.
//   "With 5,000 officers for 1 million residents, the city has 5 officers
//   per 1,000 people"                a count of a thing, "per" and a
//                                    power of ten (100 or more), with or
//                                    without a population word after it,
//                                    is a rate ("5 per 1,000") of what the
//                                    count counts: in its sentence the one
//                                    other count of that thing and the one
//                                    count of a population (medium). Not
//                                    "3 goals per game" (no number), nor
//                                    "per 30 days".
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
  // "1,840 cases in a population of 920,000": the number reader may give
  // it the noun of the count before, which "population" overrides.
  const int of = w.Prev(m.first_token);
  return (m.unit_name.empty() || m.inherited_unit) && w.Is(of, "of") &&
         w.Is(w.Prev(of), "population");
}

// Proposes (medium) that rate ri is count over population, read at `cue`.
void EmitRate(ClaimContext& c, int s, int ri, int count, int population,
              std::pair<int32_t, int32_t> cue) {
  // "a population of 920,000" counts no "cases", whatever noun the number
  // reader carried over to it.
  Mention& p = c.mutable_m(population);
  if (p.inherited_unit &&
      !PopulationWords().contains(absl::AsciiStrToLower(Head(p.unit_name)))) {
    p.unit_name.clear();
    p.inherited_unit = false;
  }
  v1::Claim claim;
  claim.set_id(absl::StrCat(c.id(ri), "-rate"));
  v1::RateClaim* rate = claim.mutable_rate();
  rate->set_rate_id(c.id(ri));
  rate->set_count_id(c.id(count));
  rate->set_population_id(c.id(population));
  c.Emit(claim, {ri, count, population}, s, v1::CONFIDENCE_MEDIUM, {cue});
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
    EmitRate(c, s, ri, count, population,
             c.TokenSpan(s, r.first_token, r.end_token - 1));
  }
}

// Whether the number printed is a power of ten of 100 or more: "1,000",
// "100,000".
bool PowerOfTen(absl::string_view printed) {
  std::string digits;
  for (char ch : printed) {
    if (ch == ',') continue;
    if (ch < '0' || ch > '9') return false;
    digits += ch;
  }
  return digits.size() >= 3 && digits[0] == '1' &&
         digits.find_first_not_of('0', 1) == std::string::npos;
}

// "the city has 5 officers per 1,000 people": a count, its noun, "per" and
// a power of ten; the rate with the sentence's other count of the noun and
// its one population.
void RatesWithTheirNoun(ClaimContext& c, int s) {
  static const Set* per = new Set{"per"};
  if (!c.MayHold(s, *per)) return;
  const Words w = c.W(s);
  const std::vector<int> qs = c.quantities(s);
  for (int ai : qs) {
    const Mention& a = c.m(ai);
    if (c.used(ai) || !c.Countish(a) || a.unit_name.empty() ||
        a.inherited_unit || ClaimContext::TimeSpan(a)) {
      continue;
    }
    // The noun, then "per".
    int k = w.Next(a.end_token - 1);
    for (int n = 0; n < 3 && w.IsWord(k) && !w.Is(k, "per"); ++n) {
      k = w.Next(k);
    }
    if (!w.Is(k, "per")) continue;
    // The N (which the number reader sets aside as part of a rate), then
    // a population or nothing counted.
    const int n = w.Next(k);
    if (!w.IsNumber(n) || !PowerOfTen(w.Text(n))) continue;
    const int after = w.Next(n);
    if (w.IsWord(after) && !w.IsIn(after, PopulationWords())) continue;
    const std::string noun = absl::AsciiStrToLower(Head(a.unit_name));
    int population = -1;
    int count = -1;
    bool more = false;
    for (int q : qs) {
      if (q == ai || c.used(q)) continue;
      const Mention& m = c.m(q);
      if (ClaimContext::TimeSpan(m) || m.unit == v1::UNIT_RATE) continue;
      if (Population(c, w, m)) {
        more = more || population >= 0;
        population = q;
      } else if (c.Countish(m) &&
                 absl::AsciiStrToLower(Head(m.unit_name)) == noun) {
        more = more || count >= 0;
        count = q;
      }
    }
    if (more || population < 0 || count < 0) continue;
    Mention r;
    r.begin = a.begin;
    r.end = w.at(n).end;
    r.sentence = s;
    r.first_token = a.first_token;
    r.end_token = n + 1;
    r.number_token = a.number_token;
    r.figure_text = absl::StrCat(a.figure_text, " per ", w.Text(n));
    if (!c.Readable(&r) || r.unit != v1::UNIT_RATE) continue;
    r.unit_name = a.unit_name;
    r.label = absl::StrCat(a.unit_name, " per ", w.Text(n));
    const int ri = c.AddMention(std::move(r), "rate");
    EmitRate(c, s, ri, count, population, c.TokenSpan(s, k, k));
  }
}

}  // namespace

void ProposeRates(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) {
    Rates(c, s);
    RatesWithTheirNoun(c, s);
  }
}

}  // namespace claimcheck::text
