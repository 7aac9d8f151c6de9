// What every claim rule of the text layer reads and writes: the sentences
// and their tokens, the numbers printed in them (mentions) with their figure
// ids, which mentions a claim already uses, and the claims proposed so far.
// A rule (rules.h) finds one structure of words and proposes the claim it
// states through Emit:
//
//   void ProposeSomething(ClaimContext& c) {
//     for (int s = 0; s < c.sentences(); ++s) {
//       const Words w = c.W(s);
//       for (int k = 0; k < w.size(); ++k) {
//         if (!w.Is(k, "including")) continue;
//         const int total = c.MentionEndingAt(s, w.Prev(k));
//         ...
//         c.Emit(claim, {total, part}, s, v1::CONFIDENCE_HIGH,
//                {c.TokenSpan(s, k, k)});
//       }
//     }
//   }
//
// Token indexes are per sentence; mention indexes are into the document's
// mentions (FindMentions), quantities and numbers set aside alike. A mention
// a rule reads that the number reader did not (the df inside "F(1,234)",
// the multiple "doubled") is added with MentionOf / AddMention and gets an
// id of its own.
#ifndef CLAIMCHECK_ENGINE_TEXT_CLAIM_CONTEXT_H_
#define CLAIMCHECK_ENGINE_TEXT_CLAIM_CONTEXT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/text/claims.h"
#include "engine/text/document.h"
#include "engine/text/mentions.h"
#include "engine/text/words.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck::text {

using Cues = std::vector<std::pair<int32_t, int32_t>>;

// The last word of what is counted: "undocumented immigrants" ->
// "immigrants".
std::string Head(const std::string& unit_name);
// The same, as a view into `unit_name` (no copy): for the rules that
// compare the heads of many pairs of figures. Inline, a walk back to the
// last space: absl's rfind is a call into the library.
inline absl::string_view HeadView(absl::string_view unit_name) {
  for (size_t k = unit_name.size(); k > 0; --k) {
    if (unit_name[k - 1] == ' ') return unit_name.substr(k);
  }
  return unit_name;
}

class ClaimContext {
 public:
  ClaimContext(const Document& doc, const std::vector<SentenceWords>& sentences,
               std::vector<Mention>* mentions, std::vector<std::string>* ids);

  const Document& doc() const { return doc_; }
  absl::string_view text() const { return text_; }
  int sentences() const { return static_cast<int>(ss_.size()); }
  const Sentence& sentence(int s) const { return ss_[s].sentence; }
  const std::vector<Token>& tokens(int s) const { return ss_[s].tokens; }
  Words W(int s) const { return Words(text_, ss_[s].tokens); }

  // Whether sentence s may hold a word of `words` (ignoring ASCII case);
  // false when it holds none. The cue pass: the context marks each
  // sentence's words once (WordMarks), and a rule whose every reading needs
  // one of its cue words asks this before walking a sentence's tokens.
  bool MayHold(int s, const Set& words) const {
    return words.MayMeet(marks_[s]);
  }

  int mentions() const { return static_cast<int>(ms_.size()); }
  const Mention& m(int i) const { return ms_[i]; }
  Mention& mutable_m(int i) { return ms_[i]; }
  const std::string& id(int i) const { return ids_[i]; }
  bool used(int i) const { return used_[i]; }
  // The quantities of sentence s (no number set aside), in reading order.
  const std::vector<int>& quantities(int s) const { return by_sentence_[s]; }

  // A count: "498 people", "six".
  bool Countish(const Mention& m) const { return m.unit == v1::UNIT_COUNT; }
  // A count, or a whole number that counts what the sentence names
  // ("more than 60 were injured").
  bool CountLike(const Mention& m) const {
    return m.unit == v1::UNIT_COUNT || (m.unit == v1::UNIT_AMOUNT && m.whole);
  }

  // Figures of one family can be compared: 1 percentages, 2 money, 3
  // rates, 0 counts and plain amounts.
  static int UnitFamily(const Mention& m);
  // Whether a and b can be compared: one family, and when both count
  // something named, the same thing (by the last word; a unit of one word
  // then what it measures, "145.4 mm rainfall", as the unit alone, "163.6
  // mm").
  bool Comparable(const Mention& a, const Mention& b) const;
  // A fraction in words, below one, as the reader leaves it (an amount):
  // "half", "a third", "two-fifths", "nearly half"; not "0.5" nor "1/2".
  static bool FractionInWords(const Mention& m);
  // A count of units of time ("12 months", "four years"): a period, rarely
  // a value compared or changed.
  static bool TimeSpan(const Mention& m);
  // The same, of a count of `unit_name` ("months ending in March").
  static bool TimeSpanNamed(absl::string_view unit_name);
  // A number joined to the word after it by a hyphen ("three-month",
  // "605-seat") or to the word before it ("the big-five leagues", "a
  // top-10 finish"): it describes a noun or names a group, it is rarely a
  // value compared.
  bool Adjectival(int i) const;

