#include "tests/random_articles.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <set>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "boost/math/distributions/chi_squared.hpp"
#include "boost/math/distributions/fisher_f.hpp"
#include "boost/math/distributions/normal.hpp"
#include "boost/math/distributions/students_t.hpp"
#include "engine/reading/figure.h"
#include "engine/reading/request_error.h"

namespace claimcheck {

int64_t Choices::Below(int64_t n) {
  if (n <= 1) return 0;
  // Rejection keeps every value equally likely.
  const uint64_t range = static_cast<uint64_t>(n);
  const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
  uint64_t x;
  do {
    x = engine_();
  } while (x >= limit);
  return static_cast<int64_t>(x % range);
}

bool Choices::Chance(double p) { return Below(1'000'000) < p * 1'000'000; }

namespace {

// ---------------------------------------------------------------------------
// Printing a true value as a newsroom would.

// The digits of `v`, an exact multiple of 10^-decimals, with `decimals`
// decimals, grouped in threes when `grouped`.
std::string Decimal(const Rational& v, int decimals, bool grouped) {
  const Integer units = Floor(v * Pow10(decimals) + Rational(1, 2));
  std::string digits = (units < 0 ? Integer(0) - units : units).get_str();
  if (static_cast<int>(digits.size()) <= decimals)
    digits.insert(0, decimals + 1 - digits.size(), '0');
  const std::string whole = digits.substr(0, digits.size() - decimals);
  std::string out = units < 0 ? "-" : "";
  for (size_t i = 0; i < whole.size(); ++i) {
    if (grouped && i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  if (decimals > 0) absl::StrAppend(&out, ".", digits.substr(whole.size()));
  return out;
}

enum class Round { kNearest, kDown, kUp };

// `v` rounded to a multiple of 10^-decimals (decimals may be negative:
// -2 rounds to hundreds).
// Whether v is 10^k for some whole k: 1, 10, 100, 0.1.
bool IsPowerOfTen(Rational v) {
  if (v <= 0) return false;
  while (v >= 10) v /= 10;
  while (v < 1) v *= 10;
  return v == 1;
}

Rational RoundAt(const Rational& v, int decimals, Round how) {
  const Rational unit = Pow10(-decimals);
  const Rational units = v / unit;
  switch (how) {
    case Round::kDown:
      return Rational(Floor(units)) * unit;
    case Round::kUp:
      return Rational(Ceil(units)) * unit;
    default:
      return Rational(Floor(units + Rational(1, 2))) * unit;
  }
}

// The number of decimals `v` has when written out, up to `most`; -1 when it
// needs more.
int DecimalsOf(const Rational& v, int most) {
  for (int d = 0; d <= most; ++d) {
    if ((v * Pow10(d)).is_integer()) return d;
  }
  return -1;
}

enum class Sort {
  kCount,     // a whole number of things
  kPercent,   // a percentage
  kPoints,    // percentage points
  kAmount,    // a real amount (a mean)
  kRate,      // a rate per N
  kMultiple,  // "2.5 times"
  kPlain,     // statistics, p-values and degrees of freedom: as printed
};

const char* const kSmallWords[] = {"zero", "one",    "two",   "three", "four",
                                   "five", "six",    "seven", "eight", "nine",
                                   "ten",  "eleven", "twelve"};

struct ScaleWord {
  const char* word;
  int exponent;
  v1::Scale scale;
};
const ScaleWord kScales[] = {{"thousand", 3, v1::SCALE_THOUSAND},
                             {"million", 6, v1::SCALE_MILLION},
                             {"billion", 9, v1::SCALE_BILLION},
                             {"trillion", 12, v1::SCALE_TRILLION}};

// How a value is to be printed.
struct Style {
  Sort sort = Sort::kCount;
  // Decimals of the printed number (before any scale word); for counts
  // without a scale, 0.
  int decimals = 0;
  // Whether one-sided or widened forms ("more than", "about") may be used.
  bool loose = true;
  std::string rate_per;  // for kRate
};

// Prints `v` (>= 0) in `style`, choosing rounding, qualifier and scale.
class Printer {
 public:
  Printer(Choices* choices, Coverage* coverage)
      : c_(*choices), coverage_(*coverage) {}

  v1::Figure Print(const std::string& id, const Rational& v, const Style& style,
                   const std::string& label = "") {
    v1::Figure f;
    f.set_id(id);
    if (!label.empty()) f.set_label(label);
    v1::Qualifier qualifier = v1::QUALIFIER_UNSPECIFIED;
    v1::RoundingMode rounding = v1::ROUNDING_MODE_UNSPECIFIED;
    v1::Scale scale = v1::SCALE_UNSPECIFIED;
    int decimals = style.decimals;
    Rational printed;
    std::string number;
    // A scale word for large values.
    const ScaleWord* word = nullptr;
    if ((style.sort == Sort::kCount || style.sort == Sort::kAmount) &&
        v >= 10'000 && c_.Chance(0.35)) {
      for (const ScaleWord& s : kScales) {
        if (v >= Pow10(s.exponent) * 10) word = &s;
      }
    }
    const Rational factor = word ? Pow10(word->exponent) : Rational(1);
    if (word) decimals = static_cast<int>(c_.Between(0, 2));
    const Rational scaled = v / factor;

    // The qualifier, if any, and the rounding.
    const int pick = static_cast<int>(c_.Below(100));
    if (style.loose && pick < 28 && scaled > 0) {
      static const v1::Qualifier kQualifiers[] = {
          v1::QUALIFIER_ABOUT,     v1::QUALIFIER_NEARLY,
          v1::QUALIFIER_MORE_THAN, v1::QUALIFIER_AT_LEAST,
          v1::QUALIFIER_LESS_THAN, v1::QUALIFIER_AT_MOST,
          v1::QUALIFIER_EXACTLY,   v1::QUALIFIER_JUST_OVER,
          v1::QUALIFIER_JUST_UNDER};
      qualifier = kQualifiers[pick % 9];
      // A coarser digit for a widened figure: "about 1,200" for 1,234.
      int at = decimals;
      if (qualifier != v1::QUALIFIER_EXACTLY && scaled >= 100 &&
          c_.Chance(0.5)) {
        at = -static_cast<int>(c_.Between(1, 2));
      }
      switch (qualifier) {
        case v1::QUALIFIER_ABOUT:
          printed = RoundAt(scaled, at, Round::kNearest);
          break;
        case v1::QUALIFIER_NEARLY:
        case v1::QUALIFIER_AT_MOST:
          printed = RoundAt(scaled, at, Round::kUp);
          break;
        case v1::QUALIFIER_LESS_THAN:
        case v1::QUALIFIER_JUST_UNDER:
          printed = RoundAt(scaled, at, Round::kUp);
          if (printed == scaled) printed += Pow10(-at);
          break;
        case v1::QUALIFIER_AT_LEAST:
          printed = RoundAt(scaled, at, Round::kDown);
          break;
        case v1::QUALIFIER_MORE_THAN:
        case v1::QUALIFIER_JUST_OVER:
          printed = RoundAt(scaled, at, Round::kDown);
          if (printed == scaled) printed -= Pow10(-at);
          break;
        default:  // exactly
          break;
      }
      // Close to a one and zeros ("nearly 100", "just over 1,000") is within
      // a tenth of it (docs/spec.md); further off, an honest writer prints
      // the one-sided bound instead.
      if ((qualifier == v1::QUALIFIER_NEARLY ||
           qualifier == v1::QUALIFIER_JUST_UNDER ||
           qualifier == v1::QUALIFIER_JUST_OVER) &&
          IsPowerOfTen(printed) && abs(scaled - printed) > printed / 10) {
        qualifier = qualifier == v1::QUALIFIER_NEARLY ? v1::QUALIFIER_AT_MOST
                    : qualifier == v1::QUALIFIER_JUST_UNDER
                        ? v1::QUALIFIER_LESS_THAN
                        : v1::QUALIFIER_MORE_THAN;
      }
      if (qualifier == v1::QUALIFIER_EXACTLY) {
        const int exact = DecimalsOf(scaled, 3);
        if (exact < 0 || word) {
          qualifier = v1::QUALIFIER_UNSPECIFIED;
        } else {
          decimals = std::max(decimals, exact);
          printed = scaled;
        }
      } else {
        decimals = std::max(at, 0);
      }
      if (printed < 0 ||
          (printed == 0 && qualifier != v1::QUALIFIER_LESS_THAN &&
           qualifier != v1::QUALIFIER_AT_MOST)) {
        qualifier = v1::QUALIFIER_UNSPECIFIED;
        decimals = word ? decimals : style.decimals;
      }
    }
    if (qualifier == v1::QUALIFIER_UNSPECIFIED) {
      const int mode = static_cast<int>(c_.Below(100));
      Round how = Round::kNearest;
      if (mode < 8) {
        rounding = v1::ROUNDING_MODE_NEAREST;
      } else if (mode < 15) {
        rounding = v1::ROUNDING_MODE_DOWN;
        how = Round::kDown;
      } else if (mode < 22) {
        rounding = v1::ROUNDING_MODE_UP;
        how = Round::kUp;
      } else if (mode < 28) {
        rounding = v1::ROUNDING_MODE_TRUNCATE;
        how = Round::kDown;  // toward zero, for values >= 0
      } else if (mode < 34 && !word && DecimalsOf(scaled, 3) >= 0) {
        rounding = v1::ROUNDING_MODE_EXACT;
        decimals = std::max(decimals, DecimalsOf(scaled, 3));
      }
      printed = RoundAt(scaled, decimals, how);
    }

    // The number, and the words around it.
    const bool grouped = c_.Chance(0.8);
    number = Decimal(printed, std::max(decimals, 0), grouped);
    if (style.sort == Sort::kCount && !word && printed.is_integer() &&
        printed <= 12 && qualifier == v1::QUALIFIER_UNSPECIFIED &&
        c_.Chance(0.3)) {
      number = kSmallWords[static_cast<int>(printed.get_d())];
    }
    std::string text = number;
    if (word) {
      if (c_.Chance(0.5)) {
        absl::StrAppend(&text, " ", word->word);
      } else {
        f.set_scale(word->scale);
      }
      scale = word->scale;
    }
    switch (style.sort) {
      case Sort::kCount:
        f.set_unit(v1::UNIT_COUNT);
        break;
      case Sort::kPercent:
        text += c_.Chance(0.5) ? "%" : " percent";
        if (c_.Chance(0.5)) f.set_unit(v1::UNIT_PERCENT);
        break;
      case Sort::kPoints:
        text += c_.Chance(0.5) ? " points" : " percentage points";
        f.set_unit(v1::UNIT_PERCENTAGE_POINTS);
        break;
      case Sort::kAmount:
        f.set_unit(v1::UNIT_AMOUNT);
        break;
      case Sort::kRate:
        f.set_unit(v1::UNIT_RATE);
        f.set_rate_per(style.rate_per);
        break;
      case Sort::kMultiple:
        f.set_unit(v1::UNIT_MULTIPLE);
        if (c_.Chance(0.3)) text += " times";
        break;
      case Sort::kPlain:
        f.set_unit(v1::UNIT_AMOUNT);
        break;
    }
    if (qualifier != v1::QUALIFIER_UNSPECIFIED) {
      if (c_.Chance(0.5)) {
        f.set_qualifier(qualifier);
      } else {
        text = absl::StrCat(QualifierWord(qualifier), " ", text);
      }
    }
    if (rounding != v1::ROUNDING_MODE_UNSPECIFIED) f.set_rounding(rounding);
    f.set_text(text);
    ++coverage_.rounding[v1::RoundingMode_Name(rounding)];
    ++coverage_.qualifier[v1::Qualifier_Name(qualifier)];
    ++coverage_.scale[v1::Scale_Name(scale)];
    return f;
  }

  // `v` (of any sign) rounded to nearest, with its sign and no qualifier:
  // "-12.4%".
  v1::Figure Signed(const std::string& id, const Rational& v,
                    const Style& style) {
    v1::Figure f;
    f.set_id(id);
    const Rational printed = RoundAt(v, style.decimals, Round::kNearest);
    std::string text = Decimal(printed, style.decimals, true);
    if (printed == 0) text = Decimal(Rational(0), style.decimals, true);
    if (style.sort == Sort::kPercent) {
      text += "%";
      f.set_unit(v1::UNIT_PERCENT);
    } else {
      f.set_unit(v1::UNIT_AMOUNT);
    }
    f.set_text(text);
    ++coverage_.rounding[v1::RoundingMode_Name(v1::ROUNDING_MODE_UNSPECIFIED)];
    ++coverage_.qualifier[v1::Qualifier_Name(v1::QUALIFIER_UNSPECIFIED)];
    ++coverage_.scale[v1::Scale_Name(v1::SCALE_UNSPECIFIED)];
    return f;
  }

  // A figure printed as is, for statistics, p-values and degrees of freedom.
  v1::Figure Plain(const std::string& id, const std::string& text) {
    v1::Figure f;
    f.set_id(id);
    f.set_text(text);
    f.set_unit(v1::UNIT_AMOUNT);
    ++coverage_.rounding[v1::RoundingMode_Name(v1::ROUNDING_MODE_UNSPECIFIED)];
    ++coverage_.qualifier[v1::Qualifier_Name(v1::QUALIFIER_UNSPECIFIED)];
    ++coverage_.scale[v1::Scale_Name(v1::SCALE_UNSPECIFIED)];
    return f;
  }

 private:
  std::string QualifierWord(v1::Qualifier q) {
    switch (q) {
      case v1::QUALIFIER_ABOUT:
        return c_.Pick<std::string>(
            {"about", "approximately", "roughly", "around", "some"});
      case v1::QUALIFIER_NEARLY:
        return c_.Pick<std::string>({"nearly", "almost"});
      case v1::QUALIFIER_MORE_THAN:
        return c_.Pick<std::string>({"more than", "over"});
      case v1::QUALIFIER_AT_LEAST:
        return "at least";
      case v1::QUALIFIER_LESS_THAN:
        return c_.Pick<std::string>({"fewer than", "less than", "under"});
      case v1::QUALIFIER_AT_MOST:
        return c_.Pick<std::string>({"at most", "up to", "no more than"});
      case v1::QUALIFIER_JUST_OVER:
        return c_.Pick<std::string>({"just over", "just above"});
      case v1::QUALIFIER_JUST_UNDER:
        return c_.Pick<std::string>({"just under", "just below"});
      default:
        return "exactly";
    }
  }

  Choices& c_;
  Coverage& coverage_;
};

// ---------------------------------------------------------------------------
// The story.

const char* const kRegions[] = {"Los Angeles", "Santa Clara",  "San Francisco",
                                "Baltimore",   "Cook County",  "Denver",
                                "New York",    "Philadelphia", "Seattle",
                                "Washington",  "Boston",       "Houston"};

// A random whole number from 10^lo_digits to 10^hi_digits, log-uniform.
int64_t Magnitude(Choices& c, int lo_digits, int hi_digits) {
  const int digits = static_cast<int>(c.Between(lo_digits, hi_digits - 1));
  int64_t lo = 1;
  for (int i = 0; i < digits; ++i) lo *= 10;
  return c.Between(lo, lo * 10 - 1);
}

// Rational from a double, rounded to 9 decimals (true values need not be
// binary fractions).
Rational Near(double x) {
  return Rational(static_cast<int64_t>(std::llround(x * 1e9)), 1'000'000'000);
}

// The two-tailed (t, z, r) or upper-tail (F, chi-square) p of a statistic.
double PValueOf(v1::TestStatistic s, double x, double df1, double df2) {
  using namespace boost::math;
  switch (s) {
    case v1::TEST_STATISTIC_T:
      return 2 * cdf(complement(students_t_distribution<double>(df1),
                                std::fabs(x)));
    case v1::TEST_STATISTIC_Z:
      return 2 * cdf(complement(normal_distribution<double>(), std::fabs(x)));
    case v1::TEST_STATISTIC_R: {
      const double t = x / std::sqrt((1 - x * x) / df1);
      return 2 * cdf(complement(students_t_distribution<double>(df1),
                                std::fabs(t)));
    }
    case v1::TEST_STATISTIC_F:
      return cdf(complement(fisher_f_distribution<double>(df1, df2), x));
    default:
      return cdf(complement(chi_squared_distribution<double>(df1), x));
  }
}

class Story {
 public:
  Story(Choices* choices, Coverage* coverage, int number)
      : c_(*choices), coverage_(*coverage), print_(choices, coverage) {
    out_.request.set_article_id(absl::StrCat("article-", number));
  }

  GeneratedArticle Write() {
    // The regions and their true counts.
    const int k = static_cast<int>(c_.Between(2, 7));
    const int size = static_cast<int>(c_.Between(1, 6));
    for (int i = 0; i < k; ++i) {
      parts_.push_back(
          Rational(Magnitude(c_, size - 1 > 0 ? size - 1 : 0, size + 1)));
      total_ += parts_.back();
    }
    // One after another: the RNG's sequence, and a change in points needs
    // the share's percent.
    bool any = Regions(k);
    any = Share() || any;
    any = Change() || any;
    any = Ratio() || any;
    any = Rate() || any;
    any = Mean() || any;
    any = Compare() || any;
    any = Again() || any;
    any = Breakdown() || any;
    any = Test() || any;
    any = Survey() || any;
    if (!any) Regions(k, /*always=*/true);
    return std::move(out_);
  }

 private:
  // Adds a figure printed from `v`; its id.
  std::string Figure(const std::string& id, const Rational& v,
                     const Style& style, const std::string& label = "") {
    *out_.request.add_figures() = print_.Print(id, v, style, label);
    out_.truth[id] = v;
    return id;
  }

  v1::Claim* AddClaim(const std::string& id, const std::string& kind) {
    v1::Claim* claim = out_.request.add_claims();
    claim->set_id(id);
    ++coverage_.kind[kind];
    return claim;
  }

  // The regions as figures, once.
  const std::vector<std::string>& PartIds() {
    if (part_ids_.empty()) {
      for (size_t i = 0; i < parts_.size(); ++i) {
        part_ids_.push_back(Figure(absl::StrCat("region", i), parts_[i],
                                   {Sort::kCount, 0, loose_parts_},
                                   kRegions[i]));
      }
    }
    return part_ids_;
  }

  // The total, printed once.
  const std::string& TotalId() {
    if (total_id_.empty()) {
      total_id_ = Figure("total", total_, {Sort::kCount, 0, c_.Chance(0.5)});
    }
    return total_id_;
  }

  // "ICE arrested 498 ... 101 in Los Angeles, ...": a total of the regions,
  // sometimes "including" only some of them; and how many regions.
  bool Regions(int k, bool always = false) {
    if (!always && !c_.Chance(0.6)) return false;
    loose_parts_ = c_.Chance(0.2);
    const std::vector<std::string>& ids = PartIds();
    v1::Claim* claim = AddClaim("total", "total");
    claim->mutable_total()->set_total_id(TotalId());
    const bool partial = c_.Chance(0.15) && k > 2;
    claim->mutable_total()->set_partial(partial);
    for (int i = 0; i < k - (partial ? 1 : 0); ++i)
      claim->mutable_total()->add_parts()->set_figure_id(ids[i]);
    if (c_.Chance(0.3)) {
      const std::string n =
          Figure("regions", Rational(k), {Sort::kCount, 0, /*loose=*/false});
      v1::Claim* count = AddClaim("count", "count");
      count->mutable_count()->set_count_id(n);
      for (const std::string& id : ids)
        count->mutable_count()->add_item_ids(id);
    }
    return true;
  }

  // "63 percent of them had criminal convictions": part, base and percent,
  // one of them sometimes left unstated.
  bool Share() {
    if (!c_.Chance(0.4)) return false;
    const Rational part =
        Rational(Floor(total_ * Rational(c_.Between(3, 97), 100)));
    if (part == 0) return false;
    shared_percent_ = part / total_ * 100;
    const int unstated = static_cast<int>(c_.Below(5));  // 0 part, 1 percent
    v1::Claim* claim = AddClaim("share", "share");
    if (unstated != 0) {
      claim->mutable_share()->set_part_id(
          Figure("convicted", part, {Sort::kCount, 0, c_.Chance(0.3)}));
    }
    claim->mutable_share()->set_base_id(TotalId());
    if (unstated != 1) {
      percent_id_ = Figure(
          "percent", shared_percent_,
          {Sort::kPercent, static_cast<int>(c_.Between(0, 1)), c_.Chance(0.3)});
      claim->mutable_share()->set_percent_id(percent_id_);
    }
    return true;
  }

  // "climbed 37 percent from ... to ...": percent, points, difference or a
  // multiple, with a direction word or a sign.
  bool Change() {
    if (!c_.Chance(0.4)) return false;
    v1::Claim* claim = nullptr;
    const int measure = static_cast<int>(c_.Below(4));
    if (measure == 3 && !percent_id_.empty()) {
      // Last year's share and this year's: the change in percentage points,
      // or as a percent of last year's share ("from 85 to 81 percent, a fall
      // of 4.7 percent").
      const Rational before = Rational(c_.Between(20, 950), 10);
      const Rational after = shared_percent_;
      if (before == after) return false;
      const std::string from =
          Figure("percent_before", before,
                 {Sort::kPercent, static_cast<int>(c_.Between(0, 1)), false});
      claim = AddClaim("change", "change");
      auto* c = claim->mutable_change();
      c->set_from_id(from);
      c->set_to_id(percent_id_);
      c->set_direction(after > before ? v1::DIRECTION_UP : v1::DIRECTION_DOWN);
      if (c_.Chance(0.5)) {
        const Rational relative = (after - before) / before * 100;
        c->set_change_id(Figure(
            "relative", relative < 0 ? -relative : relative,
            {Sort::kPercent, static_cast<int>(c_.Between(0, 1)), false}));
        if (c_.Chance(0.5)) c->set_measure(v1::CHANGE_MEASURE_PERCENT);
        return true;
      }
      const Rational points = after > before ? after - before : before - after;
      c->set_change_id(
          Figure("points", points,
                 {Sort::kPoints, static_cast<int>(c_.Between(0, 1)), false}));
      if (c_.Chance(0.5)) c->set_measure(v1::CHANGE_MEASURE_PERCENTAGE_POINTS);
      return true;
    }
    // Last year's total, as a whole number.
    const Rational factor = Rational(c_.Between(30, 300), 100);
    const Rational before = Rational(Floor(total_ / factor));
    if (before <= 0 || before == total_) return false;
    const std::string from =
        Figure("last_year", before, {Sort::kCount, 0, c_.Chance(0.2)});
    claim = AddClaim("change", "change");
    auto* c = claim->mutable_change();
    c->set_from_id(from);
    c->set_to_id(TotalId());
    const bool up = total_ > before;
    const bool word = c_.Chance(0.8);
    if (word) c->set_direction(up ? v1::DIRECTION_UP : v1::DIRECTION_DOWN);
    if (measure == 2 && total_ >= before * 2) {
      // "more than doubled": a multiple.
      c->set_change_id(
          Figure("change_figure", total_ / before,
                 {Sort::kMultiple, static_cast<int>(c_.Between(1, 2)), false}));
      c->set_measure(v1::CHANGE_MEASURE_MULTIPLE);
      c->set_direction(v1::DIRECTION_UP);
      return true;
    }
    Rational amount;
    Style style;
    if (measure == 1) {
      amount = total_ - before;
      style = {Sort::kCount, 0, false};
      c->set_measure(v1::CHANGE_MEASURE_DIFFERENCE);
    } else {
      amount = (total_ - before) / before * 100;
      style = {Sort::kPercent, static_cast<int>(c_.Between(0, 1)), false};
      if (c_.Chance(0.3)) c->set_measure(v1::CHANGE_MEASURE_PERCENT);
    }
    if (word) {
      if (amount < 0) amount = -amount;
      c->set_change_id(Figure("change_figure", amount, style));
    } else {
      // Signed, no direction word: "-12%", rounded to nearest.
      *out_.request.add_figures() =
          print_.Signed("change_figure", amount, style);
      out_.truth["change_figure"] = amount;
      c->set_change_id("change_figure");
    }
    return true;
  }

  // "Los Angeles had 4.8 times as many as Denver", "one in four".
  bool Ratio() {
    if (!c_.Chance(0.3) || parts_.size() < 2) return false;
    const std::vector<std::string>& ids = PartIds();
    v1::Claim* claim = AddClaim("ratio", "ratio");
    auto* r = claim->mutable_ratio();
    if (c_.Chance(0.4)) {
      // One region as "one in N" of the total.
      const size_t i = c_.Below(static_cast<int64_t>(parts_.size()));
      r->set_numerator_id(ids[i]);
      r->set_denominator_id(TotalId());
      r->set_form(v1::RATIO_FORM_ONE_IN);
      const Rational n = total_ / parts_[i];
      r->set_ratio_id(
          Figure("ratio_figure", n, {Sort::kAmount, n < 10 ? 1 : 0, false}));
      return true;
    }
    size_t a = 0, b = 1;
    for (size_t i = 0; i < parts_.size(); ++i) {
      if (parts_[i] > parts_[a]) a = i;
    }
    b = a == 0 ? 1 : 0;
    for (size_t i = 0; i < parts_.size(); ++i) {
      if (i != a && parts_[i] < parts_[b]) b = i;
    }
    r->set_numerator_id(ids[a]);
    r->set_denominator_id(ids[b]);
    static const v1::RatioForm kForms[] = {v1::RATIO_FORM_TIMES_AS_MANY,
                                           v1::RATIO_FORM_FOLD,
                                           v1::RATIO_FORM_TIMES_MORE};
    r->set_form(kForms[c_.Below(3)]);
    r->set_ratio_id(
        Figure("ratio_figure", parts_[a] / parts_[b],
               {Sort::kMultiple, static_cast<int>(c_.Between(0, 2)), false}));
    return true;
  }

  // "17.4 per 100,000 residents".
  bool Rate() {
    if (!c_.Chance(0.3)) return false;
    static const std::vector<std::pair<std::string, int64_t>> kPer = {
        {"1,000", 1'000}, {"100,000", 100'000}, {"1,000,000", 1'000'000}};
    const auto& [per_text, per] = c_.Pick(kPer);
    const Rational population =
        total_ * Rational(c_.Between(per / 1000 + 2, per / 2 + 2));
    v1::Claim* claim = AddClaim("rate", "rate");
    auto* r = claim->mutable_rate();
    r->set_count_id(TotalId());
    r->set_population_id(
        Figure("population", population, {Sort::kCount, 0, c_.Chance(0.3)}));
    Style style{Sort::kRate, static_cast<int>(c_.Between(1, 2)), false,
                per_text};
    r->set_rate_id(Figure("rate_figure", total_ / population * per, style));
    return true;
  }

  // "an average of 71 per region".
  bool Mean() {
    if (!c_.Chance(0.2)) return false;
    const std::vector<std::string>& ids = PartIds();
    const std::string n =
        Figure("regions_n", Rational(static_cast<int64_t>(ids.size())),
               {Sort::kCount, 0, false});
    v1::Claim* claim = AddClaim("mean", "mean");
    auto* m = claim->mutable_mean();
    m->set_n_id(n);
    m->set_sum_id(TotalId());
    m->set_mean_id(
        Figure("average", total_ / static_cast<int64_t>(ids.size()),
               {Sort::kAmount, static_cast<int>(c_.Between(0, 2)), false}));
    return true;
  }

  // "Philadelphia had the most", "a majority", "more than Denver".
  bool Compare() {
    if (!c_.Chance(0.35) || parts_.size() < 2) return false;
    const std::vector<std::string>& ids = PartIds();
    std::vector<size_t> order(parts_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return parts_[a] > parts_[b]; });
    v1::Claim* claim = AddClaim("compare", "comparison");
    auto* c = claim->mutable_comparison();
    const int how = static_cast<int>(c_.Below(5));
    // Ranks need distinct true values.
    bool distinct = true;
    for (size_t i = 1; i < order.size(); ++i)
      distinct = distinct && parts_[order[i]] != parts_[order[i - 1]];
    if (how <= 2 && distinct) {
      const size_t rank = how == 0   ? 0
                          : how == 1 ? order.size() - 1
                                     : c_.Below(order.size());
      c->set_subject_id(ids[order[rank]]);
      for (size_t i = 0; i < ids.size(); ++i)
        if (i != order[rank]) c->add_other_ids(ids[i]);
      if (how == 0) {
        c->set_relation(v1::RELATION_LARGEST);
      } else if (how == 1) {
        c->set_relation(v1::RELATION_SMALLEST);
      } else {
        c->set_relation(v1::RELATION_RANK);
        c->set_rank(static_cast<int>(rank) + 1);
      }
      return true;
    }
    if (how == 3 && distinct) {
      const size_t a = c_.Below(order.size());
      size_t b = c_.Below(order.size() - 1);
      if (b >= a) ++b;
      const bool greater = parts_[a] > parts_[b];
      c->set_subject_id(ids[a]);
      c->add_other_ids(ids[b]);
      c->set_relation(greater ? v1::RELATION_GREATER : v1::RELATION_LESS);
      return true;
    }
    // A part as a share of the total, in words.
    const size_t i = order[c_.Below(order.size())];
    const Rational share = parts_[i] / total_;
    v1::Relation relation = v1::RELATION_UNSPECIFIED;
    if (share > Rational(51, 100)) {
      relation = c_.Chance(0.5) ? v1::RELATION_MAJORITY : v1::RELATION_MOST;
    } else if (share >= Rational(4955, 10000) &&
               share <= Rational(5045, 10000)) {
      relation = v1::RELATION_HALF;
    } else if (share >= Rational(41, 100) && share <= Rational(49, 100)) {
      relation = v1::RELATION_NEARLY_HALF;
    } else if (share >= Rational(29, 100) && share <= Rational(39, 100)) {
      relation = v1::RELATION_THIRD;
    }
    if (relation == v1::RELATION_UNSPECIFIED) {
      // The largest is larger than the smallest, whatever they are.
      if (parts_[order.front()] == parts_[order.back()]) {
        out_.request.mutable_claims()->RemoveLast();
        --coverage_.kind["comparison"];
        return false;
      }
      c->set_subject_id(ids[order.front()]);
      c->add_other_ids(ids[order.back()]);
      c->set_relation(v1::RELATION_GREATER);
      return true;
    }
    c->set_subject_id(ids[i]);
    c->set_whole_id(TotalId());
    c->set_relation(relation);
    return true;
  }

  // The total printed a second time, in other words: "nearly 500".
  bool Again() {
    if (!c_.Chance(0.25)) return false;
    v1::Claim* claim = AddClaim("again", "same_quantity");
    claim->mutable_same_quantity()->add_figure_ids(TotalId());
    claim->mutable_same_quantity()->add_figure_ids(
        Figure("total_again", total_, {Sort::kCount, 0, true}));
    return true;
  }

  // "Of them, 41% were men, 38% women and 21% children": percentages of an
  // exhaustive breakdown, each rounded.
  bool Breakdown() {
    if (!c_.Chance(0.25)) return false;
    const int n = static_cast<int>(c_.Between(2, 5));
    std::vector<Rational> weights;
    Rational sum = 0;
    for (int i = 0; i < n; ++i) {
      weights.push_back(Rational(c_.Between(1, 100)));
      sum += weights.back();
    }
    v1::Claim* claim = AddClaim("breakdown", "shares_sum");
    const int decimals = static_cast<int>(c_.Between(0, 1));
    for (int i = 0; i < n; ++i) {
      claim->mutable_shares_sum()->add_percent_ids(
          Figure(absl::StrCat("group", i), weights[i] / sum * 100,
                 {Sort::kPercent, decimals, false}));
    }
    return true;
  }

  // "t(28) = 2.20, p = .036": a test whose p is computed from its true
  // statistic, which is then printed rounded.
  bool Test() {
    if (!c_.Chance(0.2)) return false;
    static const v1::TestStatistic kStatistics[] = {
        v1::TEST_STATISTIC_T, v1::TEST_STATISTIC_F, v1::TEST_STATISTIC_R,
        v1::TEST_STATISTIC_CHI_SQUARE, v1::TEST_STATISTIC_Z};
    const v1::TestStatistic s = kStatistics[c_.Below(5)];
    const int df1 = s == v1::TEST_STATISTIC_F
                        ? static_cast<int>(c_.Between(1, 5))
                        : static_cast<int>(c_.Between(5, 200));
    const int df2 = static_cast<int>(c_.Between(10, 200));
    double x;
    switch (s) {
      case v1::TEST_STATISTIC_R:
        x = c_.Between(5, 900) / 1000.0;
        break;
      case v1::TEST_STATISTIC_CHI_SQUARE:
        x = df1 * c_.Between(300, 2500) / 1000.0;
        break;
      case v1::TEST_STATISTIC_F:
        x = c_.Between(100, 9000) / 1000.0;
        break;
      default:
        x = c_.Between(100, 4500) / 1000.0;
        break;
    }
    x += c_.Between(0, 999) / 1e6;  // a true value between printed ones
    const double p = PValueOf(s, x, df1, df2);
    const int decimals = 2;
    const std::string printed_x =
        Decimal(RoundAt(Near(x), decimals, Round::kNearest), decimals, false);
    // How p is reported, truthfully at the true statistic.
    v1::PRelation relation = v1::P_RELATION_EQUAL;
    std::string p_text;
    const int way = static_cast<int>(c_.Below(4));
    if (std::fabs(p - 0.05) < 1e-4 || p < 1e-12) return false;
    if (way == 0 && p < 0.05) {
      relation = v1::P_RELATION_LESS;
      p_text = p < 0.001 ? ".001" : p < 0.01 ? ".01" : ".05";
    } else if (way == 1 && p > 0.05) {
      relation = c_.Chance(0.5) ? v1::P_RELATION_GREATER
                                : v1::P_RELATION_NOT_SIGNIFICANT;
      if (relation == v1::P_RELATION_GREATER) p_text = ".05";
    } else {
      const int p_decimals = static_cast<int>(c_.Between(2, 3));
      const double scale = std::pow(10.0, p_decimals);
      const double units = p * scale;
      // Stay clear of a rounding boundary, where a double's error could
      // print the other side.
      if (std::fabs(units - std::floor(units) - 0.5) < 1e-6) return false;
      const Rational rounded =
          Rational(static_cast<int64_t>(std::llround(units))) /
          Pow10(p_decimals);
      if (rounded == 0) {
        relation = v1::P_RELATION_LESS;
        p_text = p < 0.001 ? ".001" : p < 0.01 ? ".01" : ".05";
      } else {
        p_text = Decimal(rounded, p_decimals, false);
        if (absl::StartsWith(p_text, "0")) p_text = p_text.substr(1);
      }
    }
    v1::Claim* claim = AddClaim("test", "statistical_test");
    auto* t = claim->mutable_statistical_test();
    t->set_statistic(s);
    *out_.request.add_figures() = print_.Plain("statistic", printed_x);
    out_.truth["statistic"] = Near(x);
    t->set_value_id("statistic");
    if (s != v1::TEST_STATISTIC_Z) {
      *out_.request.add_figures() = print_.Plain("df1", absl::StrCat(df1));
      out_.truth["df1"] = Rational(df1);
      t->set_df1_id("df1");
    }
    if (s == v1::TEST_STATISTIC_F) {
      *out_.request.add_figures() = print_.Plain("df2", absl::StrCat(df2));
      out_.truth["df2"] = Rational(df2);
      t->set_df2_id("df2");
    }
    t->set_p_relation(relation);
    if (!p_text.empty()) {
      *out_.request.add_figures() = print_.Plain("p", p_text);
      t->set_p_id("p");
    }
    return true;
  }

  // "The 48 respondents rated it 4.27 on average" (whole-number answers):
  // the GRIM test.
  bool Survey() {
    if (!c_.Chance(0.15)) return false;
    const int n = static_cast<int>(c_.Between(10, 150));
    const int items = static_cast<int>(c_.Between(1, 3));
    const int64_t sum = c_.Between(n * items, 7 * n * items);
    v1::Claim* claim = AddClaim("survey", "mean");
    auto* m = claim->mutable_mean();
    m->set_n_id(Figure("respondents", Rational(n), {Sort::kCount, 0, false}));
    m->set_mean_id(Figure("survey_mean", Rational(sum, n * items),
                          {Sort::kAmount, 2, false}));
    m->set_whole_number_values(true);
    if (items > 1) m->set_items(items);
    return true;
  }

  Choices& c_;
  Coverage& coverage_;
  Printer print_;
  GeneratedArticle out_;
  std::vector<Rational> parts_;
  Rational total_ = 0;
  std::vector<std::string> part_ids_;
  std::string total_id_;
  std::string percent_id_;
  Rational shared_percent_ = 0;
  bool loose_parts_ = false;
};

}  // namespace

GeneratedArticle ArticleGenerator::Next() {
  return Story(&choices_, &coverage_, ++articles_).Write();
}

// ---------------------------------------------------------------------------
// Whether a figure leaves no room for its claims: outer bounds.

namespace {

// A closed outer bound of a set of values; an end is absent when unbounded.
struct Hull {
  std::optional<Rational> lo, hi;
  static Hull All() { return {}; }
  static Hull Of(const Interval& i) {
    Hull h;
    if (i.lower()) h.lo = i.lower()->value;
    if (i.upper()) h.hi = i.upper()->value;
    return h;
  }
  bool NonNegative() const { return lo && *lo >= 0; }
};

Hull Add(const Hull& a, const Hull& b) {
  Hull h;
  if (a.lo && b.lo) h.lo = *a.lo + *b.lo;
  if (a.hi && b.hi) h.hi = *a.hi + *b.hi;
  return h;
}

Hull Neg(const Hull& a) {
  Hull h;
  if (a.hi) h.lo = -*a.hi;
  if (a.lo) h.hi = -*a.lo;
  return h;
}

Hull Sub(const Hull& a, const Hull& b) { return Add(a, Neg(b)); }

Hull ScaleBy(const Hull& a, const Rational& k) {
  Hull h;
  if (k >= 0) {
    if (a.lo) h.lo = *a.lo * k;
    if (a.hi) h.hi = *a.hi * k;
  } else {
    if (a.hi) h.lo = *a.hi * k;
    if (a.lo) h.hi = *a.lo * k;
  }
  return h;
}

// Products of values >= 0 only; anything else is left unbounded (an outer
// bound needs no more).
Hull Mul(const Hull& a, const Hull& b) {
  if (!a.NonNegative() || !b.NonNegative()) return Hull::All();
  Hull h;
  h.lo = *a.lo * *b.lo;
  if (a.hi && b.hi) h.hi = *a.hi * *b.hi;
  return h;
}

// 1 / a for a > 0; unbounded otherwise.
Hull Recip(const Hull& a) {
  if (!a.lo || *a.lo <= 0) return Hull::All();
  Hull h;
  h.hi = 1 / *a.lo;
  h.lo = a.hi ? 1 / *a.hi : Rational(0);
  return h;
}

Hull Div(const Hull& a, const Hull& b) { return Mul(a, Recip(b)); }

// Whether `a` and `b` are apart, with room between them.
bool Apart(const Hull& a, const Hull& b) {
  return (a.hi && b.lo && *a.hi < *b.lo) || (b.hi && a.lo && *b.hi < *a.lo);
}

class Room {
 public:
  explicit Room(const v1::CheckClaimsRequest& request) : request_(request) {
    for (const v1::Figure& f : request.figures()) {
      RequestErrors errors;
      if (std::optional<Figure> read = ReadFigure(f, "", &errors)) {
        figures_.emplace(f.id(), std::move(*read));
      }
    }
  }

  bool Noticeable(const std::string& id) {
    if (!figures_.count(id)) return false;
    const Hull mine = Hull::Of(figures_.at(id).interval);
    for (const v1::Claim& claim : request_.claims()) {
      if (std::optional<Hull> implied = Implied(claim, id)) {
        if (Apart(mine, *implied)) return true;
      }
    }
    return false;
  }

 private:
  Hull H(const std::string& id) const {
    auto it = figures_.find(id);
    return it == figures_.end() ? Hull::All() : Hull::Of(it->second.interval);
  }
  bool Has(const std::string& id) const { return figures_.count(id) > 0; }

  // The values the claim allows `id`, given the other figures; nullopt when
  // `id` is not in it or the claim is not one judged here.
  std::optional<Hull> Implied(const v1::Claim& claim, const std::string& id) {
    switch (claim.kind_case()) {
      case v1::Claim::kTotal: {
        const auto& t = claim.total();
        Hull sum = Hull::Of(Interval::Point(0));
        int role = -2;  // -1 the total, i a part
        for (int i = 0; i < t.parts_size(); ++i) {
          if (t.parts(i).figure_id() == id) {
            role = i;
            continue;
          }
          Hull part = H(t.parts(i).figure_id());
          sum =
              Add(sum, t.parts(i).sign() == v1::SIGN_MINUS ? Neg(part) : part);
        }
        if (t.total_id() == id) role = -1;
        if (role == -2 || t.partial()) return std::nullopt;
        if (role == -1) return sum;
        const Hull rest = Sub(H(t.total_id()), sum);
        return t.parts(role).sign() == v1::SIGN_MINUS ? Neg(rest) : rest;
      }
      case v1::Claim::kCount: {
        if (claim.count().count_id() != id) return std::nullopt;
        return Hull::Of(Interval::Point(claim.count().item_ids_size()));
      }
      case v1::Claim::kShare: {
        const auto& s = claim.share();
        if (!Has(s.part_id()) || !Has(s.base_id()) || !Has(s.percent_id()))
          return std::nullopt;
        const Hull fraction = ScaleBy(H(s.percent_id()), Rational(1, 100));
        if (s.part_id() == id) return Mul(fraction, H(s.base_id()));
        if (s.base_id() == id) return Div(H(s.part_id()), fraction);
        if (s.percent_id() == id)
          return ScaleBy(Div(H(s.part_id()), H(s.base_id())), 100);
        return std::nullopt;
      }
      case v1::Claim::kSharesSum: {
        const auto& s = claim.shares_sum();
        Hull rest = Hull::Of(Interval::Point(100));
        bool in = false;
        for (const std::string& p : s.percent_ids()) {
          if (p == id) {
            in = true;
          } else {
            rest = Sub(rest, H(p));
          }
        }
        if (!in) return std::nullopt;
        return rest;
      }
      case v1::Claim::kChange:
        return ChangeImplied(claim.change(), id);
      case v1::Claim::kRatio: {
        const auto& r = claim.ratio();
        if (!Has(r.numerator_id()) || !Has(r.denominator_id()))
          return std::nullopt;
        Hull q = H(r.ratio_id());
        const bool one_in = r.form() == v1::RATIO_FORM_ONE_IN;
        if (one_in) q = Recip(q);
        if (r.numerator_id() == id) return Mul(q, H(r.denominator_id()));
        if (r.denominator_id() == id) return Div(H(r.numerator_id()), q);
        if (r.ratio_id() == id) {
          const Hull m = Div(H(r.numerator_id()), H(r.denominator_id()));
          return one_in ? Recip(m) : m;
        }
        return std::nullopt;
      }
      case v1::Claim::kRate: {
        const auto& r = claim.rate();
        if (!Has(r.count_id()) || !Has(r.population_id()) || !Has(r.rate_id()))
          return std::nullopt;
        const Rational per = figures_.at(r.rate_id()).rate_per;
        if (per <= 0) return std::nullopt;
        if (r.count_id() == id)
          return Mul(ScaleBy(H(r.rate_id()), 1 / per), H(r.population_id()));
        if (r.population_id() == id)
          return Div(H(r.count_id()), ScaleBy(H(r.rate_id()), 1 / per));
        if (r.rate_id() == id)
          return ScaleBy(Div(H(r.count_id()), H(r.population_id())), per);
        return std::nullopt;
      }
      case v1::Claim::kMean: {
        const auto& m = claim.mean();
        if (!Has(m.sum_id()) || !Has(m.mean_id()) || !Has(m.n_id()))
          return std::nullopt;
        if (m.mean_id() == id) return Div(H(m.sum_id()), H(m.n_id()));
        if (m.sum_id() == id) return Mul(H(m.mean_id()), H(m.n_id()));
        if (m.n_id() == id) return Div(H(m.sum_id()), H(m.mean_id()));
        return std::nullopt;
      }
      case v1::Claim::kSameQuantity: {
        Hull common;
        bool in = false;
        for (const std::string& f : claim.same_quantity().figure_ids()) {
          if (f == id) {
            in = true;
            continue;
          }
          const Hull other = H(f);
          if (other.lo && (!common.lo || *other.lo > *common.lo))
            common.lo = other.lo;
          if (other.hi && (!common.hi || *other.hi < *common.hi))
            common.hi = other.hi;
        }
        if (!in) return std::nullopt;
        return common;
      }
      default:
        return std::nullopt;
    }
  }

  std::optional<Hull> ChangeImplied(const v1::ChangeClaim& c,
                                    const std::string& id) {
    if (!Has(c.from_id()) || !Has(c.to_id()) || !Has(c.change_id()))
      return std::nullopt;
    const Figure& change = figures_.at(c.change_id());
    v1::ChangeMeasure measure = c.measure();
    if (measure == v1::CHANGE_MEASURE_UNSPECIFIED) {
      measure = change.unit == v1::UNIT_PERCENT ? v1::CHANGE_MEASURE_PERCENT
                : change.unit == v1::UNIT_PERCENTAGE_POINTS
                    ? v1::CHANGE_MEASURE_PERCENTAGE_POINTS
                : change.unit == v1::UNIT_MULTIPLE
                    ? v1::CHANGE_MEASURE_MULTIPLE
                    : v1::CHANGE_MEASURE_DIFFERENCE;
    }
    const int sign = c.direction() == v1::DIRECTION_DOWN ? -1 : 1;
    const Hull from = H(c.from_id()), to = H(c.to_id()), k = H(c.change_id());
    if (measure == v1::CHANGE_MEASURE_PERCENT) {
      // to = from x (1 + sign k / 100).
      const Hull factor =
          Add(Hull::Of(Interval::Point(1)), ScaleBy(k, Rational(sign, 100)));
      if (c.to_id() == id) return Mul(from, factor);
      if (c.from_id() == id) return Div(to, factor);
      if (c.change_id() == id) {
        const Hull ratio = Div(to, from);
        return ScaleBy(Sub(ratio, Hull::Of(Interval::Point(1))),
                       Rational(100 * sign));
      }
      return std::nullopt;
    }
    if (measure == v1::CHANGE_MEASURE_MULTIPLE) {
      if (sign < 0) return std::nullopt;
      if (c.to_id() == id) return Mul(from, k);
      if (c.from_id() == id) return Div(to, k);
      if (c.change_id() == id) return Div(to, from);
      return std::nullopt;
    }
    // to - from = sign k.
    if (c.to_id() == id) return Add(from, ScaleBy(k, sign));
    if (c.from_id() == id) return Sub(to, ScaleBy(k, sign));
    if (c.change_id() == id) return ScaleBy(Sub(to, from), sign);
    return std::nullopt;
  }

  const v1::CheckClaimsRequest& request_;
  std::map<std::string, Figure> figures_;
};

// ---------------------------------------------------------------------------
// Slips.

// The digits of a figure's text, where they are.
struct Digits {
  size_t begin = 0, end = 0;  // the number's run in the text
  std::string digits;         // without separators or point
  int decimals = 0;
  bool grouped = false;
};

std::optional<Digits> DigitsOf(const std::string& text) {
  Digits d;
  d.begin = text.find_first_of("0123456789");
  if (d.begin == std::string::npos) return std::nullopt;
  if (d.begin > 0 && text[d.begin - 1] == '.') --d.begin;
  d.end = d.begin;
  bool point = false;
  while (d.end < text.size() &&
         (absl::ascii_isdigit(static_cast<unsigned char>(text[d.end])) ||
          text[d.end] == ',' || text[d.end] == '.')) {
    const char ch = text[d.end];
    if (ch == ',') {
      d.grouped = true;
    } else if (ch == '.') {
      if (point) break;
      point = true;
    } else {
      d.digits.push_back(ch);
      if (point) ++d.decimals;
    }
    ++d.end;
  }
  while (d.end > d.begin &&
         !absl::ascii_isdigit(static_cast<unsigned char>(text[d.end - 1]))) {
    if (text[d.end - 1] == '.')
      --d.end;
    else
      break;
  }
  return d;
}

// The text with its digits replaced by `digits` with `decimals` decimals.
std::string Retyped(const std::string& text, const Digits& d,
                    std::string digits, int decimals) {
  if (decimals < 0 || static_cast<int>(digits.size()) < decimals ||
      digits.empty())
    return "";
  std::string whole = digits.substr(0, digits.size() - decimals);
  if (whole.empty()) whole = "0";
  std::string number;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (d.grouped && i > 0 && (whole.size() - i) % 3 == 0)
      number.push_back(',');
    number.push_back(whole[i]);
  }
  if (decimals > 0)
    absl::StrAppend(&number, ".", digits.substr(digits.size() - decimals));
  return text.substr(0, d.begin) + number + text.substr(d.end);
}

// Neighbours of a digit on the top row of a keyboard and on a number pad.
std::string NeighbourKeys(char digit) {
  static const char* const kRow = "1234567890";
  static const char* const kPad[] = {"789", "456", "123", "0"};
  std::set<char> out;
  for (int i = 0; i < 10; ++i) {
    if (kRow[i] != digit) continue;
    if (i > 0) out.insert(kRow[i - 1]);
    if (i < 9) out.insert(kRow[i + 1]);
  }
  for (int r = 0; r < 4; ++r) {
    for (int col = 0; kPad[r][col]; ++col) {
      if (kPad[r][col] != digit) continue;
      if (col > 0) out.insert(kPad[r][col - 1]);
      if (kPad[r][col + 1]) out.insert(kPad[r][col + 1]);
      if (r > 0 && col < static_cast<int>(std::strlen(kPad[r - 1])))
        out.insert(kPad[r - 1][col]);
      if (r < 3 && col < static_cast<int>(std::strlen(kPad[r + 1])))
        out.insert(kPad[r + 1][col]);
    }
  }
  return std::string(out.begin(), out.end());
}

// Every retyping of `text` that `kind` makes.
std::vector<std::string> Retypings(const std::string& text, SlipKind kind) {
  std::vector<std::string> out;
  const std::optional<Digits> found = DigitsOf(text);
  if (!found) return out;
  const Digits& d = *found;
  const std::string& s = d.digits;
  const int n = static_cast<int>(s.size());
  auto add = [&](std::string digits, int decimals) {
    // No leading zero before the point, unless it is the only digit there.
    const int whole = static_cast<int>(digits.size()) - decimals;
    if (whole > 1 && digits[0] == '0') return;
    const std::string t = Retyped(text, d, std::move(digits), decimals);
    if (!t.empty() && t != text) out.push_back(t);
  };
  switch (kind) {
    case SlipKind::kTransposed:
      for (int i = 0; i + 1 < n; ++i) {
        if (s[i] == s[i + 1]) continue;
        std::string t = s;
        std::swap(t[i], t[i + 1]);
        add(t, d.decimals);
      }
      break;
    case SlipKind::kDropped:
      for (int i = 0; i < n && n > 1; ++i) {
        add(s.substr(0, i) + s.substr(i + 1),
            i >= n - d.decimals ? d.decimals - 1 : d.decimals);
      }
      break;
    case SlipKind::kDoubled:
      for (int i = 0; i < n; ++i) {
        add(s.substr(0, i + 1) + s.substr(i),
            i >= n - d.decimals ? d.decimals + 1 : d.decimals);
      }
      break;
    case SlipKind::kNeighbourKey:
      for (int i = 0; i < n; ++i) {
        for (char k : NeighbourKeys(s[i])) {
          std::string t = s;
          t[i] = k;
          add(t, d.decimals);
        }
      }
      break;
    case SlipKind::kPowerOfTen: {
      // The point moved, a zero added or taken off, or the scale word.
      if (d.decimals > 0) {
        add(s, d.decimals - 1);
        add(s, d.decimals + 1);
        if (static_cast<int>(s.size()) == d.decimals + 1 || s[0] != '0')
          add("0" + s, d.decimals + 1);
      } else {
        add(s + "0", 0);
        if (n > 1 && s.back() == '0')
          add(s.substr(0, n - 1), 0);
        else if (n > 1)
          add(s, 1);
      }
      const std::string lowered = absl::AsciiStrToLower(text);
      static const char* const kWords[] = {"thousand", "million", "billion",
                                           "trillion"};
      for (int i = 0; i < 4; ++i) {
        const size_t at = lowered.find(kWords[i]);
        if (at == std::string::npos) continue;
        for (int j : {i - 1, i + 1}) {
          if (j < 0 || j > 3) continue;
          out.push_back(text.substr(0, at) + kWords[j] +
                        text.substr(at + std::strlen(kWords[i])));
        }
      }
      break;
    }
    default:
      break;
  }
  return out;
}

}  // namespace

const std::vector<SlipKind>& AllSlipKinds() {
  static const auto* kinds = new std::vector<SlipKind>{
      SlipKind::kTransposed,       SlipKind::kDropped,
      SlipKind::kDoubled,          SlipKind::kNeighbourKey,
      SlipKind::kPowerOfTen,       SlipKind::kPercentForPoints,
      SlipKind::kDirectionReversed};
  return *kinds;
}

std::string SlipName(SlipKind kind) {
  switch (kind) {
    case SlipKind::kTransposed:
      return "transposed";
    case SlipKind::kDropped:
      return "dropped";
    case SlipKind::kDoubled:
      return "doubled";
    case SlipKind::kNeighbourKey:
      return "neighbour_key";
    case SlipKind::kPowerOfTen:
      return "power_of_ten";
    case SlipKind::kPercentForPoints:
      return "percent_for_points";
    default:
      return "direction_reversed";
  }
}

bool Noticeable(const v1::CheckClaimsRequest& request,
                const std::string& figure_id) {
  return Room(request).Noticeable(figure_id);
}

std::optional<SlippedArticle> Slip(const GeneratedArticle& article,
                                   SlipKind kind, uint64_t seed) {
  Choices c(seed);
  const v1::CheckClaimsRequest& honest = article.request;
  std::vector<SlippedArticle> candidates;
  if (kind == SlipKind::kPercentForPoints ||
      kind == SlipKind::kDirectionReversed) {
    for (int i = 0; i < honest.claims_size(); ++i) {
      const v1::Claim& claim = honest.claims(i);
      if (claim.kind_case() != v1::Claim::kChange) continue;
      SlippedArticle s;
      s.request = honest;
      s.kind = kind;
      s.claim_id = claim.id();
      s.figure_id = claim.change().change_id();
      v1::ChangeClaim* change = s.request.mutable_claims(i)->mutable_change();
      v1::Figure* figure = nullptr;
      for (v1::Figure& f : *s.request.mutable_figures()) {
        if (f.id() == s.figure_id) figure = &f;
      }
      if (figure == nullptr) continue;
      s.original_text = figure->text();
      if (kind == SlipKind::kDirectionReversed) {
        if (change->direction() == v1::DIRECTION_UNSPECIFIED) continue;
        change->set_direction(change->direction() == v1::DIRECTION_UP
                                  ? v1::DIRECTION_DOWN
                                  : v1::DIRECTION_UP);
        s.slipped_text = figure->text();
      } else {
        // Only a change in points can be misprinted as percent.
        if (figure->unit() != v1::UNIT_PERCENTAGE_POINTS) continue;
        std::string text = figure->text();
        for (const char* word : {" percentage points", " points"}) {
          const size_t at = text.find(word);
          if (at != std::string::npos) {
            text = text.substr(0, at) + " percent" +
                   text.substr(at + std::strlen(word));
            break;
          }
        }
        figure->set_text(text);
        figure->set_unit(v1::UNIT_PERCENT);
        change->clear_measure();
        s.slipped_text = text;
      }
      if (Noticeable(s.request, s.figure_id)) candidates.push_back(s);
    }
  } else {
    for (int i = 0; i < honest.figures_size(); ++i) {
      const v1::Figure& f = honest.figures(i);
      for (const std::string& text : Retypings(f.text(), kind)) {
        SlippedArticle s;
        s.request = honest;
        s.kind = kind;
        s.figure_id = f.id();
        s.original_text = f.text();
        s.slipped_text = text;
        s.request.mutable_figures(i)->set_text(text);
        RequestErrors errors;
        const std::optional<Figure> read =
            ReadFigure(s.request.figures(i), "", &errors);
        // No figure was meant to be nothing: a slip that prints zero makes
        // a change or a ratio undefined rather than wrong.
        if (!read || read->value == 0) continue;
        if (Noticeable(s.request, s.figure_id)) candidates.push_back(s);
      }
    }
  }
  if (candidates.empty()) return std::nullopt;
  return candidates[c.Below(static_cast<int64_t>(candidates.size()))];
}

}  // namespace claimcheck
