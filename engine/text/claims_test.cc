// The claims the extractor proposes, kind by kind, as a reader would state
// them: "total 498 = 101 + 21 + six".
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/text/extract.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"

namespace claimcheck::text {
namespace {

using ::testing::ElementsAreArray;

// One line per claim: its kind and its figures as printed.
std::vector<std::string> Describe(const v1::ExtractClaimsResponse& r) {
  absl::flat_hash_map<std::string, std::string> text;
  for (const v1::Figure& f : r.request().figures()) {
    text[f.id()] = f.span().quote();
  }
  // A value the text does not print, by its label.
  for (const v1::Quantity& q : r.request().quantities()) {
    text[q.id()] = absl::StrCat("(", q.label(), ")");
  }
  auto t = [&text](const std::string& id) {
    return id.empty() ? std::string("?") : text[id];
  };
  std::vector<std::string> out;
  for (int i = 0; i < r.request().claims_size(); ++i) {
    const v1::Claim& c = r.request().claims(i);
    std::string d;
    switch (c.kind_case()) {
      case v1::Claim::kTotal: {
        std::vector<std::string> parts;
        for (const v1::Term& p : c.total().parts()) {
          parts.push_back(t(p.figure_id()));
        }
        d = absl::StrCat("total ", t(c.total().total_id()), " = ",
                         absl::StrJoin(parts, " + "),
                         c.total().partial() ? " (partial)" : "");
        break;
      }
      case v1::Claim::kShare:
        d = absl::StrCat("share ", t(c.share().percent_id()), " of ",
                         t(c.share().base_id()), " is ",
                         t(c.share().part_id()));
        break;
      case v1::Claim::kChange:
        d = absl::StrCat(
            "change ", t(c.change().change_id()), " from ",
            t(c.change().from_id()), " to ", t(c.change().to_id()), " ",
            v1::ChangeMeasure_Name(c.change().measure()).substr(15), " ",
            v1::Direction_Name(c.change().direction()).substr(10));
        break;
      case v1::Claim::kComparison:
        d = absl::StrCat(
            "comparison ", t(c.comparison().subject_id()), " ",
            v1::Relation_Name(c.comparison().relation()).substr(9),
            c.comparison().rank() > 0 ? absl::StrCat(" ", c.comparison().rank())
                                      : "",
            " ",
            absl::StrJoin(c.comparison().other_ids(), ",",
                          [&t](std::string* o, const std::string& id) {
                            o->append(t(id));
                          }),
            c.comparison().whole_id().empty()
                ? ""
                : absl::StrCat("of ", t(c.comparison().whole_id())));
        break;
      case v1::Claim::kStatisticalTest: {
        const v1::StatisticalTestClaim& s = c.statistical_test();
        d = absl::StrCat(
            "test ", v1::TestStatistic_Name(s.statistic()).substr(15), "(",
            t(s.df1_id()), s.df2_id().empty() ? "" : ",",
            s.df2_id().empty() ? "" : t(s.df2_id()), ") = ", t(s.value_id()),
            ", p ", v1::PRelation_Name(s.p_relation()).substr(11), " ",
            s.p_id().empty() ? "-" : t(s.p_id()));
        break;
      }
      case v1::Claim::kSharesSum:
        d = absl::StrCat(
            "shares ",
            absl::StrJoin(c.shares_sum().percent_ids(), " + ",
                          [&t](std::string* o, const std::string& id) {
                            o->append(t(id));
                          }),
            c.shares_sum().partial() ? " <= 100" : " = 100");
        break;
      case v1::Claim::kMean:
        d = absl::StrCat("mean ", t(c.mean().mean_id()), " over ",
                         t(c.mean().n_id()),
                         c.mean().sum_id().empty()
                             ? ""
                             : absl::StrCat(" of ", t(c.mean().sum_id())));
        break;
      case v1::Claim::kRatio:
        d = absl::StrCat("ratio ", t(c.ratio().numerator_id()), " is ",
                         t(c.ratio().ratio_id()), " ",
                         t(c.ratio().denominator_id()));
        break;
      case v1::Claim::kRate:
        d = absl::StrCat("rate ", t(c.rate().rate_id()), " of ",
                         t(c.rate().count_id()), " in ",
                         t(c.rate().population_id()));
        break;
      case v1::Claim::kSameQuantity:
        d = absl::StrCat(
            "same ", absl::StrJoin(c.same_quantity().figure_ids(), ", ",
                                   [&t](std::string* o, const std::string& id) {
                                     o->append(t(id));
                                   }));
        break;
      case v1::Claim::kCount:
        d = absl::StrCat("count ", t(c.count().count_id()), ": ",
                         absl::StrJoin(c.count().item_names(), " | "));
        break;
      default:
        d = "other";
    }
    absl::StrAppend(&d, " [",
                    v1::Confidence_Name(r.claims(i).confidence()).substr(11),
                    "]");
    out.push_back(d);
  }
  return out;
}

// A text and the claims proposed for it, each as Describe prints it.
struct Case {
  std::string text;
  std::vector<std::string> claims;
};

// Extracts each case's text and expects exactly its claims, in order.
void ExpectClaims(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    v1::ExtractClaimsRequest request;
    request.set_text(c.text);
    absl::StatusOr<v1::ExtractClaimsResponse> r =
        Extract(request, kDefaultMaxTextBytes);
    ASSERT_THAT(r, IsOk());
    EXPECT_THAT(Describe(*r), ElementsAreArray(c.claims));
  }
}

TEST(ClaimsTest, EachKindOnItsEvidence) {
  ExpectClaims({
      // A total and its parts across paragraphs (the worked example's shape).
      {"ICE arrested 498 people nationwide this week.\n\nICE arrested 101 "
       "people in Los Angeles, 21 in Santa Clara County and six in San "
       "Francisco.\n\nAgents also rounded up 28 people in Baltimore; 30 in "
       "Cook County, Illinois; and 50 people in the state of Massachusetts.",
       {"total 498 = 101 + 21 + six + 28 + 30 + 50 [MEDIUM]"}},
      // "including": some of the total, in one sentence.
      {"Police arrested 120 people, including 45 in Oakland and 30 in "
       "Fremont.",
       {"total 120 = 45 + 30 (partial) [HIGH]"}},
      {"The fund paid $4.5 million, including $1.2 million to lawyers.",
       {"total $4.5 million = $1.2 million (partial) [HIGH]"}},
      // And a count of its kind opening the next sentence with "also";
      // not without "also", nor a count of another kind.
      {"Storms killed nine people, including six in Illinois.\n\nThree "
       "people in Missouri were also killed by the storm.",
       {"total nine = six + Three (partial) [HIGH]"}},
      {"Storms killed nine people, including six in Illinois.\n\nThree "
       "people in Missouri were hurt by the storm.",
       {"total nine = six (partial) [HIGH]"}},
      {"Storms killed nine people, including six in Illinois.\n\nThree "
       "barns in Missouri were also destroyed by the storm.",
       {"total nine = six (partial) [HIGH]"}},
      // A total stated after its parts.
      {"The clinic saw 40 patients in May and 55 patients in June, for a "
       "total of 95 patients.",
       {"total 95 = 40 + 55 [HIGH]"}},
      // A share of the total in scope, and of a base in the sentence.
      {"ICE arrested 498 people nationwide. Of all those arrested "
       "nationally, 63 percent had criminal convictions.",
       {"share 63 percent of 498 is ? [MEDIUM]"}},
      {"About 40 percent of the 1,200 students, or 480 students, passed.",
       {"share About 40 percent of 1,200 is 480 [HIGH]"}},
      // Changes: endpoints unstated, stated, a direction only, points, a
      // multiple.
      {"Arrests have climbed 37 percent nationally from January to June.",
       {"change 37 percent from ? to ? PERCENT UP [MEDIUM]"}},
      {"Sales rose 25 percent from $1,600 to $2,000.",
       {"change 25 percent from $1,600 to $2,000 PERCENT UP [MEDIUM]"}},
      {"The uninsured rate fell from 12.1% to 9.8% last year.",
       {"comparison 9.8% LESS 12.1% [MEDIUM]"}},
      {"Turnout was up 2.3 percentage points on the last election.",
       {"change 2.3 percentage points from ? to ? PERCENTAGE_POINTS UP "
        "[MEDIUM]"}},
      {"Applications doubled from 1,200 to 2,400.",
       {"change doubled from 1,200 to 2,400 MULTIPLE UP [MEDIUM]"}},
      // The same quantity printed twice.
      {"ICE arrested 498 people nationwide. Officials later said nearly 500 "
       "people had been detained.",
       {"same 498, nearly 500 [MEDIUM]"}},
      // APA statistics and the variants statcheck misses.
      {"The groups differed, t(28) = 2.20, p = .03.",
       {"test T(28) = 2.20, p EQUAL .03 [HIGH]"}},
      {"It held (t(12)=1.2; p=.34).", {"test T(12) = 1.2, p EQUAL .34 [HIGH]"}},
      {"We found t = 1.2, df = 34, p = .24.",
       {"test T(34) = 1.2, p EQUAL .24 [HIGH]"}},
      {"The effect t[12] = 2.5, p \xE2\x89\xA4 .05 held.",
       {"test T(12) = 2.5, p LESS .05 [HIGH]"}},
      {"A large sample, t(1,234) = 2.1, p = .04.",
       {"test T(1,234) = 2.1, p EQUAL .04 [HIGH]"}},
      {"F(1,234) = 4.5, p < .05 in the model.",
       {"test F(1,234) = 4.5, p LESS .05 [HIGH]"}},
      {"The effect, t(40) = 2.9, d = 0.91, p = .006, was large.",
       {"test T(40) = 2.9, p EQUAL .006 [HIGH]"}},
      {"Scores fell, t(30)  =  \xE2\x88\x92"
       "2.10,  p  =  .044.",
       {"test T(30) = \xE2\x88\x92"
        "2.10, p EQUAL .044 [HIGH]"}},
      {"Counts differed, \xCF\x87"
       "2(2, N = 100) = 6.1, p = .047.",
       {"test CHI_SQUARE(2) = 6.1, p EQUAL .047 [HIGH]"}},
      // A part of a whole in the same words; a share printed beside its
      // count; a base after "among".
      {"Thirty-one of the state's 67 counties were affected.",
       {"total 67 = Thirty-one (partial) [HIGH]"}},
      // A part of a whole: a kind of what the total counts after
      // "including" (AP, 2011); "were among" (Newsam, 2018); "of those"
      // with the whole in scope before (KNKX, 2017); "Of the 10 cases"
      // naming again the count before (The Hindu, 2022).
      {"Vicious storms and howling winds smacked the Deep South, killing at "
       "least seven people in Alabama including three family members whose "
       "homes were tossed into nearby woods.",
       {"total at least seven = three (partial) [HIGH]"}},
      {"Two children were among 10 people hurt in a shooting in the Moss "
       "Side area of Manchester, England.",
       {"total 10 = Two (partial) [MEDIUM]"}},
      {"U.S. Immigration and Customs Enforcement says it arrested nearly 500 "
       "people nationwide last week. Thirty-three of those arrests were in "
       "Washington and Oregon.",
       {"total nearly 500 = Thirty-three (partial) [MEDIUM]"}},
      {"The Capital recorded 10 cases of dengue over the past week, taking "
       "the season\xE2\x80\x99s caseload to 153. Of the 10 cases, eight were "
       "recorded under the untraced after investigation category.",
       {"same 10, 10 [MEDIUM]", "total 10 = eight (partial) [MEDIUM]"}},
      // Not at medium when more counts of the whole open the clauses
      // after: parts this reading does not take.
      {"Of the 40 cases, eight were untraced; 12 were imported, and the "
       "others were local.",
       {"total 40 = eight (partial) [LOW]"}},
      {"Of the 40 cases, eight were untraced, and 12 were imported.",
       {"total 40 = eight (partial) [LOW]"}},
      {"Twelve participants (25%) speak a third language.",
       {"share 25% of ? is Twelve [MEDIUM]"}},
      // A part of a whole with the share it is; "the" naming the whole
      // printed before (unnamed there); a whole named by its noun.
      {"The team made 35 of 54 field-goal attempts for 65 percent.",
       {"share 65 percent of 54 is 35 [HIGH]"}},
      {"The week's cases took the caseload to 153. So far 100 of the 153 "
       "cases reported are untraced.",
       {"total 153 = 100 (partial) [HIGH]"}},
      {"The pollster interviewed 600 adults last week. Of the adults, 545 "
       "were registered to vote.",
       {"total 600 = 545 (partial) [MEDIUM]"}},
      // A share's whole after "of which"; a part before "representing";
      // part and whole in parentheses; the whole in the clause before, or
      // named after the part.
      {"Population fell in 1,628 counties, 87 percent of which were small.",
       {"share 87 percent of 1,628 is ? [MEDIUM]"}},
      {"In all, 1,440 counties grew, representing 46.9 percent of counties.",
       {"share 46.9 percent of ? is 1,440 [MEDIUM]"}},
      {"Net debt was \xC2\xA3"
       "944.5 billion, equivalent to 61.4 per cent of "
       "GDP.",
       {"share 61.4 per cent of ? is \xC2\xA3"
        "944.5 billion [MEDIUM]"}},
      {"In the district, 34% (3611 / 10605) met the standard.",
       {"share 34% of 10605 is 3611 [MEDIUM]"}},
      {"In 2015, 52,404 drug overdose deaths occurred; 63.1% (33,091) "
       "involved an opioid.",
       {"share 63.1% of 52,404 is 33,091 [MEDIUM]"}},
      {"In 2016, there were 63,632 drug overdose deaths. Opioids accounted "
       "for 66.4% (42,249) of deaths.",
       {"share 66.4% of 63,632 is 42,249 [MEDIUM]"}},
      // A total and, in apposition, its kinds, each named; not a list of
      // outcomes after a count that is not of people in general.
      {"The ship sailed with 2,229 people on board, 1,316 passengers and 913 "
       "crew.",
       {"total 2,229 = 1,316 + 913 [MEDIUM]"}},
      {"We recruited 187 participants (120 female, 67 male).",
       {"total 187 = 120 + 67 [MEDIUM]"}},
      {"The quake left five dead, 30 injured and 130,000 houses damaged.", {}},
      // A part of the count before "of whom"; "of those <noun>" and the
      // parts listed after it; "of the total"; "including" a group of the
      // same people ("who") with percentages or bare numbers.
      {"We recruited 187 participants (120 female, 67 male), 185 of whom "
       "were students.",
       {"total 187 = 120 + 67 [MEDIUM]", "total 187 = 185 (partial) [MEDIUM]"}},
      {"From 2010 to 2020, 409 counties gained residents; 207 of those "
       "counties were in the South and 93 were in the West.",
       {"total 409 = 207 + 93 (partial) [MEDIUM]"}},
      {"Last year, over 2,900 of the total 9613 cases were untraced.",
       {"total 9613 = over 2,900 (partial) [HIGH]"}},
      {"Among all adults, 63% favor the plan, including 37% who strongly "
       "favor it.",
       {"total 63% = 37% (partial) [HIGH]"}},
      {"More than 60 were injured, including 30 who were in a critical "
       "condition.",
       {"total More than 60 = 30 (partial) [HIGH]"}},
      {"Turnout was 40%, including 60% of young voters.", {}},
      // The total of "including" is the quantity nearest before it or none:
      // never a count further back past a bare number, nor one on a line of
      // its own above.
      {"Cases in the past seven days: 200 and active outbreaks: 57, "
       "including 23 schools, 14 care homes and six child-care centers.",
       {"total 57 = 23 (partial) [HIGH]"}},
      {"New cases in the past seven days: 200\nActive outbreaks: 57, "
       "including 23 schools, 14 care homes and six child-care centers",
       {}},
      // "up from" after a figure in brackets; a bound ("as many as") is no
      // restatement of a count far below it.
      {"Women won the majority (53.22%), up from 48.86% in 2013.",
       {"comparison 53.22% GREATER 48.86% [MEDIUM]"}},
      {"Officials recorded 150 cases in all. As many as 9,979 cases were "
       "feared.",
       {}},
      // A mean over the one count of games its sentence prints; none
      // when it prints two.
      {"Through 17 games Barrett, topped by his 30-point performance, was "
       "averaging 23.8.",
       {"mean 23.8 over 17 [MEDIUM]"}},
      {"After nine straight wins (a stretch where they outscored their "
       "opponents by an average of 26.9 points), they won again.",
       {"mean 26.9 over nine [MEDIUM]"}},
      {"He played 17 games and started 12 games, averaging 23.8 points.", {}},
      // One count printed again (not a small one, which repeats by
      // chance); a fraction in words and its percentage in brackets.
      {"The economy added 248,000 jobs in September. Economists had not "
       "expected 248,000 jobs.",
       {"same 248,000, 248,000 [MEDIUM]"}},
      {"Four participants speak Japanese. Four participants speak French.", {}},
      // A number closing a title in quotation marks names it: no quantity.
      {"Microsoft scores with 'Halo 3' sales\n\nSales of the new \"Halo 3\" "
       "video game lifted profit.",
       {}},
      {"Officials said sales had \"risen by 12%\" this year.",
       {"change 12% from ? to ? PERCENT UP [MEDIUM]"}},
      {"Prices rose 5% in the 12 months ending in March. In the 12 months "
       "ending in February they rose 4%.",
       {"change 5% from ? to ? PERCENT UP [LOW]",
        "change 4% from ? to ? PERCENT UP [LOW]"}},
      {"In 2019, more than one half (53.8%) of adults reported a condition.",
       {"same more than one half, 53.8% [MEDIUM]"}},
      {"A ratio of 0.5 (50%) was found.", {}},
      // A headline's figure printed again in the story.
      {"Survey of 30 Cities Shows Nearly 10 Percent Drop in Homicides\n\n"
       "Crime data from 30 cities show a drop of more than 9 percent.",
       {"change Nearly 10 Percent from ? to ? PERCENT DOWN [LOW]",
        "change more than 9 percent from ? to ? PERCENT DOWN [LOW]",
        "same 30, 30 [MEDIUM]",
        "same Nearly 10 Percent, more than 9 percent [MEDIUM]"}},
      // A headline's change the story states again the same way is one
      // change, claimed from the story; the headline's is low. Not when the
      // story prints the figure as no change, nor a change the other way.
      {"Burglaries fall by 8% in Leeds\n\nPolice in Leeds said burglaries "
       "fell by 8% last year, from 2,500 to 2,300.",
       {"change 8% from ? to ? PERCENT DOWN [LOW]",
        "change 8% from 2,500 to 2,300 PERCENT DOWN [MEDIUM]",
        "same 8%, 8% [MEDIUM]"}},
      {"Burglaries fall by 8% in Leeds\n\nPolice said 8% of homes in "
       "Leeds had an alarm.",
       {"change 8% from ? to ? PERCENT DOWN [MEDIUM]", "same 8%, 8% [MEDIUM]"}},
      {"Van thefts up 4% in Leeds\n\nPolice said car thefts fell by 4% "
       "last year.",
       {"change 4% from ? to ? PERCENT UP [MEDIUM]",
        "change 4% from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"Storms' death toll at 350 and rising\n\nOfficials said the "
       "region's death toll rose to nearly 360 people.",
       {"same 350, nearly 360 [MEDIUM]"}},
      // Not a count and a bound that only its rounding meets: no one count
      // is both 340 and more than 340 (the headline rounds).
      {"Storms' death toll at 340 and rising\n\nOfficials said the "
       "region's death toll rose to more than 340 people.",
       {}},
      // The base opening the sentence, after "the"; a percentage set
      // against one before it is of another whole (breakingnews.ie, 2008).
      {"Of 8,510 candidates who sat the honours paper in the core subject, "
       "4.5% failed compared to 3.8% last year while the numbers failing the "
       "ordinary level rose to 12.3%, up from 11.5% last year. Of the 5,803 "
       "pupils who opted to sit the foundation level, 5.7% failed.",
       {"comparison 12.3% GREATER 11.5% [MEDIUM]",
        "share 4.5% of 8,510 is ? [MEDIUM]",
        "share 5.7% of 5,803 is ? [MEDIUM]"}},
      {"In 2014, among 47,055 drug overdose deaths, 61% involved an opioid.",
       {"share 61% of 47,055 is ? [MEDIUM]"}},
      // Comparisons the words state.
      {"The gain of 248,000 in September exceeded the average gain of "
       "213,000.",
       {"comparison 248,000 GREATER 213,000 [MEDIUM]"}},
      {"It sold 51m iPhones, missing analyst estimates of 54.7m.",
       {"comparison 51m LESS 54.7m [MEDIUM]"}},
      // A participle right after its number says what is counted: "eight
      // missing persons" compares nothing with the two of them.
      {"Rescuers are searching for eight missing persons, two of whom are "
       "children.",
       {"total eight = two (partial) [MEDIUM]"}},
      {"Turnout reached 53.22%, up from 48.86% in 2013.",
       {"comparison 53.22% GREATER 48.86% [MEDIUM]"}},
      // A change with no endpoint beside a value it may run from or to that
      // the words do not place: a proposal (Apple, 2015; the Bureau of
      // Labor Statistics, 2019, as HBS Dealer printed it).
      {"Total profits were up 30 percent from the year-earlier period, when "
       "the company earned $8.5 billion, or $1.42 a share.",
       {"change 30 percent from ? to ? PERCENT UP [LOW]"}},
      {"In September, the unemployment rate declined by a 0.2 percentage "
       "point. The last time the rate was this low was in December 1969 when "
       "it also reached 3.5%.",
       {"change 0.2 percentage point from ? to ? PERCENTAGE_POINTS DOWN "
        "[LOW]"}},
      // A one-sentence list item goes on from the item before, whose
      // labelled value the change runs to when the label names what "less"
      // compares (Stacker, 2021).
      {"\xE2\x80\x93 Cumulative deaths per 100k: 67 (591 total deaths)\n\n"
       "\xE2\x80\x94 59.9% less deaths per 100k residents than California",
       {"change 59.9% from ? to 67 PERCENT DOWN [MEDIUM]"}},
      {"\xE2\x80\x93 Cumulative cases per 100k: 67 (591 total cases)\n\n"
       "\xE2\x80\x94 59.9% less deaths per 100k residents than California",
       {"change 59.9% from ? to ? PERCENT DOWN [LOW]"}},
      // A value that groups its thousands is one the change may run from or
      // to (Pew, 2018).
      {"Overall, the number of ICE arrests decreased sharply during that "
       "span, from 297,898 in 2009 to 143,470 in 2017. However, last year's "
       "total represented a 30% increase from the year before.",
       {"comparison 143,470 LESS 297,898 [MEDIUM]",
        "change 30% from ? to ? PERCENT UP [LOW]"}},
      // An order of endpoints after a change printed with none, the same
      // way: they may be its endpoints, so both are proposals (The Clarion,
      // 2020).
      {"Median household income rose by nearly 7 percent in 2019 from the "
       "year before, the Census Bureau reported on Sept. 15. Of all American "
       "households, the one with the income right in the middle of the "
       "spectrum earned nearly $69,000 in 2019, up from over $64,000 the "
       "year before.",
       {"change nearly 7 percent from ? to ? PERCENT UP [LOW]",
        "comparison nearly $69,000 GREATER over $64,000 [LOW]"}},
      // The change after both endpoints (The Harvard Crimson, 1981).
      {"an increase from 15 cents to 20 cents is one of 25 per cent",
       {"change 25 per cent from 15 to 20 PERCENT UP [MEDIUM]"}},
      // The change restated in apposition after both endpoints, as wire
      // copy prints it (constructed): after a comma or a spaced dash, with a
      // noun cue of the same direction, the endpoints in either order.
      {"Hospital admissions fell from 212 to 180, a drop of 15%.",
       {"change 15% from 212 to 180 PERCENT DOWN [MEDIUM]"}},
      {"Hospital admissions fell from 212 to 180 \u2013 a 15% drop.",
       {"change 15% from 212 to 180 PERCENT DOWN [MEDIUM]"}},
      {"The budget rose to $4.5 billion from $4.1 billion, an increase of "
       "nearly 10 percent.",
       {"change nearly 10 percent from $4.1 billion to $4.5 billion PERCENT UP "
        "[MEDIUM]"}},
      // The adverb of the frame's direction names the change as the noun
      // does ("per cent", "pc" and "percentage points" alike); one of the
      // other direction does not (constructed).
      {"Enrolment rose to 26,500 from 25,000, up 6 per cent.",
       {"change 6 per cent from 25,000 to 26,500 PERCENT UP [MEDIUM]"}},
      {"Unemployment rose to 4.1 per cent from 3.9 per cent, up 0.2 "
       "percentage points.",
       {"change 0.2 percentage points from 3.9 per cent to 4.1 per cent "
        "PERCENTAGE_POINTS UP [MEDIUM]"}},
      {"Sales fell to 700 from 1,000, down 30%.",
       {"change 30% from 1,000 to 700 PERCENT DOWN [MEDIUM]"}},
      {"Sales fell to 700 from 1,000, up 30%.",
       {"comparison 700 LESS 1,000 [LOW]",
        "change 30% from ? to ? PERCENT UP [MEDIUM]"}},
      // A spaced dash ends a change's clause, so the aside after it does not
      // swallow the next cue (TheJournal.ie, 2012).
      {"Revenue went up 74 per cent to a record $46.3 billion (\u20ac35.5bn) "
       "\u2013 analysts expected $39 billion - and profit more than doubled "
       "to $13.1 billion (\u20ac10bn).",
       {"change 74 per cent from ? to $46.3 billion PERCENT UP [MEDIUM]",
        "change more than doubled from ? to $13.1 billion MULTIPLE UP "
        "[MEDIUM]"}},
      // A multiple is read as printed, with its qualifier: "doubled" is 1.95
      // to 2.05 times, "more than doubled" more than 2 (constructed).
      {"Profit more than doubled from $5.0 billion to $9.1 billion.",
       {"change more than doubled from $5.0 billion to $9.1 billion MULTIPLE "
        "UP [MEDIUM]"}},
      // A few words of time or place may close the clause before the comma;
      // "since" before a year ends no clause (constructed).
      {"The unemployment rate fell to 3.9% in April from 4.1% in March, a "
       "decline of 0.2 percentage points.",
       {"change 0.2 percentage points from 4.1% to 3.9% PERCENTAGE_POINTS "
        "DOWN [MEDIUM]"}},
      {"Enrollment has doubled since 2010, from 4,500 students to 9,000.",
       {"change doubled from 4,500 to 9,000 MULTIPLE UP [MEDIUM]"}},
      {"Prices fell from 120 to 90 in the city, while the state saw a drop "
       "of 15%.",
       {"comparison 90 LESS 120 [LOW]",
        "change 15% from ? to ? PERCENT DOWN [MEDIUM]"}},
      // Not when the noun names the other direction, or more words stand
      // between than linking ones: the order of the endpoints, as before.
      {"Hospital admissions fell from 212 to 180, an increase of 15%.",
       {"comparison 180 LESS 212 [LOW]",
        "change 15% from ? to ? PERCENT UP [MEDIUM]"}},
      {"Hospital admissions fell from 212 to 180, a drop in demand of 15%.",
       {"comparison 180 LESS 212 [LOW]"}},
      // What a clause supposes is a proposal (Network Ten, 2012; The
      // Guardian, 2016); so is an order of endpoints whose sentence prints
      // a change the words do not tie to them (The Day, 2019).
      {"The result was so emphatic - if Kevin Rudd had doubled his vote he "
       "still would have lost.",
       {"change doubled from ? to ? MULTIPLE UP [LOW]"}},
      {"if 7.1% (1,236,162) of leave voters had voted to remain in the EU "
       "referendum, the leave margin of victory would have gone down from "
       "1,269,501 to 33,339",
       {"comparison 33,339 LESS 1,269,501 [LOW]",
        "share 7.1% of ? is 1,236,162 [LOW]"}},
      {"An increase from 8 percent to 12.4 percent ... \"over 4\" or 4.4 "
       "percent",
       {"comparison 12.4 percent GREATER 8 percent [LOW]"}},
      // Shares of one whole listed with the rest named: "undecided" (SurveyUSA,
      // 2022), "the remainder" (Pew, 2018), "too early to tell" closing a
      // list over two sentences (AP, 2005). A list without such a word is
      // no division of one whole.
      {"Proposition 27 today fails, with 37% voting yes, 43% no, and 20% of "
       "likely voters undecided.",
       {"shares 37% + 43% + 20% <= 100 [MEDIUM]"}},
      {"Immigrants with past criminal convictions accounted for 74% of all "
       "arrests made by ICE agents in fiscal 2017. The remainder were "
       "classified as non-criminal arrestees, including 16% with pending "
       "criminal charges and 11% with no known criminal convictions or "
       "charges.",
       {"shares 74% + 16% + 11% <= 100 [MEDIUM]"}},
      {"Forty-one percent of respondents said Bush's presidency will be seen "
       "as unsuccessful in the long run, while 26 percent said the opposite. "
       "Thirty-five percent said it was too early to tell.",
       {"shares Forty-one percent + 26 percent + Thirty-five percent <= 100 "
        "[MEDIUM]"}},
      {"In the survey, 52% of women and 61% of men back the measure.", {}},
      // A difference with its endpoints unstated: "than" names what it is
      // set against without printing it, a proposal.
      {"We have 12 fewer homicides than we did a year ago.",
       {"change 12 from ? to ? DIFFERENCE DOWN [LOW]"}},
      // One change printed as a percent and as a difference: the two share
      // endpoints the text does not print, each alone a proposal.
      {"Arrests increased 146% (up more than 22,000 arrests).",
       {"change 146% from ? to ? PERCENT UP [LOW]"}},
      {"Arrests increased 146% in a year.",
       {"change 146% from ? to ? PERCENT UP [MEDIUM]"}},
      // "versus" between bare numbers compares nothing named.
      {"Scores were higher in round 12 vs 9.", {}},
      // "than" and "versus" with figures on both sides.
      {"Women (7.2%) were more likely than men (3.3%) to report a need.",
       {"comparison 7.2% GREATER 3.3% [MEDIUM]"}},
      {"Women were more likely than men (9.7% versus 5.5%) to have asthma.",
       {"comparison 9.7% GREATER 5.5% [MEDIUM]"}},
      // A number joined by a hyphen to the word before it names a group
      // ("big-five"): the subject is the figure before it.
      // Two figures in brackets joined by "and" before "than" are both the
      // subject: the one after "than" is compared with both.
      {"Only Smith (30) and Jones (25) have scored more goals in the "
       "big-five leagues than Brown (21).",
       {"comparison 21 LESS 30,25 [MEDIUM]"}},
      {"Women (7.2%) and girls (6.1%) were more likely than men (3.3%) to "
       "report a need.",
       {"comparison 3.3% LESS 7.2%,6.1% [MEDIUM]"}},
      {"Smith (30) has scored more goals than Brown (21).",
       {"comparison 30 GREATER 21 [MEDIUM]"}},
      {"Sales (30) rose, and costs (25) were higher than in 2020 (21).",
       {"comparison 25 GREATER 21 [MEDIUM]"}},
      // More verbs of an order; the passive ("outpaced by") names the
      // subject after it, and a bare verb with one figure compares nothing.
      {"Turnout of 41% lagged the 48% recorded in 2016.",
       {"comparison 41% LESS 48% [MEDIUM]"}},
      {"Spending of $4.2 billion dwarfed the $1.1 billion it raised.",
       {"comparison $4.2 billion GREATER $1.1 billion [MEDIUM]"}},
      {"Earnings of $1.10 a share fell short of the $1.25 analysts "
       "expected.",
       {"comparison $1.10 LESS $1.25 [MEDIUM]"}},
      {"Turnout of 41% falls short of the 48% recorded in 2016.",
       {"comparison 41% LESS 48% [MEDIUM]"}},
      // "short" without a verb of falling before it compares nothing.
      {"Revenue of $4.1 billion was short of the $4.3 billion forecast.", {}},
      {"Turnout of 41% was outpaced by the 48% recorded in 2016.", {}},
      {"Wages lagged by 3.4%.", {}},
      // A bound the subject's noun crosses, with the level a sentence after
      // gives for the same noun (NPR, 2014); not when the words deny it or
      // the sentence after gives the level of another noun.
      {"The unemployment rate dipped below 6 percent for the first time "
       "since 2008. The jobless rate fell to 5.9 percent.",
       {"comparison 5.9 percent LESS below 6 percent [MEDIUM]"}},
      {"The unemployment rate is not below 6 percent. The jobless rate fell "
       "to 6.1 percent.",
       {}},
      {"The unemployment rate dipped below 6 percent. Wages rose to 5.9 "
       "percent.",
       {}},
      {"In the survey, 1,200 women outnumbered the 800 men.",
       {"comparison 1,200 GREATER 800 [MEDIUM]"}},
      {"In the survey, 1,200 women topped the 800 men.", {}},
      // A superlative and a list of figures each in parentheses: the first
      // is the largest (or smallest) of them (MMWR, 2022). Not a list whose
      // figures measure something else, nor "came from" (which names the
      // largest without ordering them), nor a ranked number of items.
      {"The most prevalent conditions were obesity (25.5%), depression "
       "(21.3%), and high blood pressure (10.7%).",
       {"comparison 25.5% LARGEST 21.3%,10.7% [MEDIUM]"}},
      {"The lowest rates were in Utah (3.1%) and Idaho (3.5%).",
       {"comparison 3.1% SMALLEST 3.5% [MEDIUM]"}},
      {"The most common answer was yes, given by 40% of men and 35% of "
       "women.",
       {}},
      {"The largest contributions came from housing (1.49 percentage "
       "points) and transport (1.47 percentage points).",
       {}},
      {"The top two counties were Harris (12 deaths) and Bexar (9 deaths).",
       {}},
      // A rate the clause compares with an earlier one is a level: the
      // comparison, and no change.
      {"CPIH rose by 6.2% in the 12 months to March 2022, up from 5.5% in "
       "February.",
       {"comparison 6.2% GREATER 5.5% [MEDIUM]"}},
      // "down to ... from": a change, not a bound; a range of years is no
      // figure; a rate's unit printed once for both endpoints.
      {"It pushed the unemployment rate down to 5.9% from 6.1% in August.",
       {"comparison 5.9% LESS 6.1% [MEDIUM]"}},
      {"Rates declined during 1999\xE2\x80\x93"
       "2019 from 249.6 per 100,000 to 168.4 for males.",
       {"comparison 168.4 LESS 249.6 per 100,000 [MEDIUM]"}},
      // A revision of an estimate, a share of a whole: no change.
      {"Employers added about 69,000 more jobs in July and August than the "
       "government first reported.",
       {}},
      {"Some counties have lost more than 10 percent of the population.", {}},
      // "of" inside a clause names no whole; ages after "aged" are no
      // figures.
      {"We will see a high of 41 degrees on Tuesday and a chance of rain at "
       "10 percent.",
       {}},
      {"More adults aged 40\xE2\x80\x93"
       "59 and 60 and over were on a diet than adults aged 20\xE2\x80\x93"
       "39.",
       {}},
      // Numbers with no relation stated: no claim.
      {"Officers seized 40 guns and 12 cars in Oakland on Tuesday.", {}},
      {"The meeting is on March 3, 2017, at 7:30 p.m. at 1600 Pennsylvania "
       "Avenue. Maria Lopez, 45, watched the Giants win 5-3. Call (415) "
       "555-0100.",
       {}},
  });
}

// The later value of a change whose clause prints none: the one an earlier
// sentence gave the same words, "stands at", a value after "after-hours".
TEST(ClaimsTest, ChangesTakeTheLaterValueTheWordsName) {
  ExpectClaims({
      {"The unemployment rate declined by 0.2 percentage point to 5.9 "
       "percent. Over the year, the unemployment rate was down by 1.3 "
       "percentage points.",
       {"change 0.2 percentage point from ? to 5.9 percent PERCENTAGE_POINTS "
        "DOWN [MEDIUM]",
        "change 1.3 percentage points from ? to 5.9 percent "
        "PERCENTAGE_POINTS DOWN [MEDIUM]"}},
      // A later value of its own, waiting for the change after it.
      {"The jobless rate declined to 3.5% in September. In September, the "
       "jobless rate declined by a 0.2 percentage point.",
       {"change 0.2 percentage point from ? to 3.5% PERCENTAGE_POINTS DOWN "
        "[MEDIUM]"}},
      // Not across a title, which opens another subject; across a
      // paragraph it does.
      {"For the quarter, net income rose to $1.52 billion.\n\nSecond Bank "
       "Corp\n\nThe lender says its net income fell 8 percent.",
       {"change 8 percent from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"For the quarter, net income rose to $1.52 billion.\n\nAnalysts "
       "expected less.\n\nThe lender says its net income fell 8 percent.",
       {"change 8 percent from ? to $1.52 billion PERCENT DOWN [MEDIUM]"}},
      // Two subjects, two changes, "respectively".
      {"The number of unemployed persons decreased by 329,000 to 9.3 "
       "million. The unemployment rate fell by 0.2 percentage point to 5.9 "
       "percent. Over the year, the unemployment rate and the number of "
       "unemployed persons were down by 1.3 percentage points and 1.9 "
       "million, respectively.",
       {"change 329,000 from ? to 9.3 million DIFFERENCE DOWN [MEDIUM]",
        "change 0.2 percentage point from ? to 5.9 percent PERCENTAGE_POINTS "
        "DOWN [MEDIUM]",
        "change 1.3 percentage points from ? to 5.9 percent "
        "PERCENTAGE_POINTS DOWN [MEDIUM]",
        "change 1.9 million from ? to 9.3 million DIFFERENCE DOWN "
        "[MEDIUM]"}},
      // Not: another year's change, another subject, a percent change of a
      // percentage (as often points).
      {"Sales of the company rose by $2 billion to $10 billion in 2019. In "
       "2020, sales of the company fell by $1 billion.",
       {"change $2 billion from ? to $10 billion DIFFERENCE UP [MEDIUM]",
        "change $1 billion from ? to ? DIFFERENCE DOWN [LOW]"}},
      {"The unemployment rate fell by 0.2 percentage point to 5.9 percent. "
       "The participation rate fell by 0.1 percentage point.",
       {"change 0.2 percentage point from ? to 5.9 percent PERCENTAGE_POINTS "
        "DOWN [MEDIUM]",
        "change 0.1 percentage point from ? to ? PERCENTAGE_POINTS DOWN "
        "[LOW]"}},
      {"The jobless rate rose to 5.9 percent. Over the year, the jobless "
       "rate was up 3 percent.",
       {"change 3 percent from ? to ? PERCENT UP [MEDIUM]"}},
      // In a list, "less ... than" takes the figure the item before prints
      // after a colon for what it compares; not outside a list.
      {"\xE2\x80\x93 Cumulative deaths per 100k: 67\n\n\xE2\x80\x94 59.9% "
       "less deaths per 100k residents than California",
       {"change 59.9% from ? to 67 PERCENT DOWN [MEDIUM]"}},
      {"Cumulative deaths per 100k: 67. Rural areas had 59.9% less deaths "
       "per 100k residents than California.",
       {"change 59.9% from ? to ? PERCENT DOWN [LOW]"}},
      // "bringing the total to": the one figure of the clause before the
      // comma is the change to the figure after "to". Not with two figures
      // before, nor without a total's noun, nor between figures of two
      // kinds.
      {"Forty-nine COVID-19 cases have been added since January 20th, "
       "bringing that total to 1,731.",
       {"change Forty-nine from ? to 1,731 DIFFERENCE UP [MEDIUM]"}},
      {"The health district reported four more residents have died of "
       "COVID-19, bringing the local death toll to 479.",
       {"change four from ? to 479 DIFFERENCE UP [MEDIUM]"}},
      {"The department confirms 12 cases, bringing the total to 1,578.",
       {"change 12 from ? to 1,578 DIFFERENCE UNSPECIFIED [MEDIUM]"}},
      {"The county reported 12 cases and 3 deaths, bringing the total to "
       "1,578.",
       {}},
      {"The company hired 50 workers, bringing its workforce to 1,200.", {}},
      {"The state's death toll has risen to 254, pushing the region's total "
       "to 340.",
       {}},
      {"The fund raised $5 million, bringing the total number of donors to "
       "1,200.",
       {}},
      // Points against a time after a comma: the change to the percentage
      // before the comma; after "and", the level the difference before
      // took. Not against a figure's owner, nor a percent change of a
      // percentage.
      {"The UK employment rate was estimated at 75.6%, 0.3 percentage "
       "points lower than a year earlier, and 0.2 percentage points lower "
       "than the previous quarter.",
       {"change 0.3 percentage points from ? to 75.6% PERCENTAGE_POINTS "
        "DOWN [MEDIUM]",
        "change 0.2 percentage points from ? to 75.6% PERCENTAGE_POINTS "
        "DOWN [MEDIUM]"}},
      {"The jobless rate was 4.5%, 0.6 percentage points higher than in "
       "2019.",
       {"change 0.6 percentage points from ? to 4.5% PERCENTAGE_POINTS UP "
        "[MEDIUM]"}},
      {"Turnout was 45%, 3 percentage points higher than the state's.",
       {"change 3 percentage points from ? to ? PERCENTAGE_POINTS UP "
        "[LOW]"}},
      {"The rate was 4.5%, 6% higher than a year earlier.",
       {"change 6% from ? to ? PERCENT UP [LOW]"}},
      // A percentage printed with its sign, or zero, before "change": the
      // sign says the direction; the later value the figure before the
      // comma. Not a percentage with no sign.
      {"New deaths: 0.8 (7 new deaths, 0% change from previous week)",
       {"change 0% from ? to 7 PERCENT UNSPECIFIED [MEDIUM]"}},
      {"New cases: 130 (1,150 new cases, +9% change from previous week)",
       {"change 9% from ? to 1,150 PERCENT UNSPECIFIED [MEDIUM]"}},
      {"New deaths: 5.3 (3 new deaths, -40% change from previous week)",
       {"change -40% from ? to 3 PERCENT UNSPECIFIED [MEDIUM]"}},
      {"Prices saw a 5% change from last week.", {}},
      // A plus sign after an up cue; not after a down cue.
      {"More than 25 million passengers passed through its airports in "
       "2019, an increase of +11.2% compared to 2018.",
       {"change 11.2% from ? to More than 25 million PERCENT UP [MEDIUM]"}},
      {"Traffic fell by +3% last year.", {}},
      // A noun cue after "year-on-year": the change before it.
      {"Traffic rose in the month, a +4.7% year-on-year increase in "
       "domestic passengers.",
       {"change 4.7% from ? to ? PERCENT UP [MEDIUM]"}},
      {"In total, 4.19 million passengers travelled through the airport, a "
       "+3.4% year-on-year increase.",
       {"change 3.4% from ? to 4.19 million PERCENT UP [MEDIUM]"}},
      // A signed percentage closing a bracket: the change to the level
      // opening the bracket, or just before it. Not a percentage level, nor
      // a bracket that prints anything else, nor with no sign.
      {"Regions by cargo: Asia Pacific (43.4 million tonnes, +5.4%); "
       "Africa (2.1 million tonnes, -1.3%).",
       {"change 5.4% from ? to 43.4 million PERCENT UNSPECIFIED [MEDIUM]",
        "change -1.3% from ? to 2.1 million PERCENT UNSPECIFIED [MEDIUM]"}},
      {"Casablanca led the way with 10,306,293 passengers in 2019 (+5.9% "
       "year-on-year).",
       {"change 5.9% from ? to 10,306,293 PERCENT UNSPECIFIED "
        "[MEDIUM]"}},
      {"Shares closed at $41.20 (+2.1%) on Friday.",
       {"change 2.1% from ? to $41.20 PERCENT UNSPECIFIED [MEDIUM]"}},
      {"Turnout was 45% (+3%) in the county.", {}},
      {"Asia Pacific (43.4 million tonnes, 5.4%)", {}},
      {"Asia Pacific (43.4 million tonnes, +5.4% of the world)", {}},
      {"Asia Pacific (43.4 million tonnes, +5.4%, a record)", {}},
      // A signed percentage, then its endpoints in brackets; not with no
      // sign, nor over years, nor over a bracket that prints more.
      {"2010-2018 pop. change: +19.6% (182,264 to 218,022)",
       {"change 19.6% from 182,264 to 218,022 PERCENT UNSPECIFIED [MEDIUM]"}},
      {"Population change, Alabama: +2.3% (4.8 million to 4.9 million)",
       {"change 2.3% from 4.8 million to 4.9 million PERCENT UNSPECIFIED "
        "[MEDIUM]"}},
      {"Enrollment fell 19.6% (182,264 to 146,530) over the decade.",
       {"change 19.6% from 182,264 to 146,530 PERCENT DOWN [MEDIUM]"}},
      {"Turnout was 19.6% (182,264 to vote) in the county.", {}},
      {"Prices: +5% (2019 to 2020)", {}},
      // A later value against the level the sentence before gave the same
      // words; not another subject's.
      {"The chance of rain is around 30%. Rain chances increase to 90% "
       "Tuesday.",
       {"comparison 90% GREATER around 30% [MEDIUM]"}},
      {"The national rate is 5%. The state rate rose to 6%.", {}},
      // "also": the later value of the change just before, for the same
      // subject only.
      {"Median household income halted its fall at $51,017. That is down "
       "about 9 percent from a peak of $56,080 in 1999. Income is also down "
       "about 8.3 percent since 2007.",
       {"change about 9 percent from $56,080 to $51,017 PERCENT DOWN [MEDIUM]",
        "change about 8.3 percent from ? to $51,017 PERCENT DOWN [MEDIUM]"}},
      {"Sales rose 5% to $10 million. Profit also rose 3%.",
       {"change 5% from ? to $10 million PERCENT UP [MEDIUM]",
        "change 3% from ? to ? PERCENT UP [LOW]"}},
      // A verb cue with no figure orders the pair the next sentence
      // compares; not "compared to" alone, nor a pair of another thing.
      {"The number of arrests rose during the last week, following two "
       "weeks of rapid decline. New numbers show that 4,690 arrests had been "
       "made during the week ending Jan. 11, compared to 2,401 between Dec. "
       "29 and Jan. 4.",
       {"comparison 4,690 GREATER 2,401 [MEDIUM]"}},
      {"Payrolls averaged 161,000 jobs a month, compared with 223,000 jobs "
       "a month in 2018.",
       {}},
      {"The number of arrests rose during the last week. Officers wrote "
       "4,690 tickets, compared to 2,401 tickets the week before.",
       {}},
      // One point in words as the change; "from 78.7 to 79.6 percent"
      // prints the unit once.
      {"We've increased our graduation rate, rising nearly a full "
       "percentage point from 78.7 to 79.6 percent.",
       {"change nearly a full percentage point from 78.7 to 79.6 percent "
        "PERCENTAGE_POINTS UP [MEDIUM]"}},
      {"The jobless rate rose a percentage point to 5.9 percent.",
       {"change a percentage point from ? to 5.9 percent PERCENTAGE_POINTS "
        "UP [MEDIUM]"}},
      {"The rate fell from 12.1 to 9.8 percent.",
       {"comparison 9.8 percent LESS 12.1 [MEDIUM]"}},
      {"Sales rose a percentage of the time.", {}},
      // "X, a figure that was up N", "X, which was up N": X is the later
      // value; not a clause that names something else.
      {"Apple tallied $51.5 billion in sales in the most-recent quarter, a "
       "figure that was up 22 percent from its fourth quarter last year.",
       {"change 22 percent from ? to $51.5 billion PERCENT UP [MEDIUM]"}},
      {"Sales reached $51.5 billion in the quarter, which was up 22 percent.",
       {"change 22 percent from ? to $51.5 billion PERCENT UP [MEDIUM]"}},
      {"Sales reached $51.5 billion in the quarter, a forecast that was up "
       "22 percent.",
       {"change 22 percent from ? to ? PERCENT UP [LOW]"}},
      // A change of a rate runs from and to no count of its paragraph; a
      // change of what is counted may.
      {"In 2015, 52,404 drug overdose deaths occurred. From 2014 to 2015, "
       "the opioid-involved death rate increased by 15.6%.",
       {"change 15.6% from ? to ? PERCENT UP [MEDIUM]"}},
      {"In 2015, 52,404 drug overdose deaths occurred. From 2014 to 2015, "
       "opioid-involved deaths increased by 15.6%.",
       {"change 15.6% from ? to ? PERCENT UP [LOW]"}},
      // A margin in points between two percentages, from the smaller to
      // the larger: printed after it, or the only figures before it; not a
      // gap between margins, nor with a third percentage before.
      {"42% statewide oppose the law, 38% support, a 4-point difference.",
       {"change 4 from 38% to 42% PERCENTAGE_POINTS UNSPECIFIED [MEDIUM]"}},
      {"Voters 65+ oppose by an overwhelming 57-point margin, 10% to 67%.",
       {"change 57 from 10% to 67% PERCENTAGE_POINTS UNSPECIFIED [MEDIUM]"}},
      {"Men vote yes by a 10-point margin; women vote no by a 22-point "
       "margin, a 32-point gender gap.",
       {}},
      {"Smith has 41%, Jones 38% and Brown 12%, a 3-point lead.", {}},
      // "now stands at", and a word joined by a hyphen inside the clause.
      {"Median household income increased by 3.2 percent in 2016, and now "
       "stands at $59,000.",
       {"change 3.2 percent from ? to $59,000 PERCENT UP [MEDIUM]"}},
      {"The shares fell 8.2% in after-hours trading to $505.5.",
       {"change 8.2% from ? to $505.5 PERCENT DOWN [MEDIUM]"}},
  });
}

// A later value after an aside between commas that prints no figure: "from
// 128,361 in 2010-11, when the coalition came to power, to 184,528"; not
// when the aside prints a figure of its own.
// A change with no endpoint whose subject a later paragraph prints with a
// value it may run from or to: the lead states it, the story gives its
// endpoints later, where its own paragraph cannot show them: a proposal.
TEST(ClaimsTest, ChangesWhoseEndpointsALaterParagraphMayGive) {
  ExpectClaims({
      // A company's result is its profit, income or earnings in turn.
      {"Third-quarter profit rose 5 percent at the chain.\n\nFor the three "
       "months, net income was $1.52 billion.",
       {"change 5 percent from ? to ? PERCENT UP [LOW]"}},
      {"In the region, home sales rose 12 percent last year.\n\nAgents "
       "recorded 5.3 million home sales in all.",
       {"change 12 percent from ? to ? PERCENT UP [LOW]"}},
      // Its revenue, revenues, sales and turnover, another.
      {"The company said its revenue rose 20 per cent.\n\nSales for the "
       "quarter totalled $1.02 billion.",
       {"change 20 per cent from ? to ? PERCENT UP [LOW]"}},
      {"The company said its revenue rose 20 per cent.\n\nIts profit was "
       "$78.1 million.",
       {"change 20 per cent from ? to ? PERCENT UP [MEDIUM]"}},
      // Not another subject, nor one word alone, nor past a title.
      {"The bureau said food prices rose 0.6 per cent.\n\nWithout the "
       "changes, child care prices would have risen for over 1 million "
       "families.",
       {"change 0.6 per cent from ? to ? PERCENT UP [MEDIUM]"}},
      {"Its shares slid 2 percent in early trading.\n\nThe company earned "
       "$1.20 per share.",
       {"change 2 percent from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"Third-quarter profit rose 5 percent at the chain.\n\nSecond Bank "
       "Corp\n\nIts net income was $1.52 billion.",
       {"change 5 percent from ? to ? PERCENT UP [MEDIUM]"}},
  });
}

TEST(ClaimsTest, ChangesReadPastAnAsideBetweenCommas) {
  ExpectClaims({
      {"Bed days had risen 61% from 128,361 in 2010-11, when the coalition "
       "came to power, to 184,528 last year.",
       {"change 61% from 128,361 to 184,528 PERCENT UP [MEDIUM]"}},
      {"Bed days had risen 61% from 128,361 in 2010-11, when 40 wards "
       "closed, to 184,528 last year.",
       {"change 61% from 128,361 to ? PERCENT UP [MEDIUM]"}},
  });
}

// An endpoint after "from the" printed bare; not a count of what the
// figures come from. The level after "at" following the change, or in an
// aside ", at N," before the cue; not a count of places, nor an aside after
// another figure.
TEST(ClaimsTest, ChangesTakeTheLevelAfterAtAndTheBareFigureAfterFromThe) {
  ExpectClaims({
      {"We logged 46 calls this week, up 15% from the 40 we logged last "
       "week.",
       {"change 15% from 40 to 46 PERCENT UP [MEDIUM]"}},
      {"Sales rose 12% from the 30 stores in the chain.",
       {"change 12% from ? to ? PERCENT UP [LOW]"}},
      {"Exports were up by 4 per cent on 2019 at $8.3 billion.",
       {"change 4 per cent from ? to $8.3 billion PERCENT UP [MEDIUM]"}},
      {"Sales were up 4% at 20 stores.",
       {"change 4% from ? to ? PERCENT UP [LOW]"}},
      {"Imports, at $5.2 billion, were down by 3 per cent.",
       {"change 3 per cent from ? to $5.2 billion PERCENT DOWN [MEDIUM]"}},
      {"Imports from 12 ports, at $5.2 billion, were down by 3 per cent.",
       {"change 3 per cent from ? to ? PERCENT DOWN [LOW]"}},
  });
}

// The endpoints of one change measure one kind of quantity: two of
// different kinds are neither taken (a request CheckClaims refuses
// otherwise; found by the text fuzzer).
TEST(ClaimsTest, ChangesTakeNoEndpointsOfTwoKinds) {
  ExpectClaims({
      {"Fees rose 25 percent from $1,300 to 40 percent.",
       {"change 25 percent from ? to ? PERCENT UP [LOW]"}},
      {"Fees rose 25 percent from $1,040 to $1,300.",
       {"change 25 percent from $1,040 to $1,300 PERCENT UP [MEDIUM]"}},
  });
}

// A spaced dash before a change stands as a comma: the value before it is
// the later one. Not a minus sign touching the number.
TEST(ClaimsTest, ChangesAfterASpacedDashTakeTheValueBefore) {
  ExpectClaims({
      {"The number of officers had fallen to below 13,000 - 450 fewer than "
       "last year.",
       {"change 450 from ? to below 13,000 DIFFERENCE DOWN [MEDIUM]"}},
      {"Sales were $2.1 million - up 5% from 2019.",
       {"change 5% from ? to $2.1 million PERCENT UP [MEDIUM]"}},
      {"The force has 13,000 officers -450 fewer than last year.",
       {"change -450 from ? to ? DIFFERENCE DOWN [LOW]"}},
  });
}

// Points after "by", then after a comma the two sides "A% to B%": the
// margin from the smaller to the larger. Not without the two sides.
TEST(ClaimsTest, AMarginByPointsBeforeItsTwoSides) {
  ExpectClaims({
      {"Smith defeats Jones by 3 points today, 48% to 45%.",
       {"comparison 48% GREATER 45% [MEDIUM]",
        "change 3 points from 45% to 48% PERCENTAGE_POINTS UNSPECIFIED "
        "[MEDIUM]"}},
      {"Smith leads Jones by 3 points today, with 48% of the vote.", {}},
  });
}

// "X was D more than Y" (or "X, D more than Y"), Y after "than" and a few
// words ending in "of": D is X less Y. Not without "of" after the words,
// nor with a verb other than one of being.
TEST(ClaimsTest, ADifferenceMoreThanAFigureNamed) {
  ExpectClaims({
      {"The crowd of 88,000 was 12,000 more than the previous record of "
       "76,000.",
       // (Describe prints no sign: 76,000 is subtracted.)
       {"total 12,000 = 88,000 + 76,000 [MEDIUM]"}},
      {"The crowd of 88,000 was 12,000 more than the previous record.",
       {"change 12,000 from ? to ? DIFFERENCE UP [LOW]"}},
      {"The crowd of 88,000 drew 12,000 more than the previous record of "
       "76,000.",
       {}},
  });
}

// After the two sides, a comma, "a", a margin's noun and "of" before the
// points ("per cent" a percentage as "%" is, so the points are percentage
// points). Not with a third percentage before, nor with no article.
TEST(ClaimsTest, AMarginOfPointsAfterItsTwoSides) {
  ExpectClaims({
      {"Jones took 52% of the vote to Smith's 45%, a margin of 7 percentage "
       "points.",
       {"change 7 percentage points from 45% to 52% PERCENTAGE_POINTS "
        "UNSPECIFIED [MEDIUM]"}},
      {"The poll puts Labour on 41 per cent and the Conservatives on 29 per "
       "cent, a lead of 12 points.",
       {"change 12 points from 29 per cent to 41 per cent PERCENTAGE_POINTS "
        "UNSPECIFIED [MEDIUM]"}},
      {"Labour is on 41%, the Conservatives on 29% and the Greens on 9%, a "
       "lead of 12 points.",
       {}},
      {"Labour is on 41% and the Conservatives on 29%, with a lead of 12 "
       "points.",
       {}},
  });
}

// A noun cue after a semicolon and "a": the value before it is the later
// one, as after a comma.
TEST(ClaimsTest, ANounCueAfterASemicolonTakesTheValueBefore) {
  ExpectClaims({
      {"In May we logged 120 calls; a 20% drop from April.",
       {"change 20% from ? to 120 PERCENT DOWN [MEDIUM]"}},
      // Not a noun opening a clause of its own.
      {"In May we logged 120 calls; a 20% drop is expected in June.",
       {"change 20% from ? to ? PERCENT DOWN [LOW]"}},
      {"Calls were 120 in May, a 20% drop is expected in June.",
       {"change 20% from ? to ? PERCENT DOWN [MEDIUM]"}},
  });
}

// "over" and a year after a percentage or a word of change is the year
// compared with, no figure: the change reads past it. Not a count after
// "over" with a noun after it.
TEST(ClaimsTest, ChangesReadPastOverAYear) {
  ExpectClaims({
      {"Airports handled 4.4 billion passengers in 2006, a 4.8 percent "
       "increase over 2005.",
       {"change 4.8 percent from ? to 4.4 billion PERCENT UP [MEDIUM]"}},
      {"Traffic grew 4.6 per cent over 2015 to 34.6 million.",
       {"change 4.6 per cent from ? to 34.6 million PERCENT UP [MEDIUM]"}},
      {"Sales saw a 5 percent increase over 2000 units.", {}},
  });
}

// "compared with" right after the change names the value it runs from;
// not another percentage beside a percent change (two changes), nor a
// phrase that prints no value.
TEST(ClaimsTest, ChangesComparedWithTheValueBefore) {
  ExpectClaims({
      {"Average weekly earnings stood at \xE2\x82\xAC"
       "907.72 in Q3 of 2023, up almost 33% when compared with the average "
       "weekly earnings of \xE2\x82\xAC"
       "682.79 recorded in Q3 of 2013.",
       {"change almost 33% from \xE2\x82\xAC"
        "682.79 to \xE2\x82\xAC"
        "907.72 PERCENT UP [MEDIUM]"}},
      {"Revenue was $50 million, up 25% compared to $40 million a year "
       "earlier.",
       {"change 25% from $40 million to $50 million PERCENT UP [MEDIUM]"}},
      {"Sales rose 5% compared with 3% for rivals.",
       {"change 5% from ? to ? PERCENT UP [MEDIUM]"}},
      {"Sales rose 20% compared with the same month a year ago.",
       {"change 20% from ? to ? PERCENT UP [MEDIUM]"}},
      // After a later value and no change: an order; a change after both
      // takes them.
      {"The increase came as civil revenue rose to $517.4 million compared "
       "with $390.1 million a year ago.",
       {"comparison $517.4 million GREATER $390.1 million [MEDIUM]"}},
      {"Profit rose to $5 million compared with $4 million a year earlier, "
       "an increase of 25%.",
       {"change 25% from $4 million to $5 million PERCENT UP [MEDIUM]"}},
      {"Sales rose to $5 million compared with 40 stores.", {}},
      // "X ... Dec. 31, up from Y": an abbreviation's stop is words.
      {"The profit amounted to 25 cents per diluted share for the quarter "
       "ended Dec. 31, up from eight cents per diluted share a year earlier.",
       {"comparison 25 GREATER eight [MEDIUM]"}},
  });
}

// ", up from A to B" after a change in its direction (a noun cue's too)
// gives its endpoints; not ", up from A" alone, nor in the other direction.
TEST(ClaimsTest, ChangesUpFromAToBAfterAComma) {
  ExpectClaims({
      {"Police figures showed a 14 per cent rise in attacks against the "
       "person, up from 233,600 to 265,800.",
       {"change 14 per cent from 233,600 to 265,800 PERCENT UP [MEDIUM]"}},
      {"Attacks rose 14 per cent, up from 233,600 to 265,800.",
       {"change 14 per cent from 233,600 to 265,800 PERCENT UP [MEDIUM]"}},
      {"Attacks rose 14 per cent, up from 233,600.",
       {"change 14 per cent from ? to ? PERCENT UP [LOW]"}},
      {"Attacks fell 14 per cent, up from 233,600 to 265,800.",
       {"change 14 per cent from ? to ? PERCENT DOWN [LOW]",
        "comparison 265,800 GREATER 233,600 [LOW]"}},
  });
}

// An order after a change with no endpoints is a proposal (the pair may
// be that change's), unless its verb names another subject than the
// change's sentence does; a company's profit and income are one, and a
// noun cue names its subject after it.
TEST(ClaimsTest, AnOrderOfAnotherSubjectAfterALoneChange) {
  ExpectClaims({
      {"The number of immigrants was up by over 31 per cent. The number of "
       "people leaving also rose from just over 56,000 to 64,000.",
       {"change over 31 per cent from ? to ? PERCENT UP [LOW]",
        "comparison 64,000 GREATER just over 56,000 [MEDIUM]"}},
      {"Car sales rose 10 percent. Car sales rose from 100 to 110 in the "
       "year.",
       {"change 10 percent from ? to ? PERCENT UP [MEDIUM]",
        "comparison 110 GREATER 100 [LOW]"}},
      {"Quarterly profit rose 22 percent. Net income rose to $663 million "
       "from $543 million.",
       {"change 22 percent from ? to ? PERCENT UP [LOW]",
        "comparison $663 million GREATER $543 million [LOW]"}},
      {"Troops will be cut by 50%. It is a possible reduction to 100,000 "
       "troops from 146,000.",
       {"change 50% from ? to ? PERCENT DOWN [LOW]",
        "comparison 100,000 LESS 146,000 [LOW]"}},
      // "X, up from Y": the words before X name it.
      {"Sales rose 20 per cent. Health care revenue was $50.4 million, up "
       "from $32.1 million.",
       {"change 20 per cent from ? to ? PERCENT UP [LOW]",
        "comparison $50.4 million GREATER $32.1 million [MEDIUM]"}},
      {"Sales rose 20 per cent. Sales were $50.4 million, up from $42 "
       "million.",
       {"change 20 per cent from ? to ? PERCENT UP [LOW]",
        "comparison $50.4 million GREATER $42 million [LOW]"}},
  });
}

// "from A up to B" ("down to") after a verb of movement: an order, "up
// to" no bound; not a range.
TEST(ClaimsTest, FromAUpToB) {
  ExpectClaims({
      {"The loss of jobs pushed the unemployment rate from 5.8 up to 6 per "
       "cent.",
       {"comparison 6 per cent GREATER 5.8 [MEDIUM]"}},
      {"Prices went from $3.10 down to $2.90 a gallon.",
       {"comparison $2.90 LESS $3.10 [MEDIUM]"}},
      {"Fines run from $50 up to $500.", {}},
      {"Tickets cost from $5 up to $10 each.", {}},
  });
}

// "N of the <words>": a part of the count a few sentences before whose
// unit counts every one of the words; not one that lacks a word.
TEST(ClaimsTest, APartOfTheCountItsWordsName) {
  ExpectClaims({
      {"The economy generated 74,100 net new jobs in September. Economists "
       "had expected 20,000 jobs. The data found 69,300 of the new jobs "
       "were full-time work.",
       {"total 74,100 = 69,300 (partial) [MEDIUM]"}},
      {"The city has 500 teachers. Records show 30 of the new teachers were "
       "hired in May.",
       {}},
  });
}

// An order with one endpoint opening "This had", "This is still": the
// other the one figure of the sentence before of its kind; not with two.
TEST(ClaimsTest, AnOrderWhoseSubjectTheSentenceBeforeGives) {
  ExpectClaims({
      {"The percentage of people who were classified as overweight or obese "
       "in 2015 was 60%. This had risen to 62% in 2017.",
       {"comparison 62% GREATER 60% [MEDIUM]"}},
      {"The pass rate was 75.1%. This is still down from a peak of 78.2% in "
       "2013.",
       {"comparison 75.1% LESS 78.2% [MEDIUM]"}},
      {"The pass rate was 75.1%, against 70% in 2016. This had risen to 80% "
       "by 2019.",
       {}},
  });
}

// "including" after a difference: the count the difference is set
// against is the total.
TEST(ClaimsTest, IncludingPastADifference) {
  ExpectClaims({
      // A bare number right after "of whom" counts the total's things; not
      // one further on.
      {"In all, 4647 participants were randomised, of whom 4575 were "
       "included in the analysis.",
       {"total 4647 = 4575 (partial) [HIGH]"}},
      {"Some 4,647 people were hurt, of whom 575 were children, 20 of them "
       "seriously.",
       {"total Some 4,647 = 575 (partial) [HIGH]"}},
      {"There were 22,021 marriages in 2017, 605 or 2.7pc fewer than in "
       "2016, including 759 same-sex marriages.",
       {"change 2.7pc from ? to ? PERCENT DOWN [LOW]",
        "total 22,021 = 759 (partial) [HIGH]"}},
  });
}

// "A ..., together with B, makes a total of T" ("combined with"): T the
// sum of A and B; with "(2007: ...)" after each, the year before's too.
// Not without "a total of".
TEST(ClaimsTest, TogetherWithMakesATotal) {
  ExpectClaims({
      {"The directors declared a second interim dividend of 10.28p (2007: "
       "9.13p) per share which, together with the first interim dividend of "
       "5.19p (2007: 4.32p) per share, makes a total of 15.47p for the year "
       "(2007: 13.45p).",
       {"total 15.47p = 10.28p + 5.19p [MEDIUM]",
        "total 13.45p = 9.13p + 4.32p [MEDIUM]"}},
      {"Smith won 300 votes, which together with Jones's 200 votes makes a "
       "total of 500 votes.",
       {"total 500 = 300 + 200 [MEDIUM]"}},
      {"Smith, together with 20 aides, met 300 voters.", {}},
  });
}

// "X (2015: Y)" a few words before a change: its endpoints; not a
// bracket of another kind.
TEST(ClaimsTest, ChangesFromTheYearBeforeInBrackets) {
  ExpectClaims({
      {"Profit was \xC2\xA3"
       "746.8 million (2007: \xC2\xA3"
       "719.4 million), a rise of 3.8%.",
       {"change 3.8% from \xC2\xA3"
        "719.4 million to \xC2\xA3"
        "746.8 million PERCENT UP [MEDIUM]"}},
      {"Sales were 40 (20 of them online), an increase of 10%.",
       {"change 10% from ? to ? PERCENT UP [MEDIUM]"}},
  });
}

// Money "of that" ("of it"): some of the money figure before; not "of
// that growth", a noun's.
TEST(ClaimsTest, MoneyOfThat) {
  ExpectClaims({
      {"It includes a total allocation of $317 million, with $225 million of "
       "that coming in the district's general fund.",
       {"total $317 million = $225 million (partial) [MEDIUM]"}},
      {"Revenue rose $5 million to $40 million, and $2 million of that "
       "growth came from exports.",
       {"change $5 million from ? to $40 million DIFFERENCE UP [MEDIUM]"}},
  });
}

// A change printed again in brackets after "or": one change two ways.
TEST(ClaimsTest, AChangeAgainInBracketsAfterOr) {
  ExpectClaims({
      {"Arrivals from the Asia region increased the most, up 5,100 (or 7.6 "
       "percent) from August 2017.",
       {"change 5,100 from (the value before the rise) to (the value after "
        "the rise) DIFFERENCE UP [MEDIUM]",
        "change 7.6 percent from (the value before the rise) to (the value "
        "after the rise) PERCENT UP [MEDIUM]"}},
  });
}

// Pence printed "8.5p" are money the figure's text carries; "12P" is no
// figure (the reader takes a one-letter unit only in its symbol's case), so
// no claim rests on it (once proposed, and refused by CheckClaims).
TEST(ClaimsTest, PenceAreMoney) {
  ExpectClaims({
      {"The final dividend will be 8.5p, up from 7.858p.",
       {"comparison 8.5p GREATER 7.858p [MEDIUM]"}},
      {"Shares rose 12p to 345p.",
       {"change 12p from ? to 345p DIFFERENCE UP [MEDIUM]"}},
      {"Earnings per share up 37 per cent to 30.6p",
       {"change 37 per cent from ? to 30.6p PERCENT UP [MEDIUM]"}},
      {"Shares rose 12P to 345P.", {}},
  });
}

// Money in two currencies makes no claim, whatever the words say: each of
// these once proposed a claim over dollars and pence, which CheckClaims
// refuses, and the whole text with it.
TEST(ClaimsTest, MoneyInTwoCurrenciesMakesNoClaim) {
  ExpectClaims({
      {"The fund holds $1,300, including 40p from students.", {}},
      {"The groups raised $1,300, and of them 40p went to students.", {}},
      {"Revenue was $1,300, up 40p from last year.", {}},
  });
}

// A cue with only a later value, then a cue with only a change: one
// change; not across "while", which opens a clause of another subject.
TEST(ClaimsTest, ALoneLaterValueWaitsNotAcrossWhile) {
  ExpectClaims({
      {"Revenue rose to $4.2 billion, up 12% from a year earlier.",
       {"change 12% from ? to $4.2 billion PERCENT UP [MEDIUM]"}},
      {"The death toll rose to 120 on Monday, while the number of cases saw "
       "a record jump of 463.",
       {}},
  });
}

// A part beside its percentage in a survey's table takes as its base the
// sample stated before its answers, "(n = 200)", the latest; not one
// smaller than the part.
TEST(ClaimsTest, SharesOfTheSampleATableStates) {
  ExpectClaims({
      {"Should results be shared? (n = 200)\n\nYes\n\n150 (75.0%)\n\nNo"
       "\n\n50 (25.0%)\n\nWere they shared? (n = 120)\n\nYes\n\n90 "
       "(75.0%)",
       {"share 75.0% of 200 is 150 [MEDIUM]",
        "share 25.0% of 200 is 50 [MEDIUM]",
        "share 75.0% of 120 is 90 [MEDIUM]"}},
      {"Should results be shared? (n = 40)\n\nYes\n\n150 (75.0%)",
       {"share 75.0% of ? is 150 [MEDIUM]"}},
  });
}

// A difference, then after a comma "A compared with B": A the later value,
// B the earlier; not without "compared", nor values of another kind.
TEST(ClaimsTest, DifferencesBetweenValuesComparedAfter) {
  ExpectClaims({
      {"There were 12 fewer homicides this year, 48 compared with 60.",
       {"change 12 from 60 to 48 DIFFERENCE DOWN [MEDIUM]"}},
      {"The company hired 300 more workers than last year, 1,500 compared "
       "with 1,200.",
       {"change 300 from 1,200 to 1,500 DIFFERENCE UP [MEDIUM]"}},
      {"There were 12 fewer homicides this year, 48 in March and 60 in "
       "April.",
       {"change 12 from ? to ? DIFFERENCE DOWN [LOW]"}},
      {"There were 12 fewer homicides this year, $48 compared with $60.",
       {"change 12 from ? to ? DIFFERENCE DOWN [LOW]"}},
  });
}

// A noun cue opening a clause after a comma: the value before the comma is
// the later one ("X, an increase of N% from Y", "X, a 5% gain"), or with
// "compared with" the two values are; "X, up from Y, a 20% gain" the change
// after both; not a value after "from" (the earlier), a change of the other
// direction ("a 20% drop"), a difference ("202 fewer"), a percentage against a
// percent change (of the rate, or in points?), nor with another value of its
// kind before it (which the change runs from the words do not say).
TEST(ClaimsTest, ChangesAfterACommaTakeTheValueBefore) {
  ExpectClaims({
      {"The city's budget is $500 million, an increase of 25% from $400 "
       "million last year.",
       {"change 25% from $400 million to $500 million PERCENT UP [MEDIUM]"}},
      {"Membership stood at 900, a drop of 10% from 1,000 a year ago.",
       {"change 10% from 1,000 to 900 PERCENT DOWN [MEDIUM]"}},
      {"Revenue was $8.2 billion, a 5% gain.",
       {"change 5% from ? to $8.2 billion PERCENT UP [MEDIUM]"}},
      {"The company earned $3.1 billion, compared with $2.5 billion a year "
       "earlier, an increase of 24%.",
       {"change 24% from $2.5 billion to $3.1 billion PERCENT UP [MEDIUM]"}},
      {"Ridership reached 1.8 million, up from 1.5 million, a 20% gain.",
       {"change 20% from 1.5 million to 1.8 million PERCENT UP [MEDIUM]"}},
      {"Ridership reached 1.8 million, up from 1.5 million, a 20% drop.",
       {"comparison 1.8 million GREATER 1.5 million [LOW]",
        "change 20% from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"Sales fell from 212 to 180, a 15% gain.",
       {"comparison 180 LESS 212 [LOW]",
        "change 15% from ? to ? PERCENT UP [MEDIUM]"}},
      {"There were 202 fewer homicides, a drop of more than 9 percent.",
       {"change more than 9 percent from ? to ? PERCENT DOWN [LOW]",
        "change 202 from ? to ? DIFFERENCE DOWN [LOW]"}},
      {"A loaf cost \xC2\xA3"
       "0.75 a year ago, today \xC2\xA3"
       "1, a 25 per "
       "cent increase.",
       {"change 25 per cent from ? to ? PERCENT UP [LOW]"}},
      {"The jobless rate was 4.2%, an increase of 5%.",
       {"change 5% from ? to ? PERCENT UP [MEDIUM]"}},
      // A span of years between is words: the figure before it.
      {"Some 443,000 people have been jobless for over two years, up by "
       "21,000.",
       {"change 21,000 from ? to Some 443,000 DIFFERENCE UP [MEDIUM]"}},
      {"Some 443,000 people have been jobless for 2 years, up by 21,000.",
       {"change 21,000 from ? to Some 443,000 DIFFERENCE UP [MEDIUM]"}},
  });
}

// "X, N% higher than Y": the value before the comma the later, the figure
// after "than" the earlier; not a percent change between percentages (of
// the rate, or in points?), nor with no figure after "than".
TEST(ClaimsTest, ChangesHigherThanAFigure) {
  ExpectClaims({
      {"Attendance was 45,000, 10% lower than last year's 50,000.",
       {"change 10% from 50,000 to 45,000 PERCENT DOWN [MEDIUM]"}},
      {"The average price was $3.60, 20% higher than the $3.00 of a year "
       "ago.",
       {"change 20% from $3.00 to $3.60 PERCENT UP [MEDIUM]"}},
      {"The rate was 4.2%, 10% higher than the 3.8% of a year earlier.",
       {"change 10% from ? to ? PERCENT UP [LOW]"}},
      {"Homicides were 24 percent higher than in 2019.",
       {"change 24 percent from ? to ? PERCENT UP [LOW]"}},
      // The subject's figure before a verb of being, a few words between.
      {"Mr. Snow's figure of 200,000 jobs per month was 33 percent lower "
       "than the administration's figure of about 300,000.",
       {"change 33 percent from about 300,000 to 200,000 PERCENT DOWN "
        "[MEDIUM]"}},
      {"Mr. Snow's figure of 200,000 jobs per month was 50 percent lower "
       "than the administration's figure of about 300,000.",
       {"change 50 percent from about 300,000 to 200,000 PERCENT DOWN "
        "[MEDIUM]"}},
      {"The 2019 crop of 450 tons was 10 percent higher than the 400 tons of "
       "2018.",
       {"change 10 percent from 400 to 450 PERCENT UP [MEDIUM]"}},
      // "A compared to B — N per cent more" ("which is", "less than").
      {"This year, IMD recorded 864 mm of rainfall as compared to normal "
       "rainfall of 829 mm \xE2\x80\x94 which is 4 per cent more.",
       {"change 4 per cent from 829 to 864 PERCENT UP [MEDIUM]"}},
      {"It reported rainfall of 965 mm as compared to normal rainfall of "
       "1,334 mm \xE2\x80\x94 28 per cent less than the normal rainfall.",
       {"change 28 per cent from 1,334 to 965 PERCENT DOWN [MEDIUM]"}},
      // Not values of other kinds, nor "more" alone with no pair.
      {"Sales were $5 million compared with 40 stores, 25 percent more.", {}},
      {"Sales were $5 million, 25 percent more.", {}},
      // A unit, then what it measures, against the unit alone.
      {"The country received 145.4 mm rainfall in June, about 11 per cent "
       "lower than the normal of 163.6 mm.",
       {"change about 11 per cent from 163.6 to 145.4 PERCENT DOWN "
        "[MEDIUM]"}},
      {"Police made 45 arrests in June, 10% lower than the 50 stops of May.",
       {"change 10% from ? to ? PERCENT DOWN [LOW]"}},
      // Not: figures of other kinds, or none after "than".
      {"The median price for homes with 3 bedrooms was 20 percent higher "
       "than the $300,000 of a year ago.",
       {"change 20 percent from ? to ? PERCENT UP [LOW]"}},
      {"Unemployment among the 2,000 workers surveyed was 5 percent lower "
       "than the 12 percent of 2019.",
       {"change 5 percent from ? to ? PERCENT DOWN [LOW]"}},
      {"The 450 tons harvested was 10 percent higher than in 2018.",
       {"change 10 percent from ? to ? PERCENT UP [LOW]"}},
  });
}

// The change restated after both endpoints past ", which represents" (",
// which means"). Not a change of the other direction, nor after "which is
// why".
TEST(ClaimsTest, ChangesRestatedAfterWhichRepresents) {
  ExpectClaims({
      {"Fares rose from $6 to $20, which represents a 233 per cent increase.",
       {"change 233 per cent from $6 to $20 PERCENT UP [MEDIUM]"}},
      {"Fares rose from $6 to $20, which represents a 333 per cent increase.",
       {"change 333 per cent from $6 to $20 PERCENT UP [MEDIUM]"}},
      {"Fares rose from $6 to $20, which means a 10 per cent cut in service.",
       {"comparison $20 GREATER $6 [LOW]",
        "change 10 per cent from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"Fares rose from $6 to $20, which is why 30 percent of riders left.",
       {"comparison $20 GREATER $6 [MEDIUM]"}},
  });
}

// "a change from A to B represents a P per cent increase": "change"
// ("move", "shift") names no direction; the noun cue after the restated
// change does, and the endpoints must move that way.
TEST(ClaimsTest, ChangesFromANeutralNoun) {
  ExpectClaims({
      {"A change from 6 cents to 20 cents represents a 233 per cent "
       "increase.",
       {"change 233 per cent from 6 to 20 PERCENT UP [MEDIUM]"}},
      {"A change from 6 cents to 20 cents represents a 333 per cent "
       "increase.",
       {"change 333 per cent from 6 to 20 PERCENT UP [MEDIUM]"}},
      {"The change from $20 to $6 represents a 70 per cent cut.",
       {"change 70 per cent from $20 to $6 PERCENT DOWN [MEDIUM]"}},
      {"The change from 20 cents to 6 cents represents a 233 per cent "
       "increase.",
       {"change 233 per cent from ? to ? PERCENT UP [LOW]"}},
      {"A change from 6 cents to 20 cents takes effect in May.", {}},
  });
}

// A percentage "of" money, then "is", "would be", "comes to" or ", or" and
// money: the base and the part. Not money compared after it ("was $12
// million more than").
TEST(ClaimsTest, SharesOfMoneyWithTheirPart) {
  ExpectClaims({
      {"Ten percent of $106,000 is $10,600.",
       {"share Ten percent of $106,000 is $10,600 [MEDIUM]"}},
      {"Ten percent of $106,000 is $16,000.",
       {"share Ten percent of $106,000 is $16,000 [MEDIUM]"}},
      {"The city spends 20 percent of the $5 million budget, or $1 million, "
       "on parks.",
       {"share 20 percent of $5 million is $1 million [MEDIUM]"}},
      {"Five percent of the $200 million budget was $12 million more than "
       "last year.",
       {"change $12 million from ? to ? DIFFERENCE UP [LOW]"}},
  });
}

// "This was 56 percent greater": a percentage and a comparative ending a
// sentence that opens "This was", after a sentence with two amounts of
// money: the change between them. Not with a figure after "than", nor
// with words other than "than" after the comparative.
TEST(ClaimsTest, ChangesThisWasPercentMoreThanTheSentenceBefore) {
  ExpectClaims({
      {"The city utility charged $40.80 for 750 kwh, whereas the private "
       "utility charged $91.29. This was \"124 percent greater.\"",
       {"change 124 percent from $40.80 to $91.29 PERCENT UP [MEDIUM]"}},
      {"The city utility charged $40.80 for 750 kwh, whereas the private "
       "utility charged $91.29. This was \"56 percent greater.\"",
       {"change 56 percent from $40.80 to $91.29 PERCENT UP [MEDIUM]"}},
      {"The city utility charged $40.80, whereas the private utility "
       "charged $91.29. That's 55 percent less.",
       {"change 55 percent from $91.29 to $40.80 PERCENT DOWN [MEDIUM]"}},
      {"The city utility charged $40.80, whereas the private utility "
       "charged $91.29. This was 56 percent greater than the state average "
       "of $60.",
       {"change 56 percent from ? to ? PERCENT UP [LOW]"}},
      {"Tickets cost $40 in 2019 and $60 in 2020. It was 20 percent higher "
       "in 2021.",
       {}},
  });
}

// "P percent higher for X and Q percent higher for Y" after two sentences
// each with money "for X" and "for Y": the subject's capitalized words name
// the later sentence. Not when both sentences print them.
TEST(ClaimsTest, ChangesForEachOfTwoParallelSentences) {
  ExpectClaims({
      {"The average Bay Area household spent $13,777 for owners and $9,908 "
       "for renters. Households nationwide spent $7,022 for owners and "
       "$2,030 for renters. The Bay Area averages were 96 percent higher for "
       "owners and 388 percent higher for renters.",
       {"change 96 percent from $7,022 to $13,777 PERCENT UP [MEDIUM]",
        "change 388 percent from $2,030 to $9,908 PERCENT UP [MEDIUM]"}},
      {"The average Bay Area household spent $13,777 for owners and $9,908 "
       "for renters. Households nationwide spent $7,022 for owners and "
       "$2,030 for renters. The Bay Area averages were 96 percent higher for "
       "owners and 71 percent higher for renters.",
       {"change 96 percent from $7,022 to $13,777 PERCENT UP [MEDIUM]",
        "change 71 percent from $2,030 to $9,908 PERCENT UP [MEDIUM]"}},
      {"Bay Area owners spent $13,777 for owners. Bay Area renters spent "
       "$7,022 for owners. The Bay Area averages were 96 percent higher for "
       "owners.",
       {}},
  });
}

// "Out of N ..., P percent": the base opening the sentence, as "Of the N"
// and "among N" are. Not "out of work".
TEST(ClaimsTest, SharesOfABaseAfterOutOf) {
  ExpectClaims({
      {"Out of 50 ballots entered, only 2 percent voted for Smith.",
       {"share 2 percent of 50 is ? [MEDIUM]"}},
      {"Out of 50 ballots entered, only 1 percent voted for Smith.",
       {"share 1 percent of 50 is ? [MEDIUM]"}},
      {"He was out of work for 3 months, and 20 percent of his savings went.",
       {}},
  });
}

// A sum over a count: money "for" a count and money "per" what it counts
// with only linking words between; a figure "divided by" a count, linking
// words and a figure of its kind. Not across another clause, nor a figure
// of another kind after "divided by".
TEST(ClaimsTest, MeansOfASumOverACount) {
  ExpectClaims({
      {"Hoffman spent $35,973 for 4,235 votes, or $8.49 per vote.",
       {"mean $8.49 over 4,235 of $35,973 [MEDIUM]"}},
      {"Hoffman spent $4,590 for 4,235 votes, or $8.49 per vote.",
       {"mean $8.49 over 4,235 of $4,590 [MEDIUM]"}},
      {"$3.4 billion divided by 95,000 works out to $35,800 per job.",
       {"mean $35,800 over 95,000 of $3.4 billion [MEDIUM]"}},
      {"$3.4 billion divided by 95,000 works out to $35.8 million per job.",
       {"mean $35.8 million over 95,000 of $3.4 billion [MEDIUM]"}},
      {"The city paid $2 million for 40 acres, while land nearby sells for "
       "$60,000 an acre.",
       {}},
      {"The city paid $2 million for 40 acres; land nearby sells for $60,000 "
       "an acre.",
       {}},
      {"The $3.4 billion budget divided by 95,000 residents is 3.6 percent "
       "higher than last year.",
       {"change 3.6 percent from ? to ? PERCENT UP [LOW]"}},
  });
}

// "4,175 cases out of 358,000 population is 1.17 percent": a part "out of"
// its whole just before the percentage, a verb of being, a comma or ", or"
// between. Not with a comparison or a change after the percentage, nor
// "40 out of 60" printed as one figure.
TEST(ClaimsTest, SharesOfAPartOutOfItsWhole) {
  ExpectClaims({
      {"4,175 cases out of 358,000 population is 1.166 percent.",
       {"share 1.166 percent of 358,000 is 4,175 [MEDIUM]"}},
      {"4,175 cases out of 358,000 population is .01166 percent.",
       {"share .01166 percent of 358,000 is 4,175 [MEDIUM]"}},
      {"Smith won 40 races out of 60, or 66.7 percent.",
       {"share 66.7 percent of 60 is 40 [MEDIUM]"}},
      {"Smith won 40 races out of 60, or 76.7 percent.",
       {"share 76.7 percent of 60 is 40 [MEDIUM]"}},
      {"The team won 40 games out of 60, 5 percent more than last season.",
       {"change 5 percent from ? to ? PERCENT UP [LOW]"}},
      {"Some 300 students out of 1,200 applicants were admitted, 25 percent "
       "up on last year.",
       {}},
      {"She made 12 out of 20 shots, or 60 percent.", {}},
  });
}

// "Of the W ..., P ..." then "That's a little less than half of ...": the
// part is a little under half of the whole; "more than half", a majority.
// Not "half" or "about half" alone, nor after a sentence not opening "Of".
TEST(ClaimsTest, HalfOfTheWholeTheSentenceBeforeParts) {
  ExpectClaims({
      {"Of the $1.3 million the group collected last year, about $600,000 "
       "came from supermarkets. That's a little less than half of the "
       "group's total.",
       {"comparison about $600,000 NEARLY_HALF of $1.3 million [MEDIUM]"}},
      {"Of the 1,200 people arrested, 540 were men. That's more than half of "
       "those arrested.",
       {"total 1,200 = 540 (partial) [MEDIUM]",
        "comparison 540 MAJORITY of 1,200 [MEDIUM]"}},
      {"Of the 1,200 people arrested, 580 were men. That's half of those "
       "arrested.",
       {"total 1,200 = 580 (partial) [MEDIUM]"}},
      {"Of the 1,200 people arrested, 640 were men. That's less than half "
       "of those arrested.",
       {"total 1,200 = 640 (partial) [MEDIUM]"}},
      {"Police arrested 1,200 people and 640 were men. That's more than half "
       "of those arrested.",
       {}},
  });
}

// A sum of money the sentence before prints, then "The sum would be
// divided ...:" and money opening each clause after the colon: all its
// parts. Not with words that leave some of it out, nor without a verb of
// sharing out.
TEST(ClaimsTest, PartsOfASumDividedAfterAColon) {
  ExpectClaims({
      {"The suit was settled for $933,000. The sum would be divided in this "
       "fashion: $283,000 for one firm of lawyers, $350,000 for another "
       "firm, $100,000 for the institute and $200,000 for Ms. Jones herself.",
       {"total $933,000 = $283,000 + $350,000 + $100,000 + $200,000 "
        "[MEDIUM]"}},
      {"The suit was settled for $850,000. The sum would be divided in this "
       "fashion: $283,000 for one firm of lawyers, $350,000 for another "
       "firm, $100,000 for the institute and $200,000 for Ms. Jones herself.",
       {"total $850,000 = $283,000 + $350,000 + $100,000 + $200,000 "
        "[MEDIUM]"}},
      {"The company earned $5 million. The money will be divided: $2 million "
       "to staff and $1 million to charity, with the rest kept in reserve.",
       {}},
      {"The company earned $5 million. The money was spent: $2 million on "
       "staff and $1 million on rent.",
       {}},
  });
}

// One measure in two units, the second in brackets: a same quantity, each
// figure with its unit and "about" what it prints. Not temperatures, money
// or a bracket of another dimension.
TEST(ClaimsTest, SameQuantityInTwoUnits) {
  ExpectClaims({
      {"Crews lower 30-foot-tall (9-meter-tall) sections of fence.",
       {"same 30, 9 [MEDIUM]"}},
      {"Crews lower 30-foot-tall (48-kilometer-tall) sections of fence.",
       {"same 30, 48 [MEDIUM]"}},
      {"Police seized 12 kilograms (26.5 pounds) of cocaine.",
       {"same 12, 26.5 [MEDIUM]"}},
      {"The plane flew 200 miles (320 kilometers) north.",
       {"same 200, 320 [MEDIUM]"}},
      {"It was 68F (20C) at noon.", {}},
      {"The haul was worth 5 pounds ($6).", {}},
      {"The trail runs 5 miles (2 hours) along the river.", {}},
  });
}

// A fraction in words as a change is a percent change, between
// percentages too; a verb, its object and "by" the change. Not "half a
// million" (a difference), nor "by" after an object that names no change.
TEST(ClaimsTest, ChangesByAFractionAndAfterAnObject) {
  ExpectClaims({
      {"Sales fell by half, from 400 to 200.",
       {"change half from 400 to 200 PERCENT DOWN [MEDIUM]"}},
      {"Sales fell by half, from 400 to 300.",
       {"change half from 400 to 300 PERCENT DOWN [MEDIUM]"}},
      {"Rents rose by a third, to $1,200 from $900.",
       {"change a third from $900 to $1,200 PERCENT UP [MEDIUM]"}},
      {"The tax rate rose by a third, from 4 percent to 6 percent.",
       {"change a third from 4 percent to 6 percent PERCENT UP [MEDIUM]"}},
      {"The board cut its budget by 5%, from $200 million to $190 million.",
       {"change 5% from $200 million to $190 million PERCENT DOWN [MEDIUM]"}},
      {"The board cut its budget by a quarter, from $200 million to $150 "
       "million.",
       {"change a quarter from $200 million to $150 million PERCENT DOWN "
        "[MEDIUM]"}},
      {"Sales rose by half a million, from 2 million to 2.5 million.",
       {"change half a million from 2 million to 2.5 million DIFFERENCE UP "
        "[MEDIUM]"}},
      {"The rate rose by half a point, from 4 percent to 4.5 percent.",
       {"change half from ? to ? DIFFERENCE UP [LOW]"}},
      {"The council cut the ribbon by the river, with 300 people watching.",
       {}},
      {"The mayor raised the issue by phone with 12 council members.", {}},
  });
}

// "leapt" ("leaped") is an up cue as "jumped" is: the change and its
// endpoints after "from" and "to", the years after each set aside. Not a
// count after it with no "by" ("leapt 8 metres"), nor a verb with no
// figure of its own.
TEST(ClaimsTest, ChangesAfterLeapt) {
  ExpectClaims({
      {"Winter deaths leapt nearly 150% from 10,250 in 2013-14 to 25,500 in "
       "2014-15.",
       {"change nearly 150% from 10,250 to 25,500 PERCENT UP [MEDIUM]"}},
      {"Winter deaths leapt nearly 250% from 10,250 in 2013-14 to 25,500 in "
       "2014-15.",
       {"change nearly 250% from 10,250 to 25,500 PERCENT UP [MEDIUM]"}},
      {"Sales leaped 20 percent.",
       {"change 20 percent from ? to ? PERCENT UP [MEDIUM]"}},
      {"The athlete leapt 8 metres.", {}},
      {"He leapt from the 40-foot bridge in 2019.", {}},
  });
}

// "rose to $663 million, or 83 cents a share, from $545 million, or 69
// cents a share": the amounts per share beside the endpoints compare the way
// the verb moved; so with "That compared with" opening the next sentence.
// Not with no earlier amount per share, nor beside something else.
TEST(ClaimsTest, AmountsPerShareBesideTheEndpoints) {
  ExpectClaims({
      {"The company said net income rose to $663 million, or 83 cents a "
       "share, from $545 million, or 69 cents a share, a year ago.",
       {"comparison $663 million GREATER $545 million [MEDIUM]",
        "comparison 83 GREATER 69 [MEDIUM]"}},
      {"Net income fell to $1.2 billion, or $1.10 per share. That compared "
       "with $1.5 billion, or $1.38 per share, last year.",
       {"comparison $1.10 LESS $1.38 [MEDIUM]"}},
      {"Net income rose to $663 million, or 83 cents a share.", {}},
      {"Net income rose to $663 million, or 8% of sales, from $545 "
       "million, or 7% of sales.",
       {"comparison $663 million GREATER $545 million [MEDIUM]"}},
  });
}

// "T ..., an average of A per game": the mean over the count of what it is
// taken per, with the sum the clause before the comma prints; "each" with
// the one other count of that clause. Not with two sums to choose from,
// nor with no count of what it is taken per.
// A change printed as an amount and, after ", or", as a percentage (or the
// other way round) is one change: two claims over the same endpoints, and
// an endpoint the clause does not print is a quantity the two share.
TEST(ClaimsTest, AChangePrintedTwoWaysSharesItsEndpoints) {
  ExpectClaims({
      {"Shares fell $2.50, or 10%, to $22.50.",
       {"change $2.50 from (the value before the fall) to $22.50 DIFFERENCE "
        "DOWN [MEDIUM]",
        "change 10% from (the value before the fall) to $22.50 PERCENT DOWN "
        "[MEDIUM]"}},
      // "points" with no percentage but the change's own are the index's.
      {"The index gained 120 points, or 3%, to 4,120.",
       {"change 120 from (the value before the rise) to 4,120 DIFFERENCE UP "
        "[MEDIUM]",
        "change 3% from (the value before the rise) to 4,120 PERCENT UP "
        "[MEDIUM]"}},
      {"Shares fell 10%, or $2.50, to $22.50.",
       {"change 10% from (the value before the fall) to $22.50 PERCENT DOWN "
        "[MEDIUM]",
        "change $2.50 from (the value before the fall) to $22.50 DIFFERENCE "
        "DOWN [MEDIUM]"}},
      {"Shares fell $2.50 (10%) to $22.50.",
       {"change $2.50 from (the value before the fall) to $22.50 DIFFERENCE "
        "DOWN [MEDIUM]",
        "change 10% from (the value before the fall) to $22.50 PERCENT DOWN "
        "[MEDIUM]"}},
      // Neither endpoint printed: two quantities.
      {"County payrolls grew by 1,200 jobs, or 8 percent, from last year.",
       {"change 1,200 from (the value before the rise) to (the value after "
        "the rise) DIFFERENCE UP [MEDIUM]",
        "change 8 percent from (the value before the rise) to (the value "
        "after the rise) PERCENT UP [MEDIUM]"}},
      // Both printed: no quantity.
      {"Sales rose $5, or 25%, from $20 to $25.",
       {"change $5 from $20 to $25 DIFFERENCE UP [MEDIUM]",
        "change 25% from $20 to $25 PERCENT UP [MEDIUM]"}},
      // Not one change: two relative measures, a span of time, an endpoint
      // neither can run to.
      {"Prices rose 5 percent, or 2 percentage points, last year.",
       {"change 5 percent from ? to ? PERCENT UP [MEDIUM]"}},
      {"Output fell 12%, or three years of growth.",
       {"change 12% from ? to ? PERCENT DOWN [MEDIUM]"}},
      {"Prices rose $2.50, or 10%, to 30%.", {}},
      // A percentage besides the change's own: the points are percentage
      // points.
      {"The unemployment rate rose 0.3 points to 4.2%.",
       {"change 0.3 points from ? to 4.2% PERCENTAGE_POINTS UP [MEDIUM]"}},
  });
}

// A multiple printed between two figures: the first is that multiple of
// the second.
TEST(ClaimsTest, RatiosOfAMultipleBetweenTwoFigures) {
  ExpectClaims({
      {"At $4, prices are twice the $2 they were a decade ago.",
       {"ratio $4 is twice $2 [MEDIUM]"}},
      {"Sales of $10 million were three times the $3.3 million of a year "
       "earlier.",
       {"ratio $10 million is three times $3.3 million [MEDIUM]"}},
      {"The 600 applicants were twice as many as the 300 of last year.",
       {"ratio 600 is twice 300 [MEDIUM]"}},
      {"At $2, prices are half the $4 they were a decade ago.",
       {"ratio $2 is half $4 [MEDIUM]"}},
      // Past a few words naming the second figure and "of" (constructed).
      {"The city recorded 210 millimetres of rain, three times the monthly "
       "average of 70 millimetres.",
       {"ratio 210 is three times 70 [MEDIUM]"}},
      {"Sales of $10 million were three times the average of $3.3 million.",
       {"ratio $10 million is three times $3.3 million [MEDIUM]"}},
      {"The team won 12 games, half the season.", {}},
      // Not "times more", two figures that may be the first, no figure
      // after, a supposition.
      {"Sales were three times more than the $3.3 million of a year "
       "earlier.",
       {}},
      {"At $4 and $5, prices are twice the $2 they were a decade ago.", {}},
      {"The house is twice the size of the $300,000 one next door.", {}},
      {"If prices were $4, they would be twice the $2 they were.", {}},
  });
}

TEST(ClaimsTest, MeansWithTheirSum) {
  ExpectClaims({
      {"He scored 240 points over 10 games, an average of 24 per game.",
       {"mean 24 over 10 of 240 [MEDIUM]"}},
      {"The fund raised $90,000 from 300 donors, an average of $300 each.",
       {"mean $300 over 300 of $90,000 [MEDIUM]"}},
      {"Over 12 months, the city recorded 36 homicides, an average of three "
       "a month.",
       {"mean three over 12 of 36 [MEDIUM]"}},
      {"Smith averaged 24 points over 10 games.", {"mean 24 over 10 [MEDIUM]"}},
      {"He had 240 points and 80 rebounds over 10 games, an average of 24 "
       "per game.",
       {"mean 24 over 10 [MEDIUM]"}},
      {"The city recorded 36 homicides, an average of three a month.", {}},
      // The sum after the mean, closing its clause.
      {"The team averaged 3.5 goals a game over its 20 games, scoring 70 "
       "goals.",
       {"mean 3.5 over 20 of 70 [MEDIUM]"}},
      {"The team averaged 3.5 goals a game over its 20 games, for a total "
       "of 70 goals.",
       {"mean 3.5 over 20 of 70 [MEDIUM]"}},
      {"The team averaged 3.5 goals a game over its 20 games, scoring 12 "
       "goals in the final.",
       {"mean 3.5 over 20 [MEDIUM]"}},
      {"She averaged 12 points in 20 games, scoring 8 rebounds.",
       {"mean 12 over 20 [MEDIUM]"}},
      // A mean per quarter: "four quarters" counts periods, not a fraction
      // of a whole ("three quarters of" stays one).
      {"Sales over the four quarters totaled $1.2 million, an average of "
       "$300,000 a quarter.",
       {"mean $300,000 over four quarters of $1.2 million [MEDIUM]"}},
      {"Three quarters of the $1.2 million, an average of $300,000 a "
       "quarter, went to wages.",
       {}},
      // What is counted by the first word of what the reader took with it
      // ("months totaled").
      {"Sales in the last 12 months totaled $1.2 million, an average of "
       "$100,000 a month.",
       {"mean $100,000 over 12 of $1.2 million [MEDIUM]"}},
      {"Sales in the last 12 months totaled $1.2 million, an average of "
       "$100,000 a day.",
       {}},
  });
}

// A share's part and whole after ", or" ("62% of the vote, or 31,000 of
// 50,000 ballots"), its part before ", or" and the percentage when the base
// is found, and a bare number after ", or" or alone between commas when the
// base counts.
TEST(ClaimsTest, SharesWithThePartAfterOr) {
  ExpectClaims({
      {"The measure passed with 62% of the vote, or 31,000 of 50,000 ballots "
       "cast.",
       {"total 50,000 = 31,000 (partial) [HIGH]",
        "share 62% of 50,000 is 31,000 [MEDIUM]"}},
      {"Of the 1,200 cases, 480, or 40 percent, involved children.",
       {"total 1,200 = 480 (partial) [MEDIUM]",
        "share 40 percent of 1,200 is 480 [MEDIUM]"}},
      {"Women made up 52% of the 4,000 graduates, or 2,080.",
       {"share 52% of 4,000 is 2,080 [HIGH]"}},
      {"The district has 480 teachers, or 40 percent.", {}},
      // The part opening the sentence, or any part before ", or" when the
      // base follows the percentage's "of", past the word the part counts;
      // not a part larger than the base.
      {"Some 3.4 million people, or 68% of the 5 million adults, have had a "
       "booster.",
       {"share 68% of 5 million is Some 3.4 million [HIGH]"}},
      {"The district has 480 teachers, or 40 percent of its 1,200 staff.",
       {"share 40 percent of 1,200 is 480 [HIGH]"}},
      {"The district has 1,480 teachers, or 40 percent of its 1,200 staff.",
       {"share 40 percent of 1,200 is ? [HIGH]"}},
      // The percentage in an aside after ", or", closed before "of" and the
      // whole (constructed); not without ", or".
      {"Smith won 54,000 votes, or 60%, of the 90,000 cast.",
       {"share 60% of 90,000 is 54,000 [HIGH]"}},
      {"Smith won 54,000 votes, 60%, of the 90,000 cast.", {}},
      // The count opening the clause before ", a ... of" and the
      // percentage, of a base found (constructed); not with two figures in
      // that clause.
      {"Of the 12,400 pupils who sat the exam, 10,540 passed, a pass rate of "
       "85%.",
       {"total 12,400 = 10,540 (partial) [MEDIUM]",
        "share 85% of 12,400 is 10,540 [MEDIUM]"}},
      {"Of the 12,400 pupils who sat the exam, 10,540 passed and 300 failed, "
       "a pass rate of 85%.",
       {"total 12,400 = 10,540 (partial) [MEDIUM]",
        "share 85% of 12,400 is ? [MEDIUM]"}},
      // A part and its whole "N of the M" in apposition with the
      // percentage, after it or before it (constructed); not with a figure
      // or a verb between.
      {"Turnout was 62%, with 1.55 million of the 2.5 million registered "
       "voters casting ballots.",
       {"total 2.5 million = 1.55 million (partial) [HIGH]",
        "share 62% of 2.5 million is 1.55 million [MEDIUM]"}},
      {"The coalition holds 88 of the 150 seats, 58.7% of the chamber.",
       {"total 150 = 88 (partial) [HIGH]",
        "share 58.7% of 150 is 88 [MEDIUM]"}},
      {"Turnout was 62%, and 1.55 million of the 2.5 million registered "
       "voters cast ballots.",
       {"total 2.5 million = 1.55 million (partial) [HIGH]"}},
      {"The coalition holds 88 of the 150 seats, and polls at 31%.",
       {"total 150 = 88 (partial) [HIGH]"}},
      {"Police said 30% of the 600 people arrested, 180, had prior "
       "convictions.",
       {"share 30% of 600 is 180 [HIGH]"}},
      {"Nearly half of the 850 schools, 410, reported shortages.",
       {"share Nearly half of 850 is 410 [HIGH]"}},
      {"Police said 30% of the 600 people arrested, 180 of them men, had "
       "prior convictions.",
       {"share 30% of 600 is ? [HIGH]"}},
      {"The measure passed with 62% of the vote, or 31,000 of 30,000 ballots "
       "cast.",
       {"total 30,000 = 31,000 (partial) [HIGH]"}},
  });
}

// A count with its percentage in brackets ("480 (40 percent)") is the part
// of the base the sentence names ("Of the 1,200 cases") or, opening a
// clause after a semicolon, of the one count the clause before prints.
TEST(ClaimsTest, SharesWithThePartBesideItsPercent) {
  ExpectClaims({
      {"Of the 1,200 cases, 480 (40 percent) involved children.",
       {"total 1,200 = 480 (partial) [MEDIUM]",
        "share 40 percent of 1,200 is 480 [MEDIUM]"}},
      {"Of the 300 voters polled, 9 (<5%) refused; 36 (12%) were undecided.",
       // The total of the first part alone, with 36 a part too: low.
       {"total 300 = 9 (partial) [LOW]", "share 5% of 300 is 9 [MEDIUM]",
        "share 12% of 300 is 36 [MEDIUM]"}},
      // "of" and the base's own words after the percent; not of words the
      // base's phrase does not print (another whole).
      {"Of the 250 adult respondents, 95 (38% of adults) will vote.",
       {"total 250 = 95 (partial) [MEDIUM]",
        "share 38% of 250 is 95 [MEDIUM]"}},
      {"Of the 250 adult respondents, 95 (49% of registered voters) will "
       "vote.",
       {"total 250 = 95 (partial) [MEDIUM]"}},
      {"A total of 217 parents were sent a survey; 114 (52.5 percent) "
       "replied.",
       {"share 52.5 percent of 217 is 114 [MEDIUM]"}},
      // The part no larger than the base; one count before the semicolon.
      {"Of the 1,200 cases, 1,480 (40 percent) involved children.",
       {"total 1,200 = 1,480 (partial) [MEDIUM]",
        "share 40 percent of 1,200 is ? [MEDIUM]"}},
      {"The survey went to 217 parents and 90 teachers; 114 (52.5%) replied.",
       {"share 52.5% of ? is 114 [MEDIUM]"}},
  });
}

// A bare total after its parts counts what they count, when they count one
// thing; a bare number opening a clause after a total's colon counts what
// the total does.
TEST(ClaimsTest, TotalsWithBareNumbers) {
  ExpectClaims({
      {"The clinic saw 40 patients in May and 55 in June, for a total of 95.",
       {"total 95 = 40 + 55 [HIGH]"}},
      {"The team scored 14 goals in March and 9 in April, for a total of 32.",
       {"total 32 = 14 + 9 [HIGH]"}},
      {"The clinic saw 40 patients and 12 doctors in May, for a total of 52.",
       {}},
      {"Officials counted 350 votes in all: 200 for Smith and 150 for Jones.",
       {"total 350 = 200 + 150 [MEDIUM]"}},
      {"The agency received a total of 1,500 complaints: 900 about billing, "
       "400 about service and 200 about fees.",
       {"total 1,500 = 900 + 400 + 200 [MEDIUM]"}},
      {"Officials counted 350 votes: 200 for Smith and 150 for Jones.", {}},
      {"Smith won 5,200 votes and Jones 4,100, a combined 9,300.",
       {"total 9,300 = 5,200 + 4,100 [HIGH]"}},
      {"The two companies have a combined 9,300 workers.", {}},
  });
}

// A fraction in words of a whole printed right after "of" is a share; not
// of a whole the words only name.
// A count of a thing named, then after a comma bare numbers of it, each
// where or what for, that close the clause: all the parts.
TEST(ClaimsTest, TotalsOfBareCountsInApposition) {
  ExpectClaims({
      {"The company has 4,200 workers, 3,000 in the United States and 1,200 "
       "abroad.",
       {"total 4,200 = 3,000 + 1,200 [MEDIUM]"}},
      {"Police made 80 arrests, 50 for theft and 30 for assault.",
       {"total 80 = 50 + 30 [MEDIUM]"}},
      {"The company has 4,200 workers \xE2\x80\x93 3,000 in the United "
       "States and 1,200 abroad.",
       {"total 4,200 = 3,000 + 1,200 [MEDIUM]"}},
      {"The company has 4,200 workers \xE2\x80\x94 3,000 in the United "
       "States and 1,200 abroad \xE2\x80\x94 and plans to hire more.",
       {"total 4,200 = 3,000 + 1,200 [MEDIUM]"}},
      {"The storm killed 25 people, 12 in Texas, 8 in Oklahoma and 5 in "
       "Kansas.",
       {"total 25 = 12 + 8 + 5 [MEDIUM]"}},
      // Not years (a series), not a place and a reason mixed, not one part,
      // not a list the clause goes on past.
      {"The company has 4,200 workers, 3,000 in 2019 and 1,200 in 2010.", {}},
      {"Police made 80 arrests, 50 for theft and 30 in Boston.", {}},
      {"Police made 80 arrests, 50 for theft.", {}},
      {"The company has 4,200 workers, 3,000 in the United States and 1,200 "
       "abroad, and plans to hire more.",
       {}},
      // A place in lower case, and where after what is counted (constructed);
      // not a time, nor "in all".
      {"She scored 31 goals in all competitions, 24 in the league and 7 in "
       "cup games.",
       {"total 31 = 24 + 7 [MEDIUM]"}},
      {"Police made 80 arrests, 50 in the morning and 30 in the evening.", {}},
      {"Police made 80 arrests, 50 in all and 30 in Boston.", {}},
  });
}

TEST(ClaimsTest, SharesAsFractionsInWords) {
  ExpectClaims({
      {"Two-thirds of the 300 employees, or 200 people, voted to strike.",
       {"share Two-thirds of 300 is 200 [HIGH]"}},
      {"One in five of the 1,000 adults surveyed, or 200 people, said they "
       "had no savings.",
       {"share One in five of 1,000 is 200 [HIGH]"}},
      {"About two-thirds of the public (66%) believe crime has increased.",
       {"same About two-thirds, 66% [MEDIUM]"}},
  });
}

// A rate per N with, in its sentence, the one count of a population and the
// one other count; not with two counts that may be what it counts.
TEST(ClaimsTest, RatesOfACountInAPopulation) {
  ExpectClaims({
      {"The county recorded 150 cases among its 50,000 residents, a rate of "
       "300 per 100,000.",
       {"rate 300 per 100,000 of 150 in 50,000 [MEDIUM]"}},
      {"The state's 2,400 deaths amount to 40 per 100,000 of its 6 million "
       "people.",
       {"rate 40 per 100,000 of 2,400 in 6 million [MEDIUM]"}},
      {"The town has a population of 8,000 and recorded 24 burglaries, or "
       "300 per 100,000.",
       {"rate 300 per 100,000 of 24 in 8,000 [MEDIUM]"}},
      {"The county recorded 150 cases and 20 deaths among its 50,000 "
       "residents, a rate of 300 per 100,000.",
       {}},
      {"The county's rate was 300 per 100,000 residents.", {}},
      // "a population of" after a count, whose noun the number reader
      // carries to the population (constructed).
      {"The region reported 1,840 cases in a population of 920,000, a rate "
       "of 200 per 100,000.",
       {"rate 200 per 100,000 of 1,840 in 920,000 [MEDIUM]"}},
      {"The region reported 1,840 cases in a town of 920,000, a rate of 200 "
       "per 100,000.",
       {}},
      // The counted noun before "per": the rate of that noun, with the
      // sentence's other count of it and its population.
      {"With 5,000 officers for 1 million residents, the city has 5 "
       "officers per 1,000 people.",
       {"rate 5 officers per 1,000 of 5,000 in 1 million [MEDIUM]"}},
      {"The city has 5 officers per 1,000 people.", {}},
      {"With 5,000 officers for 1 million residents, the city has 5 "
       "officers per 1,000 cars.",
       {}},
      {"With 5,000 officers for 1 million residents, the team scored 3 "
       "goals per game.",
       {}},
  });
}

// A share of the whole an earlier sentence counts, named with no number.
// A mean over the count an earlier sentence gives of what it averages, or
// in the brackets straight after the count; not a mean alone, nor of
// something else.
TEST(ClaimsTest, MeansOverACountPrintedBefore) {
  ExpectClaims({
      {"The participants of this study are 48 adults. The average age of "
       "the participants is 26 years old.",
       {"mean 26 over 48 [MEDIUM]"}},
      {"The average age of the participants is 26 years old.", {}},
      {"The participants of this study are 48 adults. The average age of "
       "the buildings is 26 years.",
       {}},
      {"We recruited 187 participants (120 female, 67 male; M age = 19.8; "
       "SD age = 3.9).",
       {"total 187 = 120 + 67 [MEDIUM]", "mean 19.8 over 187 [MEDIUM]"}},
      {"Participants in the pout condition (M = 4.91) rated them higher.", {}},
  });
}

TEST(ClaimsTest, SharesOfTheWholeNamedBefore) {
  ExpectClaims({
      {"The participants of this study are 48 adults. Today, 60% of the "
       "participants are female.",
       {"share 60% of 48 is ? [MEDIUM]"}},
      {"We surveyed 200 nurses in May. Of those who answered, most were "
       "tired; 35% of the nurses said so.",
       {"share 35% of 200 is ? [MEDIUM]"}},
      {"The study enrolled 48 participants. The participants have majors "
       "such as Education (10%) and Biology (6%).",
       {"share 10% of 48 is ? [MEDIUM]", "share 6% of 48 is ? [MEDIUM]"}},
      // Not: no count of the noun before; another noun; names in brackets
      // in a sentence that opens with another subject.
      {"60% of the participants are female.", {}},
      {"The study enrolled 48 participants. 60% of the budget went to "
       "travel.",
       {}},
      {"The study enrolled 48 participants. Grants went to fields such as "
       "Education (10%) and Biology (6%).",
       {}},
  });
}

// A four-digit count after a comma, before what it counts, is no year.
TEST(ClaimsTest, ACountAfterACommaIsNoYear) {
  ExpectClaims(
      {{"The ship sailed with 2229 people on board, 1316 passengers "
        "and 913 crew.",
        {"total 2229 = 1316 + 913 [MEDIUM]"}}});
}

// A count and the items its words list by name after a colon.
TEST(ClaimsTest, CountsOfItemsListedByName) {
  ExpectClaims({
      {"The ANOVA had group (2 levels: WS, TD) and size ratio (5 levels: "
       "1:1, 1:2, 1:3, 1:4, 1:5) as factors.",
       {"count 2: WS | TD [MEDIUM]",
        "count 5: 1:1 | 1:2 | 1:3 | 1:4 | 1:5 [MEDIUM]"}},
      {"We visited three cities: Denver, Seattle and Boston.",
       {"count three: Denver | Seattle | Boston [MEDIUM]"}},
      // Not: items that are counted (a total), a clause after the colon, a
      // list left open, a colon right after the number.
      {"The squad has 18 players: 10 forwards and 8 guards.", {}},
      {"There were two reasons: the city had run out of money for the "
       "project, and the weather.",
       {}},
      {"The panel (3 judges: Smith, Jones", {}},
      {"Step 2: mix the flour, eggs and sugar.", {}},
  });
}

// "more than half ... (128 out of 205)": the two counts of a phrase the
// number reader reads as one; "more than half of the 205 cases (128)".
TEST(ClaimsTest, AMajorityOfCountsOutOfAWhole) {
  ExpectClaims({
      {"More than half of the cases (128 out of 205) remain untraced.",
       {"comparison 128 MAJORITY of 205 [MEDIUM]"}},
      {"A majority (322 of 605) were women.",
       {"comparison 322 MAJORITY of 605 [MEDIUM]"}},
      // The whole after "of", the part alone in parentheses after it.
      {"More than half of the 205 cases (128) remain untraced.",
       {"comparison 128 MAJORITY of 205 [MEDIUM]"}},
      {"A majority of the 605 seats (322) went to women.",
       {"comparison 322 MAJORITY of 605 [MEDIUM]"}},
      // Not without "half" or "majority", nor a year for the part.
      {"Some of the cases (128 out of 205) remain untraced.", {}},
      {"Some of the 205 cases (128) remain untraced.", {}},
      {"More than half of the 205 cases (2019) remain untraced.", {}},
  });
}

// Ranks after a superlative: "the second and third" of what the sentence
// before calls the largest, each figure at its rank among them all (NACo,
// 2021). Not counted from the smallest, not by "fastest" alone, not with a
// rank skipped, a figure too many, or two ranks without "respectively".
// A part of a whole after a possessive, and "final", "last" or "first"
// before the whole: a game's notes, a season's record.
TEST(ClaimsTest, PartsOfAWholeAfterAPossessive) {
  ExpectClaims({
      {"The guard hit 11 of his 18 shots in the win.",
       {"total 18 = 11 (partial) [HIGH]"}},
      {"The club won seven of its last 10 matches.",
       {"total 10 = seven (partial) [HIGH]"}},
      {"She cleared 14 of her first 15 jumps.",
       {"total 15 = 14 (partial) [HIGH]"}},
      {"The visitors lost four of their final nine games.",
       {"total nine = four (partial) [HIGH]"}},
      // "one" as a pronoun counts nothing; a span of years is no whole.
      {"He was one of our 12 analysts.", {}},
      {"Prices rose in three of the last five years.", {}},
      {"He played his last 10 games in Madrid.", {}},
  });
}

// A contest's two sides after a verb of winning or losing: a poll's, an
// election's.
TEST(ClaimsTest, AContestsTwoSides) {
  ExpectClaims({
      {"The governor defeats her challenger by 6 points, 51% to 45%, in "
       "the latest poll.",
       {"comparison 51% GREATER 45% [MEDIUM]",
        "change 6 points from 45% to 51% PERCENTAGE_POINTS UNSPECIFIED "
        "[MEDIUM]"}},
      {"Among men, the mayor leads the councilman 49% to 38%.",
       {"comparison 49% GREATER 38% [MEDIUM]"}},
      {"The incumbent, a former judge, edges the newcomer, 44 percent to 42 "
       "percent.",
       {"comparison 44 percent GREATER 42 percent [MEDIUM]"}},
      {"The challenger trails the incumbent 39% to 47% among women.",
       {"comparison 39% LESS 47% [LOW]"}},
      // A rising pair is printed as a span is: a proposal.
      {"The senator won 52% to 58% of the vote in the suburbs.",
       {"comparison 52% GREATER 58% [LOW]"}},
      // "of the vote" before "to", the other side's name after it.
      {"The mayor won 58% of the vote to the challenger's 39%.",
       {"comparison 58% GREATER 39% [MEDIUM]"}},
      {"The mayor won 58% of the vote to 39% for the challenger.",
       {"comparison 58% GREATER 39% [MEDIUM]"}},
      {"The mayor won 58% of the vote to Jones 39%.", {}},
      // "leads" a noun before a verb of movement.
      {"Sales leads fell 12% to 10% in May.",
       {"change 12% from ? to 10% PERCENT DOWN [MEDIUM]"}},
      // Figures of something else after the verb.
      {"The measure won approval, with 60% to 65% of voters in favor.", {}},
      {"The senator leads among voters aged 18 to 29.", {}},
      {"The new rules led to 3,000 to 4,000 jobs.", {}},
  });
}

// A count of people, then its kinds between two spaced dashes.
TEST(ClaimsTest, KindsBetweenDashes) {
  ExpectClaims({
      {"At least eight people -- five men and three women -- died in the "
       "fire.",
       {"total At least eight = five + three [MEDIUM]"}},
      {"The 40 people \xE2\x80\x94 25 residents and 15 visitors \xE2\x80\x94 "
       "were moved to a shelter.",
       {"total 40 = 25 + 15 [MEDIUM]"}},
      {"Seven people \xE2\x80\x93 four adults and three children \xE2\x80\x93 "
       "were rescued.",
       {"total Seven = four + three [MEDIUM]"}},
      // Not a list of kinds: "of them", "most of them"; the aside not
      // closed by a dash; a count of things, not people.
      {"Six people \xE2\x80\x93 four of them women \xE2\x80\x93 were killed.",
       {}},
      {"About 600 people \xE2\x80\x94 most of them students \xE2\x80\x94 "
       "marched.",
       {}},
      {"Six people \xE2\x80\x94 four women and two men, officials said.", {}},
      {"The storm destroyed 30 homes \xE2\x80\x94 20 houses and 10 barns "
       "\xE2\x80\x94 in the county.",
       {}},
  });
}

// A leader, then the figures ranked after it past "followed by".
TEST(ClaimsTest, RanksAfterFollowedBy) {
  ExpectClaims({
      {"Texas tops the list with 42 new plants, followed by Ohio at 30, Iowa "
       "at 21 and Utah at 9.",
       {"comparison 42 LARGEST 30,21,9 [MEDIUM]",
        "comparison 30 RANK 2 42,21,9 [MEDIUM]",
        "comparison 21 RANK 3 42,30,9 [MEDIUM]",
        "comparison 9 RANK 4 42,30,21 [MEDIUM]"}},
      {"Denver is the busiest hub with 1.2 million passengers, followed by "
       "Austin with 900,000 passengers.",
       {"comparison 1.2 million GREATER 900,000 [MEDIUM]"}},
      // Without the comma "followed" ends what the figure counts.
      {"Denver is the busiest hub with 1.2 million tonnes followed by Austin "
       "with 900,000 tonnes.",
       {"comparison 1.2 million GREATER 900,000 [MEDIUM]"}},
      {"The lowest jobless rate was in Utah (2.1%), followed by Idaho "
       "(2.4%) and Iowa (2.6%).",
       {"comparison 2.1% SMALLEST 2.4%,2.6% [MEDIUM]"}},
      // Qualified figures: the order is a proposal.
      {"The rise was the highest for renters (over 9 percent), followed by "
       "owners (nearly 6 percent) and landlords (over 5 percent).",
       {"comparison over 9 percent LARGEST nearly 6 percent,over 5 percent "
        "[LOW]",
        "comparison nearly 6 percent RANK 2 over 9 percent,over 5 percent "
        "[LOW]",
        "comparison over 5 percent RANK 3 over 9 percent,nearly 6 percent "
        "[LOW]"}},
      // In time, not in rank; another thing counted; a bound crossed; an
      // endpoint.
      {"Exports rose 5% in May, followed by a 3% rise in June.",
       {"change 5% from ? to ? PERCENT UP [MEDIUM]",
        "change 3% from ? to ? PERCENT UP [MEDIUM]"}},
      {"Smith led the team with 30 points, followed by Jones with 8 "
       "rebounds.",
       {}},
      {"Prices topped $100 a barrel in March, followed by a rise to $120 in "
       "April.",
       {}},
      {"The highest price was $100 in March, followed by a rise to $120 in "
       "April.",
       {}},
      {"The stock led the index with a 5% gain on Monday, followed by a 7% "
       "drop on Tuesday.",
       {"change 5% from ? to ? PERCENT UP [MEDIUM]",
        "change 7% from ? to ? PERCENT DOWN [MEDIUM]"}},
  });
}

// The whole after "of" opening a clause after a comma, the part after the
// comma that ends its words; and the parts to the remainder after
// semicolons.
TEST(ClaimsTest, AWholeOpeningAClauseAfterAComma) {
  ExpectClaims({
      {"Of the 120 applicants, 45 were admitted; 30 were put on a waiting "
       "list; leaving 45 who were turned down.",
       {"total 120 = 45 + 30 + 45 [MEDIUM]"}},
      // Without "leaving" the clauses may overlap: a proposal of the first.
      {"Of the 100 patients, 60 were women; 50 were over 65.",
       {"total 100 = 60 (partial) [LOW]"}},
      {"The council said that, of 48 new homes built in 2023, 30 were sold "
       "to first-time buyers.",
       {"total 48 = 30 (partial) [MEDIUM]"}},
      {"However, of the 200 applicants, 150 were accepted.",
       {"total 200 = 150 (partial) [MEDIUM]"}},
      // No count right after "of", or no comma after the whole's words.
      {"The firm, of 300 workers at its peak, now has 120.", {}},
      {"The board, of which 5 members are new, met on Monday.", {}},
      {"Sales of 34 million units, 32 million were sold abroad.", {}},
  });
}

// The figures after "with" of a sentence ranked by the word before it,
// after a sentence naming the largest.
TEST(ClaimsTest, RanksAfterFollowedWith) {
  ExpectClaims({
      {"The biggest exporter last year was Chile with 5.8 million tonnes. "
       "Peru followed with 2.4 million tonnes, and China came third with 1.9 "
       "million tonnes.",
       {"comparison 5.8 million LARGEST 2.4 million,1.9 million [MEDIUM]",
        "comparison 2.4 million RANK 2 5.8 million,1.9 million [MEDIUM]",
        "comparison 1.9 million RANK 3 5.8 million,2.4 million [MEDIUM]"}},
      {"The largest county is Harris, with 4.7 million residents. Dallas "
       "followed with 2.6 million residents.",
       {"comparison 4.7 million GREATER 2.6 million [MEDIUM]"}},
      // A rank skipped; a figure not ranked; no superlative before.
      {"The biggest party won 120 seats. Labour came third with 40 seats.", {}},
      {"The top seed won 12 games. Its rival followed with 12 goals and 3 "
       "wins.",
       {}},
      {"Smith scored 30 points. Jones followed with 22 points.", {}},
  });
}

// A count, a colon, then items parted by semicolons and closed by "; and".
TEST(ClaimsTest, CountsOfItemsPartedBySemicolons) {
  ExpectClaims({
      {"The council set out three steps: a review of the budget, led by the "
       "mayor; a public hearing in March; and a vote by the full council.",
       {"count three: a review of the budget, led by the mayor | a public "
        "hearing in March | a vote by the full council [MEDIUM]"}},
      {"Police listed three charges: theft; assault; and fraud.",
       {"count three: theft | assault | fraud [MEDIUM]"}},
      // Not closed by "; and"; items counted themselves.
      {"The report lists three causes: poor training; weak oversight. "
       "Officials disagreed.",
       {}},
      {"Results: 12 wins; 3 losses; and 2 draws.", {}},
  });
}

// "Within" a place or a group opening the sentence after a count: some of
// that count.
TEST(ClaimsTest, PartsWithinTheWholeBefore) {
  ExpectClaims({
      {"Manufacturing added 24,000 jobs in May. Within the sector, makers "
       "of machinery (+9,000) and of cars (+6,000) hired the most.",
       {"total 24,000 = 9,000 + 6,000 (partial) [MEDIUM]"}},
      {"The state reported 40 deaths on Monday. Within the county, 12 "
       "deaths were reported.",
       {"total 40 = 12 (partial) [MEDIUM]"}},
      // Two counts not side by side; a figure before the comma; another
      // thing counted; two figures before.
      {"The fire burned 80 homes. Within the city, 30 homes burned and 12 "
       "were destroyed.",
       {}},
      {"The line received 300 calls. Within the first hour, 12 people "
       "called.",
       {}},
      {"The state reported 40 deaths and 90 injuries. Within the county, 12 "
       "deaths were reported.",
       {}},
  });
}

// A pace compared: "faster than", "slower than", of percentages only.
TEST(ClaimsTest, PacesComparedWithThan) {
  ExpectClaims({
      {"Rents in the city rose 5.2%, faster than the national rate of 3.9%.",
       {"change 5.2% from ? to ? PERCENT UP [MEDIUM]",
        "comparison 5.2% GREATER 3.9% [MEDIUM]"}},
      {"Output grew 1.4% in the quarter, slower than the 2.0% forecast.",
       {"change 1.4% from ? to ? PERCENT UP [MEDIUM]",
        "comparison 1.4% LESS 2.0% [MEDIUM]"}},
      // A time, not a pace; nothing after "than".
      {"She ran the course in 4:05, faster than her 4:10 last year.", {}},
      {"Wages rose 3%, faster than prices.",
       {"change 3% from ? to ? PERCENT UP [MEDIUM]"}},
  });
}

// "likely", "elderly", "early" right after a number start what it counts
// ("5,655 likely voters"), not an adverb's end of it.
TEST(ClaimsTest, AnAdjectiveInLyBeforeWhatIsCounted) {
  ExpectClaims({
      {"The poll of 1,200 adults, including 850 likely voters, was taken in "
       "May.",
       {"total 1,200 = 850 (partial) [HIGH]"}},
      {"The home cares for 90 residents, including 60 elderly residents.",
       {"total 90 = 60 (partial) [HIGH]"}},
      // An adverb before a verb is no part of what is counted.
      {"About 30 people likely died in the fire.", {}},
  });
}

// "more likely than" a group by name, then the two figures as a pair.
TEST(ClaimsTest, APairAfterLikelyThan) {
  ExpectClaims({
      {"Renters were more likely than owners to move (21% compared with "
       "6%).",
       {"comparison 21% GREATER 6% [MEDIUM]"}},
      {"Renters were more likely than owners to move, 21% to 6%.",
       {"comparison 21% GREATER 6% [MEDIUM]"}},
      {"Owners were less likely than renters to move (6% and 21%, "
       "respectively).",
       {"comparison 6% LESS 21% [MEDIUM]"}},
      // No "respectively"; a third figure; a change's endpoints.
      {"Renters were more likely than owners to move (21% and 6%).", {}},
      {"Renters were more likely than owners to move, and 21% did so, "
       "compared with 6% of owners in 2019 and 5% in 2020.",
       {}},
      {"Renters were more likely than owners to move, though rates rose 4% "
       "to 6% in both groups.",
       {"change 4% from ? to 6% PERCENT UP [MEDIUM]"}},
  });
}

TEST(ClaimsTest, RanksAfterASuperlative) {
  ExpectClaims({
      {"The fastest-growing county over the past decade was McKenzie "
       "County, N.D., which had a population increase of 131.2 percent. "
       "Williams County, N.D. and Hays County, Texas were the second and "
       "third fastest-growing counties, gaining 83 percent and 53 percent "
       "more residents, respectively.",
       {"change 131.2 percent from ? to ? PERCENT UP [MEDIUM]",
        "comparison 131.2 percent LARGEST 83 percent,53 percent [MEDIUM]",
        "change 83 percent from ? to ? PERCENT UP [MEDIUM]",
        "change 53 percent from ? to ? PERCENT UP [MEDIUM]",
        "comparison 83 percent RANK 2 131.2 percent,53 percent [MEDIUM]",
        "comparison 53 percent RANK 3 131.2 percent,83 percent [MEDIUM]"}},
      {"The largest county was Harris County, with 4.7 million residents. "
       "Dallas County was the second largest, with 2.6 million residents.",
       {"comparison 4.7 million LARGEST 2.6 million [MEDIUM]",
        "comparison 2.6 million RANK 2 4.7 million [MEDIUM]"}},
      {"The smallest county was Loving County, with 64 residents. King "
       "County was the second smallest, with 265 residents.",
       {}},
      {"The fastest runner was Bolt, in 9.58 seconds. Blake and Gay were "
       "the second and third fastest, in 9.69 and 9.71 seconds, "
       "respectively.",
       {}},
      {"The largest county was Harris County, with 4.7 million residents. "
       "Dallas County was the third largest, with 2.6 million residents.",
       {}},
      {"The largest county was Harris County, with 4.7 million residents. "
       "Bexar and Dallas were the second and third largest, with 2.0 "
       "million and 2.6 million residents.",
       {}},
      {"The largest county was Harris County, with 4.7 million residents. "
       "Dallas County was the second largest, with 2.6 million residents "
       "and 1.0 million households.",
       {}},
  });
}

// The same quantity by the layout: a figure heading its list item, a figure
// alone on its line printed again from the line before.
TEST(ClaimsTest, SameQuantityByLayout) {
  ExpectClaims({
      {"Facts:\n\n\xE2\x80\xA2 48 Million: As of July 15, the program had "
       "paid 2,498 claims for a total of more than $48 million.",
       {"same 48 Million, more than $48 million [MEDIUM]"}},
      {"\"9,600: Medical teams treated about 9,600 patients.\"",
       {"same 9,600, about 9,600 [MEDIUM]"}},
      // Not: no figure of the item close to it, nor one whose count cannot
      // be the same; a colon after a figure inside a sentence; another
      // item's figure.
      {"\"9,600: Medical teams treated more than 9,600 patients.\"", {}},
      {"\xE2\x80\xA2 48 Million: the program paid 2,498 claims.", {}},
      {"The count was 48 million: more than $48 million was paid.", {}},
      {"\xE2\x80\xA2 48 Million: the program paid 2,498 claims.\n\n"
       "\xE2\x80\xA2 Others: another $48 million was paid.",
       {}},
      {"District 34%    (3611 / 10605)\n34%\nState 41.7%    (142041 / "
       "340478)\n41.7%",
       {"share 34% of 10605 is 3611 [MEDIUM]", "same 34%, 34% [MEDIUM]",
        "share 41.7% of 340478 is 142041 [MEDIUM]",
        "same 41.7%, 41.7% [MEDIUM]"}},
      // Not: another value alone on its line, the same value inside a line.
      {"Turnout 34% in May\n35%", {}},
      {"Turnout 34% in May\nand 34% in June", {}},
  });
}

// The same quantity printed again in other sentences: a small count with
// the words after it repeated, a change's amount the change rule named, a
// fraction in words and its percentage after "of" and a few words.
TEST(ClaimsTest, SameQuantityPrintedAgain) {
  ExpectClaims({
      {"Five people were killed and dozens were injured. On Thursday, "
       "officials said five people were killed and 53 injured.",
       {"same Five, five [MEDIUM]"}},
      // Another count of the number between, whose words differ, may be
      // the same quantity too: a proposal.
      {"Officers took five people into custody at once. Police arrested "
       "five men at the plaza. He said taking five people into custody at "
       "once is rare.",
       {"same five, five [LOW]"}},
      // Not: a small count of the same thing saying something else.
      {"Four participants speak Japanese. Four participants speak French.", {}},
      {"Five people were killed on Monday. Five people were hurt on "
       "Tuesday.",
       {}},
      // People counted by another word for them; not another thing.
      {"The death toll from weekend storms rose to 36 people. The president "
       "said that \"36 innocent lives have been lost\".",
       {"same 36, 36 [MEDIUM]"}},
      {"The storms killed 36 people. The storms destroyed 36 homes.", {}},
      // A change printed twice: the label "rise" the rule gave the first
      // does not set it apart; a place the text prints for both does.
      {"Payroll employment rose by 136,000, the bureau said. Total payroll "
       "employment increased by 136,000 in September.",
       {"change 136,000 from ? to ? DIFFERENCE UP [LOW]",
        "change 136,000 from ? to ? DIFFERENCE UP [LOW]",
        "same 136,000, 136,000 [MEDIUM]"}},
      {"Employment rose by 136,000 in Ohio. Employment rose by 136,000 in "
       "Texas.",
       {"change 136,000 from ? to ? DIFFERENCE UP [LOW]",
        "change 136,000 from ? to ? DIFFERENCE UP [LOW]"}},
      // Nor a rise and a fall: the two falls are one.
      {"The jobless total dropped by 49,000 to 2.51 million. Part-time "
       "employment increased by 49,000 to 8.1 million. Unemployment among "
       "the young fell by 49,000, which accounts for the total fall.",
       {"change 49,000 from ? to 2.51 million DIFFERENCE DOWN [MEDIUM]",
        "change 49,000 from ? to 8.1 million DIFFERENCE UP [MEDIUM]",
        "change 49,000 from ? to ? DIFFERENCE DOWN [LOW]",
        "same 49,000, 49,000 [MEDIUM]"}},
      // Nor two falls to other levels: two quantities fell alike.
      {"The jobless total dropped by 49,000 to 2.51 million. Unemployment "
       "among the young fell by 49,000 to 0.9 million.",
       {"change 49,000 from ? to 2.51 million DIFFERENCE DOWN [MEDIUM]",
        "change 49,000 from ? to 0.9 million DIFFERENCE DOWN [MEDIUM]"}},
      {"The jobless total dropped by 49,000 to 2.51 million. Part-time "
       "employment increased by 49,000 to 8.1 million.",
       {"change 49,000 from ? to 2.51 million DIFFERENCE DOWN [MEDIUM]",
        "change 49,000 from ? to 8.1 million DIFFERENCE UP [MEDIUM]"}},
      {"Crime has declined, about two-thirds of the public (66%) believe.",
       {"same about two-thirds, 66% [MEDIUM]"}},
      // A percentage with decimals printed again; not whole percentages,
      // not after "by" or "from".
      {"Less than 47 percent of counties grew. In all, 1,440 counties grew, "
       "46.9 percent of them. The report said 46.9 percent grew.",
       {"same 46.9 percent, 46.9 percent [MEDIUM]"}},
      {"The jobless rate was 4% in May. Turnout was 4% too.", {}},
      {"The CPIH stood at 6.2% in March. The CPI rose 7.0%, up from 6.2% in "
       "February.",
       {"comparison 7.0% GREATER 6.2% [MEDIUM]"}},
      // A headline's value with decimals printed again in the story,
      // whatever words follow each; not one of another unit.
      {"Magnitude 6.5 event in Sichuan, say local reports\n\nAn earthquake "
       "of magnitude 6.5 rattled south-west China on Tuesday.",
       {"same 6.5, 6.5 [MEDIUM]"}},
      {"Rates climb to 6.5 percent, say lenders\n\nThe index gained 6.5 "
       "points on Tuesday.",
       {}},
      // Not: a bound before "of" compares; a number between.
      {"Less than half of all counties (46.9 percent) grew.", {}},
      {"About two-thirds of voters in 2019 (66%) agreed.", {}},
  });
}

// A total and its parts listed after it: in brackets after a whole the
// words mark as one, in the clauses after a colon, in list items after
// "breaks down into:".
TEST(ClaimsTest, TotalsListedAfterTheWhole) {
  ExpectClaims({
      // "among the dead": the count of the dead printed before; not a count
      // of something else, nor one no greater than the part.
      {"Five people were killed and 53 injured after the quake. Officials "
       "said three children were among the dead.",
       {"total Five = three (partial) [MEDIUM]"}},
      {"Five people were killed and 53 injured after the quake. Officials "
       "said three children were among the injured.",
       {"total 53 = three (partial) [MEDIUM]"}},
      {"The quake damaged 40 homes. Officials said three children were "
       "among the dead.",
       {}},
      // "The total number lost": the counts of that outcome printed
      // before; all of it with "the remainder", some otherwise.
      {"Of the British 584 perished. Of the American 124 perished, and of "
       "the remainder 77 perished. The total number lost was 785.",
       {"total 785 = 584 + 124 + 77 [MEDIUM]"}},
      {"In Ohio 12 people were killed. In Iowa 9 were killed. The total "
       "number killed was 40.",
       {"total 40 = 12 + 9 (partial) [MEDIUM]"}},
      {"In Ohio 12 people were hurt. In Iowa 9 were hurt. The total number "
       "killed was 40.",
       {}},
      // After a comma, the kinds an earlier breakdown named; not new
      // kinds, which list outcomes.
      {"Titanic sailed with 2229 people on board, 1316 passengers and 913 "
       "crew. Of these, 713 survived, 498 passengers and 215 crew.",
       {"total 2229 = 1316 + 913 [MEDIUM]", "total 713 = 498 + 215 [MEDIUM]"}},
      {"Titanic sailed with 2229 people on board, 1316 passengers and 913 "
       "crew. The storm left 713 dead, 498 injured and 215 homeless.",
       {"total 2229 = 1316 + 913 [MEDIUM]"}},
      {"A remaining total of 99 participants (49 in the smile condition, 50 "
       "in the pout condition) were included.",
       {"total 99 = 49 + 50 [MEDIUM]"}},
      // Not: counts of one thing in brackets after a whole not marked as
      // one (places of some of them).
      {"Police arrested 99 people (49 in Oakland, 50 in Fremont) on Monday.",
       {}},
      // What remains of a whole once a part is taken.
      {"We recruited 187 participants. Of them, 88 participants were "
       "excluded. The remaining 99 participants were analysed.",
       {"total 187 = 88 + 99 [MEDIUM]"}},
      {"The ship sailed with 2229 people on board. Of these, 713 people "
       "survived. That leaves 1516 people who died.",
       {"total 2229 = 713 + 1516 [MEDIUM]"}},
      {"The ship sailed with 2229 people on board. Of these, 713 people "
       "survived. The storm hit the port, leaving 1516 people homeless.",
       {}},
      {"Titanic sailed with 2229 people on board, 1316 passengers and 913 "
       "crew. Of these, 713 survived, 498 passengers and 215 crew. That "
       "leaves 1516 people who died.",
       {"total 2229 = 1316 + 913 [MEDIUM]", "total 713 = 498 + 215 [MEDIUM]",
        "total 2229 = 713 + 1516 [MEDIUM]"}},
      {"The ship sailed with 2229 people on board. Of these, 713 survived "
       "and 400 were hurt. That leaves 1516 people who died.",
       {}},
      // Not: "of the remainder" (some of what remains); one count before.
      {"We recruited 187 participants. Of the remainder 77 participants "
       "left.",
       {}},
      {"We recruited 187 participants. The remaining 99 participants were "
       "analysed.",
       {}},
      // The total after its parts: "in all", "altogether", "combined".
      {"The clinic saw 40 patients in May and 55 patients in June, 95 "
       "patients in all.",
       {"total 95 = 40 + 55 [HIGH]"}},
      {"Oakland reported 12 cases and Fremont 8 cases, 20 cases altogether.",
       {"total 20 = 12 + 8 [HIGH]"}},
      // Not: the parts in another sentence, or of another thing.
      {"Oakland reported 12 cases on Monday. The state reported 95 cases in "
       "all.",
       {}},
      {"Officials counted 40 patients in May and 12 deaths in June, 95 "
       "patients in all.",
       {}},
      {"A total of 88 participants were excluded: 57 participants were "
       "excluded because of a technical failure, 21 participants failed to "
       "hold the pen for at least 3 of the cartoons, and 10 participants "
       "were excluded for other reasons.",
       {"total 88 = 57 + 21 + 10 [MEDIUM]"}},
      // Not: no whole marked as one; another thing counted after the colon.
      {"We recruited 88 participants: 57 participants were students and 31 "
       "participants were staff.",
       {}},
      {"A total of 88 participants were excluded: 57 videos were lost, 31 "
       "videos were blank.",
       {}},
      {"The tax rate has been set at $0.408936 per $100 of value, which "
       "breaks down into:\n- $0.203928 for debt service\n- $0.205008 for "
       "operations.",
       {"total $0.408936 = $0.203928 + $0.205008 [MEDIUM]"}},
      // Not: a list after "includes:" (some of it, or something else).
      {"The budget of $72.6 million includes:\n- $32.48 million for capital "
       "projects\n- $36.58 million for operating costs",
       {}},
      // A kind joined by hyphens: "second-cabin".
      {"The number of passengers was 1,257, consisting of 290 saloon, 600 "
       "second-cabin, and 367 third-cabin passengers.",
       {"total 1,257 = 290 + 600 + 367 [MEDIUM]"}},
  });
}

// Parts of a whole the sentence before prints: "Of these, N were ...", "Of
// the British 584 perished".
TEST(ClaimsTest, PartsOfTheWholeBefore) {
  ExpectClaims({
      {"The number of passengers was 1,257, consisting of 290 saloon, 600 "
       "second-cabin, and 367 third-cabin passengers. Of these, 944 were "
       "British, 159 were Americans, and the remainder were of other "
       "nationalities. Of the British 584 perished.",
       {"total 1,257 = 290 + 600 + 367 [MEDIUM]",
        "total 1,257 = 944 + 159 (partial) [MEDIUM]",
        "total 944 = 584 (partial) [MEDIUM]"}},
      {"They buried 119 bodies at sea, and brought 209 back to Halifax. Of "
       "those, 59 were claimed by relatives, and 150 were buried in "
       "Halifax.",
       {"total 209 = 59 + 150 (partial) [MEDIUM]"}},
      // Not: a count with no "were" after it ("713 survived"); a group
      // named by a word in lower case after "were" (a state as often as a
      // group).
      {"Titanic sailed with 2229 people on board, 1316 passengers and 913 "
       "crew. Of these, 713 survived.",
       {"total 2229 = 1316 + 913 [MEDIUM]"}},
      {"Police said 30 were injured. Of the injured, 5 died.", {}},
  });
}

// A whole named in the sentences before: "Of the adults" after "600 state
// of MN adults"; "(69% of registered voters)" after "545 were registered".
TEST(ClaimsTest, WholeNamedInTheSentencesBefore) {
  ExpectClaims({
      {"SurveyUSA interviewed 600 state of MN adults. Of the adults, 545 "
       "were registered to vote. Respondents reachable on a home telephone "
       "(69% of registered voters) were interviewed by phone.",
       {"total 600 = 545 (partial) [MEDIUM]",
        "share 69% of 545 is ? [MEDIUM]"}},
      // A group and the rest of it: the same words but for a "not".
      {"Of the adults, 545 were registered to vote. Respondents reachable "
       "by phone (69% of registered voters) were called. Respondents not "
       "reachable by phone (31% of registered voters) were sent a form.",
       {"share 69% of 545 is ? [MEDIUM]", "share 31% of 545 is ? [MEDIUM]",
        "shares 69% + 31% = 100 [MEDIUM]"}},
      // Not: other words than a "not" between them.
      {"Of the adults, 545 were registered to vote. Respondents reachable "
       "by phone (69% of registered voters) were called. Respondents "
       "reachable by mail (31% of registered voters) were sent a form.",
       {"share 69% of 545 is ? [MEDIUM]", "share 31% of 545 is ? [MEDIUM]"}},
      // Not: no count said to be "registered"; no brackets.
      {"SurveyUSA interviewed 600 adults. Respondents reachable on a home "
       "telephone (69% of registered voters) were interviewed.",
       {}},
      {"Of the adults, 545 were registered to vote. Most respondents, 69% of "
       "registered voters, were interviewed.",
       {}},
  });
}

}  // namespace
}  // namespace claimcheck::text
