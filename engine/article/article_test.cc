// All claims of a request together, table-driven through CheckClaims: the
// article's verdict, its first conflict, and its first suspect as an editor
// would read them.
#include "engine/article/article.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/engine.h"
#include "engine/testing/claim_cases.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck {
namespace {

std::string Ids(const std::vector<std::string>& ids) {
  std::vector<std::string> quoted;
  for (const auto& id : ids) quoted.push_back(absl::StrCat("\"", id, "\""));
  return absl::StrJoin(quoted, ",");
}

std::string Total(const std::string& id, const std::string& total,
                  const std::vector<std::string>& parts) {
  std::vector<std::string> terms;
  for (const auto& p : parts)
    terms.push_back(absl::StrCat("{\"figureId\":\"", p, "\"}"));
  return absl::StrCat("{\"id\":\"", id, "\",\"total\":{\"totalId\":\"", total,
                      "\",\"parts\":[", absl::StrJoin(terms, ","), "]}}");
}

std::string Share(const std::string& id, const std::string& part,
                  const std::string& base, const std::string& percent) {
  return absl::StrCat("{\"id\":\"", id, "\",\"share\":{\"partId\":\"", part,
                      "\",\"baseId\":\"", base, "\",\"percentId\":\"", percent,
                      "\"}}");
}

std::string Change(const std::string& id, const std::string& from,
                   const std::string& to, const std::string& change,
                   const std::string& direction,
                   const std::string& measure = "CHANGE_MEASURE_UNSPECIFIED") {
  return absl::StrCat("{\"id\":\"", id, "\",\"change\":{\"fromId\":\"", from,
                      "\",\"toId\":\"", to, "\",\"changeId\":\"", change,
                      "\",\"direction\":\"", direction, "\",\"measure\":\"",
                      measure, "\"}}");
}

std::string Same(const std::string& id,
                 const std::vector<std::string>& figures) {
  return absl::StrCat("{\"id\":\"", id, "\",\"sameQuantity\":{\"figureIds\":[",
                      Ids(figures), "]}}");
}

std::string TimesMore(const std::string& id, const std::string& num,
                      const std::string& den, const std::string& ratio) {
  return absl::StrCat("{\"id\":\"", id, "\",\"ratio\":{\"numeratorId\":\"", num,
                      "\",\"denominatorId\":\"", den, "\",\"ratioId\":\"",
                      ratio, "\",\"form\":\"RATIO_FORM_TIMES_MORE\"}}");
}

std::string Mean(const std::string& id, const std::string& mean,
                 const std::string& n, const std::string& sum) {
  return absl::StrCat("{\"id\":\"", id, "\",\"mean\":{\"meanId\":\"", mean,
                      "\",\"nId\":\"", n, "\",\"sumId\":\"", sum, "\"}}");
}

// "t(28) = 2.20, p = <p>" over the figures v, d and p.
const char kTest[] =
    "{\"id\":\"test\",\"statisticalTest\":{\"statistic\":"
    "\"TEST_STATISTIC_T\",\"valueId\":\"v\",\"df1Id\":\"d\","
    "\"pRelation\":\"P_RELATION_EQUAL\",\"pId\":\"p\"}}";

std::string Request(const std::vector<std::string>& figures,
                    const std::vector<std::string>& claims,
                    const std::string& extra = "") {
  return absl::StrCat("{", Figures(figures), ",\"claims\":[",
                      absl::StrJoin(claims, ","), "]", extra, "}");
}

// Two claims over `figures` and the quantities the article does not print:
// "base", a baseline of 1, and "with", the value measured against it.
std::string OverABase(const std::vector<std::string>& figures,
                      const std::string& first, const std::string& second) {
  return absl::StrCat(
      "{", Figures(figures),
      ",\"quantities\":[{\"id\":\"base\",\"expression\":{\"operation\":"
      "\"OPERATION_SUM\",\"operands\":[{\"constant\":\"1\"}]}},{\"id\":"
      "\"with\",\"unit\":\"UNIT_AMOUNT\"}],\"claims\":[",
      first, ",", second, "]}");
}

// The worked example's figures, with the total and Denver as given.
std::vector<std::string> Kqed(const std::string& total,
                              const std::string& denver) {
  return {"nationwide:" + total + ":c",
          "la:101:c",
          "sc:21:c",
          "sf:six:c",
          "bal:28:c",
          "cook:30:c",
          "denver:" + denver + ":c",
          "ny:45:c",
          "phl:107:c",
          "sea:33:c",
          "dc:14:c",
          "ma:50:c",
          "convicted:63:p"};
}
const std::vector<std::string> kKqedParts = {
    "la", "sc", "sf", "bal", "cook", "denver", "ny", "phl", "sea", "dc", "ma"};

struct ArticleCase {
  std::string name;
  std::string request;
  v1::Verdict verdict;
  std::string conflict =
      "";                    // claim ids of the first conflict, comma-separated
  std::string suspect = "";  // "figure: printed -> corrected" of the first
  v1::Cause cause = v1::CAUSE_UNSPECIFIED;
  v1::Confidence confidence = v1::CONFIDENCE_UNSPECIFIED;
  std::string words = "";  // in the first conflict's message, or the article's
};

void PrintTo(const ArticleCase& c, std::ostream* os) { *os << c.name; }

class ArticleTest : public ::testing::TestWithParam<ArticleCase> {};

TEST_P(ArticleTest, JudgesTheClaimsTogether) {
  const ArticleCase& c = GetParam();
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(c.request));
  ASSERT_THAT(response, IsOk());
  const v1::ArticleResult& a = response->article();
  EXPECT_EQ(a.verdict(), c.verdict) << a.DebugString();
  if (c.conflict.empty()) {
    EXPECT_EQ(a.conflicts_size(), 0) << a.DebugString();
  } else {
    ASSERT_GE(a.conflicts_size(), 1) << a.DebugString();
    EXPECT_EQ(absl::StrJoin(a.conflicts(0).claim_ids(), ","), c.conflict);
  }
  if (!c.words.empty()) {
    EXPECT_THAT(a.conflicts_size() > 0 ? a.conflicts(0).message() : a.message(),
                ::testing::HasSubstr(c.words));
  }
  if (c.suspect.empty()) {
    EXPECT_EQ(a.suspects_size(), 0) << a.DebugString();
    return;
  }
  ASSERT_GE(a.suspects_size(), 1) << a.DebugString();
  const v1::Correction& fix = a.suspects(0).correction();
  EXPECT_EQ(absl::StrCat(fix.figure_id(), ": ", fix.printed_text(), " -> ",
                         fix.corrected_text()),
            c.suspect)
      << a.DebugString();
  EXPECT_EQ(fix.cause(), c.cause) << a.DebugString();
  EXPECT_EQ(a.suspects(0).confidence(), c.confidence) << a.DebugString();
}

