#include "engine/numbers/exact.h"

#include <gmp.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(Exact, DecimalsAreExactRationals) {
  // The classic binary floating-point trap: 0.1 + 0.2 is exactly 0.3 here.
  EXPECT_EQ(*ParseDecimal("0.1") + *ParseDecimal("0.2"), *ParseDecimal("0.3"));
  EXPECT_EQ(*ParseDecimal(".03"), Rational(3, 100));
  EXPECT_EQ(*ParseDecimal("-12.50"), Rational(-25, 2));
  EXPECT_FALSE(ParseDecimal("1e5").ok());
  EXPECT_FALSE(ParseDecimal("").ok());
}

TEST(Exact, ExactStringIsDecimalWhenFiniteElseAFraction) {
  EXPECT_EQ(ExactString(Rational(1245, 4)), "311.25");
  EXPECT_EQ(ExactString(Rational(-1, 2)), "-0.5");
  EXPECT_EQ(ExactString(Rational(1000, 3)), "1000/3");
  EXPECT_EQ(ExactString(Rational(7, 1000)), "0.007");
}

TEST(Exact, DecimalStringIsExactUpToItsDecimalsThenRounded) {
  EXPECT_EQ(DecimalString(Rational(27)), "27");
  EXPECT_EQ(DecimalString(Rational(-1245, 4)), "-311.25");
  EXPECT_EQ(DecimalString(Rational(2, 3)), "0.666667");
  EXPECT_EQ(DecimalString(Rational(123456789, 10), 0), "12345679");
}

TEST(Exact, BoundedBitsKeepsSmallNumbersAndRoundsBigOnesOutward) {
  EXPECT_EQ(BoundedBits(Rational(1, 3), 8, /*up=*/false), Rational(1, 3));
  // 1/3 with one significant bit: below and above it.
  const Rational below = BoundedBits(Rational(1, 3), 1, /*up=*/false);
  const Rational above = BoundedBits(Rational(1, 3), 1, /*up=*/true);
  EXPECT_LE(below, Rational(1, 3));
  EXPECT_GE(above, Rational(1, 3));
  // A number of thousands of bits, as repeated products make them.
  Rational huge(Integer(1), Integer(3));
  for (int i = 0; i < 12; ++i) huge = huge * huge + Rational(1, 7);
  const Rational lower = BoundedBits(huge, 128, /*up=*/false);
  const Rational upper = BoundedBits(huge, 128, /*up=*/true);
  EXPECT_LE(lower, huge);
  EXPECT_GE(upper, huge);
  EXPECT_LT(upper - lower, huge / Pow10(30));
  // About 128 significant bits: the numerator, over a power of two a few
  // bits longer for a number below 1.
  for (const Rational& r : {lower, upper}) {
    EXPECT_LE(NumeratorBits(r), 129);
    EXPECT_LE(DenominatorBits(r), 136);
  }
  EXPECT_GT(DenominatorBits(huge), 4000);
}

// A thread that used large numbers frees FLINT's cache for them when it
// ends. Under the sanitizer stage of the tests (leaks included), a cache
// left behind fails this test at exit.
TEST(Exact, AThreadsLargeNumbersAreFreedWhenItEnds) {
  std::string printed;
  std::thread worker([&printed] {
    ReleaseNumbersAtThreadExit();
    Rational big = Pow10(30);
    for (int i = 0; i < 100; ++i) big = big * 3 + Rational(1, 7);
    printed = (big - big + Pow10(25)).get_str();
  });
  worker.join();
  EXPECT_EQ(printed, "10000000000000000000000000");
}

// Numbers move between a machine word and GMP without losing a digit.
TEST(Exact, ArithmeticStaysExactPastAMachineWord) {
  const Rational big(Integer("9223372036854775807", 10));  // 2^63 - 1
  const Rational sum = big + 1 + big;
  EXPECT_EQ(sum.get_str(), "18446744073709551615");
  EXPECT_EQ(sum - big - big, 1);
  EXPECT_EQ(Rational(Integer("100000000000000000000", 10), 3) * 3,
            Rational(Integer("100000000000000000000", 10)));
  EXPECT_EQ(Rational(6, -4).get_str(),
            "-3/2");  // lowest terms, positive denominator
  EXPECT_EQ(Rational(6, -4).get_den(), 2);
  EXPECT_EQ(Floor(Rational(-7, 2)), -4);
  EXPECT_EQ(Ceil(Rational(-7, 2)), -3);
  EXPECT_EQ(Rational(1, 3).get_d(), 1.0 / 3);
  EXPECT_TRUE(Rational(4, 2).is_integer());
  EXPECT_LT(Rational(-1, 3), Rational(0));
  EXPECT_EQ(
      ExactString(Rational(Integer("123456789012345678901234567", 10), 1000)),
      "123456789012345678901234.567");
}

