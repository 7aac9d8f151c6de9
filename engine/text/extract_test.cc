#include "engine/text/extract.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/reading/request_error.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/status_matchers.h"
#include "unicode/unistr.h"

namespace claimcheck::text {
namespace {

using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

v1::ExtractClaimsResponse MustExtract(const std::string& body, bool html) {
  v1::ExtractClaimsRequest r;
  if (html) {
    r.set_html(body);
  } else {
    r.set_text(body);
  }
  absl::StatusOr<v1::ExtractClaimsResponse> out =
      Extract(r, kDefaultMaxTextBytes);
  EXPECT_THAT(out, IsOk());
  return out.ok() ? *out : v1::ExtractClaimsResponse();
}

// The quote of `span` is the text at its offsets, counted in code points,
// in UTF-8 bytes and in UTF-16 code units alike.
void ExpectQuoteAt(const std::string& text, const icu::UnicodeString& u16,
                   const v1::Span& span, const std::string& what) {
  SCOPED_TRACE(what);
  const int32_t b = span.utf8().start();
  const int32_t e = span.utf8().end();
  ASSERT_LE(0, b);
  ASSERT_LE(b, e);
  ASSERT_LE(e, static_cast<int32_t>(text.size()));
  EXPECT_EQ(text.substr(b, e - b), span.quote());
  std::string by_u16;
  u16.tempSubStringBetween(span.utf16().start(), span.utf16().end())
      .toUTF8String(by_u16);
  EXPECT_EQ(by_u16, span.quote());
  const int32_t cp_b = u16.moveIndex32(0, span.start());
  const int32_t cp_e = u16.moveIndex32(0, span.end());
  EXPECT_EQ(cp_b, span.utf16().start());
  EXPECT_EQ(cp_e, span.utf16().end());
}

// Every span of the response: figures, claims, evidence, cues, unused
// numbers, blocks. For HTML, every source range lies in the source, in
// order, and the same in bytes and UTF-16 units.
void ExpectEverySpanQuotesTheText(const v1::ExtractClaimsResponse& r,
                                  const std::string& source, bool html) {
  const std::string& text = r.text();
  const icu::UnicodeString u16 = icu::UnicodeString::fromUTF8(text);
  const icu::UnicodeString src16 = icu::UnicodeString::fromUTF8(source);
  std::vector<std::pair<std::string, const v1::Span*>> spans;
  for (const v1::Figure& f : r.request().figures()) {
    spans.push_back({"figure " + f.id(), &f.span()});
  }
  for (const v1::Claim& c : r.request().claims()) {
    spans.push_back({"claim " + c.id(), &c.span()});
    EXPECT_EQ(c.text(), c.span().quote());
  }
  for (const v1::ClaimEvidence& e : r.claims()) {
    spans.push_back(
        {"evidence " + e.claim_id(), &e.evidence().sentence_span()});
    for (const v1::Cue& cue : e.evidence().cues()) {
      spans.push_back({"cue " + cue.words(), &cue.span()});
      EXPECT_EQ(cue.words(), cue.span().quote());
    }
  }
  for (const v1::UnusedNumber& u : r.unused()) {
    spans.push_back({"unused " + u.text(), &u.span()});
    EXPECT_EQ(u.text(), u.span().quote());
  }
  for (const v1::Block& b : r.blocks()) {
    spans.push_back({absl::StrCat("block ", b.index()), &b.span()});
  }
  for (const auto& [what, span] : spans) {
    ExpectQuoteAt(text, u16, *span, what);
    ASSERT_LT(span->block(), std::max(1, r.blocks_size())) << what;
    if (r.blocks_size() > 0) {
      const v1::Span& block = r.blocks(span->block()).span();
      EXPECT_LE(block.start(), span->start()) << what;
    }
    EXPECT_EQ(span->has_source_utf8(), html) << what;
    if (html) {
      const v1::TextRange& s8 = span->source_utf8();
      ASSERT_LE(0, s8.start()) << what;
      ASSERT_LE(s8.start(), s8.end()) << what;
      ASSERT_LE(s8.end(), static_cast<int32_t>(source.size())) << what;
      const icu::UnicodeString before =
          icu::UnicodeString::fromUTF8(source.substr(0, s8.start()));
      EXPECT_EQ(before.length(), span->source_utf16().start()) << what;
    }
  }
  for (const v1::Figure& f : r.request().figures()) {
    if (!html) continue;
    // A figure's digits are in the source as printed.
    const v1::TextRange& s8 = f.span().source_utf8();
    const std::string src = source.substr(s8.start(), s8.end() - s8.start());
    for (char c : f.span().quote()) {
      if (c >= '0' && c <= '9') {
        EXPECT_NE(src.find(c), std::string::npos) << f.id() << ": " << src;
      }
    }
  }
}

// The articles the extractor is tried on: the examples and this package's
// test articles (HTML with entities, astral characters, no-break spaces).
TEST(ExtractTest, EverySpanQuotesTheText) {
  const std::vector<std::string> files = {
      "examples/kqed-ice-arrests.txt",
      "examples/kqed-ice-arrests-denver-36.txt",
      "engine/text/testdata/entities.html",
      "engine/text/testdata/no-claims.txt",
      "engine/text/testdata/unicode.md",
  };
  for (const std::string& file : files) {
    SCOPED_TRACE(file);
    const std::string body = ReadFile(file);
    ASSERT_FALSE(body.empty());
    const bool html = absl::EndsWith(file, ".html");
    const v1::ExtractClaimsResponse r = MustExtract(body, html);
    EXPECT_GT(r.unused_size() + r.request().figures_size(), 3);
    ExpectEverySpanQuotesTheText(r, body, html);
  }
}

// Every paragraph of the labelled news set (tests/testdata/news).
TEST(ExtractTest, EverySpanQuotesTheTextOfEveryNewsParagraph) {
  int files = 0;
  int figures = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator("tests/testdata/news/paragraphs")) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().string());
    google::protobuf::Struct paragraph;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(
                    ReadFile(entry.path().string()), &paragraph)
                    .ok());
    const std::string text = paragraph.fields().at("text").string_value();
    const v1::ExtractClaimsResponse r = MustExtract(text, false);
    EXPECT_EQ(r.text(), text);
    ExpectEverySpanQuotesTheText(r, text, false);
    // And the same paragraph as HTML, entities and all.
    std::string html = "<article>";
    for (absl::string_view para : absl::StrSplit(text, "\n\n")) {
      html += "<p>";
      for (char c : para) {
        if (c == '&') {
          html += "&amp;";
        } else if (c == '<') {
          html += "&lt;";
        } else if (c == '\n') {
          html += "<br>\n";
        } else {
          html += c;
        }
      }
      html += "</p>\n";
    }
    const v1::ExtractClaimsResponse h = MustExtract(html, true);
    ExpectEverySpanQuotesTheText(h, html, true);
    // The reader sees the same words (a browser collapses white space).
    auto words = [](const std::string& t) {
      std::vector<std::string> out =
          absl::StrSplit(t, absl::ByAnyChar(" \n"), absl::SkipEmpty());
      return out;
    };
    EXPECT_EQ(words(h.text()), words(r.text()));
    ++files;
    figures += r.request().figures_size();
  }
  EXPECT_GE(files, 80);
  EXPECT_GT(figures, 100);
}