INSTANTIATE_TEST_SUITE_P(
    Articles, ArticleTest,
    ::testing::Values(
        ArticleCase{"WorkedExampleHoldsTogether",
                    Request(Kqed("498", "63"),
                            {Total("total", "nationwide", kKqedParts),
                             Share("share", "", "nationwide", "convicted")}),
                    v1::VERDICT_CONSISTENT, "", "", v1::CAUSE_UNSPECIFIED,
                    v1::CONFIDENCE_UNSPECIFIED,
                    "The 2 claims checked together can all hold"},
        // Both transpositions close the gap; the article prints Denver first.
        ArticleCase{"DenverPrintedAs36",
                    Request(Kqed("498", "36"),
                            {Total("total", "nationwide", kKqedParts),
                             Share("share", "", "nationwide", "convicted")}),
                    v1::VERDICT_ERROR, "total", "denver: 36 -> 63",
                    v1::CAUSE_DIGITS_TRANSPOSED, v1::CONFIDENCE_MEDIUM,
                    "27 short"},
        ArticleCase{"TotalPrintedAs489",
                    Request(Kqed("489", "63"),
                            {Total("total", "nationwide", kKqedParts),
                             Share("share", "", "nationwide", "convicted")}),
                    v1::VERDICT_ERROR, "total", "nationwide: 489 -> 498",
                    v1::CAUSE_DIGITS_TRANSPOSED, v1::CONFIDENCE_MEDIUM},
        // Each claim holds alone: "nearly 500" may be 498 for the total and
        // 457 to 464 for the share, but not both at once.
        ArticleCase{
            "SharedFigureCannotSatisfyBoth",
            Request({"all:nearly 500:c", "a:300:c", "b:198:c", "p:63:p",
                     "part:290:c"},
                    {Total("total", "all", {"a", "b"}),
                     Share("share", "part", "all", "p")}),
            v1::VERDICT_ERROR, "total,share", "b: 198 -> 161",
            v1::CAUSE_UNSPECIFIED, v1::CONFIDENCE_LOW,
            "total needs it to be 498 and share needs it to be 457 to 464"},
        ArticleCase{"PartCountedTwiceInTheTotal",
                    Request({"t:290:c", "a:120:c", "b:45:c", "c:80:c"},
                            {Total("total", "t", {"a", "b", "c"})}),
                    v1::VERDICT_ERROR, "total", "t: 290 -> 245",
                    v1::CAUSE_PART_COUNTED_TWICE, v1::CONFIDENCE_HIGH},
        ArticleCase{"PartLeftOutOfTheTotal",
                    Request({"t:200:c", "a:120:c", "b:45:c", "c:80:c"},
                            {Total("total", "t", {"a", "b", "c"})}),
                    v1::VERDICT_ERROR, "total", "t: 200 -> 245",
                    v1::CAUSE_PART_MISSING, v1::CONFIDENCE_HIGH},
        ArticleCase{"SubtotalGivenAsTheTotal",
                    Request({"t:199:c", "a:110:c", "b:52:c", "c:37:c", "d:26:c",
                             "e:19:c"},
                            {Total("total", "t", {"a", "b", "c", "d", "e"})}),
                    v1::VERDICT_ERROR, "total", "t: 199 -> 244",
                    v1::CAUSE_SUBTOTAL_AS_TOTAL, v1::CONFIDENCE_HIGH},
        ArticleCase{
            "RiseThatIsAFall",
            Request({"from:120:c", "to:90:c", "k:25:p"},
                    {Change("rise", "from", "to", "k", "DIRECTION_UP")}),
            v1::VERDICT_ERROR, "rise", "k: 25 -> 25",
            v1::CAUSE_DIRECTION_REVERSED, v1::CONFIDENCE_HIGH},
        // 25 percent is 20 of 80, the later value: a warning on its own.
        ArticleCase{
            "ChangeFromTheWrongBase",
            Request({"from:100:c", "to:80:c", "k:25:p"},
                    {Change("fall", "from", "to", "k", "DIRECTION_DOWN")}),
            v1::VERDICT_WARNING, "fall", "k: 25 -> 20", v1::CAUSE_WRONG_BASE,
            v1::CONFIDENCE_HIGH},
        ArticleCase{
            "PercentForPercentagePoints",
            Request({"from:40:p", "to:45:p", "k:5%:p"},
                    {Change("rise", "from", "to", "k", "DIRECTION_UP")}),
            // First, as the claim's own finding says, but not high: a digit
            // typed as its neighbour ("40" as "42") fits too.
            v1::VERDICT_WARNING, "rise", "k: 5% -> 5 percentage points",
            v1::CAUSE_PERCENT_VS_POINTS, v1::CONFIDENCE_MEDIUM},
        // 50 printed as 59: 9 and 0 are neighbours on the keyboard. The
        // total is printed again in words, which no slip of digits makes.
        ArticleCase{"WrongDigitFromANeighbouringKey",
                    Request({"t:70:c", "t2:seventy:c", "a:20:c", "b:59:c"},
                            {Total("total", "t", {"a", "b"}),
                             Same("again", {"t", "t2"})}),
                    v1::VERDICT_ERROR, "total", "b: 59 -> 50",
                    v1::CAUSE_NEIGHBOURING_KEY, v1::CONFIDENCE_HIGH},
        // "0.382" for "3.82": the point moved out of a leading zero.
        ArticleCase{"PointMovedOutOfALeadingZero",
                    Request({"t:5.00:a", "a:0.382:a", "b:1.18:a"},
                            {Total("total", "t", {"a", "b"})}),
                    v1::VERDICT_ERROR, "total", "a: 0.382 -> 3.82",
                    v1::CAUSE_POWER_OF_TEN, v1::CONFIDENCE_HIGH},
        // The separator of "1,107" is no edit: "107" (a 1 typed twice) is
        // as near as "1,257" (a 1 dropped from the total), and likelier.
        ArticleCase{"SeparatorsAreNoEdits",
                    Request({"t:257:c", "a:1,107:c", "b:150:c"},
                            {Total("total", "t", {"a", "b"})}),
                    v1::VERDICT_ERROR, "total", "a: 1,107 -> 107",
                    v1::CAUSE_DIGIT_DOUBLED, v1::CONFIDENCE_MEDIUM},
        // 5,913 over 1,000 is 5.913: "5.91" fits only because it stands
        // for 5.905 to 5.915, wider than "5.991" was printed; as precisely
        // as that, 5.910 does not fit. Weak evidence: low.
        ArticleCase{"CoarserCorrectionIsWeakEvidence",
                    Request({"m:5.991:a", "n:1,000:c", "s:5,913:c"},
                            {Mean("mean", "m", "n", "s")}),
                    v1::VERDICT_ERROR, "mean", "m: 5.991 -> 5.91",
                    v1::CAUSE_DIGIT_DOUBLED, v1::CONFIDENCE_LOW},
        // "95 kilometres (60 miles)": 60 miles is 96.6 km, and the claim
        // holds with 60 rounded to tens (its own warning). That may be all
        // there is, so "95 should be 96", one of three slips that fit, is
        // no more than a guess.
        ArticleCase{"ASlipBesideAnotherReadingIsAGuess",
                    Request({"km:95:a:sym=km", "mi:60:a:sym=mi"},
                            {Same("distance", {"km", "mi"})}),
                    v1::VERDICT_WARNING, "distance", "km: 95 -> 96",
                    v1::CAUSE_NEIGHBOURING_KEY, v1::CONFIDENCE_LOW},
        // "Three times more" holds only as four times as many: the
        // claim's own finding blames the wording, and so does the first
        // suspect, not a digit.
        ArticleCase{"TimesMoreIsAWording",
                    Request({"a:100:c", "b:25:c", "r:three:-"},
                            {TimesMore("ratio", "a", "b", "r")}),
                    v1::VERDICT_WARNING, "ratio", "r: three -> 4",
                    v1::CAUSE_TIMES_MORE, v1::CONFIDENCE_MEDIUM},
        // Two claims that each hold alone conflict, and one reading of the
        // words resolves it: "2.5 times more" as 3.5 times as high, as a
        // rise of 250 percent says. A warning, not an error.
        ArticleCase{"ConflictThatAReadingOfTheWordsResolves",
                    OverABase({"rise:250%:p", "times:2.5:m"},
                              Change("rise", "base", "with", "rise",
                                     "DIRECTION_UP", "CHANGE_MEASURE_PERCENT"),
                              TimesMore("times", "with", "base", "times")),
                    v1::VERDICT_WARNING, "rise,times", "times: 2.5 -> 3.5",
                    v1::CAUSE_TIMES_MORE, v1::CONFIDENCE_MEDIUM},
        // A reversed direction word is a slip, not a reading: the conflict
        // it resolves stays an error.
        ArticleCase{
            "ConflictThatAReversedDirectionResolves",
            OverABase({"fall:20%:p", "times:1.2:m"},
                      Change("fall", "base", "with", "fall", "DIRECTION_DOWN",
                             "CHANGE_MEASURE_PERCENT"),
                      "{\"id\":\"times\",\"ratio\":{\"numeratorId\":\"with\","
                      "\"denominatorId\":\"base\",\"ratioId\":\"times\","
                      "\"form\":\"RATIO_FORM_TIMES_AS_MANY\"}}"),
            v1::VERDICT_ERROR, "fall,times", "fall: 20% -> 20%",
            v1::CAUSE_DIRECTION_REVERSED, v1::CONFIDENCE_HIGH},
        // XBRL's duplicate facts: "498" in the lead, "nearly 500" later.
        ArticleCase{"SameCountPrintedTwice",
                    Request({"lead:498:c", "later:nearly 500:c"},
                            {Same("same", {"lead", "later"})}),
                    v1::VERDICT_CONSISTENT},
        ArticleCase{"SameCountThatCannotBe",
                    Request({"lead:498:c", "later:nearly 500:c",
                             "caption:more than 500:c"},
                            {Same("same", {"lead", "later", "caption"})}),
                    // Low: "more than 200" and "more than 400" (a key
                    // off) fit as well as the power of ten.
                    v1::VERDICT_ERROR, "same",
                    "caption: more than 500 -> more than 50",
                    v1::CAUSE_POWER_OF_TEN, v1::CONFIDENCE_LOW},
        ArticleCase{
            "NothingToHoldTogether",
            Request({"k:37:p"},
                    {"{\"id\":\"rise\",\"change\":{\"changeId\":\"k\"}}"}),
            v1::VERDICT_NOT_CHECKABLE, "", "", v1::CAUSE_UNSPECIFIED,
            v1::CONFIDENCE_UNSPECIFIED, "No claim of this article"},
        // A kind the joint check leaves out is still checked, on its own.
        ArticleCase{"StatisticalTestAloneIsChecked",
                    Request({"v:2.20:a", "d:28:a", "p:.036:a"}, {kTest}),
                    v1::VERDICT_CONSISTENT, "", "", v1::CAUSE_UNSPECIFIED,
                    v1::CONFIDENCE_UNSPECIFIED,
                    "The one claim checked holds on its own"},
        // Its error is the article's, though the claims held together
        // (here a total) can all hold.
        ArticleCase{"StatisticalTestErrorIsTheArticles",
                    Request({"v:2.20:a", "d:28:a", "p:.36:a", "t:107:c",
                             "a:101:c", "b:six:c"},
                            {kTest, Total("total", "t", {"a", "b"})}),
                    v1::VERDICT_ERROR, "", "", v1::CAUSE_UNSPECIFIED,
                    v1::CONFIDENCE_UNSPECIFIED,
                    "Claim test cannot hold even on its own: t(28) = 2.20"},
        // A claim's own warning is carried up, though the joint check,
        // which reads its figures' whole intervals, finds it can hold: a
        // fall of 4 percent from 85 to 81 percent holds only at the edge of
        // their rounding (4 points fits them as printed).
        ArticleCase{
            "OwnWarningIsTheArticles",
            Request({"a:85 percent:p", "b:81 percent:p", "d:4 percent:p"},
                    {Change("fall", "a", "b", "d", "DIRECTION_DOWN")}),
            v1::VERDICT_WARNING, "", "", v1::CAUSE_UNSPECIFIED,
            v1::CONFIDENCE_UNSPECIFIED,
            "Claim fall holds only under a reading a careful editor would "
            "not assume: From 85 percent to 81 percent"},
        // One step is not enough to decide: never consistent, always said.
        ArticleCase{"OutOfWorkIsUndecided",
                    Request(Kqed("498", "63"),
                            {Total("total", "nationwide", kKqedParts),
                             Share("share", "", "nationwide", "convicted")},
                            ",\"options\":{\"workBudget\":\"1\"}"),
                    v1::VERDICT_NOT_CHECKABLE, "", "", v1::CAUSE_UNSPECIFIED,
                    v1::CONFIDENCE_UNSPECIFIED, "the work budget ran out"}),
    [](const auto& info) { return info.param.name; });

