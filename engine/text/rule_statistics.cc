// Statistical tests printed in APA style, and the variants statcheck misses:
//
//   "t(28) = 2.20, p = .03"          the statistic, its df, p
//   "t(12)=1.2; p=.34"               no spaces, a semicolon before p
//   "t = 1.2, df = 34, p = .24"      the df printed after the value
//   "t[12] = 2.5, p ≤ .05"           brackets, ≤ and ≥
//   "t(1,234) = 2.1"                 one df with a thousands separator
//   "F(1, 234) = 4.5"                two dfs
//   "t(40) = 2.9, d = 0.91, p = .006"  an effect size (or a CI) before p
//   "t(30)  =  −2.10"                doubled spaces, U+2212 minus
//   "χ2(2, N = 100) = 6.1"           the sample size is no df
//   "p = .24, one-tailed"            the sentence says the test is one-tailed
//
// High confidence when every df the statistic needs is printed; low
// otherwise (proposed, not checked by default).
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/text/claim_context.h"
#include "engine/text/rules.h"
#include "engine/text/words.h"

namespace claimcheck::text {
namespace {

// The names a statistic is printed under, tried in order. A letter alone
// is a name only where no letter or digit follows it ("t(28)", not "to").
struct StatisticName {
  absl::string_view name;
  v1::TestStatistic kind;
  bool alone;
};
constexpr StatisticName kStatisticNames[] = {
    {"t", v1::TEST_STATISTIC_T, true},
    {"F", v1::TEST_STATISTIC_F, true},
    {"r", v1::TEST_STATISTIC_R, true},
    {"z", v1::TEST_STATISTIC_Z, true},
    {"Z", v1::TEST_STATISTIC_Z, true},
    {"\xCF\x87\xC2\xB2", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"\xCF\x87"
     "2",
     v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"\xCE\xA7\xC2\xB2", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"\xCE\xA7"
     "2",
     v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"X2", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"x2", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"chi-square", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"Chi-square", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"chi2", v1::TEST_STATISTIC_CHI_SQUARE, false},
    {"Chi2", v1::TEST_STATISTIC_CHI_SQUARE, false},
};

// The bytes a name starts with. The rule looks for a statistic at every
// byte of the text, and most bytes start none: those cost one look-up.
// Built once and never changed, so every thread shares it.
const std::array<bool, 256>& NameStarts() {
  static const std::array<bool, 256> starts = [] {
    std::array<bool, 256> bytes{};
    for (const StatisticName& n : kStatisticNames) {
      bytes[static_cast<unsigned char>(n.name[0])] = true;
    }
    return bytes;
  }();
  return starts;
}

class StatisticsRule {
 public:
  explicit StatisticsRule(ClaimContext& c) : c_(c) {}

  void Statistics(int s) {
    const Sentence& sen = c_.sentence(s);
    const absl::string_view t =
        c_.text().substr(sen.begin, sen.end - sen.begin);
    // Every statistic has a relation sign after its name (RelationAt): a
    // sentence without one is not looked at byte by byte.
    if (!absl::StrContains(t, '=') && !absl::StrContains(t, '<') &&
        !absl::StrContains(t, '>') && !absl::StrContains(t, "\xE2\x89\xA4") &&
        !absl::StrContains(t, "\xE2\x89\xA5")) {
      return;
    }
    size_t i = 0;
    while (i < t.size()) {
      if (!NameStarts()[static_cast<unsigned char>(t[i])]) {
        ++i;
        continue;
      }
      const std::optional<size_t> next = Statistic(s, t, i);
      i = next ? *next : i + 1;
    }
  }