TEST(ExtractTest, BadInputIsRefusedWithItsPlace) {
  struct Case {
    std::string name;
    v1::ExtractClaimsRequest request;
    int64_t max_bytes;
    std::string field;
    std::string reason;
    std::string words;
  };
  std::vector<Case> cases;
  {
    Case c{"invalid UTF-8 in text", {},        kDefaultMaxTextBytes, "text",
           "INVALID_UTF8",          "offset 7"};
    c.request.set_text(std::string("498 peo\xC3\x28ple"));
    cases.push_back(c);
  }
  {
    Case c{"a lone continuation byte in HTML",
           {},
           kDefaultMaxTextBytes,
           "html",
           "INVALID_UTF8",
           "offset 3"};
    c.request.set_html(std::string("<p>\x80</p>"));
    cases.push_back(c);
  }
  {
    Case c{"an encoded surrogate", {},        kDefaultMaxTextBytes, "text",
           "INVALID_UTF8",         "offset 0"};
    c.request.set_text(std::string("\xED\xA0\x80 12"));
    cases.push_back(c);
  }
  {
    Case c{"over the limit",
           {},
           10,
           "text",
           "TEXT_TOO_LONG",
           "11 bytes long; the limit is 10 bytes"};
    c.request.set_text("12345678901");
    cases.push_back(c);
  }
  {
    Case c{"HTML nested deeper than any article",
           {},
           kDefaultMaxTextBytes,
           "html",
           "HTML_TOO_DEEP",
           "more than 5000 elements"};
    std::string html;
    for (int i = 0; i < 5001; ++i) html += "<div>";
    c.request.set_html(html + "498 people");
    cases.push_back(c);
  }
  {
    Case c{"no body",        {}, kDefaultMaxTextBytes, "text", "MISSING_TEXT",
           "no article body"};
    cases.push_back(c);
  }
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    absl::StatusOr<v1::ExtractClaimsResponse> r =
        Extract(c.request, c.max_bytes);
    ASSERT_THAT(r, StatusIs(absl::StatusCode::kInvalidArgument));
    const google::rpc::BadRequest bad = BadRequestOf(r.status());
    ASSERT_EQ(bad.field_violations_size(), 1);
    EXPECT_EQ(bad.field_violations(0).field(), c.field);
    EXPECT_EQ(bad.field_violations(0).reason(), c.reason);
    EXPECT_THAT(bad.field_violations(0).description(), HasSubstr(c.words));
  }
  // Exactly at the limit is fine.
  v1::ExtractClaimsRequest r;
  r.set_text("1234567890");
  EXPECT_THAT(Extract(r, 10), IsOk());
}