// A reading of a claim's words over a quantity the article does not print
// says nothing of that quantity's value, which no figure prints.
TEST(ArticleTest, ReadingsOverUnprintedQuantitiesClaimNoPrintedValue) {
  absl::StatusOr<v1::CheckClaimsResponse> times = CheckClaims(
      Parse(OverABase({"rise:250%:p", "times:2.5:m"},
                      Change("rise", "base", "with", "rise", "DIRECTION_UP",
                             "CHANGE_MEASURE_PERCENT"),
                      TimesMore("times", "with", "base", "times"))));
  ASSERT_THAT(times, IsOk());
  ASSERT_GE(times->article().suspects_size(), 1);
  EXPECT_EQ(times->article().suspects(0).correction().explanation(),
            "\"2.5 times more\" may mean 3.5 times as many, not 2.5");
  absl::StatusOr<v1::CheckClaimsResponse> fall = CheckClaims(Parse(
      OverABase({"fall:20%:p", "times:1.2:m"},
                Change("fall", "base", "with", "fall", "DIRECTION_DOWN",
                       "CHANGE_MEASURE_PERCENT"),
                "{\"id\":\"times\",\"ratio\":{\"numeratorId\":\"with\","
                "\"denominatorId\":\"base\",\"ratioId\":\"times\",\"form\":"
                "\"RATIO_FORM_TIMES_AS_MANY\"}}")));
  ASSERT_THAT(fall, IsOk());
  ASSERT_GE(fall->article().suspects_size(), 1);
  EXPECT_EQ(fall->article().suspects(0).correction().explanation(),
            "the claims hold with a rise, not a fall: its direction word is "
            "reversed");
}

