// Exact numbers for the engine: every printed decimal becomes an exact
// rational, so 0.1 + 0.2 is exactly 0.3 and no verdict depends on binary
// floating point.
//
//   absl::StatusOr<Rational> v = ParseDecimal("1.20");   // 6/5
//   ExactString(Rational(1, 3));                          // "1/3"
//   ExactString(*v);                                      // "1.2"
//   ReadableString(Rational(2, 3));                       // "0.67"
//   FixedString(Rational(26, 5), 2);                      // "5.20"
//
// Integer and Rational are FLINT's fmpz and fmpq (Debian's libflint-dev),
// with the operators of ordinary numbers. FLINT keeps a number that fits in
// a machine word inside the object and moves to GMP only beyond it, so the
// small numbers of news cost no allocation while large ones stay exact. A
// Rational is always in lowest terms with a positive denominator.
#ifndef CLAIMCHECK_ENGINE_NUMBERS_EXACT_H_
#define CLAIMCHECK_ENGINE_NUMBERS_EXACT_H_

#include <flint/fmpq.h>
#include <flint/fmpz.h>

#include <ostream>
#include <string>
#include <type_traits>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace exact_internal {

// FLINT keeps a value of up to 62 bits in the fmpz word itself
// (COEFF_IS_MPZ tells a pointer to a GMP number apart). The engine's numbers
// are nearly all that small, so the operations it makes most often do the
// all-small case inline and leave the rest to FLINT.
inline bool Small(const fmpz* a) { return !COEFF_IS_MPZ(*a); }
inline void Set(fmpz* to, const fmpz* from) {
  if (Small(from) && Small(to)) {
    *to = *from;
  } else {
    fmpz_set(to, from);
  }
}
// A small value and a large one are never equal: FLINT stores every value
// that fits in the word in the word.
inline bool Equal(const fmpz* a, const fmpz* b) {
  return Small(a) || Small(b) ? *a == *b : fmpz_equal(a, b);
}
inline int Compare(const fmpz* a, const fmpz* b) {
  if (Small(a) && Small(b)) return (*a > *b) - (*a < *b);
  return fmpz_cmp(a, b);
}
// A copy into a fresh (initialised to 0) fmpz, inline when small.
inline void InitSet(fmpz* to, const fmpz* from) {
  if (Small(from)) {
    *to = *from;
  } else {
    fmpz_init_set(to, from);
  }
}
// Stores v, which fits in the word, freeing what `to` held if large.
inline void SetWord(fmpz* to, slong v) {
  if (Small(to)) {
    *to = v;
  } else {
    fmpz_set_si(to, v);
  }
}
inline int Sign(const fmpz* a) {
  if (Small(a)) return (*a > 0) - (*a < 0);
  return fmpz_sgn(a);
}
// The greatest common divisor of two magnitudes, not both 0 (binary, the
// larger less the smaller with their factors of two shifted out). One much
// larger than the other (a count against a denominator of 100) is first
// taken modulo the smaller, which the subtractions would do a step a bit;
// and once the smaller odd part is 1 the odd parts share nothing more.
inline unsigned long Gcd(unsigned long a, unsigned long b) {
  if (a == 0) return b;
  if (b == 0) return a;
  if (a == 1 || b == 1) return 1;
  if (a < b) {
    const unsigned long t = a;
    a = b;
    b = t;
  }
  if ((a >> 4) >= b) {
    a %= b;
    if (a == 0) return b;
    if (a == 1) return 1;
  }
  const int shift = __builtin_ctzl(a | b);
  a >>= __builtin_ctzl(a);
  do {
    b >>= __builtin_ctzl(b);
    const unsigned long low = a < b ? a : b;
    b = (a < b ? b : a) - low;
    a = low;
  } while (b != 0 && a != 1);
  return a << shift;
}
inline unsigned long Magnitude(slong a) {
  return a < 0 ? -static_cast<unsigned long>(a) : static_cast<unsigned long>(a);
}
// Whether a value fits in FLINT's word (and so is stored there).
inline bool FitsWord(__int128 v) { return v >= COEFF_MIN && v <= COEFF_MAX; }
// A fraction whose numerator and denominator are in the word: its parts.
struct SmallFraction {
  slong num;
  slong den;
};
inline bool SmallParts(const fmpq* a, SmallFraction* out) {
  if (!Small(fmpq_numref(a)) || !Small(fmpq_denref(a))) return false;
  out->num = *fmpq_numref(a);
  out->den = *fmpq_denref(a);
  return true;
}
// Stores num/den (already in lowest terms, den > 0) when both fit in the
// word; false, storing nothing, when either does not.
inline bool StoreSmall(fmpq* r, __int128 num, __int128 den) {
  if (!FitsWord(num) || !FitsWord(den)) return false;
  SetWord(fmpq_numref(r), static_cast<slong>(num));
  SetWord(fmpq_denref(r), static_cast<slong>(den));
  return true;
}
// The same for the product of two pairs of words: false when either
// product passes the word (or 64 bits).
inline bool StoreProducts(fmpq* r, slong num1, slong num2, slong den1,
                          slong den2) {
  slong num, den;
  if (__builtin_mul_overflow(num1, num2, &num) || num < COEFF_MIN ||
      num > COEFF_MAX || __builtin_mul_overflow(den1, den2, &den) ||
      den > COEFF_MAX) {
    return false;
  }
  SetWord(fmpq_numref(r), num);
  SetWord(fmpq_denref(r), den);
  return true;
}
// The sum or difference (sign -1) of two fractions in the word, in lowest
// terms, when it fits in the word: Knuth's way (TAOCP 4.5.1), with the
// common factor g of the denominators taken out first. When g is 1 the sum
// over the product of the denominators is in lowest terms already (as it is
// when either denominator is 1); else only a factor of g can be common.
inline bool AddSmall(fmpq* r, const SmallFraction& a, const SmallFraction& b,
                     int sign) {
  const slong g =
      a.den == b.den
          ? a.den
          : static_cast<slong>(Gcd(static_cast<unsigned long>(a.den),
                                   static_cast<unsigned long>(b.den)));
  const slong a_rest = a.den / g, b_rest = b.den / g;
  const __int128 t = static_cast<__int128>(a.num) * b_rest +
                     sign * (static_cast<__int128>(b.num) * a_rest);
  if (t == 0) return StoreSmall(r, 0, 1);
  if (g == 1) return StoreSmall(r, t, static_cast<__int128>(a.den) * b.den);
  if (!FitsWord(t)) return false;  // FLINT's, past the word
  const slong t_word = static_cast<slong>(t);
  const slong g2 = static_cast<slong>(Gcd(Magnitude(t_word) % g, g));
  if (g2 == 1)
    return StoreSmall(r, t_word, static_cast<__int128>(a_rest) * b.den);
  return StoreSmall(r, t_word / g2,
                    static_cast<__int128>(a_rest) * (b.den / g2));
}
// The product of two fractions in the word, in lowest terms, when it fits.
inline bool MulSmall(fmpq* r, const SmallFraction& a, const SmallFraction& b) {
  if (a.num == 0 || b.num == 0) {
    fmpz_zero(fmpq_numref(r));
    fmpz_one(fmpq_denref(r));
    return true;
  }
  // A denominator of 1 shares nothing: no gcd to find, nothing to divide.
  const slong g1 =
      b.den == 1 ? 1
                 : static_cast<slong>(Gcd(Magnitude(a.num),
                                          static_cast<unsigned long>(b.den)));
  const slong g2 =
      a.den == 1 ? 1
                 : static_cast<slong>(Gcd(Magnitude(b.num),
                                          static_cast<unsigned long>(a.den)));
  if (g1 == 1 && g2 == 1) return StoreProducts(r, a.num, b.num, a.den, b.den);
  return StoreProducts(r, a.num / g1, b.num / g2, a.den / g2, b.den / g1);
}