// Copies, comparisons and bit counts take a shortcut when every part fits
// in the word (62 bits); the same answers must come either way.
TEST(Exact, SmallAndLargeNumbersCompareAndCopyAlike) {
  const Rational largest_small(Integer("4611686018427387903", 10));  // 2^62 - 1
  const Rational smallest_large = largest_small + 1;  // 2^62, held by GMP
  EXPECT_LT(largest_small, smallest_large);
  EXPECT_GT(-largest_small, -smallest_large);
  EXPECT_NE(largest_small, smallest_large);
  EXPECT_EQ(smallest_large, Rational(Integer("4611686018427387904", 10)));
  EXPECT_EQ(Integer("4611686018427387904", 10) - 1, largest_small.get_num());
  // Cross products of 62-bit parts need 124 bits: 1/(2^62 - 1) > 1/2^62.
  const Rational tiny(1, Integer("4611686018427387903", 10));
  EXPECT_GT(tiny, Rational(Integer(1), Integer("4611686018427387904", 10)));
  // x / (x + 1) grows with x, by less than 2^-123 here.
  EXPECT_GT(Rational(Integer("4611686018427387902", 10),
                     Integer("4611686018427387903", 10)),
            Rational(Integer("4611686018427387901", 10),
                     Integer("4611686018427387902", 10)));
  // Copies from small to large and back, both ways of holding a number.
  Rational v = Rational(7, 2);
  v = smallest_large;
  EXPECT_EQ(v, smallest_large);
  v = Rational(-7, 2);
  EXPECT_EQ(v, Rational(-7, 2));
  const Rational copy(smallest_large);
  EXPECT_EQ(copy, smallest_large);
  EXPECT_EQ(NumeratorBits(largest_small), 62);
  EXPECT_EQ(NumeratorBits(smallest_large), 63);
  EXPECT_EQ(NumeratorBits(Rational(-5)), 3);
  EXPECT_EQ(NumeratorBits(Rational(0)), 0);
  EXPECT_EQ(DenominatorBits(Rational(3, 8)), 4);
  // Whole numbers are added and multiplied inline while they fit.
  EXPECT_EQ((largest_small + largest_small).get_str(), "9223372036854775806");
  EXPECT_EQ((-largest_small - largest_small).get_str(), "-9223372036854775806");
  EXPECT_EQ((Rational(2147483648) * Rational(2147483648)).get_str(),
            "4611686018427387904");
  EXPECT_EQ((Rational(-3) * Rational(7)), -21);
  EXPECT_EQ(Rational(1, 2) + Rational(1), Rational(3, 2));
  Rational sum = 40;
  sum += 2;
  sum -= Rational(1, 2);
  EXPECT_EQ(sum, Rational(83, 2));
}

