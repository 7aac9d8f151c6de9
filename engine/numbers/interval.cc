#include "engine/numbers/interval.h"

#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// An end of a product: a value or an infinity, and whether it is attained.
struct Extended {
  int infinity = 0;  // -1, 0 (finite) or +1
  Rational value;
  bool open = false;
};

// An end of a factor, read in place: its value when finite.
struct FactorEnd {
  int infinity = 0;  // -1, 0 (finite) or +1
  const Rational* value = nullptr;
  bool open = false;
};

bool Less(const Extended& a, const Extended& b) {
  if (a.infinity != b.infinity) return a.infinity < b.infinity;
  return a.infinity == 0 && a.value < b.value;
}

bool SameValue(const Extended& a, const Extended& b) {
  return a.infinity == b.infinity && (a.infinity != 0 || a.value == b.value);
}

FactorEnd FromEnd(const std::optional<Endpoint>& end, int side) {
  if (!end) return FactorEnd{side, nullptr, true};
  return FactorEnd{0, &end->value, end->open};
}

// The product of two ends. A closed zero times anything is an attained zero.
Extended Multiply(const FactorEnd& a, const FactorEnd& b) {
  const bool a_zero = a.infinity == 0 && sgn(*a.value) == 0;
  const bool b_zero = b.infinity == 0 && sgn(*b.value) == 0;
  if ((a_zero && !a.open) || (b_zero && !b.open)) return Extended{0, 0, false};
  if (a_zero || b_zero) return Extended{0, 0, true};
  if (a.infinity != 0 || b.infinity != 0) {
    const int sa = a.infinity != 0 ? a.infinity : sgn(*a.value);
    const int sb = b.infinity != 0 ? b.infinity : sgn(*b.value);
    return Extended{sa * sb, Rational(0), true};
  }
  return Extended{0, *a.value * *b.value, a.open || b.open};
}

std::optional<Endpoint> ToEnd(Extended&& e) {
  if (e.infinity != 0) return std::nullopt;
  return Endpoint{std::move(e.value), e.open};
}

}  // namespace

Interval Interval::Empty() {
  Interval i;
  i.empty_ = true;
  i.lower_ = Endpoint{Rational(0), true};
  i.upper_ = Endpoint{Rational(0), true};
  return i;
}

Interval Interval::Point(const Rational& v) {
  // Closed(v, v), whose Normalize finds the two ends in order.
  Interval i;
  i.lower_.emplace(Endpoint{v, false});
  i.upper_.emplace(Endpoint{v, false});
  return i;
}

Interval Interval::Closed(const Rational& lo, const Rational& hi) {
  return Of(Endpoint{lo, false}, Endpoint{hi, false});
}

Interval Interval::Of(std::optional<Endpoint> lower,
                      std::optional<Endpoint> upper) {
  Interval i;
  i.lower_ = std::move(lower);
  i.upper_ = std::move(upper);
  i.Normalize();
  return i;
}

Interval Interval::AtLeast(const Rational& lo, bool open) {
  return Of(Endpoint{lo, open}, std::nullopt);
}

Interval Interval::AtMost(const Rational& hi, bool open) {
  return Of(std::nullopt, Endpoint{hi, open});
}

void Interval::Normalize() {
  if (empty_) {
    *this = Empty();
    return;
  }
  if (whole_) {
    // Rounded inward to closed integer ends; an end that is one already is
    // left as it is (the common case, and no arithmetic).
    if (lower_ && (lower_->open || !lower_->value.is_integer())) {
      Integer lo = lower_->open ? Integer(Floor(lower_->value) + 1)
                                : Ceil(lower_->value);
      lower_ = Endpoint{Rational(lo), false};
    }
    if (upper_ && (upper_->open || !upper_->value.is_integer())) {
      Integer hi = upper_->open ? Integer(Ceil(upper_->value) - 1)
                                : Floor(upper_->value);
      upper_ = Endpoint{Rational(hi), false};
    }
  }
  if (lower_ && upper_) {
    const int c = cmp(lower_->value, upper_->value);
    if (c > 0 || (c == 0 && (lower_->open || upper_->open))) *this = Empty();
  }
}

bool Interval::IsPoint() const {
  return !empty_ && lower_ && upper_ && lower_->value == upper_->value;
}