inline long Bits(const fmpz* a) {
  if (!Small(a)) return static_cast<long>(fmpz_bits(a));
  const unsigned long magnitude = *a < 0 ? -static_cast<unsigned long>(*a) : *a;
  return magnitude == 0 ? 0 : 64 - __builtin_clzl(magnitude);
}

}  // namespace exact_internal

class Integer {
 public:
  Integer() { fmpz_init(v_); }
  template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  Integer(T n) {  // NOLINT: an int is an Integer
    fmpz_init(v_);
    if constexpr (std::is_signed_v<T>)
      fmpz_set_si(v_, n);
    else
      fmpz_set_ui(v_, n);
  }
  // Digits in `base`, with an optional leading '-'; an unreadable string
  // gives 0 (callers pass digits they have checked).
  Integer(const std::string& digits, int base);
  Integer(const Integer& o) {
    fmpz_init(v_);
    exact_internal::InitSet(v_, o.v_);
  }
  Integer(Integer&& o) noexcept {
    fmpz_init(v_);
    fmpz_swap(v_, o.v_);
  }
  Integer& operator=(const Integer& o) {
    exact_internal::Set(v_, o.v_);
    return *this;
  }
  Integer& operator=(Integer&& o) noexcept {
    fmpz_swap(v_, o.v_);
    return *this;
  }
  ~Integer() { fmpz_clear(v_); }

