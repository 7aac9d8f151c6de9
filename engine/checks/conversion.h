// Figures of one claim in one unit: before a claim is checked, the figures it
// measures its quantity with (its check's `measured` references) are
// converted exactly into the unit of the first of them that has a unit of
// measure (units.h), so that "75p" and "£1", "12 kilograms" and "24 pounds",
// "13 per million" and "4.5 per 100,000" compare as one quantity.
//
//   // total "about 43 per 100,000"; parts 13 and 15 per million, 4.5 and
//   // 10.2 per 100,000
//   ConvertClaimUnits(request, &figures, &errors);
//   figures.ForClaim(0).Find("a")->value;   // 1.3: 13 per million, per 100,000
//   // the parts add up to 17.5 per 100,000, not about 43: an error
//
// Figures of different dimensions in one claim (a length and a mass, dollars
// and pounds) cannot be compared: the request is unreadable, with reason
// INCOMPATIBLE_UNITS at the reference's field path. A figure with no unit of
// measure (a count, a plain amount) is taken to be in the claim's unit and
// is never converted. A claim that needs no conversion sees the request's
// figures themselves, and a request whose figures all have one unit (or
// none) costs nothing here.
//
// The converted copies keep their printed text and a pointer to the figure
// as read (Figure::source), so findings show the figure as printed, and the
// article-level model ties each copy to the one variable of its figure by
// the conversion factor.
#ifndef CLAIMCHECK_ENGINE_CHECKS_CONVERSION_H_
#define CLAIMCHECK_ENGINE_CHECKS_CONVERSION_H_

#include <memory>

#include "engine/checks/check.h"
#include "engine/reading/request_error.h"
#include "proto/claimcheck/v1/claimcheck.pb.h"

namespace claimcheck {

// Gives each claim of `request` whose measured figures are in different
// units of one dimension a view of `figures` with them converted; records
// INCOMPATIBLE_UNITS for figures of different dimensions.
void ConvertClaimUnits(const v1::CheckClaimsRequest& request,
                       FigureTable* figures, RequestErrors* errors);

// For claim `index`, when it measures percentages against rates per N: its
// view with each percentage read as a rate per the first rate's N ("17.4%"
// as 17.4 per 100,000), the reading under which a percent sign printed on a
// rate holds (CAUSE_PERCENT_FOR_RATE). Null when the claim has no such mix.
std::unique_ptr<FigureTable> PercentsAsRates(const v1::Claim& claim,
                                             const FigureTable& figures);

// The view of `figures` in which the figures of `refs` (of `claim`) are
// converted into
// the unit of the first that has one, each percentage read as `percent`
// instead when it is given; null when none needs converting. Adds an
// INCOMPATIBLE_UNITS violation under `claim_path` to `errors` (when given)
// for each figure of another dimension.
std::unique_ptr<FigureTable> ConvertedView(const v1::Claim& claim,
                                           const std::vector<MeasuredRef>& refs,
                                           const FigureTable& figures,
                                           const std::string& claim_path,
                                           RequestErrors* errors,
                                           const Measure* percent = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_CHECKS_CONVERSION_H_