// Separate conflicts are separate slips: each has its own diagnosis, and
// none speaks for the article.
TEST(ArticleTest, EachSeparateConflictHasItsOwnDiagnosis) {
  std::vector<std::string> figures, claims;
  for (const std::string k : {"1", "2", "3"}) {
    // A part counted twice: one reading fits.
    for (const std::string& f : {"t" + k + ":290:c", "a" + k + ":120:c",
                                 "b" + k + ":45:c", "c" + k + ":80:c"}) {
      figures.push_back(f);
    }
    claims.push_back(Total("total" + k, "t" + k, {"a" + k, "b" + k, "c" + k}));
  }
  // And Denver printed as 36: two transpositions tie.
  for (const std::string& f : Kqed("498", "36")) figures.push_back(f);
  claims.push_back(Total("kqed", "nationwide", kKqedParts));
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(Request(figures, claims)));
  ASSERT_THAT(response, IsOk());
  const v1::ArticleResult& a = response->article();
  ASSERT_EQ(a.diagnoses_size(), 4) << a.DebugString();
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(a.diagnoses(i).confidence(), v1::CONFIDENCE_HIGH);
    EXPECT_EQ(a.diagnoses(i).confidence_reason(),
              "Only one known slip makes every claim hold.");
    ASSERT_EQ(a.diagnoses(i).suspect_indexes_size(), 1);
    EXPECT_EQ(
        a.suspects(a.diagnoses(i).suspect_indexes(0)).correction().figure_id(),
        absl::StrCat("t", i + 1));
  }
  EXPECT_EQ(a.diagnoses(3).confidence(), v1::CONFIDENCE_MEDIUM);
  EXPECT_EQ(a.diagnoses(3).tied(), 2);
  // The article: the lowest, and never one conflict's sentence for all.
  EXPECT_EQ(a.confidence(), v1::CONFIDENCE_MEDIUM);
  EXPECT_THAT(a.confidence_reason(),
              ::testing::HasSubstr("4 separate conflicts"));
  EXPECT_THAT(a.confidence_reason(),
              ::testing::Not(::testing::HasSubstr("Only one known slip")));
}