  std::string get_str(int base = 10) const;
  double get_d() const { return fmpz_get_d(v_); }
  fmpz* get() { return v_; }
  const fmpz* get() const { return v_; }

  Integer& operator+=(const Integer& o) {
    fmpz_add(v_, v_, o.v_);
    return *this;
  }
  Integer& operator-=(const Integer& o) {
    fmpz_sub(v_, v_, o.v_);
    return *this;
  }
  Integer& operator*=(const Integer& o) {
    fmpz_mul(v_, v_, o.v_);
    return *this;
  }
  friend Integer operator+(Integer a, const Integer& b) { return a += b; }
  friend Integer operator-(Integer a, const Integer& b) { return a -= b; }
  friend Integer operator*(Integer a, const Integer& b) { return a *= b; }
  friend Integer operator-(Integer a) {
    fmpz_neg(a.v_, a.v_);
    return a;
  }
  friend Integer abs(Integer a) {
    fmpz_abs(a.v_, a.v_);
    return a;
  }
  friend int sgn(const Integer& a) { return fmpz_sgn(a.v_); }
  friend int cmp(const Integer& a, const Integer& b) {
    return exact_internal::Compare(a.v_, b.v_);
  }
  friend bool operator==(const Integer& a, const Integer& b) {
    return exact_internal::Equal(a.v_, b.v_);
  }
  friend bool operator!=(const Integer& a, const Integer& b) {
    return !(a == b);
  }
  friend bool operator<(const Integer& a, const Integer& b) {
    return cmp(a, b) < 0;
  }
  friend bool operator<=(const Integer& a, const Integer& b) {
    return cmp(a, b) <= 0;
  }
  friend bool operator>(const Integer& a, const Integer& b) {
    return cmp(a, b) > 0;
  }
  friend bool operator>=(const Integer& a, const Integer& b) {
    return cmp(a, b) >= 0;
  }
  friend std::ostream& operator<<(std::ostream& os, const Integer& a) {
    return os << a.get_str();
  }

 private:
  fmpz_t v_;
};