  // The count of `noun` (lower case, "participants") an earlier sentence
  // prints, a few at most before s, the latest: one that names it
  // ("48 participants"), or one the noun is said to be ("The participants
  // of this study are 48 adults"); -1.
  int CountedBefore(int s, const std::string& noun) const;

  // Whether token k is in a clause that supposes rather than reports: "if
  // Kevin Rudd had doubled his vote", "the margin would have gone down
  // from 1,269,501 to 33,339". What it states is a proposal at most.
  static bool Supposed(const Words& w, int k);

  // The quantity mention covering token t of sentence s, or -1.
  int MentionAt(int s, int t) const;
  // The quantity mention that starts at token t, or -1.
  int MentionStartingAt(int s, int t) const;
  // The quantity mention that ends with token t, or -1.
  int MentionEndingAt(int s, int t) const;

  // The mention of bytes [b, e) of sentence s, made when the reader did
  // not read one there (a df inside "F(1,234)"); -1 when the bytes are no
  // figure. A number set aside by its look ("(12)" as a list number) that a
  // claim reads as a figure becomes a quantity.
  int MentionOf(int s, int32_t b, int32_t e);
  // Reads m's text as Figure.text; false when it is no figure.
  bool Readable(Mention* m) const;
  // Adds a mention a rule read; returns its index.
  int AddMention(Mention m, absl::string_view id_base);

  // Proposes a claim on the given mentions (marked used), and on the
  // unprinted `quantities` its ids name (Proposal::quantities).
  void Emit(v1::Claim claim, std::vector<int> mentions, int sentence,
            v1::Confidence confidence, Cues cues,
            std::vector<v1::Quantity> quantities = {});
  // A new id for a quantity the text does not print, unique among the
  // figures' and quantities': "earlier-value-3".
  std::string QuantityId(absl::string_view base) { return NewId(base); }
  // True when a claim of the same kind on the same mentions was proposed.
  bool Proposed(v1::Claim::KindCase kind, std::vector<int> mentions) const;

  // UTF-8 bytes of tokens [a, b] of sentence s.
  std::pair<int32_t, int32_t> TokenSpan(int s, int a, int b) const {
    return {ss_[s].tokens[a].begin, ss_[s].tokens[b].end};
  }

  // The latest count before sentence s that is a whole ("nationwide"),
  // within a few sentences, or -1.
  int ScopeTotalBefore(int s) const;

  // The total of a total claim proposed with mention `part` among its
  // parts ("1,257, consisting of 290 saloon, ... and 367 third-cabin
  // passengers": 1,257 for the 367), or -1.
  int TotalWithPart(int part) const;

  // The claims proposed so far, in the order proposed.
  const std::vector<Proposal>& proposals() const { return out_; }
  // Lowers proposal p to `confidence` (never raises it): a later rule that
  // finds the claim restated where the text states it more fully.
  void Lower(int p, v1::Confidence confidence) {
    if (confidence < out_[p].confidence) out_[p].confidence = confidence;
  }

  std::vector<Proposal> TakeProposals() { return std::move(out_); }

 private:
  std::string NewId(absl::string_view base);

  const Document& doc_;
  absl::string_view text_;
  const std::vector<SentenceWords>& ss_;
  std::vector<Mention>& ms_;
  std::vector<std::string>& ids_;
  std::vector<bool> used_;
  std::vector<std::vector<int>> by_sentence_;
  // For each sentence, the words it holds (MayHold).
  std::vector<WordMarks> marks_;
  // The quantity mention of each token, or -1: sentence s's tokens from
  // token_start_[s] to token_start_[s + 1].
  std::vector<int> token_mention_;
  std::vector<int32_t> token_start_;
  absl::flat_hash_map<std::pair<int32_t, int32_t>, int> by_span_;
  absl::flat_hash_set<std::string> taken_ids_;
  // Kind and sorted mentions of every claim proposed.
  absl::flat_hash_set<std::pair<int, std::vector<int>>> proposed_;
  std::vector<Proposal> out_;
  int synthetic_ = 0;
};

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_CLAIM_CONTEXT_H_
