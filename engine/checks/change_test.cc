// Changes: percent, percentage points, multiples and differences, their
// direction words, and the readings of a wrong one.
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST_P(ClaimTest, GivesTheVerdictAndSaysWhy) { ExpectClaim(GetParam()); }

std::string Change(const std::string& figures, const std::string& fields) {
  return Claim(figures,
               absl::StrCat("\"change\":{\"changeId\":\"d\"", fields, "}"));
}

INSTANTIATE_TEST_SUITE_P(
    Changes, ClaimTest,
    ::testing::Values(
        ClaimCase{"ClimbedThirtySevenPercentWithoutEndpoints",
                  Change(Figures({"d:37 percent:p"}),
                         ",\"direction\":\"DIRECTION_UP\""),
                  kNotCheckable, "change.missing_figure",
                  "values it runs from and to"},
        ClaimCase{"FellTwentyFivePercent",
                  Change(Figures({"a:100:c", "b:75:c", "d:25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"NegativePercentWithoutDirectionWord",
                  Change(Figures({"a:100:c", "b:75:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\""),
                  kOk, "", ""},
        ClaimCase{"RoseWhenItFell",
                  Change(Figures({"a:100:c", "b:75:c", "d:25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kError, "change.direction_reversed",
                  "From 100 to 75 is a fall of 25 percent, not a rise."},
        // A direction word gives the sign: a minus beside "fell" says the
        // fall twice, and beside "rose" yields to the word.
        ClaimCase{"FellByAFigurePrintedNegative",
                  Change(Figures({"a:100:c", "b:75:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"FellByPointsPrintedNegative",
                  Change(Figures({"a:51.3%:p", "b:20.0%:p", "d:-31.3:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":"
                         "\"CHANGE_MEASURE_PERCENTAGE_POINTS\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"FellByAFigurePrintedNegativeWhenItRose",
                  Change(Figures({"a:100:c", "b:125:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kError, "change.direction_reversed",
                  "From 100 to 125 is a rise of 25 percent, not a fall."},
        ClaimCase{"RoseByAFigurePrintedNegative",
                  Change(Figures({"a:100:c", "b:125:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kOk, "", ""},
        ClaimCase{"NegativePercentMeasuredFromTheLaterValue",
                  Change(Figures({"a:100:c", "b:80:c", "d:-25%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\""),
                  kWarning, "change.wrong_base",
                  "only if measured from the later value"},
        ClaimCase{"FellMoreThanAHundredPercent",
                  Change(Figures({"a:40:c", "b:10:c", "d:120%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kError, "change.mismatch",
                  "From 40 to 10 is a fall of 75 percent"},
        ClaimCase{
            "FellMoreThanAHundredPercentWithoutEndpoints",
            Change(Figures({"d:120%:p"}), ",\"direction\":\"DIRECTION_DOWN\""),
            kWarning, "change.fall_over_100_percent", "below zero"},
        ClaimCase{"MeasuredFromTheLaterValue",
                  Change(Figures({"a:80:c", "b:100:c", "d:20%:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.wrong_base",
                  "only if measured from the later value"},
        ClaimCase{"PercentWherePointsWereMeant",
                  Change(Figures({"a:40%:p", "b:50%:p", "d:10 percent:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.percent_vs_points",
                  "only if it means percentage points"},
        // The edge rule: 4 percent holds only for about a third of what 85
        // and 81 stand for, 4 points at 85 and 81 themselves.
        ClaimCase{"FellFourPercentAtTheEdgeOfRounding",
                  Change(Figures({"a:85 percent:p", "b:81 percent:p",
                                  "d:4 percent:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kWarning, "change.rounding_edge",
                  "From 85 percent to 81 percent is a fall of 4.7 percent, "
                  "or of 4 points: 4 percent holds only at the edge of the "
                  "figures' rounding, for about a third of the values they "
                  "stand for, while 4 percentage points fits them as "
                  "printed."},
        // Where it holds for most of their values, no warning.
        ClaimCase{"FellFourPercentWellWithinRounding",
                  Change(Figures({"a:85.0 percent:p", "b:81.6 percent:p",
                                  "d:4 percent:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"RoseEightPercentAtTheEdgeFromTheLaterValue",
                  Change(Figures({"a:92:a", "b:100:a", "d:8 percent:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.rounding_edge",
                  "measured from the later value, 100, 8 percent fits them"},
        ClaimCase{"RoseFivePoints",
                  Change(Figures({"a:40%:p", "b:45%:p", "d:5 points:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":"
                         "\"CHANGE_MEASURE_PERCENTAGE_POINTS\""),
                  kOk, "", ""},
        ClaimCase{"AbsoluteDifference",
                  Change(Figures({"a:471:c", "b:498:c", "d:27:c"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\""),
                  kOk, "", ""},
        ClaimCase{
            "Doubled",
            Change(Figures({"a:21:c", "b:42:c", "d:2:a:ROUNDING_MODE_EXACT"}),
                   ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":\"CHANGE_"
                   "MEASURE_MULTIPLE\""),
            kOk, "", ""},
        // Multiples in words (docs/spec.md, the forms news prints).
        ClaimCase{"DoubledInWords",
                  Change(Figures({"a:21:c", "b:42:c", "d:doubled:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kOk, "", ""},
        ClaimCase{"CutInHalfWithAFallWord",
                  Change(Figures({"a:8.7 million:c", "b:4.4 million:c",
                                  "d:cut in half:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kOk, "", ""},
        ClaimCase{"HalvedWhenItFellByAThird",
                  Change(Figures({"a:90:c", "b:60:c", "d:halved:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_DOWN\""),
                  kError, "change.mismatch", "From 90 to 60"},
        ClaimCase{
            "MoreThanDoubledWhenItRoseSixtyPercent",
            Change(Figures({"a:100:c", "b:160:c", "d:more than doubled:-"}),
                   ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                   "\"DIRECTION_UP\""),
            kError, "change.mismatch", "From 100 to 160"},
        ClaimCase{"ByAThirdFromFourToSixPercent",
                  Change(Figures({"a:4.00 percent:p", "b:6.00 percent:p",
                                  "d:a third:p"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kWarning, "change.wrong_base",
                  "only if measured from the later value"},
        ClaimCase{
            "NotDoubled",
            Change(Figures({"a:21:c", "b:45:c", "d:2:a:ROUNDING_MODE_EXACT"}),
                   ",\"fromId\":\"a\",\"toId\":\"b\",\"measure\":\"CHANGE_"
                   "MEASURE_MULTIPLE\""),
            kError, "change.mismatch", "2.14 times"},
        // Percentages: any value unless the request says a share of a
        // whole, and the same whether the article prints the value or not.
        ClaimCase{"UpAHundredPointsToOneHundredFiftyPercent",
                  Change(Figures({"a:50%:p", "b:150%:p", "d:100 points:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kOk, "", ""},
        ClaimCase{"UpAHundredPointsToAnUnstatedPercent",
                  Change(Figures({"a:50%:p", "d:100 points:-"}),
                         ",\"fromId\":\"a\",\"direction\":\"DIRECTION_UP\""),
                  kNotCheckable, "change.missing_figure", "the later one"},
        ClaimCase{"UpAHundredPointsToAShareOfOneHundredFiftyPercent",
                  Change(Figures({"a:50%:p:scope=SHARE", "b:150%:p:scope=SHARE",
                                  "d:100 points:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kError, "change.percent_out_of_range",
                  "A share of a whole lies from 0 to 100 percent, but the "
                  "later value is given as 150%."},
        ClaimCase{"UpAHundredPointsFromAShareToAnUnstatedValue",
                  Change(Figures({"a:50%:p:scope=SHARE", "d:100 points:-"}),
                         ",\"fromId\":\"a\",\"direction\":\"DIRECTION_UP\""),
                  kError, "change.impossible",
                  "No later value fits a change of 100 points from 50%."},
        ClaimCase{"UpTwentyPointsToAShareOfSeventyPercent",
                  Change(Figures({"a:50%:p:scope=SHARE", "b:70%:p:scope=SHARE",
                                  "d:20 points:-"}),
                         ",\"fromId\":\"a\",\"toId\":\"b\",\"direction\":"
                         "\"DIRECTION_UP\""),
                  kOk, "", ""},
        ClaimCase{"ImpliedEarlierValue",
                  Change(Figures({"b:137:c", "d:37%:p"}),
                         ",\"toId\":\"b\",\"direction\":\"DIRECTION_UP\""),
                  kNotCheckable, "change.missing_figure", "earlier one"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace claimcheck
