#include "engine/checks/edge.h"

#include <utility>

namespace claimcheck {
namespace {

// Values per figure on the grid; the grid has at most 4,096 points.
int Steps(size_t figures) {
  if (figures <= 2) return 64;
  if (figures == 3) return 16;
  return 8;
}

// The values of `interval` the grid tries: itself when it is one value, its
// whole numbers when it is cut to them and has at most `steps`, otherwise
// the middles of `steps` equal cells. Empty when it is unbounded or empty.
std::vector<Rational> GridOf(const Interval& interval, int steps) {
  std::vector<Rational> out;
  if (interval.empty() || !interval.bounded()) return out;
  if (interval.IsPoint()) {
    out.push_back(interval.lower()->value);
    return out;
  }
  const Rational lo = interval.lower()->value, hi = interval.upper()->value;
  if (interval.whole()) {
    const Rational first(Ceil(lo)), last(Floor(hi));
    if (last - first < steps) {
      for (Rational v = first; v <= last; v = v + 1) {
        if (interval.Contains(v)) out.push_back(v);
      }
      return out;
    }
  }
  const Rational cell = (hi - lo) / steps;
  for (int i = 0; i < steps; ++i) {
    out.push_back(lo + cell * Rational(2 * i + 1, 2));
  }
  return out;
}

}  // namespace

std::optional<std::vector<Interval>> PrintedValues(
    const std::vector<const Figure*>& inputs) {
  std::vector<Interval> out;
  for (const Figure* f : inputs) {
    if (f == nullptr || !f->interval.Contains(f->value)) return std::nullopt;
    out.push_back(Interval::Point(f->value));
  }
  return out;
}

std::optional<Rational> ShareHolding(const std::vector<const Figure*>& inputs,
                                     const HoldsAt& holds) {
  std::vector<std::vector<Rational>> grids;
  for (const Figure* f : inputs) {
    if (f == nullptr) return std::nullopt;
    grids.push_back(GridOf(f->interval, Steps(inputs.size())));
    if (grids.back().empty()) return std::nullopt;
  }
  // Every combination, as an odometer over the grids.
  std::vector<size_t> at(grids.size(), 0);
  std::vector<Interval> values(grids.size());
  int64_t tried = 0, held = 0;
  while (true) {
    for (size_t i = 0; i < grids.size(); ++i)
      values[i] = Interval::Point(grids[i][at[i]]);
    ++tried;
    if (holds(values)) ++held;
    size_t i = 0;
    while (i < grids.size() && ++at[i] == grids[i].size()) at[i++] = 0;
    if (i == grids.size()) break;
  }
  return Rational(held) / Rational(tried);
}

std::optional<Rational> MinorityShare(const std::vector<const Figure*>& inputs,
                                      const HoldsAt& holds) {
  const std::optional<std::vector<Interval>> printed = PrintedValues(inputs);
  if (!printed || holds(*printed)) return std::nullopt;
  std::optional<Rational> share = ShareHolding(inputs, holds);
  if (!share || *share >= Rational(1, 2)) return std::nullopt;
  return share;
}

std::string ShareWords(const Rational& share) {
  if (share < Rational(3, 40)) return "under a tenth of";
  static const std::pair<Rational, const char*> kWords[] = {
      {Rational(1, 10), "about a tenth of"},
      {Rational(1, 5), "about a fifth of"},
      {Rational(1, 4), "about a quarter of"},
      {Rational(1, 3), "about a third of"},
      {Rational(2, 5), "about two-fifths of"},
  };
  if (share >= Rational(9, 20)) return "just under half of";
  const char* best = kWords[0].second;
  Rational distance = abs(share - kWords[0].first);
  for (const auto& [value, words] : kWords) {
    if (abs(share - value) < distance) {
      distance = abs(share - value);
      best = words;
    }
  }
  return best;
}

std::optional<Interval> InnerHalf(const Figure& figure,
                                  const Interval& values) {
  if (!values.bounded() || values.IsPoint() || !values.Contains(figure.value)) {
    return std::nullopt;
  }
  const Rational below = figure.value - values.lower()->value;
  const Rational above = values.upper()->value - figure.value;
  const Rational reach = (below > above ? below : above) / 2;
  return values.Intersect(
      Interval::Closed(figure.value - reach, figure.value + reach));
}

}  // namespace claimcheck
