// The engine's documented limits on what one request may hold. They are
// checked before any figure is read, so an oversized request costs almost
// nothing: each breach is a field violation (reason TOO_MANY_FIGURES,
// TOO_MANY_CLAIMS, TOO_MANY_QUANTITIES, TOO_MANY_PARTS, TOO_MANY_REFERENCES
// or TEXT_TOO_LONG) and
// nothing is checked. A string that is not UTF-8 (which only a caller of the
// C++ API can send: gRPC and JSON refuse it) is refused here too, with
// reason INVALID_UTF8, so no message ever echoes it. The README's "Limits"
// table repeats these numbers.
//
//   RequestErrors errors;
//   CheckLimits(request, &errors);
//   if (!errors.empty()) return errors.ToStatus();
//
// Limits on one printed number (significant digits, the power of ten of its
// value and of its last digit) are applied where the figure is read
// (figure.cc), with reasons TOO_MANY_DIGITS and EXPONENT_OUT_OF_RANGE.
// Nesting needs no limit of its own: the request's messages are not
// recursive (a claim nests at most three messages deep), and the parsers in
// front of the engine refuse input nested more than 100 deep.
#ifndef CLAIMCHECK_ENGINE_READING_LIMITS_H_
#define CLAIMCHECK_ENGINE_READING_LIMITS_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "engine/reading/request_error.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Figures in one request.
inline constexpr int kMaxFigures = 50000;
// Claims in one request.
inline constexpr int kMaxClaims = 10000;
// Quantities the article does not print, in one request.
inline constexpr int kMaxQuantities = 10000;
// Entries of any one list in a claim or a quantity: a total's parts, a
// count's items, the shares of a whole, the figures compared, the operands
// of an expression.
inline constexpr int kMaxPartsPerClaim = 500;
// Figure references over all claims together; every one may be echoed in a
// finding, so this bounds the size of the response.
inline constexpr int kMaxReferences = 100000;
// Characters of a figure's printed text, and of any number written as text
// (rate_per, an override's bounds or tolerance).
inline constexpr int kMaxFigureTextLength = 200;
// Characters of an id (of a figure or claim, or a reference to one).
inline constexpr int kMaxIdLength = 100;
// Characters of a label, unit name, article id or other short text.
inline constexpr int kMaxLabelLength = 200;
// Characters of a claim's sentence or a span's quote.
inline constexpr int kMaxQuoteLength = 2000;
// Significant digits of one printed number ("1,234.50" has 6).
inline constexpr int kMaxSignificantDigits = 40;
// A figure's value, scaled, must be below 10^kMaxExponent in magnitude, and
// its last printed digit no finer than 10^-kMaxExponent.
inline constexpr int kMaxExponent = 40;
// (kMaxViolations, the field violations listed in one error, is in
// request_error.h.)

// Records every breach of the limits above in `request` (except those on one
// printed number), each with the path of the field: "figures",
// "claims[3].total.parts", "figures[2].label".
void CheckLimits(const v1::CheckClaimsRequest& request, RequestErrors* errors);

// The offset of the first byte of `text` that does not start a well-formed
// UTF-8 character (overlong forms, surrogates and code points past U+10FFFF
// are not), or -1 when all of it is UTF-8, as proto3 strings and JSON must be.
int64_t FirstInvalidUtf8Byte(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_READING_LIMITS_H_
