// libFuzzer target: the printed-number parser. The input's first bytes pick
// the figure's unit, qualifier, rounding and scale, and a position in the
// text; the rest is its text. Whatever the text, ReadFigure either reads it
// or says why not, and what it reads is usable: a non-empty interval that
// prints, and slips that parse. The number-phrase reader, run at the
// position as text in runs it, returns a phrase inside the text, and that
// phrase, read alone as a figure's text, reads whole and to the same value.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "engine/reading/correction.h"
#include "engine/reading/figure.h"
#include "engine/reading/number_phrase.h"
#include "engine/reading/range.h"
#include "engine/reading/request_error.h"

namespace {

void Require(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "figure_fuzzer: %s\n", what);
    abort();
  }
}

// The phrase at `pos` lies inside the text and, alone, reads the same.
void CheckPhrase(const std::string& text, size_t pos) {
  using namespace claimcheck;
  const std::optional<NumberPhrase> p = ReadNumberPhrase(text, pos);
  if (!p) return;
  Require(pos <= p->begin && p->begin < p->end && p->end <= text.size(),
          "a phrase outside the text");
  Require(p->begin <= p->value_begin && p->value_begin <= p->value_end &&
              p->value_end <= p->end,
          "a number outside its phrase");
  if (p->range != NumberRange::kNone) {
    Require(p->begin <= p->high.begin && p->high.begin <= p->high.end &&
                p->high.end <= p->end,
            "a range end outside its phrase");
  }
  Require(p->rate_per_end <= p->end, "a rate's N outside its phrase");
  const std::string alone = text.substr(p->begin, p->end - p->begin);
  const std::optional<NumberPhrase> again = ReadNumberPhrase(alone);
  Require(again && again->end == alone.size() && again->value == p->value &&
              again->form == p->form && again->range == p->range,
          "a phrase read alone reads otherwise");
  if (p->form == NumberForm::kOrdinal || alone.size() > 200) return;
  v1::Figure figure;
  figure.set_id("p");
  figure.set_text(alone);
  RequestErrors errors;
  const std::optional<Figure> read = ReadFigure(figure, "figures[0]", &errors);
  Require(read.has_value() ||
              errors.violations()[0].reason() == "EXPONENT_OUT_OF_RANGE",
          "a phrase that is no figure text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  FuzzedDataProvider input(data, size);
  v1::Figure proto;
  proto.set_id("f");
  proto.set_unit(static_cast<v1::Unit>(input.ConsumeIntegralInRange(0, 7)));
  proto.set_qualifier(
      static_cast<v1::Qualifier>(input.ConsumeIntegralInRange(0, 9)));
  proto.set_rounding(
      static_cast<v1::RoundingMode>(input.ConsumeIntegralInRange(0, 5)));
  proto.set_scale(static_cast<v1::Scale>(input.ConsumeIntegralInRange(0, 4)));
  if (input.ConsumeBool())
    proto.set_rate_per(input.ConsumeRandomLengthString(24));
  const size_t position = input.ConsumeIntegral<uint8_t>();
  proto.set_text(input.ConsumeRemainingBytesAsString());
  CheckPhrase(proto.text(), std::min(position, proto.text().size()));

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
