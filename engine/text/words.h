// A sentence's tokens with the small look-ups the text layer's rules use:
// is token i the word "from", a number, a capitalised word; the next token
// that is not a space.
#ifndef CLAIMCHECK_ENGINE_TEXT_WORDS_H_
#define CLAIMCHECK_ENGINE_TEXT_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "engine/text/segment.h"

namespace claimcheck::text {

// A hash of a word by its length and its first, second and last bytes,
// each OR-ed with 0x20, which folds an ASCII letter's case: a word and its
// ASCII lower case hash alike. 0 for the empty word.
inline uint32_t FoldedHash(absl::string_view word) {
  const size_t n = word.size();
  if (n == 0) return 0;
  const auto folded = [&](size_t k) -> uint32_t {
    return static_cast<unsigned char>(word[k]) | 0x20u;
  };
  uint32_t h = static_cast<uint32_t>(n) * 0x9E3779B1u;
  h ^= folded(0) * 0x85EBCA77u;
  h ^= folded(n > 1 ? 1 : 0) * 0xC2B2AE3Du;
  h ^= folded(n - 1) * 0x27D4EB2Fu;
  h ^= h >> 15;
  return h;
}

// Which words a sentence holds, as marks in 2,048 bits: each word, ignoring
// ASCII case, marks one bit chosen by its length and its first, second and
// last bytes. Two words may share a bit, so a mark says a word may be
// there; no mark says it is not. The rules' cue pass (ClaimContext::MayHold)
// sets a sentence's marks beside a word list's. In 512 bits a list of
// forty words met most sentences of twenty by chance, and the rule walked
// them for nothing. A list compares only its words of 64 bits that hold a
// mark (Set::MayMeet), so more bits cost little: 2,048 let fewer sentences
// through than 1,024, and 4,096 no fewer that paid for themselves.
class WordMarks {
 public:
  void Add(absl::string_view word) {
    const uint32_t b = Bit(word);
    bits_[b / 64] |= uint64_t{1} << (b % 64);
  }
  void AddAll(const WordMarks& other) {
    for (int i = 0; i < kWords; ++i) bits_[i] |= other.bits_[i];
  }
  // The marks as kWords words of 64 bits.
  static constexpr int kWords = 32;
  uint64_t word(int i) const { return bits_[i]; }

 private:
  // FoldedHash folds an ASCII letter's case (and a few other bytes
  // together too, which only marks more).
  static uint32_t Bit(absl::string_view word) {
    return FoldedHash(word) % (64 * kWords);
  }
  uint64_t bits_[kWords] = {};
};

// A set of words (the rules' word lists). Most words looked up are in none
// of them, so it keeps the lengths of its words by their first byte and
// answers those without looking further; a word that passes is compared
// only with the set's words of its bucket, by FoldedHash, which reads four
// of its bytes (a bucket holds none or one word of most lists): the rules
// look up most words of every sentence in several lists, and a list of
// ninety words holds a dozen or two of a length. Filled once at
// construction and never changed, so a list held in a static is shared by
// every thread.
class Set {
 public:
  Set(std::initializer_list<absl::string_view> words) {
    for (absl::string_view w : words) {
      if (w.empty()) {
        has_empty_ = true;
        continue;
      }
      lengths_by_first_[static_cast<unsigned char>(w[0]) % 64] |=
          LengthBit(w.size());
      marks_.Add(w);
      words_.push_back(w);
    }
    Index();
  }
  // The words of all `sets`: one look-up where a rule would ask each.
  Set(std::initializer_list<const Set*> sets) {
    for (const Set* set : sets) {
      has_empty_ |= set->has_empty_;
      marks_.AddAll(set->marks_);
      for (int b = 0; b < 64; ++b) {
        lengths_by_first_[b] |= set->lengths_by_first_[b];
      }
      words_.insert(words_.end(), set->words_.begin(), set->words_.end());
    }
    Index();
  }
  bool contains(absl::string_view word) const {
    if (word.empty()) return has_empty_;
    if (!MayContain(word.size(), static_cast<unsigned char>(word[0]))) {
      return false;
    }
    const uint32_t b = FoldedHash(word) & bucket_mask_;
    for (uint32_t i = bucket_start_[b]; i < bucket_start_[b + 1]; ++i) {
      if (words_[i] == word) return true;
    }
    return false;
  }
  // Whether the ASCII lower case of `word` is in the set (what contains()
  // answers for a lower-cased copy), without making the copy: the copy
  // hashes as the word does. Not inlined, so that Words::IsIn, which rules
  // most words out before calling it, is.
  ABSL_ATTRIBUTE_NOINLINE bool ContainsLower(absl::string_view word) const {
    if (word.empty()) return has_empty_;
    const char first = absl::ascii_tolower(static_cast<unsigned char>(word[0]));
    if (!MayContain(word.size(), static_cast<unsigned char>(first))) {
      return false;
    }
    const uint32_t b = FoldedHash(word) & bucket_mask_;
    for (uint32_t i = bucket_start_[b]; i < bucket_start_[b + 1]; ++i) {
      const absl::string_view w = words_[i];
      if (w.size() != word.size() || w[0] != first) continue;
      size_t k = 1;
      while (k < word.size() &&
             absl::ascii_tolower(static_cast<unsigned char>(word[k])) == w[k]) {
        ++k;
      }
      if (k == word.size()) return true;
    }
    return false;
  }
  // False when no word of the set is among the words `marks` marks
  // (contains() and ContainsLower() of each would be false).
  bool MayMeet(const WordMarks& marks) const {
    if (has_empty_) return true;
    for (const MarkWord& m : mark_words_) {
      if ((marks.word(m.index) & m.bits) != 0) return true;
    }
    return false;
  }
  // False when no word of the set has this length and first byte.
  bool MayContain(size_t length, unsigned char first) const {
    return (lengths_by_first_[first % 64] & LengthBit(length)) != 0;
  }