// Numbers that are no quantities are set aside with the reason, and a
// paragraph of them yields no figure and no claim.
TEST(ExtractTest, NumbersThatAreNoQuantitiesAreUnusedWithTheReason) {
  struct Case {
    std::string text;
    std::string quote;
    v1::UnusedReason reason;
  };
  const std::vector<Case> cases = {
      {"The meeting is on March 3, 2017.", "3", v1::UNUSED_REASON_DATE},
      {"The meeting is on March 3, 2017.", "2017", v1::UNUSED_REASON_YEAR},
      {"It opened on 12 April.", "12", v1::UNUSED_REASON_DATE},
      {"Doors open at 7:30 p.m. sharp.", "7:30", v1::UNUSED_REASON_TIME},
      {"Doors open at 9 a.m. sharp.", "9", v1::UNUSED_REASON_TIME},
      {"Maria Lopez, 45, spoke.", "45", v1::UNUSED_REASON_AGE},
      {"A 12-year-old boy spoke.", "12-year-old", v1::UNUSED_REASON_AGE},
      {"He lives at 1600 Pennsylvania Avenue now.", "1600",
       v1::UNUSED_REASON_ADDRESS},
      {"Call (415) 555-0100 today.", "415", v1::UNUSED_REASON_PHONE_NUMBER},
      {"Call 212-555-0199 today.", "212", v1::UNUSED_REASON_PHONE_NUMBER},
      {"Call 541-682-5450 today.", "682-5450", v1::UNUSED_REASON_PHONE_NUMBER},
      {"Call 776-4386 for details.", "776-4386",
       v1::UNUSED_REASON_PHONE_NUMBER},
      {"Polled 02/25/14 through 02/27/14.", "25/14", v1::UNUSED_REASON_DATE},
      {"The count between 2010 and 2020 fell.", "between 2010 and 2020",
       v1::UNUSED_REASON_YEAR},
      {"The Giants won 5-3 on Sunday.", "5", v1::UNUSED_REASON_SCORE},
      {"The Giants won 5-3 on Sunday.", "3", v1::UNUSED_REASON_SCORE},
      {"It was the 21st fair.", "21st", v1::UNUSED_REASON_ORDINAL},
      {"1. Arrests rose.", "1", v1::UNUSED_REASON_LIST_NUMBER},
      {"They drove on Route 66 all day.", "66", v1::UNUSED_REASON_IDENTIFIER},
      {"Cases of COVID-19 fell.", "19", v1::UNUSED_REASON_IDENTIFIER},
      {"Since 2016 the rules changed.", "2016", v1::UNUSED_REASON_YEAR},
      // A comma after a date, or no noun after: still a year.
      {"On March 3, 2017 officials met.", "2017", v1::UNUSED_REASON_YEAR},
      {"It was built in the same town, 1905.", "1905", v1::UNUSED_REASON_YEAR},
      {"Officers seized 40 guns.", "40", v1::UNUSED_REASON_NO_RELATION},
      // Ages, scores, codes, ranks and spans of hours in other words.
      {"It is a hazard to children under the age of three.", "three",
       v1::UNUSED_REASON_AGE},
      {"For children 1-9 years of age, rates fell.", "1-9",
       v1::UNUSED_REASON_AGE},
      {"The ratio for persons 65 years and over was 2:1.", "65",
       v1::UNUSED_REASON_AGE},
      {"Rates were reported for those aged 18-44 years (both sexes) and "
       "45-64 years.",
       "45-64", v1::UNUSED_REASON_AGE},
      {"Courtland won with a 50-48 result.", "50", v1::UNUSED_REASON_SCORE},
      {"Blue, a 5-2 loser to Orange, plays next.", "2",
       v1::UNUSED_REASON_SCORE},
      {"They pushed their record up to 19-11 on Friday.", "up to 19",
       v1::UNUSED_REASON_SCORE},
      {"Toys with model number 180 are recalled.", "180",
       v1::UNUSED_REASON_IDENTIFIER},
      {"Seats with model numbers beginning with 264 are recalled.", "264",
       v1::UNUSED_REASON_IDENTIFIER},
      {"The chairs have a UPC number of 430001047344 on them.", "430001047344",
       v1::UNUSED_REASON_IDENTIFIER},
      {"See release 94-082 for details.", "082", v1::UNUSED_REASON_IDENTIFIER},
      {"The 2008-09 season ended.", "09", v1::UNUSED_REASON_YEAR},
      {"The last half-century saw storms.", "half",
       v1::UNUSED_REASON_NO_RELATION},
      {"Men back Prop. 26 by a wide margin.", "26",
       v1::UNUSED_REASON_IDENTIFIER},
      // No sentence ends after "Prop." before a capital.
      {"Democrats back Prop. 27; Republicans oppose it.", "27",
       v1::UNUSED_REASON_IDENTIFIER},
      {"It can diagnose Type 2 diabetes.", "2", v1::UNUSED_REASON_IDENTIFIER},
      // A video's lines, not pence.
      {"It streams in 1080p now.", "1080p", v1::UNUSED_REASON_IDENTIFIER},
      // A school class, and a name in lower case after "the", and a number
      // joined to a name by "and".
      {"The Class 10 and 12 exams start today.", "10",
       v1::UNUSED_REASON_IDENTIFIER},
      {"The Class 10 and 12 exams start today.", "12",
       v1::UNUSED_REASON_IDENTIFIER},
      {"Then the class 12 board exam ends on April 5.", "12",
       v1::UNUSED_REASON_IDENTIFIER},
      {"Homes face the stage 2 outage again.", "2",
       v1::UNUSED_REASON_IDENTIFIER},
      // Not a noun that measures, nor one after "a": quantities.
      {"He built the box 12 inches deep.", "12", v1::UNUSED_REASON_NO_RELATION},
      {"In one class 12 students passed.", "12", v1::UNUSED_REASON_NO_RELATION},
      {"The CPI stands at 122.2 based on 2005=100.", "100",
       v1::UNUSED_REASON_IDENTIFIER},
      {"Productivity was 0.3%1 that quarter.", "1",
       v1::UNUSED_REASON_IDENTIFIER},
      {"Tolls for April 27-28 came in.", "27-28", v1::UNUSED_REASON_DATE},
      {"Our 2009 clearance rate is high.", "2009", v1::UNUSED_REASON_YEAR},
      {"Barbara Peterson 1926 ~ 2020 passed away.", "1926 ~ 2020",
       v1::UNUSED_REASON_YEAR},
      {"In 1924 X-15 pilot Robert Rushworth was born.", "1924",
       v1::UNUSED_REASON_YEAR},
      {"Branches: 100 West 10th Ave and others.", "100",
       v1::UNUSED_REASON_ADDRESS},
      {"An open house runs from 5 to 7 p.m. today.", "5",
       v1::UNUSED_REASON_TIME},
      {"Arrests fell in the first half of this year.", "half",
       v1::UNUSED_REASON_ORDINAL},
      {"A winner in second-half stoppage time.", "half",
       v1::UNUSED_REASON_ORDINAL},
      {"Twelve reported that they speak a third language.", "a third",
       v1::UNUSED_REASON_ORDINAL},
      {"It took a fourth quarter surge to win.", "a fourth",
       v1::UNUSED_REASON_ORDINAL},
      {"That is a first in the last five years.", "a first",
       v1::UNUSED_REASON_ORDINAL},
      // A ratio is no time of day: to one, the multiple before it; of two
      // terms, read only in a figure's own text.
      {"The sex ratio stood at 4.6:1 then.", "4.6",
       v1::UNUSED_REASON_NO_RELATION},
      {"The sex ratio stood at 4.6:1 then.", "1",
       v1::UNUSED_REASON_PART_OF_FIGURE},
      {"The size ratio was 1:5 in the hardest trials.", "1:5",
       v1::UNUSED_REASON_UNREADABLE},
      // Fractions of a whole stay quantities.
      {"A third of them left.", "A third", v1::UNUSED_REASON_NO_RELATION},
      {"A third said they would leave.", "A third",
       v1::UNUSED_REASON_NO_RELATION},
      {"Sales were a third higher.", "a third", v1::UNUSED_REASON_NO_RELATION},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const v1::ExtractClaimsResponse r = MustExtract(c.text, false);
    bool found = false;
    for (const v1::UnusedNumber& u : r.unused()) {
      if (u.text() == c.quote) {
        found = true;
        EXPECT_EQ(u.reason(), c.reason) << v1::UnusedReason_Name(u.reason());
        EXPECT_FALSE(u.explanation().empty());
      }
    }
    EXPECT_TRUE(found) << "no unused number reads \"" << c.quote << "\"";
    EXPECT_EQ(r.request().claims_size(), 0);
  }
  const v1::ExtractClaimsResponse r =
      MustExtract(ReadFile("engine/text/testdata/no-claims.txt"), false);
  EXPECT_EQ(r.request().claims_size(), 0);
  EXPECT_EQ(r.request().figures_size(), 0);
  for (const v1::UnusedNumber& u : r.unused()) {
    EXPECT_NE(u.reason(), v1::UNUSED_REASON_NO_RELATION) << u.text();
  }
}