// The inline paths against FLINT's own functions, over numbers at and
// around the edge of the word, whole and not.
TEST(Exact, InlineArithmeticAgreesWithFlint) {
  std::vector<Rational> values;
  const Integer edge("4611686018427387903",
                     10);  // 2^62 - 1, the largest in the word
  for (const Integer& n :
       {Integer(0), Integer(1), Integer(6), Integer(35), Integer(2147483648),
        edge, edge + 1, edge * edge, Integer("123456789012345678", 10)}) {
    for (const Integer& d :
         {Integer(1), Integer(3), Integer(4), Integer(10), Integer(21),
          Integer(3037000499), edge, edge + 1}) {
      values.push_back(Rational(n, d));
      values.push_back(Rational(-n, d));
    }
  }
  for (const Rational& a : values) {
    for (const Rational& b : values) {
      Rational sum, difference, product;
      fmpq_add(sum.get(), a.get(), b.get());
      fmpq_sub(difference.get(), a.get(), b.get());
      fmpq_mul(product.get(), a.get(), b.get());
      EXPECT_TRUE(fmpq_equal((a + b).get(), sum.get())) << a << " + " << b;
      EXPECT_TRUE(fmpq_equal((a - b).get(), difference.get()))
          << a << " - " << b;
      EXPECT_TRUE(fmpq_equal((a * b).get(), product.get())) << a << " * " << b;
      if (sgn(b) != 0) {
        Rational quotient;
        fmpq_div(quotient.get(), a.get(), b.get());
        EXPECT_TRUE(fmpq_equal((a / b).get(), quotient.get()))
            << a << " / " << b;
        Rational divided = a;
        divided /= b;
        EXPECT_TRUE(fmpq_equal(divided.get(), quotient.get()))
            << a << " /= " << b;
        Rational inverse;
        fmpq_inv(inverse.get(), b.get());
        EXPECT_TRUE(fmpq_equal(Inverse(b).get(), inverse.get())) << "1 / " << b;
        EXPECT_EQ(COEFF_IS_MPZ(*fmpq_numref(Inverse(b).get())),
                  COEFF_IS_MPZ(*fmpq_numref(inverse.get())))
            << "1 / " << b;
      }
      // Every result in the word is held in the word, as FLINT holds it.
      for (const Rational* r : {&sum, &difference, &product}) {
        for (const Rational& mine :
             {Rational(a + b), Rational(a - b), Rational(a * b)}) {
          if (fmpq_equal(mine.get(), r->get())) {
            EXPECT_EQ(COEFF_IS_MPZ(*fmpq_numref(mine.get())),
                      COEFF_IS_MPZ(*fmpq_numref(r->get())));
            EXPECT_EQ(COEFF_IS_MPZ(*fmpq_denref(mine.get())),
                      COEFF_IS_MPZ(*fmpq_denref(r->get())));
          }
        }
      }
      EXPECT_EQ(cmp(a, b) < 0, fmpq_cmp(a.get(), b.get()) < 0)
          << a << " < " << b;
      EXPECT_EQ(cmp(a, b) > 0, fmpq_cmp(a.get(), b.get()) > 0)
          << a << " > " << b;
      EXPECT_EQ(a == b, static_cast<bool>(fmpq_equal(a.get(), b.get())))
          << a << " == " << b;
      Rational copy = a;
      copy = b;
      EXPECT_TRUE(fmpq_equal(copy.get(), b.get()));
      // In place, where the old value may be held by GMP.
      Rational in_place = a;
      in_place += b;
      EXPECT_TRUE(fmpq_equal(in_place.get(), sum.get()));
      in_place = a;
      in_place -= b;
      EXPECT_TRUE(fmpq_equal(in_place.get(), difference.get()));
      in_place = a;
      in_place *= b;
      EXPECT_TRUE(fmpq_equal(in_place.get(), product.get()));
    }
    EXPECT_EQ(NumeratorBits(a),
              static_cast<long>(fmpz_bits(fmpq_numref(a.get()))));
    Rational negated, magnitude;
    fmpq_neg(negated.get(), a.get());
    fmpq_abs(magnitude.get(), a.get());
    EXPECT_TRUE(fmpq_equal((-a).get(), negated.get())) << "-" << a;
    EXPECT_TRUE(fmpq_equal(abs(a).get(), magnitude.get())) << "|" << a << "|";
    EXPECT_EQ(sgn(a), fmpq_sgn(a.get())) << a;
    const Rational copied(a);
    EXPECT_TRUE(fmpq_equal(copied.get(), a.get())) << a;
    const Integer numerator(a.get_num());
    const Integer numerator_copy(numerator);
    EXPECT_TRUE(fmpz_equal(numerator_copy.get(), fmpq_numref(a.get()))) << a;
  }
}

// The inline gcd, with its remainder step for magnitudes far apart and its
// stop at an odd part of 1, against the standard library's.
TEST(Exact, InlineGcdAgreesWithStd) {
  std::vector<unsigned long> values = {1,
                                       2,
                                       3,
                                       4,
                                       5,
                                       6,
                                       7,
                                       8,
                                       10,
                                       16,
                                       17,
                                       25,
                                       32,
                                       64,
                                       100,
                                       1000,
                                       1024,
                                       31250,
                                       498,
                                       997,
                                       1000000,
                                       3037000499UL,
                                       (1UL << 62) - 1,
                                       1UL << 61,
                                       1UL << 62};
  std::mt19937_64 random(16);
  for (int i = 0; i < 600; ++i) {
    values.push_back(random() >> (random() % 63 + 1));
  }
  for (unsigned long a : values) {
    for (unsigned long b : values) {
      for (unsigned long x : {a, a * 2, a * 3}) {
        if (x == 0 || x > (1UL << 62)) continue;
        ASSERT_EQ(exact_internal::Gcd(x, b), std::gcd(x, b)) << x << ", " << b;
        ASSERT_EQ(exact_internal::Gcd(b, x), std::gcd(x, b)) << b << ", " << x;
      }
    }
    ASSERT_EQ(exact_internal::Gcd(a, 0), a);
    ASSERT_EQ(exact_internal::Gcd(0, a), a);
  }
}

