// One claim that uses quantities the article does not print
// (engine/checks/quantities.h), decided with the solver: what its kind's
// `constrain` says it means, with its figures as printed and its quantities
// free within their domains.
//
//   // "up 1,200" from an unstated base to an unstated new value, alone:
//   CheckByModel(claim, ChangeCheck(), figures, work, &result);
//   // consistent; no value is implied for the base (any will do alone)
//   // The share "1.6 percent of the total vote", the vote unstated:
//   // consistent, and the total vote is implied: 96,121 to 102,323.
//
// A claim whose quantities printed figures do not fix (an unstated one, or
// one defined from one) cannot be checked by its kind's own code, which
// needs values to read: CheckByModel decides it. It is an error when no
// values of its quantities make it hold ("<kind>.cannot_hold"), not checkable
// when its kind says nothing as constraints, and otherwise consistent, with
// the values it leaves each of its quantities implied (role as the claim's
// field: "base", "from"; ImpliedValue.quantity_id names the quantity).
//
// A claim whose quantities are defined over printed figures alone is checked
// by its own code on their values and intervals; an interval is an outer
// bound of what an expression can take (twice a whole number is even; the
// interval does not say so), so ConfirmByModel then decides the claim
// exactly and adds the error when it holds only for the interval.
#ifndef CLAIMCHECK_ENGINE_ARTICLE_QUANTITIES_H_
#define CLAIMCHECK_ENGINE_ARTICLE_QUANTITIES_H_

#include "engine/checks/check.h"
#include "engine/numbers/budget.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Whether `claim` uses a quantity whose value no printed figure fixes.
bool UsesUnstated(const v1::Claim& claim, const FigureTable& figures);

// Whether `claim` uses a quantity defined by an expression.
bool UsesDefined(const v1::Claim& claim, const FigureTable& figures);

// Checks `claim` (of `check`'s kind) with the solver alone, into `result`.
void CheckByModel(const v1::Claim& claim, const Check& check,
                  const FigureTable& figures, WorkContext work,
                  v1::ClaimResult* result);

// After `check` ran on `claim`: when the claim holds as its check read it,
// decides it exactly and adds "<kind>.cannot_hold" when it cannot hold.
void ConfirmByModel(const v1::Claim& claim, const Check& check,
                    const FigureTable& figures, WorkContext work,
                    v1::ClaimResult* result);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_ARTICLE_QUANTITIES_H_
