#include "engine/numbers/exact.h"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// FLINT's string of a number, freed.
std::string Owned(char* chars) {
  std::string out(chars);
  flint_free(chars);
  return out;
}

}  // namespace

void ReleaseNumbersAtThreadExit() {
  struct Release {
    ~Release() { flint_cleanup(); }
  };
  thread_local Release release;
  static_cast<void>(&release);
}

Integer::Integer(const std::string& digits, int base) {
  fmpz_init(v_);
  // Up to 18 decimal digits fit in a word: read them here, not through
  // GMP's general parser (a figure's digits are read this way).
  const bool negative = !digits.empty() && digits[0] == '-';
  const size_t first = negative ? 1 : 0;
  if (base == 10 && digits.size() > first && digits.size() - first <= 18 &&
      std::all_of(digits.begin() + first, digits.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    slong n = 0;
    for (size_t i = first; i < digits.size(); ++i)
      n = n * 10 + (digits[i] - '0');
    fmpz_set_si(v_, negative ? -n : n);
    return;
  }
  if (fmpz_set_str(v_, digits.c_str(), base) != 0) fmpz_zero(v_);
}

std::string Integer::get_str(int base) const {
  return Owned(fmpz_get_str(nullptr, base, v_));
}

std::string Rational::get_str(int base) const {
  return Owned(fmpq_get_str(nullptr, base, v_));
}

Rational::Rational(double d) {
  fmpq_init(v_);
  mpq_t q;
  mpq_init(q);
  mpq_set_d(q, d);
  fmpq_set_mpq(v_, q);
  mpq_clear(q);
}

double Rational::get_d() const {
  // A numerator and denominator of at most 2^53 are doubles exactly: their
  // quotient, rounded to nearest, is stepped toward zero when it rounded
  // away (the exact sign of quotient times denominator less numerator, by
  // one fused rounding, tells which), which is GMP's answer without
  // converting to GMP's numbers (a tenth of the cost).
  const fmpz num = *fmpq_numref(v_), den = *fmpq_denref(v_);
  constexpr fmpz kExact = fmpz{1} << 53;
  if (!COEFF_IS_MPZ(num) && !COEFF_IS_MPZ(den) && num <= kExact &&
      num >= -kExact && den <= kExact) {
    const double n = static_cast<double>(num);
    if (den == 1) return n;
    const double d = static_cast<double>(den);
    const double q = n / d;
    const double r = std::fma(q, d, -n);
    if (r != 0 && (r > 0) == (n > 0)) return std::nextafter(q, 0.0);
    return q;
  }
  mpq_t q;
  mpq_init(q);
  fmpq_get_mpq(q, v_);
  const double d = mpq_get_d(q);
  mpq_clear(q);
  return d;
}

absl::StatusOr<Rational> ParseDecimal(absl::string_view text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  std::string digits;
  int decimals = 0;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
      if (seen_point) ++decimals;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("\"", text, "\" is not a decimal number"));
    }
  }
  if (digits.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", text, "\" has no digits"));
  }
  Rational value(Integer(digits, 10), 1);
  value /= Pow10(decimals);
  value.canonicalize();
  return negative ? Rational(-value) : value;
}

