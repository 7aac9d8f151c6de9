#include "engine/reading/range.h"

namespace claimcheck {

v1::Range ToRange(const Interval& interval, int max_decimals) {
  v1::Range range;
  range.set_whole_numbers(interval.whole());
  range.set_text(interval.Text(max_decimals));
  if (interval.empty()) return range;
  if (interval.lower()) {
    range.mutable_lower()->set_value(ExactString(interval.lower()->value));
    range.mutable_lower()->set_exclusive(interval.lower()->open);
  }
  if (interval.upper()) {
    range.mutable_upper()->set_value(ExactString(interval.upper()->value));
    range.mutable_upper()->set_exclusive(interval.upper()->open);
  }
  return range;
}

}  // namespace claimcheck
