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
//   "He scored 240 points over 10 games, an average of 24 per game",
//   "Over 12 months, the city recorded 36 homicides, an average of three a
//   month", "Sales in the last 12 months totaled $1.2 million, an average
//   of $100,000 a month", "raised $90,000 from 300 donors, an average of
//   $300 each"
//                                    so with the count of what the figure
//                                    is taken per ("per game", "a month":
//                                    "10 games", "12 months"; "over"
//                                    before it is across, not more than),
//                                    and after a comma the one figure of
//                                    the clause before of the mean's kind
//                                    as the sum; with "each", the one other
//                                    count of that clause as the count
//                                    (medium). Not with two figures that
//                                    may be the sum ("240 points and 80
//                                    rebounds"): the mean alone.
//   "spent $35,973 for 4,235 votes, or $8.49 per vote"
//                                    money, "for" and a whole count, then
//                                    only linking words (", or", "which
//                                    is", "a cost of") and money "per" ("a",
//                                    "an") what the count counts: the mean
//                                    of the sum over the count (medium; not
//                                    across another clause, "paid $2
//                                    million for 40 acres, while land
//                                    nearby sells for $60,000 an acre")
//   "$3.4 billion divided by 95,000 works out to $35,800 per job"
//                                    a figure "divided by" a whole count,
//                                    then only linking words ("works out
//                                    to", "is", "equals", "=") and a figure
//                                    of the first's kind: the mean of the
//                                    first over the count (medium)
//   "The team averaged 3.5 goals a game over its 20 games, scoring 70
//   goals"                           the sum after the mean and its count,
//                                    after a comma and "scoring",
//                                    "totaling", "netting" or "(for) a
//                                    total of": a figure of what the mean
//                                    counts (its noun, or money for money)
//                                    that closes its clause (medium; not
//                                    "scoring 12 goals in the final")
//   "Sales over the four quarters totaled $1.2 million, an average of
//   $300,000 a quarter"              a mean per quarter: "four quarters"
//                                    (which the number reader takes for a
//                                    fraction, four quarters of a whole),
//                                    not followed by "of", the one of its
//                                    sentence, counts the periods: the
//                                    count (medium). "Three quarters of
//                                    the $1.2 million" stays a fraction
//   "The participants of this study are 48 adults ... The average age of
//   the participants is 26 years old."
//                                    "The average" or "The mean", one word
//                                    (what is averaged), "of the" and a
//                                    noun an earlier sentence counts, a few
//                                    at most before, then "is" or "was" and
//                                    the figure: the mean over that count
//                                    (medium)
//   "We recruited 187 participants (120 female, 67 male; M age = 19.8; SD
//   age = 3.9)"                      in the brackets straight after a count
//                                    and what it counts, "M" or "mean" and
//                                    one word, "=" or nothing, then the
//                                    figure: the mean over the count
//                                    (medium; "M = 4.91" alone names no
//                                    count)
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
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

// The noun a mean is taken per, right after it: "game" in "24 per game",
// "a month", "an hour"; "each"; -1 for none.
int PerWhat(const Words& w, int end_token) {
  const int j = w.Next(end_token - 1);
  if (w.Is(j, "each")) return j;
  if (!(w.Is(j, "per") || w.Is(j, "a") || w.Is(j, "an"))) return -1;
  const int noun = w.Next(j);
  return w.IsWord(noun) ? noun : -1;
}

// The one whole count of sentence s, other than `mean`, of what `noun`
// names ("12 months" for "month", "10 games" for "game"); -1 for none or
// more than one.
int OneCountOf(ClaimContext& c, int s, const std::string& noun, int mean) {
  int found = -1;
  for (int q : c.quantities(s)) {
    const Mention& m = c.m(q);
    if (q == mean || !m.whole || c.used(q)) continue;
    // What is counted, by its last word or its first ("12 months totaled":
    // the number reader may read a verb after the noun with it).
    const std::string name = absl::AsciiStrToLower(m.unit_name);
    const std::string head = Head(name);
    const std::string first = name.substr(0, name.find(' '));
    const std::string plural = absl::StrCat(noun, "s");
    if (head != noun && head != plural && first != noun && first != plural) {
      continue;
    }
    if (found >= 0) return -1;
    found = q;
  }
  return found;
}