 private:
  // Orders words_ by bucket, at least four buckets a word (a power of two),
  // and notes where each bucket starts.
  void Index() {
    size_t buckets = 8;
    while (buckets < 4 * words_.size()) buckets *= 2;
    bucket_mask_ = static_cast<uint32_t>(buckets - 1);
    bucket_start_.assign(buckets + 1, 0);
    for (absl::string_view w : words_) {
      ++bucket_start_[(FoldedHash(w) & bucket_mask_) + 1];
    }
    for (size_t b = 0; b < buckets; ++b) {
      bucket_start_[b + 1] += bucket_start_[b];
    }
    std::vector<uint32_t> next(bucket_start_.begin(), bucket_start_.end() - 1);
    std::vector<absl::string_view> ordered(words_.size());
    for (absl::string_view w : words_) {
      ordered[next[FoldedHash(w) & bucket_mask_]++] = w;
    }
    words_ = std::move(ordered);
    for (int i = 0; i < WordMarks::kWords; ++i) {
      if (marks_.word(i) != 0) {
        mark_words_.push_back({static_cast<uint8_t>(i), marks_.word(i)});
      }
    }
  }

  // Bit 0 stands for every length of 64 bytes or more.
  static uint64_t LengthBit(size_t length) {
    return length < 64 ? uint64_t{1} << length : uint64_t{1};
  }