bool Interval::Contains(const Rational& v) const {
  if (empty_) return false;
  if (whole_ && !v.is_integer()) return false;
  if (lower_ && (v < lower_->value || (v == lower_->value && lower_->open))) {
    return false;
  }
  if (upper_ && (v > upper_->value || (v == upper_->value && upper_->open))) {
    return false;
  }
  return true;
}

Interval Interval::WholeNumbers() const& {
  Interval i = *this;
  i.whole_ = true;
  i.Normalize();
  return i;
}

Interval Interval::WholeNumbers() && {
  Interval i = std::move(*this);
  i.whole_ = true;
  i.Normalize();
  return i;
}

Interval Interval::Counts() const {
  if (empty_) return Empty();
  Interval i = *this;
  i.whole_ = true;
  // The tighter lower end of this one's and [0, inf), as Intersect keeps it.
  if (!i.lower_) {
    i.lower_ = Endpoint{Rational(0), false};
  } else {
    const int c = sgn(i.lower_->value);
    if (c < 0) i.lower_ = Endpoint{Rational(0), false};
  }
  i.Normalize();
  return i;
}

void Interval::TightenBy(const Interval& other) {
  // Each end replaced by the other's where the other's is tighter: the
  // larger lower end, the smaller upper end, open when tied and either is
  // open.
  bool changed = !whole_ && other.whole_;
  whole_ = whole_ || other.whole_;
  auto tighten = [&changed](std::optional<Endpoint>* end,
                            const std::optional<Endpoint>& by, int side) {
    if (!by) return;
    if (!*end) {
      *end = by;
      changed = true;
      return;
    }
    const int c = cmp((*end)->value, by->value) * side;
    if (c < 0) {
      (*end)->value = by->value;
      (*end)->open = by->open;
      changed = true;
    } else if (c == 0 && by->open && !(*end)->open) {
      (*end)->open = true;
      changed = true;
    }
  };
  tighten(&lower_, other.lower_, +1);
  tighten(&upper_, other.upper_, -1);
  // Unchanged, this one is in normal form, which Normalize would keep.
  if (changed) Normalize();
}

Interval Interval::Intersect(const Interval& other) const& {
  if (empty_ || other.empty_) return Empty();
  Interval i = *this;
  i.TightenBy(other);
  return i;
}

Interval Interval::Intersect(const Interval& other) && {
  if (empty_ || other.empty_) return Empty();
  if (&other == this) return std::move(*this);
  Interval i = std::move(*this);
  i.TightenBy(other);
  return i;
}

Interval Interval::Hull(const Interval& other) const {
  if (empty_) return other;
  if (other.empty_) return *this;
  Interval i;
  i.whole_ = whole_ && other.whole_;
  auto looser = [](const std::optional<Endpoint>& a,
                   const std::optional<Endpoint>& b, int side) {
    if (!a || !b) return std::optional<Endpoint>();
    const int c = cmp(a->value, b->value) * side;
    if (c < 0) return a;
    if (c > 0) return b;
    return std::optional<Endpoint>(Endpoint{a->value, a->open && b->open});
  };
  i.lower_ = looser(lower_, other.lower_, +1);
  i.upper_ = looser(upper_, other.upper_, -1);
  i.Normalize();
  return i;
}

Interval Interval::Plus(const Interval& other) const {
  if (empty_ || other.empty_) return Empty();
  Interval i;
  i.whole_ = whole_ && other.whole_;
  if (lower_ && other.lower_) {
    i.lower_ = Endpoint{lower_->value + other.lower_->value,
                        lower_->open || other.lower_->open};
  }
  if (upper_ && other.upper_) {
    i.upper_ = Endpoint{upper_->value + other.upper_->value,
                        upper_->open || other.upper_->open};
  }
  i.Normalize();
  return i;
}

Interval Interval::Negate() const {
  if (empty_) return Empty();
  Interval i;
  i.whole_ = whole_;
  if (upper_) i.lower_ = Endpoint{-upper_->value, upper_->open};
  if (lower_) i.upper_ = Endpoint{-lower_->value, lower_->open};
  i.Normalize();
  return i;
}