// "Sales over the four quarters totaled $1.2 million, an average of
// $300,000 a quarter": a mean taken per quarter makes "four quarters" a
// count of periods, which the number reader took for a fraction (four
// quarters of a whole); the one such count of sentence s, read again as a
// count of quarters; -1 for none.
int QuartersCounted(ClaimContext& c, const Words& w, int s, int mean) {
  int found = -1;
  for (int q : c.quantities(s)) {
    const Mention& m = c.m(q);
    if (q == mean || c.used(q)) continue;
    const std::string printed =
        absl::AsciiStrToLower(c.text().substr(m.begin, m.end - m.begin));
    if (!absl::EndsWith(printed, " quarters") ||
        w.Is(w.Next(m.end_token - 1), "of")) {
      continue;
    }
    if (found >= 0) return -1;
    found = q;
  }
  if (found < 0) return -1;
  Mention m = c.m(found);
  const std::string printed(c.text().substr(m.begin, m.end - m.begin));
  m.figure_text = printed.substr(0, printed.rfind(' '));
  if (!c.Readable(&m) || !m.value.is_integer()) return -1;
  m.unit = v1::UNIT_COUNT;
  m.unit_stated = true;
  m.whole = true;
  m.unit_name = "quarters";
  return c.AddMention(std::move(m), "quarters");
}

// The figures of the clause that ends at the comma `comma`: back to the
// comma, semicolon or sentence start before it.
std::vector<int> ClauseFigures(ClaimContext& c, const Words& w, int s,
                               int comma) {
  std::vector<int> out;
  for (int j = w.Prev(comma); j >= 0; j = w.Prev(j)) {
    if (w.IsPunct(j, ",") || w.IsPunct(j, ";")) break;
    const int m = c.MentionEndingAt(s, j);
    if (m < 0) continue;
    out.push_back(m);
    j = c.m(m).first_token;
  }
  return out;
}

// "He scored 240 points over 10 games, an average of 24": the one figure
// of the clause before the comma, other than n and spans of time, of the
// mean's kind, is the sum; -1 for none or more than one.
int SumBefore(ClaimContext& c, const Words& w, int s, int comma, int mean,
              int n) {
  int found = -1;
  for (int m : ClauseFigures(c, w, s, comma)) {
    if (m == n || c.used(m) || ClaimContext::TimeSpan(c.m(m))) continue;
    if (ClaimContext::UnitFamily(c.m(m)) !=
            ClaimContext::UnitFamily(c.m(mean)) ||
        c.m(m).unit == v1::UNIT_PERCENT) {
      continue;
    }
    if (found >= 0) return -1;
    found = m;
  }
  return found;
}

// "The team averaged 3.5 goals a game over its 20 games, scoring 70
// goals": after a comma later in the sentence, "scoring", "totaling" or "a
// total of", then a figure of what the mean counts (the same noun, or
// money for money): the sum; -1 for none.
int SumAfter(ClaimContext& c, const Words& w, int s, int mean, int n) {
  static const Set* cues =
      new Set{"scoring", "totaling", "totalling", "netting", "totaled"};
  const Mention& a = c.m(mean);
  for (int k = w.Next(a.end_token - 1); k < w.size(); k = w.Next(k)) {
    if (w.IsPunct(k, ";") || w.IsPunct(k, ".") || w.IsPunct(k, ":")) break;
    if (!w.IsPunct(k, ",")) continue;
    int at = w.Next(k);
    if (w.Is(at, "for")) at = w.Next(at);
    if (w.Is(at, "a") && w.Is(w.Next(at), "total") &&
        w.Is(w.Next(w.Next(at)), "of")) {
      at = w.Next(w.Next(w.Next(at)));
    } else if (w.IsIn(at, *cues)) {
      at = w.Next(at);
    } else {
      continue;
    }
    const int sum = c.MentionStartingAt(s, at);
    if (sum < 0 || sum == n || c.used(sum)) return -1;
    const Mention& m = c.m(sum);
    const bool money =
        a.unit == v1::UNIT_CURRENCY && m.unit == v1::UNIT_CURRENCY;
    const bool same_noun =
        !a.unit_name.empty() && absl::AsciiStrToLower(Head(a.unit_name)) ==
                                    absl::AsciiStrToLower(Head(m.unit_name));
    if (!money && !same_noun) return -1;
    // It closes its clause: "scoring 12 goals in the final" is some of
    // the sum.
    int end = w.Next(m.end_token - 1);
    const std::string name = absl::AsciiStrToLower(m.unit_name);
    for (int i = 0;
         i < 3 && w.IsWord(end) && absl::StrContains(name, w.LowerText(end));
         ++i) {
      end = w.Next(end);
    }
    return end >= w.size() || w.IsPunct(end, ",") || w.IsPunct(end, ".") ||
                   w.IsPunct(end, ";")
               ? sum
               : -1;
  }
  return -1;
}