// "at least one" and "more than one" are thresholds, no counts: like "one"
// alone, they are not read as numbers.
TEST(ExtractTest, OneAfterABoundIsNoNumber) {
  const v1::ExtractClaimsResponse r = MustExtract(
      "Many reported at least one condition, and some more than one.", false);
  EXPECT_EQ(r.unused_size(), 0);
  EXPECT_EQ(r.request().figures_size(), 0);
}

// A number at either end of a sentence, where the readings of a year
// before a dash and of a time's minutes after a colon look past the
// sentence's tokens: read (under ASan, without reading outside them).
TEST(ExtractTest, NumbersAtTheEndsOfASentenceAreRead) {
  const v1::ExtractClaimsResponse r = MustExtract(
      "-4.4% of our public schools are charter schools.\n\n"
      "The meeting starts at 3:",
      false);
  ASSERT_EQ(r.request().figures_size() + r.unused_size(), 2);
  ExpectEverySpanQuotesTheText(
      r,
      "-4.4% of our public schools are charter schools.\n\n"
      "The meeting starts at 3:",
      false);
}

// A phrase a rule reads as two figures ("128 out of 205" as 128 and 205) is
// not listed again among the unused numbers.
TEST(ExtractTest, APhraseReadAsFiguresIsNotUnusedToo) {
  const v1::ExtractClaimsResponse r = MustExtract(
      "This year, more than half of the cases (128 out of 205) have "
      "remained untraced.",
      false);
  ASSERT_EQ(r.request().figures_size(), 2);
  for (const v1::UnusedNumber& u : r.unused()) {
    EXPECT_FALSE(absl::StrContains(u.text(), "128")) << u.text();
  }
}