Interval Interval::Scale(const Rational& k) const {
  if (empty_) return Empty();
  if (sgn(k) == 0) return Point(0);
  if (fmpq_is_one(k.get())) return *this;
  // Each end times k, the two swapped when k is negative. Scaling by a
  // nonzero number keeps the ends in order and an integer times an integer is
  // one, so the result is in normal form as it stands: no Normalize.
  const bool flip = sgn(k) < 0;
  const std::optional<Endpoint>& to_lower = flip ? upper_ : lower_;
  const std::optional<Endpoint>& to_upper = flip ? lower_ : upper_;
  Interval i;
  if (to_lower) i.lower_ = Endpoint{to_lower->value * k, to_lower->open};
  if (to_upper) i.upper_ = Endpoint{to_upper->value * k, to_upper->open};
  i.whole_ = whole_ && k.is_integer();
  return i;
}

Interval Interval::Times(const Interval& other) const {
  if (empty_ || other.empty_) return Empty();
  // By one nonzero value (a count printed exactly, a figure fixed by the
  // search): two products instead of four corners.
  for (const auto& [a, b] :
       {std::pair{this, &other}, std::pair{&other, this}}) {
    if (b->IsPoint() && sgn(b->lower_->value) != 0) {
      return a->TimesValue(b->lower_->value);
    }
  }
  // Both above zero (and neither one value, so each lower end is below its
  // upper end): the least product is the lower ends', the greatest the upper
  // ends' (none when either is unbounded), each attained when both its
  // factors are, as the four corners would find with two more products and
  // their comparisons. The lower end is below the upper: normal form.
  if (lower_ && other.lower_ && sgn(lower_->value) > 0 &&
      sgn(other.lower_->value) > 0) {
    Interval i;
    i.lower_.emplace(Endpoint{lower_->value * other.lower_->value,
                              lower_->open || other.lower_->open});
    if (upper_ && other.upper_) {
      i.upper_.emplace(Endpoint{upper_->value * other.upper_->value,
                                upper_->open || other.upper_->open});
    }
    return i;
  }
  return TimesByCorners(other);
}

Interval Interval::TimesValue(const Rational& k) const {
  Interval i = Scale(k);
  i.whole_ = false;
  return i;
}

Interval Interval::TimesByCorners(const Interval& other) const {
  if (empty_ || other.empty_) return Empty();
  const FactorEnd a[2] = {FromEnd(lower_, -1), FromEnd(upper_, +1)};
  const FactorEnd b[2] = {FromEnd(other.lower_, -1), FromEnd(other.upper_, +1)};
  Extended corners[4] = {Multiply(a[0], b[0]), Multiply(a[0], b[1]),
                         Multiply(a[1], b[0]), Multiply(a[1], b[1])};
  // The least and the greatest corner (the first of equal ones, unless a
  // later one is attained), picked by place and moved out once.
  int lo = 0, hi = 0;
  for (int k = 0; k < 4; ++k) {
    const Extended& c = corners[k];
    if (Less(c, corners[lo]) || (SameValue(c, corners[lo]) && !c.open)) lo = k;
    if (Less(corners[hi], c) || (SameValue(c, corners[hi]) && !c.open)) hi = k;
  }
  if (lo == hi) {
    // Both ends copied: with one of them moved, which argument is made
    // first is unspecified, and the other could be made from the emptied
    // end. (Times reaches here only for a factor of zero, whose products
    // are all zero, the value an emptied end has.)
    const std::optional<Endpoint> end = ToEnd(std::move(corners[lo]));
    return Of(end, end);
  }
  return Of(ToEnd(std::move(corners[lo])), ToEnd(std::move(corners[hi])));
}

std::string Interval::Text(int max_decimals) const {
  if (empty_) return "no value";
  auto num = [max_decimals](const Rational& v) {
    return ReadableString(v, max_decimals);
  };
  if (IsPoint()) return num(lower_->value);
  if (lower_ && upper_) {
    if (!lower_->open && !upper_->open) {
      return absl::StrCat(num(lower_->value), " to ", num(upper_->value));
    }
    return absl::StrCat(
        lower_->open ? "more than " : "at least ", num(lower_->value), " and ",
        upper_->open ? "less than " : "at most ", num(upper_->value));
  }
  if (lower_) {
    return absl::StrCat(lower_->open ? "more than " : "at least ",
                        num(lower_->value));
  }
  if (upper_) {
    return absl::StrCat(upper_->open ? "less than " : "at most ",
                        num(upper_->value));
  }
  return "any value";
}

}  // namespace claimcheck
