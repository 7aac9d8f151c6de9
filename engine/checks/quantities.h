// Quantities the article does not print (the request's `quantities`), read
// into the figure table so that claims find them by id wherever they refer
// to a figure. Two sorts, one mechanism:
//
//   {"id": "base", "unit": "UNIT_COUNT", "label": "last year's count"}
//     // unstated: any whole number of at least 0; "up 1,200" and
//     // "8 percent", both from `base`, must agree on one value of it
//   {"id": "both", "label": "A and B together",
//    "expression": {"operation": "OPERATION_SUM",
//                   "operands": [{"figureId": "a"}, {"figureId": "b"}]}}
//     // defined: exactly a + b, for the true values of a and b
//
// Why quantities and not a new kind of claim: an unstated value and an
// expression are both operands, not relations. Letting any claim take one
// wherever it takes a figure gives every kind (a share of "A and B
// together", a mean over "n minus the 3 excluded", a test statistic b / SE)
// expressions and unstated values at once, with each kind's own findings and
// readings; the relations themselves (equal, greater, a share, a change)
// are the kinds that exist. Expressions stay flat (one operation over
// operands) and nest through quantities, so requests are never recursive.
//
// How claims that use them are decided (engine.cc):
// - A quantity defined over printed figures alone has a value at their
//   printed values and an interval (its operands' intervals combined: an
//   outer bound, exact for a sum of independent figures), so the claim's own
//   check runs on it like a figure ("60 + 50 is 35.3 percent of 312, not 40
//   percent"). The solver then decides the claim exactly (a product of
//   whole numbers has gaps an interval does not show), and a claim that
//   holds only for the interval, not exactly, is an error.
// - A claim that uses an unstated quantity, or one defined over one, is
//   decided by the solver alone (engine/article/quantities.h): its check
//   says what it means as constraints, the quantities are free within their
//   domains, and the values the claim leaves each quantity are implied.
// In the article-level model each quantity is one variable shared by every
// claim that uses it, and each such claim carries the definitions it
// depends on.
//
// Errors (INVALID_ARGUMENT, with the field path): MISSING_ID, DUPLICATE_ID
// (ids are unique among figures and quantities together), UNKNOWN_FIGURE_ID
// and MISSING_OPERAND (an operand names nothing), MISSING_OPERATION,
// NO_OPERANDS, WRONG_OPERAND_COUNT (a quotient takes two, a difference at
// least two), BAD_CONSTANT, DIVISION_BY_ZERO (a constant divisor of 0),
// CYCLIC_DEFINITION (a quantity defined through itself), INCOMPATIBLE_UNITS
// (the operands of a sum of two dimensions), and a unit or rate_per that
// cannot be read, as for a figure.
#ifndef CLAIMCHECK_ENGINE_CHECKS_QUANTITIES_H_
#define CLAIMCHECK_ENGINE_CHECKS_QUANTITIES_H_

#include <string>
#include <vector>

#include "engine/checks/check.h"
#include "engine/reading/request_error.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Reads the request's quantities into `figures` (after its figures), or
// records why they cannot be read.
void ReadQuantities(const v1::CheckClaimsRequest& request, FigureTable* figures,
                    RequestErrors* errors);

// A quantity a claim refers to, and its role there ("base", "part", "from").
struct QuantityUse {
  std::string role;
  const Figure* quantity;
};

// The quantities `claim` refers to directly, in the order of its fields.
std::vector<QuantityUse> QuantitiesOf(const v1::Claim& claim,
                                      const FigureTable& figures);

// The quantity's name in messages: its label, else its expression
// ("60 + 50"), else "the unstated quantity ID".
std::string QuantityName(const Figure& quantity);

// The references of every claim to quantities, counted with everything
// their definitions depend on: what the article-level model must hold. The
// request is unreadable (TOO_MANY_REFERENCES) past kMaxReferences.
void CheckQuantityReferences(const v1::CheckClaimsRequest& request,
                             const FigureTable& figures, RequestErrors* errors);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_QUANTITIES_H_