// Two conflicts that share no figure are two slips even when a third claim,
// which holds on its own, shares figures with both: each still has its own
// diagnosis and suspects, checked against every claim but the other
// conflict's.
TEST(ArticleTest, ConflictsJoinedByAConsistentClaimKeepTheirSuspects) {
  std::vector<std::string> figures, claims;
  for (const std::string k : {"1", "2"}) {
    // A part counted twice: one reading fits.
    for (const std::string& f : {"t" + k + ":290:c", "a" + k + ":120:c",
                                 "b" + k + ":45:c", "c" + k + ":80:c"}) {
      figures.push_back(f);
    }
    claims.push_back(Total("total" + k, "t" + k, {"a" + k, "b" + k, "c" + k}));
  }
  // Holds on its own (120 + 120 = 240) and shares a1 and a2 with both.
  figures.push_back("both:240:c");
  claims.push_back(Total("both-a", "both", {"a1", "a2"}));
  absl::StatusOr<v1::CheckClaimsResponse> response =
      CheckClaims(Parse(Request(figures, claims)));
  ASSERT_THAT(response, IsOk());
  const v1::ArticleResult& a = response->article();
  EXPECT_EQ(a.verdict(), v1::VERDICT_ERROR);
  ASSERT_EQ(a.conflicts_size(), 2) << a.DebugString();
  ASSERT_EQ(a.diagnoses_size(), 2) << a.DebugString();
  for (int i = 0; i < 2; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(a.diagnoses(i).confidence(), v1::CONFIDENCE_HIGH);
    ASSERT_EQ(a.diagnoses(i).conflict_indexes_size(), 1);
    EXPECT_EQ(a.diagnoses(i).conflict_indexes(0), i);
    ASSERT_EQ(a.diagnoses(i).suspect_indexes_size(), 1) << a.DebugString();
    const v1::Correction& fix =
        a.suspects(a.diagnoses(i).suspect_indexes(0)).correction();
    EXPECT_EQ(absl::StrCat(fix.figure_id(), ": ", fix.printed_text(), " -> ",
                           fix.corrected_text()),
              absl::StrCat("t", i + 1, ": 290 -> 245"));
    EXPECT_EQ(fix.cause(), v1::CAUSE_PART_COUNTED_TWICE);
  }
  EXPECT_EQ(a.confidence(), v1::CONFIDENCE_HIGH);
}