// get_d rounds toward zero, as GMP does, whether it converts in doubles (a
// numerator and denominator of at most 2^53) or through GMP.
TEST(Exact, ToDoubleRoundsTowardZeroAsGmp) {
  auto gmp = [](const Rational& r) {
    mpq_t q;
    mpq_init(q);
    fmpq_get_mpq(q, r.get());
    const double d = mpq_get_d(q);
    mpq_clear(q);
    return d;
  };
  const Integer two53("9007199254740992", 10);
  std::vector<Integer> ends = {Integer(0),
                               Integer(1),
                               Integer(2),
                               Integer(3),
                               Integer(7),
                               Integer(10),
                               Integer(49),
                               Integer(1000),
                               Integer(1000000007),
                               two53 - 1,
                               two53,
                               two53 + 1,
                               Integer("4611686018427387903", 10),
                               Integer("123456789012345678901", 10)};
  // And a spread of others, by a fixed linear congruential sequence.
  uint64_t x = 12345;
  for (int i = 0; i < 400; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    ends.push_back(Integer(x >> (i % 40)));
  }
  int rounded_down = 0;
  for (const Integer& n : ends) {
    for (const Integer& d : ends) {
      if (d == 0) continue;
      for (const Rational& r : {Rational(n, d), Rational(-n, d)}) {
        EXPECT_EQ(r.get_d(), gmp(r)) << r;
        rounded_down +=
            r.get_d() != static_cast<double>(r.get_num().get_d()) /
                             static_cast<double>(r.get_den().get_d());
      }
    }
  }
  // Many of them are not the quotient rounded to nearest.
  EXPECT_GT(rounded_down, 1000);
}

// Up to 18 digits are read without GMP; longer ones with it.
TEST(Exact, DigitsReadAlikeShortAndLong) {
  EXPECT_EQ(Integer("999999999999999999", 10).get_str(), "999999999999999999");
  EXPECT_EQ(Integer("-999999999999999999", 10).get_str(),
            "-999999999999999999");
  EXPECT_EQ(Integer("9999999999999999999", 10).get_str(),
            "9999999999999999999");
  EXPECT_EQ(Integer("007", 10), 7);
  EXPECT_EQ(Integer("-0", 10), 0);
  EXPECT_EQ(Integer("12a", 10), 0);  // unreadable: 0, as documented
  EXPECT_EQ(Pow10(6), 1000000);
  EXPECT_EQ(Pow10(-6), Rational(1, 1000000));
  EXPECT_EQ(Pow10(7), 10000000);
  EXPECT_EQ(Pow10(-40),
            Rational(Integer(1), Integer("1" + std::string(40, '0'), 10)));
}

TEST(Exact, DecimalsForSignificantDigits) {
  EXPECT_EQ(DecimalsForSignificant(Rational(383, 10000), 2), 3);  // 0.038
  EXPECT_EQ(DecimalsForSignificant(Rational(38), 2), 0);
  EXPECT_EQ(DecimalsForSignificant(Rational(-59), 3), 1);  // -59.0
  EXPECT_EQ(DecimalsForSignificant(Rational(0), 2), 0);
  EXPECT_EQ(DecimalsForSignificant(Rational(1, 3), 30, 12), 12);
}

