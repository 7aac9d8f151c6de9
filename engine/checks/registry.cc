// The one list of checks. A claim of a kind not listed here is reported as
// not checkable, never as consistent.
#include "engine/checks/checks.h"

namespace claimcheck {

const std::vector<Check>& AllChecks() {
  static const auto* checks = new std::vector<Check>{
      TotalCheck(),        CountCheck(),
      ShareCheck(),        SharesSumCheck(),
      ChangeCheck(),       RatioCheck(),
      RateCheck(),         MeanCheck(),
      ComparisonCheck(),   StatisticalTestCheck(),
      SameQuantityCheck(),
  };
  return *checks;
}

const Check* CheckFor(v1::Claim::KindCase kind) {
  for (const Check& check : AllChecks()) {
    if (check.kind == kind) return &check;
  }
  return nullptr;
}

}  // namespace claimcheck