// What each figure counts, and where: carried along a list.
TEST(ExtractTest, NumbersAreReadWithTheirWords) {
  struct Case {
    std::string text;
    std::string quote;
    std::string figure_text;
  };
  const std::vector<Case> cases = {
      {"ICE arrested 498 people.", "498", "498"},
      {"It rose 63 percent.", "63 percent", "63 percent"},
      {"It rose 63% in a year.", "63%", "63%"},
      {"Sales rose 9pc in a year.", "9pc", "9pc"},
      {"Crowds of 300-1000 people came.", "300-1000", "300-1000"},
      {"It cost $4.5 billion.", "$4.5 billion", "$4.5 billion"},
      {"It cost \xC2\xA3"
       "30m in all.",
       "\xC2\xA3"
       "30m",
       "\xC2\xA3"
       "30m"},
      {"About 500 people came.", "About 500", "About 500"},
      {"More than 100 people came.", "More than 100", "More than 100"},
      {"Twenty-one people came.", "Twenty-one", "Twenty-one"},
      {"A dozen people came.", "A dozen", "A dozen"},
      {"It fell 2.3 percentage points.", "2.3 percentage points",
       "2.3 percentage points"},
      {"The rate was 17.4 per 100,000 residents.", "17.4 per 100,000",
       "17.4 per 100,000"},
      {"It was 6\xC2\xA0people.", "6", "6"},
      {"p = .03 here", ".03", ".03"},
      {"a change of \xE2\x88\x92"
       "2.03 degrees",
       "\xE2\x88\x92"
       "2.03",
       "\xE2\x88\x92"
       "2.03"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const v1::ExtractClaimsResponse r = MustExtract(c.text, false);
    bool found = false;
    for (const v1::UnusedNumber& u : r.unused()) {
      if (u.text() == c.quote) {
        found = true;
        EXPECT_EQ(u.reason(), v1::UNUSED_REASON_NO_RELATION);
      }
    }
    for (const v1::Figure& f : r.request().figures()) {
      if (f.span().quote() == c.quote) {
        found = true;
        EXPECT_EQ(f.text(), c.figure_text);
      }
    }
    EXPECT_TRUE(found);
  }
}

}  // namespace
}  // namespace claimcheck::text