Rational Pow10(int exponent) {
  static constexpr slong kSmall[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  if (exponent >= 0 && exponent < 7) return Rational(kSmall[exponent]);
  if (exponent < 0 && exponent > -7)
    return Rational(Integer(1), Integer(kSmall[-exponent]));
  Integer p;
  fmpz_set_ui(p.get(), 10);
  fmpz_pow_ui(p.get(), p.get(), static_cast<unsigned long>(std::abs(exponent)));
  return exponent >= 0 ? Rational(p) : Rational(Integer(1), p);
}

Integer Floor(const Rational& v) {
  Integer q;
  fmpz_fdiv_q(q.get(), fmpq_numref(v.get()), fmpq_denref(v.get()));
  return q;
}

Integer Ceil(const Rational& v) {
  Integer q;
  fmpz_cdiv_q(q.get(), fmpq_numref(v.get()), fmpq_denref(v.get()));
  return q;
}

namespace {

// ExactString's digits and decimals for a fraction whose parts fit in the
// word, worked out in machine integers: false when its decimal does not
// end (the caller prints it as a fraction) or its digits pass 64 bits.
bool SmallExactDigits(const Rational& v, std::string* digits, int* decimals) {
  exact_internal::SmallFraction s;
  if (!exact_internal::SmallParts(v.get(), &s)) return false;
  uint64_t den = static_cast<uint64_t>(s.den);  // positive
  const int twos = __builtin_ctzll(den);
  den >>= twos;
  int fives = 0;
  while (den % 5 == 0) {
    den /= 5;
    ++fives;
  }
  if (den != 1) return false;
  *decimals = twos > fives ? twos : fives;
  // |v| 10^decimals: the numerator times what 10^decimals has over the
  // denominator's twos and fives.
  unsigned __int128 units = exact_internal::Magnitude(s.num);
  constexpr unsigned __int128 kMax = UINT64_MAX;
  for (int i = twos; i < *decimals && units <= kMax; ++i) units *= 2;
  for (int i = fives; i < *decimals && units <= kMax; ++i) units *= 5;
  if (units > kMax) return false;
  *digits = std::to_string(static_cast<uint64_t>(units));
  return true;
}

}  // namespace

std::string ExactString(const Rational& v) {
  std::string digits;
  int decimals = 0;
  if (!SmallExactDigits(v, &digits, &decimals)) {
    // A fraction has a finite decimal iff its denominator is 2^a 5^b.
    Integer den = v.get_den();
    int twos = 0, fives = 0;
    while (fmpz_divisible_si(den.get(), 2)) {
      fmpz_divexact_ui(den.get(), den.get(), 2);
      ++twos;
    }
    while (fmpz_divisible_si(den.get(), 5)) {
      fmpz_divexact_ui(den.get(), den.get(), 5);
      ++fives;
    }
    if (den != 1) return v.get_str(10);
    decimals = twos > fives ? twos : fives;
    Rational scaled = v * Pow10(decimals);
    Integer units = abs(scaled.get_num());  // exact: scaled is an integer
    digits = units.get_str(10);
  }
  if (decimals > 0) {
    if (static_cast<int>(digits.size()) <= decimals) {
      digits.insert(0, decimals - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - decimals, ".");
  }
  return (sgn(v) < 0 ? "-" : "") + digits;
}

namespace {

// |v| rounded half away from zero, in units of 10^-decimals.
Integer RoundedUnits(const Rational& v, int decimals) {
  return Floor(Rational(abs(v) * Pow10(decimals) + Rational(1, 2)));
}

// RoundedUnits in machine integers, for a fraction whose parts fit in the
// word: floor((2 |p| 10^decimals + q) / 2q), when that fits in 64 bits.
bool SmallRoundedUnits(const Rational& v, int decimals, uint64_t* units) {
  exact_internal::SmallFraction s;
  if (decimals < 0 || decimals > 18 ||
      !exact_internal::SmallParts(v.get(), &s)) {
    return false;
  }
  unsigned __int128 scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // |p| < 2^62 and 10^18 < 2^60: the numerator stays under 2^124.
  const unsigned __int128 den = static_cast<uint64_t>(s.den);
  const unsigned __int128 rounded =
      (2 * exact_internal::Magnitude(s.num) * scale + den) / (2 * den);
  if (rounded > UINT64_MAX) return false;
  *units = static_cast<uint64_t>(rounded);
  return true;
}

std::string Rounded(const Rational& v, int decimals, bool keep_zeros) {
  uint64_t small_units = 0;
  std::string digits;
  bool zero;
  if (SmallRoundedUnits(v, decimals, &small_units)) {
    digits = std::to_string(small_units);
    zero = small_units == 0;
  } else {
    const Integer units = RoundedUnits(v, decimals);
    digits = units.get_str(10);
    zero = units == 0;
  }
  if (static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, decimals - digits.size() + 1, '0');
  }
  // Written out in one string: the sign, the whole part grouped in threes,
  // and the decimals (without their trailing zeros unless kept).
  const size_t whole = digits.size() - decimals;
  size_t end = digits.size();
  while (!keep_zeros && end > whole && digits[end - 1] == '0') --end;
  std::string out;
  out.reserve(2 + whole + whole / 3 + (end - whole));
  if (sgn(v) < 0 && !zero) out.push_back('-');
  for (size_t i = 0; i < whole; ++i) {
    if (i > 0 && (whole - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  if (end > whole) {
    out.push_back('.');
    out.append(digits, whole, end - whole);
  }
  return out;
}

}  // namespace

std::string ReadableString(const Rational& v, int max_decimals) {
  return Rounded(v, max_decimals, /*keep_zeros=*/false);
}

int DecimalsForSignificant(const Rational& v, int digits, int max_decimals) {
  const Rational size = abs(v);
  if (size == 0) return 0;
  const Rational smallest = Pow10(digits - 1);
  int decimals = 0;
  while (decimals < max_decimals && size * Pow10(decimals) < smallest)
    ++decimals;
  return decimals;
}

std::string FixedString(const Rational& v, int decimals) {
  return Rounded(v, decimals, /*keep_zeros=*/true);
}

Rational RoundTo(const Rational& v, int decimals) {
  const Rational r = Rational(RoundedUnits(v, decimals)) / Pow10(decimals);
  return sgn(v) < 0 ? Rational(-r) : r;
}

std::string DecimalString(const Rational& v, int max_decimals) {
  return ExactString(RoundTo(v, max_decimals));
}

Rational BoundedBits(const Rational& v, int bits, bool up) {
  const long num_bits = NumeratorBits(v);
  const long den_bits = DenominatorBits(v);
  if (num_bits <= bits && den_bits <= bits) return v;
  // v * 2^shift has about `bits` bits before the point.
  const long shift = bits - (num_bits - den_bits);
  Rational scaled;
  if (shift >= 0) {
    fmpq_mul_2exp(scaled.get(), v.get(), static_cast<unsigned long>(shift));
  } else {
    fmpq_div_2exp(scaled.get(), v.get(), static_cast<unsigned long>(-shift));
  }
  Rational out(up ? Ceil(scaled) : Floor(scaled));
  if (shift >= 0) {
    fmpq_div_2exp(out.get(), out.get(), static_cast<unsigned long>(shift));
  } else {
    fmpq_mul_2exp(out.get(), out.get(), static_cast<unsigned long>(-shift));
  }
  return out;
}

}  // namespace claimcheck