  // By bucket: bucket b's words are [bucket_start_[b], bucket_start_[b + 1]).
  std::vector<absl::string_view> words_;
  std::vector<uint32_t> bucket_start_;
  uint32_t bucket_mask_ = 0;
  WordMarks marks_;
  // The words of marks_ with a bit set: a sentence's marks are compared
  // with these only, up to the first they share (the rules ask each
  // sentence of many lists; a list of one word sets one bit of 2,048, and
  // one of ninety words meets most sentences in its first words).
  struct MarkWord {
    uint8_t index;
    uint64_t bits;
  };
  std::vector<MarkWord> mark_words_;
  bool has_empty_ = false;
  // For each first byte (modulo 64: a few bytes share a slot, which only
  // lets more words through), the lengths of the words it starts.
  uint64_t lengths_by_first_[64] = {};
};

// A sentence's text and tokens, with the small look-ups the rules use.
class Words {
 public:
  // Keeps the tokens' address and count: `tokens` must outlive this and
  // not change while it is used.
  Words(absl::string_view text, const std::vector<Token>& tokens)
      : text_(text),
        tokens_(tokens.data()),
        size_(static_cast<int>(tokens.size())) {}
  int size() const { return size_; }
  const Token& at(int i) const { return tokens_[i]; }
  absl::string_view Text(int i) const {
    const Token& t = tokens_[i];
    return text_.substr(t.begin, t.end - t.begin);
  }
  std::string LowerText(int i) const { return absl::AsciiStrToLower(Text(i)); }
  bool IsWord(int i) const {
    return i >= 0 && i < size() && tokens_[i].kind == TokenKind::kWord;
  }
  bool IsNumber(int i) const {
    return i >= 0 && i < size() && tokens_[i].kind == TokenKind::kNumber;
  }
  // Inline, the length compared before the bytes: the reader and the rules
  // ask this of most tokens, and a call cost more than the test.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsPunct(int i, absl::string_view p) const {
    if (i < 0 || i >= size()) return false;
    const Token& t = tokens_[i];
    return t.kind == TokenKind::kPunct &&
           static_cast<size_t>(t.end - t.begin) == p.size() &&
           std::memcmp(text_.data() + t.begin, p.data(), p.size()) == 0;
  }
  // Whether token i is the word `lower_word`, ignoring ASCII case (as
  // absl::EqualsIgnoreCase). The rules ask this many times of every word,
  // and most words differ from the one asked in length or first letter:
  // those are answered here, inline (OR-ing 0x20 folds an ASCII letter's
  // case, so bytes that still differ differ ignoring case), and only the
  // rest are compared, out of line, so that this test is inlined (always:
  // GCC leaves it out of line in the rules' longest functions otherwise).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Is(int i,
                                       absl::string_view lower_word) const {
    if (!IsWord(i)) return false;
    const Token& t = tokens_[i];
    if (static_cast<size_t>(t.end - t.begin) != lower_word.size() ||
        lower_word.empty() ||
        (static_cast<unsigned char>(text_[t.begin]) | 0x20) !=
            (static_cast<unsigned char>(lower_word[0]) | 0x20)) {
      return lower_word.empty() && t.end == t.begin;
    }
    return SameIgnoringCase(Text(i), lower_word);
  }
  bool IsIn(int i, const Set& set) const {
    if (!IsWord(i)) return false;
    // The rules ask this of most words of every sentence: the set's
    // lengths and first bytes rule most out here, inline, and the rest are
    // compared without a lower-cased copy.
    const Token& t = tokens_[i];
    if (!set.MayContain(
            t.end - t.begin,
            absl::ascii_tolower(static_cast<unsigned char>(text_[t.begin])))) {
      return false;
    }
    return set.ContainsLower(Text(i));
  }
  bool Capitalized(int i) const {
    return IsWord(i) &&
           absl::ascii_isupper(static_cast<unsigned char>(Text(i).front()));
  }
  // The next token that is not a space, or size(); at most one space
  // between (a line or a paragraph ends the phrase).
  int Next(int i) const {
    int j = i + 1;
    if (j < size() && tokens_[j].kind == TokenKind::kSpace) ++j;
    return j;
  }
  int Prev(int i) const {
    int j = i - 1;
    if (j >= 0 && tokens_[j].kind == TokenKind::kSpace) --j;
    return j;
  }
  // True when tokens i and j touch (no space between).
  bool Touch(int i, int j) const {
    return i >= 0 && j < size() && tokens_[i].end == tokens_[j].begin;
  }

 private:
  // a and b, of one length, are equal ignoring ASCII case.
  ABSL_ATTRIBUTE_NOINLINE static bool SameIgnoringCase(absl::string_view a,
                                                       absl::string_view b) {
    for (size_t k = 0; k < a.size(); ++k) {
      if (absl::ascii_tolower(static_cast<unsigned char>(a[k])) !=
          absl::ascii_tolower(static_cast<unsigned char>(b[k]))) {
        return false;
      }
    }
    return true;
  }

  absl::string_view text_;
  // The count kept, not asked of the vector: the rules ask size() of
  // nearly every token, and a vector of 12-byte tokens works it out by a
  // subtraction and a division each time.
  const Token* tokens_;
  int size_;
};

}  // namespace claimcheck::text

#endif  // CLAIMCHECK_ENGINE_TEXT_WORDS_H_
