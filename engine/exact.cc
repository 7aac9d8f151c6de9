#include "engine/exact.h"

#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Inserts commas between groups of three digits of a run of digits.
std::string GroupThousands(const std::string& digits) {
  std::string out;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

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
  Integer p;
  mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(std::abs(exponent)));
  return exponent >= 0 ? Rational(p) : Rational(Integer(1), p);
}

Integer Floor(const Rational& v) {
  Integer q;
  mpz_fdiv_q(q.get_mpz_t(), v.get_num_mpz_t(), v.get_den_mpz_t());
  return q;
}

Integer Ceil(const Rational& v) {
  Integer q;
  mpz_cdiv_q(q.get_mpz_t(), v.get_num_mpz_t(), v.get_den_mpz_t());
  return q;
}

std::string ExactString(const Rational& v) {
  // A fraction has a finite decimal iff its denominator is 2^a 5^b.
  Integer den = v.get_den();
  int twos = 0, fives = 0;
  while (mpz_divisible_ui_p(den.get_mpz_t(), 2)) { den /= 2; ++twos; }
  while (mpz_divisible_ui_p(den.get_mpz_t(), 5)) { den /= 5; ++fives; }
  if (den != 1) return v.get_str(10);
  const int decimals = twos > fives ? twos : fives;
  Rational scaled = v * Pow10(decimals);
  Integer units = abs(scaled.get_num());  // exact: scaled is an integer
  std::string digits = units.get_str(10);
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

std::string Rounded(const Rational& v, int decimals, bool keep_zeros) {
  const Integer units = RoundedUnits(v, decimals);
  std::string digits = units.get_str(10);
  if (static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, decimals - digits.size() + 1, '0');
  }
  std::string whole = digits.substr(0, digits.size() - decimals);
  std::string fraction = digits.substr(digits.size() - decimals);
  while (!keep_zeros && !fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = GroupThousands(whole);
  if (!fraction.empty()) absl::StrAppend(&out, ".", fraction);
  const bool negative = sgn(v) < 0 && (units != 0);
  return (negative ? "-" : "") + out;
}

}  // namespace

std::string ReadableString(const Rational& v, int max_decimals) {
  return Rounded(v, max_decimals, /*keep_zeros=*/false);
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
  const long num_bits = static_cast<long>(mpz_sizeinbase(v.get_num_mpz_t(), 2));
  const long den_bits = static_cast<long>(mpz_sizeinbase(v.get_den_mpz_t(), 2));
  if (num_bits <= bits && den_bits <= bits) return v;
  // v * 2^shift has about `bits` bits before the point.
  const long shift = bits - (num_bits - den_bits);
  Rational scaled = v;
  if (shift >= 0) {
    mpq_mul_2exp(scaled.get_mpq_t(), scaled.get_mpq_t(), static_cast<unsigned long>(shift));
  } else {
    mpq_div_2exp(scaled.get_mpq_t(), scaled.get_mpq_t(), static_cast<unsigned long>(-shift));
  }
  Rational out(up ? Ceil(scaled) : Floor(scaled));
  if (shift >= 0) {
    mpq_div_2exp(out.get_mpq_t(), out.get_mpq_t(), static_cast<unsigned long>(shift));
  } else {
    mpq_mul_2exp(out.get_mpq_t(), out.get_mpq_t(), static_cast<unsigned long>(-shift));
  }
  return out;
}

}  // namespace claimcheck