class Rational {
 public:
  Rational() { fmpq_init(v_); }
  template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  Rational(T n) {  // NOLINT: an int is a Rational
    fmpq_init(v_);
    if constexpr (std::is_signed_v<T>)
      fmpz_set_si(fmpq_numref(v_), n);
    else
      fmpz_set_ui(fmpq_numref(v_), n);
  }
  Rational(const Integer& n) {  // NOLINT: an Integer is a Rational
    fmpq_init(v_);
    fmpz_set(fmpq_numref(v_), n.get());
  }
  // num/den in lowest terms; den must not be 0.
  Rational(const Integer& num, const Integer& den) {
    fmpq_init(v_);
    fmpq_set_fmpz_frac(v_, num.get(), den.get());
  }
  // The double's exact value (every finite double is a binary fraction).
  explicit Rational(double d);
  Rational(const Rational& o) {
    fmpq_init(v_);
    exact_internal::InitSet(fmpq_numref(v_), fmpq_numref(o.v_));
    exact_internal::InitSet(fmpq_denref(v_), fmpq_denref(o.v_));
  }
  Rational(Rational&& o) noexcept {
    fmpq_init(v_);
    fmpq_swap(v_, o.v_);
  }
  Rational& operator=(const Rational& o) {
    exact_internal::Set(fmpq_numref(v_), fmpq_numref(o.v_));
    exact_internal::Set(fmpq_denref(v_), fmpq_denref(o.v_));
    return *this;
  }
  Rational& operator=(Rational&& o) noexcept {
    fmpq_swap(v_, o.v_);
    return *this;
  }
  ~Rational() { fmpq_clear(v_); }

  Integer get_num() const {
    Integer n;
    fmpz_set(n.get(), fmpq_numref(v_));
    return n;
  }
  Integer get_den() const {
    Integer d;
    fmpz_set(d.get(), fmpq_denref(v_));
    return d;
  }
  bool is_integer() const { return fmpz_is_one(fmpq_denref(v_)); }
  // Rounded toward zero, as GMP's mpq_get_d.
  double get_d() const;
  // "311/4", "-5": the fraction in lowest terms.
  std::string get_str(int base = 10) const;
  // Always in lowest terms already; kept for code written for GMP.
  void canonicalize() {}
  fmpq* get() { return v_; }
  const fmpq* get() const { return v_; }

  Rational& operator+=(const Rational& o) {
    Add(v_, v_, o.v_);
    return *this;
  }
  Rational& operator-=(const Rational& o) {
    Sub(v_, v_, o.v_);
    return *this;
  }
  Rational& operator*=(const Rational& o) {
    Mul(v_, v_, o.v_);
    return *this;
  }
  Rational& operator/=(const Rational& o) {
    Div(v_, v_, o.v_);
    return *this;
  }
  friend Rational operator+(const Rational& a, const Rational& b) {
    Rational r;
    Add(r.v_, a.v_, b.v_);
    return r;
  }
  friend Rational operator-(const Rational& a, const Rational& b) {
    Rational r;
    Sub(r.v_, a.v_, b.v_);
    return r;
  }
  friend Rational operator*(const Rational& a, const Rational& b) {
    Rational r;
    Mul(r.v_, a.v_, b.v_);
    return r;
  }
  friend Rational operator/(const Rational& a, const Rational& b) {
    Rational r;
    Div(r.v_, a.v_, b.v_);
    return r;
  }
  // The negation of a value in the word is in the word (COEFF_MIN is
  // -COEFF_MAX).
  friend Rational operator-(Rational a) {
    fmpz* n = fmpq_numref(a.v_);
    if (exact_internal::Small(n)) {
      *n = -*n;
    } else {
      fmpq_neg(a.v_, a.v_);
    }
    return a;
  }
  friend Rational abs(Rational a) {
    fmpz* n = fmpq_numref(a.v_);
    if (exact_internal::Small(n)) {
      if (*n < 0) *n = -*n;
    } else {
      fmpq_abs(a.v_, a.v_);
    }
    return a;
  }
  // 1 / a for a != 0: a's numerator and denominator swapped, the sign moved
  // to the new numerator. A fraction in lowest terms stays in them, so there
  // is no common factor to look for, as there is in a division.
  friend Rational Inverse(const Rational& a) {
    Rational r;
    const fmpz *n = fmpq_numref(a.v_), *d = fmpq_denref(a.v_);
    if (exact_internal::Small(n) && exact_internal::Small(d)) {
      *fmpq_numref(r.v_) = *n < 0 ? -*d : *d;
      *fmpq_denref(r.v_) = *n < 0 ? -*n : *n;
    } else {
      fmpq_inv(r.v_, a.v_);
    }
    return r;
  }
  friend int sgn(const Rational& a) {
    return exact_internal::Sign(fmpq_numref(a.v_));
  }
  friend int cmp(const Rational& a, const Rational& b) {
    using exact_internal::Small;
    const fmpz *an = fmpq_numref(a.v_), *ad = fmpq_denref(a.v_);
    const fmpz *bn = fmpq_numref(b.v_), *bd = fmpq_denref(b.v_);
    if (Small(an) && Small(ad) && Small(bn) && Small(bd)) {
      // Denominators are positive; 62-bit products fit in 128 bits.
      const __int128 left = static_cast<__int128>(*an) * *bd;
      const __int128 right = static_cast<__int128>(*bn) * *ad;
      return (left > right) - (left < right);
    }
    return fmpq_cmp(a.v_, b.v_);
  }
  friend bool operator==(const Rational& a, const Rational& b) {
    return exact_internal::Equal(fmpq_numref(a.v_), fmpq_numref(b.v_)) &&
           exact_internal::Equal(fmpq_denref(a.v_), fmpq_denref(b.v_));
  }
  friend bool operator!=(const Rational& a, const Rational& b) {
    return !(a == b);
  }
  friend bool operator<(const Rational& a, const Rational& b) {
    return cmp(a, b) < 0;
  }
  friend bool operator<=(const Rational& a, const Rational& b) {
    return cmp(a, b) <= 0;
  }
  friend bool operator>(const Rational& a, const Rational& b) {
    return cmp(a, b) > 0;
  }
  friend bool operator>=(const Rational& a, const Rational& b) {
    return cmp(a, b) >= 0;
  }
  friend std::ostream& operator<<(std::ostream& os, const Rational& a) {
    return os << a.get_str();
  }