// The one other whole count of the clause before the comma, besides the
// sum: what "each" shares it among.
int OtherCountOfClause(ClaimContext& c, const Words& w, int s, int comma,
                       int mean, int sum) {
  int found = -1;
  for (int m : ClauseFigures(c, w, s, comma)) {
    if (m == sum || m == mean || c.used(m) || !c.Countish(c.m(m)) ||
        !c.m(m).whole || c.m(m).unit_name.empty() ||
        ClaimContext::TimeSpan(c.m(m))) {
      continue;
    }
    if (found >= 0) return -1;
    found = m;
  }
  return found;
}

// "over 10 games", "Over 12 months": what a mean is taken across, not more
// than 10; the count without "over" (n itself when it has no "over" or
// cannot be read without it).
int Across(ClaimContext& c, const Words& w, int n) {
  const Mention& old = c.m(n);
  if (!w.Is(old.first_token, "over") || old.number_token <= old.first_token) {
    return n;
  }
  if (!absl::StartsWithIgnoreCase(old.figure_text, "over ")) return n;
  Mention m = old;
  m.figure_text = std::string(
      absl::StripAsciiWhitespace(absl::string_view(old.figure_text).substr(5)));
  m.first_token = m.number_token;
  m.begin = w.at(m.number_token).begin;
  m.qualifier = v1::QUALIFIER_UNSPECIFIED;
  if (!c.Readable(&m)) return n;
  return c.AddMention(std::move(m), c.id(n));
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
    if (more) continue;
    // "T ..., an average of A per game": the sum before the comma.
    const bool after_comma =
        w.Is(k, "average") && w.IsPunct(w.Prev(w.Prev(k)), ",");
    const int per = PerWhat(w, c.m(mean).end_token);
    if (n < 0 && per >= 0 && !w.Is(per, "each")) {
      n = OneCountOf(c, s, w.LowerText(per), mean);
      if (n < 0 && w.Is(per, "quarter")) n = QuartersCounted(c, w, s, mean);
    }
    int sum = after_comma ? SumBefore(c, w, s, w.Prev(w.Prev(k)), mean, n) : -1;
    // "raised $90,000 from 300 donors, an average of $300 each": the one
    // other count of the clause is what the sum is shared among.
    if (n < 0 && sum >= 0 && per >= 0 && w.Is(per, "each")) {
      n = OtherCountOfClause(c, w, s, w.Prev(w.Prev(k)), mean, sum);
    }
    if (n < 0) continue;
    if (sum < 0) sum = SumAfter(c, w, s, mean, n);
    n = Across(c, w, n);
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(mean), "-mean"));
    claim.mutable_mean()->set_mean_id(c.id(mean));
    claim.mutable_mean()->set_n_id(c.id(n));
    std::vector<int> used = {mean, n};
    if (sum >= 0) {
      claim.mutable_mean()->set_sum_id(c.id(sum));
      used.push_back(sum);
    }
    c.Emit(claim, used, s, v1::CONFIDENCE_MEDIUM, {c.TokenSpan(s, k, k)});
  }
}

