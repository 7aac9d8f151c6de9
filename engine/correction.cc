#include "engine/correction.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Formats `digits` (no separators) with `decimals` decimals, grouping the
// whole part in threes when the original did.
std::string Format(const std::string& digits, int decimals, bool grouped) {
  std::string whole = digits.substr(0, digits.size() - decimals);
  std::string fraction = digits.substr(digits.size() - decimals);
  if (whole.empty()) whole = "0";
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (grouped && i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  if (decimals > 0) absl::StrAppend(&out, ".", fraction);
  return out;
}

bool LeadingZero(const std::string& digits, int decimals) {
  return digits.size() - decimals > 1 && digits[0] == '0';
}

std::string Explain(const Figure& f, const Slip& slip) {
  absl::string_view how;
  switch (slip.cause) {
    case v1::CAUSE_DIGITS_TRANSPOSED: how = "with its digits swapped"; break;
    case v1::CAUSE_DIGIT_DROPPED: how = "with a digit dropped"; break;
    case v1::CAUSE_DIGIT_DOUBLED: how = "with a digit typed twice"; break;
    default: how = "off by a power of ten"; break;
  }
  return absl::StrCat(f.Named(), " may be ", slip.text, " ", how);
}

}  // namespace

std::vector<Slip> SlipsOf(const Figure& figure) {
  const std::string& text = figure.text();
  // The run of digits in the text, with its separators and point.
  size_t begin = text.find_first_of("0123456789");
  if (begin == std::string::npos) return {};
  if (begin > 0 && text[begin - 1] == '.') --begin;
  size_t end = begin;
  while (end < text.size() &&
         (absl::ascii_isdigit(static_cast<unsigned char>(text[end])) ||
          text[end] == ',' || text[end] == '.')) {
    ++end;
  }
  while (end > begin && !absl::ascii_isdigit(static_cast<unsigned char>(text[end - 1]))) --end;
  const std::string run = text.substr(begin, end - begin);
  std::string digits;
  int decimals = 0;
  bool point = false, grouped = false;
  for (char c : run) {
    if (c == ',') grouped = true;
    else if (c == '.') point = true;
    else {
      digits.push_back(c);
      if (point) ++decimals;
    }
  }
  // The value of the printed digits' last unit, scaled: maps digits to value.
  const Rational scale = figure.digit_unit;
  const bool negative = figure.value < 0;
  const auto* proto = figure.proto;

  std::vector<Slip> slips;
  std::set<std::string> seen = {digits + "/" + std::to_string(decimals)};
  auto add = [&](const std::string& d, int dec, v1::Cause cause) {
    if (d.empty() || dec > static_cast<int>(d.size()) || LeadingZero(d, dec)) return;
    if (!seen.insert(d + "/" + std::to_string(dec)).second) return;
    // Keep the digit unit's scale; a moved point changes it by powers of ten.
    const Rational unit = scale * Pow10(decimals - dec);
    Rational value = Rational(Integer(d, 10)) * unit;
    if (negative) value = -value;
    Slip slip;
    slip.text = text.substr(0, begin) + Format(d, dec, grouped) + text.substr(end);
    slip.value = value;
    slip.interval = IntervalFor(value, unit, proto->qualifier(), proto->rounding(),
                                figure.unit);
    slip.cause = cause;
    slips.push_back(std::move(slip));
  };
  for (size_t i = 0; i + 1 < digits.size(); ++i) {
    if (digits[i] == digits[i + 1]) continue;
    std::string d = digits;
    std::swap(d[i], d[i + 1]);
    add(d, decimals, v1::CAUSE_DIGITS_TRANSPOSED);
  }
  for (size_t i = 0; i < digits.size(); ++i) {
    const int dec = decimals - (static_cast<int>(i) >= static_cast<int>(digits.size()) - decimals ? 1 : 0);
    add(digits.substr(0, i) + digits.substr(i + 1), dec, v1::CAUSE_DIGIT_DROPPED);
  }
  for (size_t i = 0; i < digits.size(); ++i) {
    const int dec = decimals + (static_cast<int>(i) >= static_cast<int>(digits.size()) - decimals ? 1 : 0);
    add(digits.substr(0, i + 1) + digits.substr(i), dec, v1::CAUSE_DIGIT_DOUBLED);
  }
  for (int k = 1; k <= 3; ++k) {
    // Times 10^k: zeros appended (or the point moved right).
    if (decimals >= k) add(digits, decimals - k, v1::CAUSE_POWER_OF_TEN);
    else add(digits + std::string(k - decimals, '0'), 0, v1::CAUSE_POWER_OF_TEN);
    // Divided by 10^k: the point moved left.
    std::string d = digits;
    if (static_cast<int>(d.size()) < decimals + k + 1) {
      d.insert(0, decimals + k + 1 - d.size(), '0');
    }
    add(d, decimals + k, v1::CAUSE_POWER_OF_TEN);
  }
  return slips;
}

int SuggestCorrections(
    const std::vector<const Figure*>& figures,
    const std::function<bool(const Figure&, const Interval&)>& holds,
    v1::Discrepancy* d, int max) {
  struct Found {
    const Figure* figure;
    Slip slip;
  };
  std::vector<Found> found;
  for (const Figure* f : figures) {
    if (f == nullptr) continue;
    for (Slip& slip : SlipsOf(*f)) {
      if (holds(*f, slip.interval)) found.push_back({f, std::move(slip)});
    }
  }
  // Most common slip first; within a slip, the claim's own order.
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.slip.cause < b.slip.cause;
  });
  bool one_cause = true;
  for (size_t i = 0; i < found.size() && static_cast<int>(i) < max; ++i) {
    const Found& f = found[i];
    one_cause = one_cause && f.slip.cause == found[0].slip.cause;
    v1::Correction* c = d->add_corrections();
    c->set_figure_id(f.figure->id());
    c->set_printed_text(f.figure->text());
    c->set_corrected_text(f.slip.text);
    c->set_cause(f.slip.cause);
    c->set_explanation(Explain(*f.figure, f.slip));
  }
  if (!found.empty() && one_cause) d->set_cause(found[0].slip.cause);
  return static_cast<int>(found.size());
}

}  // namespace claimcheck