 private:
  // Whole numbers that fit in the word (the counts of a news story) are
  // added, subtracted and multiplied inline, with no common factor to look
  // for; fractions whose parts fit in the word are worked out inline too
  // (exact_internal's AddSmall and MulSmall, in lowest terms, as FLINT would
  // give them), and only a result past the word goes to FLINT. A sum fits in 63
  // bits and fmpz_set_si moves one past 62 to GMP; a product past 62 bits is
  // left to FLINT.
  static bool SmallWhole(const fmpq* a) {
    return fmpz_is_one(fmpq_denref(a)) && exact_internal::Small(fmpq_numref(a));
  }
  // A copy of `a` (which may be `r`).
  static void Copy(fmpq* r, const fmpq* a) {
    exact_internal::Set(fmpq_numref(r), fmpq_numref(a));
    exact_internal::Set(fmpq_denref(r), fmpq_denref(a));
  }
  static bool Zero(const fmpq* a) { return *fmpq_numref(a) == 0; }
  static void Add(fmpq* r, const fmpq* a, const fmpq* b) {
    if (SmallWhole(a) && SmallWhole(b)) {
      fmpz_set_si(fmpq_numref(r), *fmpq_numref(a) + *fmpq_numref(b));
      fmpz_one(fmpq_denref(r));
      return;
    }
    // A sum begun at 0 (ReviseLinear's sums of ends) adds a fraction to 0:
    // the fraction itself, in lowest terms already.
    if (Zero(a)) return Copy(r, b);
    if (Zero(b)) return Copy(r, a);
    exact_internal::SmallFraction x, y;
    if (exact_internal::SmallParts(a, &x) &&
        exact_internal::SmallParts(b, &y) &&
        exact_internal::AddSmall(r, x, y, +1)) {
      return;
    }
    fmpq_add(r, a, b);
  }
  static void Sub(fmpq* r, const fmpq* a, const fmpq* b) {
    if (SmallWhole(a) && SmallWhole(b)) {
      fmpz_set_si(fmpq_numref(r), *fmpq_numref(a) - *fmpq_numref(b));
      fmpz_one(fmpq_denref(r));
      return;
    }
    exact_internal::SmallFraction x, y;
    if (exact_internal::SmallParts(a, &x) &&
        exact_internal::SmallParts(b, &y) &&
        exact_internal::AddSmall(r, x, y, -1)) {
      return;
    }
    fmpq_sub(r, a, b);
  }
  static void Mul(fmpq* r, const fmpq* a, const fmpq* b) {
    if (SmallWhole(a) && SmallWhole(b)) {
      const __int128 p =
          static_cast<__int128>(*fmpq_numref(a)) * *fmpq_numref(b);
      if (p >= COEFF_MIN && p <= COEFF_MAX) {
        fmpz_set_si(fmpq_numref(r), static_cast<slong>(p));
        fmpz_one(fmpq_denref(r));
        return;
      }
    }
    exact_internal::SmallFraction x, y;
    if (exact_internal::SmallParts(a, &x) &&
        exact_internal::SmallParts(b, &y) &&
        exact_internal::MulSmall(r, x, y)) {
      return;
    }
    fmpq_mul(r, a, b);
  }
  // a / b is a times b's reciprocal, its sign on the numerator. b must not
  // be 0, as for fmpq_div.
  static void Div(fmpq* r, const fmpq* a, const fmpq* b) {
    exact_internal::SmallFraction x, y;
    if (exact_internal::SmallParts(a, &x) &&
        exact_internal::SmallParts(b, &y) && y.num != 0) {
      const exact_internal::SmallFraction inverse =
          y.num < 0 ? exact_internal::SmallFraction{-y.den, -y.num}
                    : exact_internal::SmallFraction{y.den, y.num};
      if (exact_internal::MulSmall(r, x, inverse)) return;
    }
    fmpq_div(r, a, b);
  }