// When no known slip fits, the values the figures would need tie, and the
// diagnosis says so.
TEST(ArticleTest, NeededValuesAreSaidToTie) {
  absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(Parse(Request(
      {"all:nearly 500:c", "a:300:c", "b:198:c", "p:63:p", "part:290:c"},
      {Total("total", "all", {"a", "b"}),
       Share("share", "part", "all", "p")})));
  ASSERT_THAT(response, IsOk());
  const v1::ArticleResult& a = response->article();
  ASSERT_GE(a.suspects_size(), 2) << a.DebugString();
  EXPECT_EQ(a.suspects(0).correction().cause(), v1::CAUSE_UNSPECIFIED);
  EXPECT_THAT(a.confidence_reason(), ::testing::HasSubstr("they tie"));
  EXPECT_EQ(a.diagnoses(0).tied(), a.suspects_size());
}

// A budget that proves the conflict but runs out in the search for its
// suspects: the diagnosis says it is incomplete, is never high, and never
// says that no change to one figure makes every claim hold.
TEST(ArticleTest, ADiagnosisCutShortSaysSo) {
  int cut_short = 0;
  for (int budget = 100; budget <= 20'000; budget += 100) {
    const v1::CheckClaimsRequest request = Parse(Request(
        Kqed("498", "36"),
        {Total("total", "nationwide", kKqedParts),
         Share("share", "", "nationwide", "convicted")},
        absl::StrCat(",\"options\":{\"workBudget\":\"", budget, "\"}")));
    absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(request);
    ASSERT_THAT(response, IsOk());
    const v1::ArticleResult& a = response->article();
    if (a.verdict() != v1::VERDICT_ERROR || a.diagnoses_size() == 0 ||
        !a.diagnoses(0).incomplete()) {
      continue;
    }
    ++cut_short;
    SCOPED_TRACE(budget);
    EXPECT_NE(a.confidence(), v1::CONFIDENCE_HIGH);
    EXPECT_THAT(
        a.confidence_reason(),
        ::testing::Not(::testing::HasSubstr("No change to one figure")));
    EXPECT_THAT(a.confidence_reason(),
                ::testing::AnyOf(::testing::HasSubstr("cut short"),
                                 ::testing::HasSubstr("had to stop")));
    EXPECT_THAT(a.undecided_reason(), ::testing::HasSubstr("incomplete"));
  }
  EXPECT_GT(cut_short, 0) << "no budget stopped the diagnosis half-way";
}

