// Exact numbers for the engine: every printed decimal becomes a GMP rational,
// so 0.1 + 0.2 is exactly 0.3 and no verdict depends on binary floating point.
//
//   absl::StatusOr<Rational> v = ParseDecimal("1.20");   // 6/5
//   ExactString(Rational(1, 3));                          // "1/3"
//   ExactString(*v);                                      // "1.2"
//   ReadableString(Rational(2, 3));                       // "0.67"
//   FixedString(Rational(26, 5), 2);                      // "5.20"
#ifndef CLAIMCHECK_ENGINE_EXACT_H_
#define CLAIMCHECK_ENGINE_EXACT_H_

#include <gmpxx.h>

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

using Rational = mpq_class;
using Integer = mpz_class;

// Reads a plain decimal: optional sign, digits, optional point and digits
// ("-12.50", ".03", "7."). No separators, no exponent.
absl::StatusOr<Rational> ParseDecimal(absl::string_view text);

// 10 to the power `exponent`, which may be negative.
Rational Pow10(int exponent);

// The largest integer <= v, and the smallest integer >= v.
Integer Floor(const Rational& v);
Integer Ceil(const Rational& v);

// The exact value as a decimal when one is finite ("311.25", "-0.5"),
// otherwise as a fraction in lowest terms ("1000/3").
std::string ExactString(const Rational& v);

// The value for people: exact when it has at most `max_decimals` decimals,
// otherwise rounded half away from zero to that many with trailing zeros
// dropped ("66.67"). Thousands are grouped with commas ("1,234,567").
std::string ReadableString(const Rational& v, int max_decimals = 2);

// Like ReadableString, with exactly `decimals` decimals: trailing zeros are
// kept, as a mean printed "5.20" keeps them.
std::string FixedString(const Rational& v, int decimals);

// A plain decimal for machines (no grouping): exact when `v` has at most
// `max_decimals` decimals, else rounded half away from zero to that many.
std::string DecimalString(const Rational& v, int max_decimals = 6);

// `v` rounded half away from zero to `decimals` decimals: the value that
// ReadableString and FixedString print.
Rational RoundTo(const Rational& v, int decimals);

// `v` itself when its numerator and denominator each have at most `bits`
// bits; otherwise the nearest binary fraction with about `bits` significant
// bits at or below `v` (or at or above it, when `up`). Bounds the size of
// numbers that repeated exact arithmetic would let grow without end, while
// moving an interval's end only outward:
//   BoundedBits(Rational(1, 3), 8, /*up=*/true);   // 1/3, small enough
//   BoundedBits(big_lower_end, 128, /*up=*/false); // <= big_lower_end
Rational BoundedBits(const Rational& v, int bits, bool up);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_EXACT_H_