  fmpq_t v_;
};

// FLINT keeps, per thread, a cache of the GMP numbers behind large values;
// it is freed only by flint_cleanup() on that thread. Call this on any
// thread before it uses Integer or Rational (CheckClaims does), and the cache
// is freed when the thread ends: a server's worker threads come and go, and
// each would otherwise keep its cache for good. Cheap after the first call.
void ReleaseNumbersAtThreadExit();

// Whether p (b - a) <= q (d - c), for 0 < p, q <= 16. With every numerator
// and denominator of the four values below 2^30 in magnitude, the two
// differences are taken over the products of the denominators, not reduced
// (no common factor looked for), and the cross-products compared in 128 bits
// (each under 2^125); else as written, by Rational.
inline bool ScaledDifferenceAtMost(const Rational& a, const Rational& b, int p,
                                   const Rational& c, const Rational& d,
                                   int q) {
  auto small = [](const Rational& v) {
    constexpr slong kLimit = slong{1} << 30;
    const fmpz* n = fmpq_numref(v.get());
    const fmpz* m = fmpq_denref(v.get());
    return exact_internal::Small(n) && exact_internal::Small(m) &&
           *n > -kLimit && *n < kLimit && *m < kLimit;
  };
  if (small(a) && small(b) && small(c) && small(d)) {
    auto num = [](const Rational& v) -> __int128 {
      return *fmpq_numref(v.get());
    };
    auto den = [](const Rational& v) -> __int128 {
      return *fmpq_denref(v.get());
    };
    // b - a = left / left_den and d - c = right / right_den, the
    // denominators above zero.
    const __int128 left = num(b) * den(a) - num(a) * den(b);
    const __int128 left_den = den(a) * den(b);
    const __int128 right = num(d) * den(c) - num(c) * den(d);
    const __int128 right_den = den(c) * den(d);
    return p * left * right_den <= q * right * left_den;
  }
  return (b - a) * p <= (d - c) * q;
}

// Bits of the numerator's and the denominator's magnitude (0 for 0).
inline long NumeratorBits(const Rational& v) {
  return exact_internal::Bits(fmpq_numref(v.get()));
}
inline long DenominatorBits(const Rational& v) {
  return exact_internal::Bits(fmpq_denref(v.get()));
}

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

// The decimals `v` needs to show at least `digits` significant digits
// (0.0383 with 2 -> 3, "0.038"; 38 -> 0), at most `max_decimals`.
int DecimalsForSignificant(const Rational& v, int digits,
                           int max_decimals = 12);

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

#endif  // CLAIMCHECK_ENGINE_NUMBERS_EXACT_H_