// ExactString and ReadableString work a fraction of two words out in machine
// integers; here they are held to the same text worked out in FLINT's
// numbers, at and around the word's edge and 64 bits of digits.
TEST(Exact, StringsOfWordFractionsAreFlintsOwn) {
  auto exact = [](const Rational& v) {
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
    const int decimals = std::max(twos, fives);
    std::string digits =
        abs(Rational(v * Pow10(decimals))).get_num().get_str(10);
    if (decimals > 0) {
      if (static_cast<int>(digits.size()) <= decimals)
        digits.insert(0, decimals - digits.size() + 1, '0');
      digits.insert(digits.size() - decimals, ".");
    }
    return (sgn(v) < 0 ? "-" : "") + digits;
  };
  auto units = [](const Rational& v, int decimals) {
    return Floor(Rational(abs(v) * Pow10(decimals) + Rational(1, 2)))
        .get_str(10);
  };
  // The values read best as a table.
  // clang-format off
  const std::vector<std::string> nums = {
      "0", "1", "7", "12", "999", "1000", "123456789", "4611686018427387903",
      "4611686018427387902", "2305843009213693951", "99999999999999999"};
  const std::vector<std::string> dens = {
      "1",  "2",   "4",  "5",  "8",    "10",   "16",  "25",
      "3",  "7",   "12", "1000", "1024", "2305843009213693952",
      "1490116119384765625", "4611686018427387903", "200000000000000000"};
  // clang-format on
  for (const std::string& n : nums) {
    for (const std::string& d : dens) {
      for (int sign : {1, -1}) {
        const Rational v(Integer(n, 10) * sign, Integer(d, 10));
        EXPECT_EQ(ExactString(v), exact(v)) << n << "/" << d;
        for (int decimals : {0, 1, 2, 4, 6, 18}) {
          // ReadableString drops trailing zeros and groups; its digits are
          // RoundedUnits', which FixedString shows whole.
          std::string fixed = FixedString(v, decimals);
          fixed.erase(std::remove(fixed.begin(), fixed.end(), ','),
                      fixed.end());
          fixed.erase(std::remove(fixed.begin(), fixed.end(), '.'),
                      fixed.end());
          if (!fixed.empty() && fixed[0] == '-') fixed.erase(0, 1);
          std::string want = units(v, decimals);
          if (static_cast<int>(want.size()) <= decimals)
            want.insert(0, decimals - want.size() + 1, '0');
          EXPECT_EQ(fixed, want) << n << "/" << d << " to " << decimals;
        }
      }
    }
  }
}

TEST(Exact, ReadableStringRoundsAndGroups) {
  EXPECT_EQ(ReadableString(Rational(2, 3)), "0.67");
  EXPECT_EQ(ReadableString(Rational(1234567)), "1,234,567");
  EXPECT_EQ(ReadableString(Rational(-5, 2), 0), "-3");
  EXPECT_EQ(ReadableString(Rational(-1, 1000)), "0");
  EXPECT_EQ(FixedString(Rational(26, 5), 2), "5.20");
  EXPECT_EQ(FixedString(Rational(27, 180), 3), "0.150");
  EXPECT_EQ(FixedString(Rational(-1, 1000), 1), "0.0");
  EXPECT_EQ(RoundTo(Rational(145, 28), 2), Rational(259, 50));
  EXPECT_EQ(RoundTo(Rational(-5, 2), 0), -3);
  EXPECT_EQ(Floor(Rational(-7, 2)), -4);
  EXPECT_EQ(Ceil(Rational(-7, 2)), -3);
}

// ScaledDifferenceAtMost, worked out in 128 bits for values with parts
// below 2^30, gives what the Rational expression gives, for every four
// values among small and large ones on either side of that limit, of
// either sign, whole or not.
TEST(Exact, ScaledDifferenceAtMostIsTheRationalComparison) {
  const Integer big(int64_t{1} << 30);
  const std::vector<Rational> values = {
      0,
      1,
      -1,
      Rational(1, 3),
      Rational(-7, 2),
      Rational(625, 10),
      Rational(635, 10),
      Rational(1'073'741'823),
      Rational(1'073'741'823, 1'073'741'822),
      Rational(-1'073'741'823, 5),
      Rational(big),
      Rational(Integer(7), big),
      Rational(int64_t{1} << 40, 3),
      Rational(Integer("123456789012345678901234567", 10), Integer(7)),
  };
  int fast = 0;
  for (const Rational& a : values) {
    for (const Rational& b : values) {
      for (const Rational& c : values) {
        for (const Rational& d : values) {
          for (const auto& [p, q] : {std::pair{16, 15}, std::pair{1, 1},
                                     std::pair{15, 16}, std::pair{3, 7}}) {
            EXPECT_EQ(ScaledDifferenceAtMost(a, b, p, c, d, q),
                      (b - a) * p <= (d - c) * q)
                << a << " " << b << " " << p << " " << c << " " << d << " "
                << q;
          }
          if (DenominatorBits(a) <= 30 && NumeratorBits(a) <= 30 &&
              DenominatorBits(b) <= 30 && NumeratorBits(b) <= 30 &&
              DenominatorBits(c) <= 30 && NumeratorBits(c) <= 30 &&
              DenominatorBits(d) <= 30 && NumeratorBits(d) <= 30) {
            ++fast;
          }
        }
      }
    }
  }
  EXPECT_GT(fast, 1000);
}

}  // namespace
}  // namespace claimcheck
