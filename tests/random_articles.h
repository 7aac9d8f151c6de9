// Random articles whose every claim is true, and the same articles with one
// slip a newsroom makes, for the property test (tests/property_test.cc) and
// the culprit benchmark (bench/culprits.sh).
//
//   ArticleGenerator generator(/*seed=*/1);
//   GeneratedArticle article = generator.Next();
//   // article.request: figures printed from true values (article.truth)
//   // with every rounding mode, qualifier and scale the API has, and claims
//   // of every kind that hold for those true values.
//   std::optional<SlippedArticle> slipped =
//       Slip(article, SlipKind::kTransposed, /*seed=*/7);
//   // slipped->request: one figure retyped ("36" for "63"), in a place where
//   // no values within the other figures' precision make up for it.
//
// An article is a story about one count broken down by region: the regions
// and their total, how many regions, a share of the total, the change since
// last year, ratios, a rate, an average, comparisons, the total printed a
// second time, a breakdown in percentages, and (apart) a statistical test
// and a survey mean. Each article has a random selection of them.
//
// What the generator knows of the engine is the meaning of a printed figure
// and of each kind of claim, as docs/spec.md states them; whether a slip can
// be noticed at all is decided here with interval arithmetic on the claims
// the slipped figure is in (outer bounds, so "noticeable" is never wrong),
// independently of the engine's own search.
#ifndef CLAIMCHECK_TESTS_RANDOM_ARTICLES_H_
#define CLAIMCHECK_TESTS_RANDOM_ARTICLES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "engine/numbers/exact.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// A seeded source of choices; the same seed gives the same articles on
// every machine (std::mt19937_64's sequence is fixed by the standard, and
// the choices are made from it here, not by library distributions).
class Choices {
 public:
  explicit Choices(uint64_t seed) : engine_(seed) {}
  // A whole number from 0 to n - 1.
  int64_t Below(int64_t n);
  // A whole number from lo to hi, both included.
  int64_t Between(int64_t lo, int64_t hi) { return lo + Below(hi - lo + 1); }
  // True with probability `p`.
  bool Chance(double p);
  template <typename T>
  const T& Pick(const std::vector<T>& from) {
    return from[Below(static_cast<int64_t>(from.size()))];
  }

 private:
  std::mt19937_64 engine_;
};

// How often each way of printing was used, and each kind of claim.
struct Coverage {
  std::map<std::string, int> rounding;   // "ROUNDING_MODE_DOWN" -> figures
  std::map<std::string, int> qualifier;  // "QUALIFIER_ABOUT" -> figures
  std::map<std::string, int> scale;      // "SCALE_MILLION" -> figures
  std::map<std::string, int> kind;       // "change" -> claims
};

struct GeneratedArticle {
  v1::CheckClaimsRequest request;
  // Each printed figure's true value.
  std::map<std::string, Rational> truth;
};

class ArticleGenerator {
 public:
  explicit ArticleGenerator(uint64_t seed) : choices_(seed) {}

  // The next article; its id is "article-N".
  GeneratedArticle Next();

  // What the articles so far used: every rounding mode, qualifier and scale
  // of the API counts whether it was given in the figure's field or in its
  // text ("about 500", "1.2 million").
  const Coverage& coverage() const { return coverage_; }

 private:
  Choices choices_;
  Coverage coverage_;
  int articles_ = 0;
};

// The slips the culprit benchmark and the property test make.
enum class SlipKind {
  kTransposed,         // two adjacent digits swapped: 63 -> 36
  kDropped,            // a digit left out: 498 -> 48
  kDoubled,            // a digit typed twice: 498 -> 4998
  kNeighbourKey,       // a digit's neighbour on a keyboard or number pad
  kPowerOfTen,         // the point or a zero moved, or the scale word
  kPercentForPoints,   // "4 percent" printed for a change of 4 points
  kDirectionReversed,  // "rose" for a fall, or "fell" for a rise
};

// Every kind, in the order above, and their names ("transposed", ...).
const std::vector<SlipKind>& AllSlipKinds();
std::string SlipName(SlipKind kind);

struct SlippedArticle {
  v1::CheckClaimsRequest request;
  SlipKind kind;
  // The figure retyped; for a slip of wording, the change figure of the
  // claim whose wording changed.
  std::string figure_id;
  // For a slip of wording, the claim; empty otherwise.
  std::string claim_id;
  std::string original_text;  // the figure's text before the slip
  std::string slipped_text;   // and after
};

// One slip of `kind` in `article`, at a place picked with `seed` among those
// where no values within the precision of the other figures make up for it,
// or nullopt when the article has no such place.
std::optional<SlippedArticle> Slip(const GeneratedArticle& article,
                                   SlipKind kind, uint64_t seed);

// Whether `figure_id`'s interval in `request` leaves no room for the claims
// it is in, judged claim by claim with outer bounds: true means no true
// values within the other figures' precision can make some claim hold.
// For a slip of wording, the claim as reworded counts.
bool Noticeable(const v1::CheckClaimsRequest& request,
                const std::string& figure_id);

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_RANDOM_ARTICLES_H_