void EmitMean(ClaimContext& c, int s, int mean, int n, int cue) {
  v1::Claim claim;
  claim.set_id(absl::StrCat(c.id(mean), "-mean"));
  claim.mutable_mean()->set_mean_id(c.id(mean));
  claim.mutable_mean()->set_n_id(c.id(n));
  c.Emit(claim, {mean, n}, s, v1::CONFIDENCE_MEDIUM,
         {c.TokenSpan(s, cue, cue)});
}

// "The average age of the participants is 26 years old.": the mean over
// the count an earlier sentence gives of the participants.
void MeanOfTheCountedBefore(ClaimContext& c, int s) {
  static const Set* cues = new Set{"average", "mean"};
  if (!c.MayHold(s, *cues)) return;
  const Words w = c.W(s);
  for (int k = 0; k < w.size(); ++k) {
    if (!w.IsIn(k, *cues) || !w.Is(w.Prev(k), "the")) continue;
    const int what = w.Next(k);
    const int of = w.Next(what);
    const int the = w.Next(of);
    const int noun = w.Next(the);
    const int verb = w.Next(noun);
    if (!w.IsWord(what) || !w.Is(of, "of") || !w.Is(the, "the") ||
        !w.IsWord(noun) || !(w.Is(verb, "is") || w.Is(verb, "was"))) {
      continue;
    }
    // "26 years old" is set aside as an age: the mean of ages.
    const int at = w.Next(verb);
    const int mean =
        w.IsNumber(at) ? c.MentionOf(s, w.at(at).begin, w.at(at).end) : -1;
    if (mean < 0 || c.used(mean) || c.m(mean).unit == v1::UNIT_PERCENT ||
        c.MentionAt(s, noun) >= 0) {
      continue;
    }
    const int n = c.CountedBefore(s, w.LowerText(noun));
    if (n < 0 || !c.m(n).whole) continue;
    EmitMean(c, s, mean, n, k);
  }
}

// "187 participants (120 female, 67 male; M age = 19.8; SD age = 3.9)":
// the mean in the brackets straight after the count it is taken over and
// what it counts.
void MeanInBracketsAfterACount(ClaimContext& c, int s) {
  const Words w = c.W(s);
  for (int ni : c.quantities(s)) {
    const Mention& n = c.m(ni);
    if (!c.CountLike(n) || !n.whole || n.unit_name.empty() || c.TimeSpan(n)) {
      continue;
    }
    int open = w.Next(n.end_token - 1);
    if (w.IsWord(open) && c.MentionAt(s, open) < 0) open = w.Next(open);
    if (!w.IsPunct(open, "(")) continue;
    for (int k = w.Next(open); k < w.size() && !w.IsPunct(k, ")");
         k = w.Next(k)) {
      if (!(w.Text(k) == "M" || w.Is(k, "mean"))) continue;
      if (!w.IsWord(w.Next(k))) continue;
      const int at = w.Next(w.Next(k));
      int mean = c.MentionStartingAt(s, at);
      if (mean < 0 && w.IsPunct(at, "=")) {
        mean = c.MentionStartingAt(s, w.Next(at));
      }
      if (mean < 0 || c.used(mean) || c.m(mean).unit == v1::UNIT_PERCENT) {
        continue;
      }
      EmitMean(c, s, mean, ni, k);
      break;
    }
  }
}

// Whether only linking words and marks stand between tokens a and b (a
// few at most): ", or", "which is", "works out to", "...".
bool OnlyLinksBetween(const Words& w, int a, int b) {
  static const Set* links =
      new Set{"or",     "which",   "is",     "was",    "that",  "works",
              "worked", "out",     "to",     "comes",  "came",  "equals",
              "about",  "roughly", "nearly", "almost", "some",  "just",
              "a",      "an",      "cost",   "of",     "gives", "making"};
  int n = 0;
  for (int k = w.Next(a); k < b; k = w.Next(k), ++n) {
    if (n >= 6) return false;
    if (w.IsWord(k) ? !w.IsIn(k, *links)
                    : !(w.IsPunct(k, ",") || w.IsPunct(k, ".") ||
                        w.IsPunct(k, "...") || w.IsPunct(k, "\xE2\x80\xA6") ||
                        w.IsPunct(k, "-") || w.IsPunct(k, "\xE2\x80\x94") ||
                        w.IsPunct(k, "\xE2\x80\x93") || w.IsPunct(k, "="))) {
      return false;
    }
  }
  return true;
}

