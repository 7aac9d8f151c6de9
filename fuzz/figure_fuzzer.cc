// libFuzzer target: the printed-number parser. The input's first bytes pick
// the figure's unit, qualifier, rounding and scale; the rest is its text.
// Whatever the text, ReadFigure either reads it or says why not, and what it
// reads is usable: a non-empty interval that prints, and slips that parse.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "engine/reading/correction.h"
#include "engine/reading/figure.h"
#include "engine/reading/range.h"
#include "engine/reading/request_error.h"

namespace {

void Require(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "figure_fuzzer: %s\n", what);
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  FuzzedDataProvider input(data, size);
  v1::Figure proto;
  proto.set_id("f");
  proto.set_unit(static_cast<v1::Unit>(input.ConsumeIntegralInRange(0, 7)));
  proto.set_qualifier(
      static_cast<v1::Qualifier>(input.ConsumeIntegralInRange(0, 7)));
  proto.set_rounding(
      static_cast<v1::RoundingMode>(input.ConsumeIntegralInRange(0, 5)));
  proto.set_scale(static_cast<v1::Scale>(input.ConsumeIntegralInRange(0, 4)));
  if (input.ConsumeBool())
    proto.set_rate_per(input.ConsumeRandomLengthString(24));
  proto.set_text(input.ConsumeRemainingBytesAsString());

  RequestErrors errors;
  std::optional<Figure> figure = ReadFigure(proto, "figures[0]", &errors);
  Require(figure.has_value() == errors.empty(),
          "a figure and errors, or neither");
  if (!figure) return 0;
  Require(!figure->interval.empty(), "an empty interval was read");
  Require(!figure->interval.Text().empty(), "an interval with no text");
  ToRange(figure->interval);
  figure->Named();
  figure->Quantity();
  Require(figure->Decimals() >= 0, "negative decimals");
  for (const Slip& slip : SlipsOf(*figure)) {
    Require(!slip.text.empty(), "a slip with no text");
  }
  return 0;
}
