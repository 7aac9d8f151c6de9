// Means printed with the number of values they are taken over.
//
//   "Through 17 games Barrett ... was averaging 23.8"
//   "nine straight wins (a stretch where they outscored their opponents by
//   an average of 26.9 points)"
//                                    a figure right after "averaging",
//                                    "averaged", "averages" or "an average
//                                    of", and in its sentence the one count
//                                    of games, matches or the like: the
//                                    mean over that many (medium). Nothing
//                                    says the values are whole numbers, so
//                                    the claim does not ask for GRIM.
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// What a season's mean is taken over.
const Set& Occasions() {
  static const Set* s =
      new Set{"games",       "matches", "contests", "outings",    "starts",
              "appearances", "races",   "wins",     "losses",     "innings",
              "rounds",      "bouts",   "fights",   "tournaments"};
  return *s;
}

void Means(ClaimContext& c, int s) {
  // The cue pass: every cue below is one of these words.
  static const Set* cues =
      new Set{"averaging", "averaged", "averages", "average"};
  if (!c.MayHold(s, *cues)) return;
  const Words w = c.W(s);
  for (int k = 0; k < w.size(); ++k) {
    int at = -1;
    if (w.Is(k, "averaging") || w.Is(k, "averaged") || w.Is(k, "averages")) {
      at = w.Next(k);
    } else if (w.Is(k, "average") && w.Is(w.Prev(k), "an") &&
               w.Is(w.Next(k), "of")) {
      at = w.Next(w.Next(k));
    }
    if (at < 0) continue;
    const int mean = c.MentionStartingAt(s, at);
    if (mean < 0 || c.used(mean) || c.m(mean).unit == v1::UNIT_PERCENT) {
      continue;
    }
    // The one count of occasions in the sentence.
    int n = -1;
    bool more = false;
    for (int q : c.quantities(s)) {
      const Mention& m = c.m(q);
      if (q == mean || !c.Countish(m) || !m.whole) continue;
      if (!Occasions().contains(absl::AsciiStrToLower(Head(m.unit_name)))) {
        continue;
      }
      more = n >= 0;
      n = q;
    }
    if (n < 0 || more) continue;
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(mean), "-mean"));
    claim.mutable_mean()->set_mean_id(c.id(mean));
    claim.mutable_mean()->set_n_id(c.id(n));
    c.Emit(claim, {mean, n}, s, v1::CONFIDENCE_MEDIUM, {c.TokenSpan(s, k, k)});
  }
}

}  // namespace

void ProposeMeans(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) Means(c, s);
}

}  // namespace claimcheck::text