// "spent $4,590 for 4,235 votes, or $8.49 per vote": money "for" a count,
// then only linking words and money "per" ("a", "an") what the count
// counts: the mean of the sum over the count (medium). "$3.4 billion
// divided by 95,000 works out to $35,800": a figure "divided by" a whole
// count, then only linking words and a figure of the first's kind: the
// mean of the first over the count (medium).
void MeansOfASumOverACount(ClaimContext& c, int s) {
  static const Set* cues = new Set{"for", "divided"};
  if (!c.MayHold(s, *cues)) return;
  const Words w = c.W(s);
  for (int si : c.quantities(s)) {
    if (c.used(si)) continue;
    const Mention& sum = c.m(si);
    const int k = w.Next(sum.end_token - 1);
    int at = -1;
    const bool divided = w.Is(k, "divided") && w.Is(w.Next(k), "by");
    if (divided) {
      at = w.Next(w.Next(k));
    } else if (w.Is(k, "for") && sum.unit == v1::UNIT_CURRENCY) {
      at = w.Next(k);
    } else {
      continue;
    }
    const int n = c.MentionStartingAt(s, at);
    if (n < 0 || c.used(n) || !c.CountLike(c.m(n)) || !c.m(n).whole ||
        ClaimContext::TimeSpan(c.m(n))) {
      continue;
    }
    // Past what the count counts ("4,235 votes" may be read with it).
    int after = w.Next(c.m(n).end_token - 1);
    int mean = -1;
    for (int j = after; j < w.size() && j < after + 14; j = w.Next(j)) {
      const int m = c.MentionStartingAt(s, j);
      if (m < 0) continue;
      mean = m;
      break;
    }
    if (mean < 0 || c.used(mean) || mean == si ||
        ClaimContext::UnitFamily(c.m(mean)) != ClaimContext::UnitFamily(sum) ||
        c.m(mean).unit == v1::UNIT_PERCENT || sum.unit == v1::UNIT_PERCENT) {
      continue;
    }
    // Between the count's noun ("4,235 votes", "95,000 jobs") and the mean
    // only linking words.
    int last = c.m(n).end_token - 1;
    if (c.MentionAt(s, w.Next(last)) < 0 && w.IsWord(w.Next(last)) &&
        absl::StrContains(absl::AsciiStrToLower(c.m(n).unit_name),
                          w.LowerText(w.Next(last)))) {
      last = w.Next(last);
    }
    if (!OnlyLinksBetween(w, last, c.m(mean).first_token)) continue;
    // "$8.49 per vote" for "4,235 votes".
    if (!divided) {
      const int per = PerWhat(w, c.m(mean).end_token);
      if (per < 0 || w.Is(per, "each") ||
          OneCountOf(c, s, w.LowerText(per), mean) != n) {
        continue;
      }
    }
    v1::Claim claim;
    claim.set_id(absl::StrCat(c.id(mean), "-mean"));
    claim.mutable_mean()->set_mean_id(c.id(mean));
    claim.mutable_mean()->set_n_id(c.id(n));
    claim.mutable_mean()->set_sum_id(c.id(si));
    c.Emit(claim, {mean, n, si}, s, v1::CONFIDENCE_MEDIUM,
           {c.TokenSpan(s, k, divided ? w.Next(k) : k)});
  }
}

}  // namespace

void ProposeMeans(ClaimContext& c) {
  for (int s = 0; s < c.sentences(); ++s) {
    Means(c, s);
    MeansOfASumOverACount(c, s);
    MeanOfTheCountedBefore(c, s);
    MeanInBracketsAfterACount(c, s);
  }
}

}  // namespace claimcheck::text