// A mean no 20 whole-number values can give: many slips of its figures fit,
// and each that fits is decided twice (against the conflicting claims, then
// the component, here the same one claim), the second time from the first's
// answer, charged as many steps. Whatever the budget, the report is the
// full one or says that the diagnosis was cut short, and the work used
// stays within it: no answer is taken for less work than it took.
TEST(ArticleTest, ABudgetGivesTheFullReportOrSaysItWasCutShort) {
  const std::string claim =
      "{\"id\":\"m\",\"mean\":{\"meanId\":\"mean\",\"nId\":\"n\","
      "\"wholeNumberValues\":true}}";
  auto check = [&](int64_t budget) {
    const std::string options =
        budget > 0
            ? absl::StrCat(",\"options\":{\"workBudget\":\"", budget, "\"}")
            : "";
    absl::StatusOr<v1::CheckClaimsResponse> response = CheckClaims(
        Parse(Request({"mean:3.48:-", "n:20:c"}, {claim}, options)));
    EXPECT_THAT(response, IsOk());
    return response.ok() ? *response : v1::CheckClaimsResponse();
  };
  const v1::CheckClaimsResponse full = check(0);
  const v1::ArticleResult& a = full.article();
  ASSERT_EQ(a.verdict(), v1::VERDICT_ERROR) << a.DebugString();
  ASSERT_GE(a.suspects_size(), 2) << a.DebugString();
  ASSERT_FALSE(a.diagnoses(0).incomplete());
  int complete = 0, cut_short = 0;
  for (int64_t budget = a.work_used() - 20; budget <= a.work_used() + 20;
       ++budget) {
    SCOPED_TRACE(budget);
    const v1::CheckClaimsResponse r = check(budget);
    EXPECT_LE(r.article().work_used(), budget);
    if (r.SerializeAsString() == full.SerializeAsString()) {
      ++complete;
      continue;
    }
    ++cut_short;
    ASSERT_EQ(r.article().diagnoses_size(), 1) << r.article().DebugString();
    EXPECT_TRUE(r.article().diagnoses(0).incomplete());
  }
  EXPECT_GT(complete, 0);
  EXPECT_GT(cut_short, 0);
}

TEST(ArticleTest, SameRequestSameReport) {
  const v1::CheckClaimsRequest request = Parse(Request(
      Kqed("498", "36"), {Total("total", "nationwide", kKqedParts),
                          Share("share", "", "nationwide", "convicted")}));
  absl::StatusOr<v1::CheckClaimsResponse> first = CheckClaims(request);
  absl::StatusOr<v1::CheckClaimsResponse> second = CheckClaims(request);
  ASSERT_THAT(first, IsOk());
  ASSERT_THAT(second, IsOk());
  EXPECT_EQ(first->SerializeAsString(), second->SerializeAsString());
}

}  // namespace
}  // namespace claimcheck