  static bool IsAlnumAt(absl::string_view t, size_t i) {
    return i < t.size() &&
           absl::ascii_isalnum(static_cast<unsigned char>(t[i]));
  }
  static void SkipSpaces(absl::string_view t, size_t* i) {
    while (*i < t.size()) {
      if (t[*i] == ' ' || t[*i] == '\t' || t[*i] == '\n') {
        ++*i;
      } else if (t.substr(*i, 2) == "\xC2\xA0") {
        *i += 2;  // no-break space
      } else if (t.substr(*i, 3) == "\xE2\x80\xAF" ||
                 t.substr(*i, 3) == "\xE2\x80\x89") {
        *i += 3;  // narrow and thin spaces
      } else {
        break;
      }
    }
  }
  // A number at i: optional sign, digits with separators and a point.
  static std::optional<std::pair<size_t, size_t>> NumberAt(absl::string_view t,
                                                           size_t* i,
                                                           bool allow_sign,
                                                           bool allow_comma) {
    const size_t b = *i;
    size_t j = *i;
    if (allow_sign) {
      if (j < t.size() && (t[j] == '-' || t[j] == '+')) {
        ++j;
      } else if (t.substr(j, 3) == "\xE2\x88\x92") {
        j += 3;
      }
    }
    const size_t digits_from = j;
    while (j < t.size() &&
           (absl::ascii_isdigit(static_cast<unsigned char>(t[j])) ||
            (t[j] == '.' && j + 1 < t.size() &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 1]))) ||
            (allow_comma && t[j] == ',' && j + 3 < t.size() + 0 &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 1])) &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 2])) &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[j + 3]))))) {
      ++j;
    }
    if (j == digits_from) return std::nullopt;
    *i = j;
    return std::make_pair(b, j);
  }
  // A relation sign at i: =, <, >, <=, >=, ≤, ≥.
  static std::optional<v1::PRelation> RelationAt(absl::string_view t,
                                                 size_t* i) {
    if (*i >= t.size()) return std::nullopt;
    if (t.substr(*i, 3) == "\xE2\x89\xA4") {  // ≤
      *i += 3;
      return v1::P_RELATION_LESS;
    }
    if (t.substr(*i, 3) == "\xE2\x89\xA5") {  // ≥
      *i += 3;
      return v1::P_RELATION_GREATER;
    }
    const char c = t[*i];
    if (c != '=' && c != '<' && c != '>') return std::nullopt;
    ++*i;
    if (*i < t.size() && t[*i] == '=') ++*i;
    return c == '='   ? v1::P_RELATION_EQUAL
           : c == '<' ? v1::P_RELATION_LESS
                      : v1::P_RELATION_GREATER;
  }

  std::optional<size_t> Statistic(int s, absl::string_view t, size_t at) {
    if (at > 0 && (IsAlnumAt(t, at - 1) ||
                   static_cast<unsigned char>(t[at - 1]) >= 0x80)) {
      return std::nullopt;
    }
    v1::TestStatistic stat = v1::TEST_STATISTIC_UNSPECIFIED;
    size_t i = at;
    bool named = false;
    for (const StatisticName& n : kStatisticNames) {
      if (t[i] != n.name[0] || t.substr(i, n.name.size()) != n.name) continue;
      if (n.alone && IsAlnumAt(t, i + n.name.size())) continue;
      stat = n.kind;
      i += n.name.size();
      named = true;
      break;
    }
    if (!named) return std::nullopt;
    const size_t stat_begin = at;
    std::optional<std::pair<size_t, size_t>> df1, df2, value, p;
    size_t j = i;
    SkipSpaces(t, &j);
    if (j < t.size() && (t[j] == '(' || t[j] == '[')) {
      const char close = t[j] == '(' ? ')' : ']';
      ++j;
      SkipSpaces(t, &j);
      // One df may carry a thousands separator ("t(1,234)"); of two, the
      // comma parts them ("F(1, 234)", "F(1,234)").
      const size_t save = j;
      df1 = NumberAt(t, &j, false,
                     stat != v1::TEST_STATISTIC_F &&
                         stat != v1::TEST_STATISTIC_CHI_SQUARE);
      if (!df1) return std::nullopt;
      SkipSpaces(t, &j);
      if (j < t.size() && t[j] == ',') {
        ++j;
        SkipSpaces(t, &j);
        if (stat == v1::TEST_STATISTIC_F) {
          df2 = NumberAt(t, &j, false, true);
          if (!df2) return std::nullopt;
        } else {
          // "χ2(2, N = 100)": the sample size is not a df.
          while (j < t.size() && t[j] != close) ++j;
        }
        SkipSpaces(t, &j);
      }
      (void)save;
      if (j >= t.size() || t[j] != close) return std::nullopt;
      ++j;
    }
    SkipSpaces(t, &j);
    if (!RelationAt(t, &j)) return std::nullopt;
    SkipSpaces(t, &j);
    value = NumberAt(t, &j, true, false);
    if (!value) return std::nullopt;
    const size_t stat_end = j;
    // "t = 1.2, df = 34"
    size_t k = j;
    while (k < t.size() && (t[k] == ',' || t[k] == ';' || t[k] == ' ')) ++k;
    if (!df1 && t.substr(k, 2) == "df") {
      size_t m = k + 2;
      SkipSpaces(t, &m);
      if (RelationAt(t, &m)) {
        SkipSpaces(t, &m);
        df1 = NumberAt(t, &m, false, true);
        if (df1) j = m;
      }
    }
    // p, after an effect size or a confidence interval if any: within 80
    // bytes, before the end of the clause.
    v1::PRelation rel = v1::P_RELATION_UNSPECIFIED;
    size_t p_begin = 0;
    for (size_t m = j; m < t.size() && m < j + 80; ++m) {
      if ((t[m] == 'p' || t[m] == 'P') && !IsAlnumAt(t, m + 1) &&
          (m == 0 || !IsAlnumAt(t, m - 1))) {
        size_t n = m + 1;
        SkipSpaces(t, &n);
        const std::optional<v1::PRelation> r = RelationAt(t, &n);
        if (!r) continue;
        SkipSpaces(t, &n);
        p = NumberAt(t, &n, false, false);
        if (!p) break;
        rel = *r;
        p_begin = m;
        j = n;
        break;
      }
      if (t.substr(m, 2) == "ns" && !IsAlnumAt(t, m + 2) &&
          (m == 0 || !IsAlnumAt(t, m - 1))) {
        rel = v1::P_RELATION_NOT_SIGNIFICANT;
        p_begin = m;
        j = m + 2;
        break;
      }
      // Another statistic starts: its p is not this one's.
      if (m > j &&
          (t[m] == '(' && m > 0 && (t[m - 1] == 't' || t[m - 1] == 'F'))) {
        break;
      }
    }
    if (rel == v1::P_RELATION_UNSPECIFIED) return std::nullopt;
    const int32_t base = c_.sentence(s).begin;
    auto mention = [&](std::pair<size_t, size_t> r) {
      return c_.MentionOf(s, base + static_cast<int32_t>(r.first),
                          base + static_cast<int32_t>(r.second));
    };
    v1::Claim claim;
    v1::StatisticalTestClaim* c = claim.mutable_statistical_test();
    c->set_statistic(stat);
    std::vector<int> used;
    const int v = mention(*value);
    if (v < 0) return std::nullopt;
    c->set_value_id(c_.id(v));
    claim.set_id(absl::StrCat(c_.id(v), "-test"));
    used.push_back(v);
    if (df1) {
      const int d = mention(*df1);
      if (d < 0) return std::nullopt;
      c->set_df1_id(c_.id(d));
      used.push_back(d);
    }
    if (df2) {
      const int d = mention(*df2);
      if (d < 0) return std::nullopt;
      c->set_df2_id(c_.id(d));
      used.push_back(d);
    }
    c->set_p_relation(rel);
    if (p) {
      const int q = mention(*p);
      if (q < 0) return std::nullopt;
      c->set_p_id(c_.id(q));
      used.push_back(q);
    }
    const absl::string_view whole = t;
    if (absl::StrContains(whole, "one-tailed") ||
        absl::StrContains(whole, "one-sided")) {
      c->set_one_tailed(true);
    }
    for (int u : used) {
      if (c_.m(u).label.empty()) {
        c_.mutable_m(u).label = u == v                  ? "statistic"
                                : u == used.back() && p ? "p"
                                                        : "df";
      }
    }
    const bool complete = stat == v1::TEST_STATISTIC_Z ||
                          (df1 && (stat != v1::TEST_STATISTIC_F || df2));
    c_.Emit(claim, used, s, complete ? v1::CONFIDENCE_HIGH : v1::CONFIDENCE_LOW,
            {{base + static_cast<int32_t>(stat_begin),
              base + static_cast<int32_t>(stat_end)},
             {base + static_cast<int32_t>(p_begin),
              base + static_cast<int32_t>(j)}});
    return j;
  }

 private:
  ClaimContext& c_;
};

}  // namespace

void ProposeStatistics(ClaimContext& c) {
  // Every statistic has a relation sign after its name, and most sentences
  // have none: the signs are found once in the whole text, and only a
  // sentence where one starts is looked at (Statistics, which looks for
  // them again), not each sentence five times over.
  std::vector<int32_t> signs;
  for (const absl::string_view sign :
       {"=", "<", ">", "\xE2\x89\xA4", "\xE2\x89\xA5"}) {
    for (size_t at = c.text().find(sign); at != absl::string_view::npos;
         at = c.text().find(sign, at + 1)) {
      signs.push_back(static_cast<int32_t>(at));
    }
  }
  if (signs.empty()) return;
  std::sort(signs.begin(), signs.end());
  StatisticsRule rule(c);
  for (int s = 0; s < c.sentences(); ++s) {
    const Sentence& sen = c.sentence(s);
    const auto sign = std::lower_bound(signs.begin(), signs.end(), sen.begin);
    if (sign == signs.end() || *sign >= sen.end) continue;
    rule.Statistics(s);
  }
}

}  // namespace claimcheck::text
