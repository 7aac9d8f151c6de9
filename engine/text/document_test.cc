#include "engine/text/document.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "engine/text/segment.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck::text {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> BlockQuotes(const Document& doc) {
  std::vector<std::string> out;
  for (const TextBlock& b : doc.blocks()) {
    out.push_back(doc.text().substr(b.begin, b.end - b.begin));
  }
  return out;
}

std::vector<std::string> Kinds(const Document& doc) {
  std::vector<std::string> out;
  for (const TextBlock& b : doc.blocks()) out.push_back(b.kind);
  return out;
}

TEST(PlainTextTest, BlankLinesEndParagraphs) {
  const Document doc = ReadPlainText(
      "First line\nwrapped here.\n\n  \n# A heading\nSecond paragraph.\n- one "
      "item\n- two items\n\n3. third\n");
  EXPECT_EQ(doc.text().substr(0, 11), "First line\n");  // kept as given
  EXPECT_THAT(BlockQuotes(doc),
              ElementsAre("First line\nwrapped here.", "# A heading",
                          "Second paragraph.", "- one item", "- two items",
                          "3. third"));
  EXPECT_THAT(Kinds(doc), ElementsAre("p", "h1", "p", "li", "li", "li"));
}

// A list pasted from a web page keeps its bullet characters: each item is a
// block, so a "than" in one item never reaches a figure in the next.
TEST(PlainTextTest, BulletCharactersStartListItems) {
  const Document doc = ReadPlainText(
      "Adults agree that children:\n\u2022 face more challenges than ever "
      "(71%),\n\u2022 face new ones (81%)\n\u25e6 nested\n\u2022no space");
  EXPECT_THAT(BlockQuotes(doc),
              ElementsAre("Adults agree that children:",
                          "\u2022 face more challenges than ever (71%),",
                          "\u2022 face new ones (81%)",
                          "\u25e6 nested\n\u2022no space"));
  EXPECT_THAT(Kinds(doc), ElementsAre("p", "li", "li", "li"));
}

// Offsets in code points, UTF-8 bytes and UTF-16 code units, over text with
// astral characters (two UTF-16 units each), accents and no-break spaces.
TEST(SpanTest, CountsEveryUnit) {
  struct Case {
    std::string text;
    std::string quote;
    int start, end;  // code points
    int u16_start, u16_end;
  };
  const std::vector<Case> cases = {
      {"498 people", "498", 0, 3, 0, 3},
      {"caf\xC3\xA9 12", "12", 5, 7, 5, 7},
      {"\xF0\x9F\x98\x80 12", "12", 2, 4, 3, 5},
      {"\xF0\x9F\x98\x80\xF0\x9F\x92\x9A 6\xC2\xA0people", "6\xC2\xA0people", 3,
       11, 5, 13},
      {std::string(100, 'a') + "\xF0\x9F\x98\x80" + std::string(100, 'b') +
           " 63",
       "63", 202, 204, 203, 205},
  };
  for (const Case& c : cases) {
    const Document doc = ReadPlainText(c.text);
    const int32_t b = static_cast<int32_t>(c.text.find(c.quote));
    const v1::Span s = doc.SpanOf(b, b + static_cast<int32_t>(c.quote.size()));
    EXPECT_EQ(s.quote(), c.quote);
    EXPECT_EQ(s.start(), c.start) << c.text;
    EXPECT_EQ(s.end(), c.end) << c.text;
    EXPECT_EQ(s.utf8().start(), b);
    EXPECT_EQ(s.utf16().start(), c.u16_start) << c.text;
    EXPECT_EQ(s.utf16().end(), c.u16_end) << c.text;
    EXPECT_FALSE(s.has_source_utf8());
  }
}

TEST(HtmlTest, ReadsAsABrowserShowsIt) {
  struct Case {
    std::string html;
    std::string text;
    std::vector<std::string> kinds;
  };
  const std::vector<Case> cases = {
      {"<p>ICE arrested <b>498</b>&nbsp;people</p>",
       "ICE arrested 498\xC2\xA0people",
       {"p"}},
      {"<html><head><title>2017</title><style>p{}</style></head><body>"
       "<h2>AT&amp;T &amp; caf&eacute;</h2><p>one\n   two</p>"
       "<script>var x = 5;</script></body></html>",
       "AT&T & caf\xC3\xA9\n\none two",
       {"h2", "p"}},
      // Malformed: unclosed elements, a stray end tag, a table in a p.
      {"<p>Unclosed <i>italic 7 cats<p>next</x> 8<table><td>9 dogs</table>",
       "Unclosed italic 7 cats\n\nnext 8\n\n9 dogs",
       {"p", "p", "td"}},
      {"<ul><li>1. first<li>second</ul><blockquote>quoted</blockquote>",
       "1. first\n\nsecond\n\nquoted",
       {"li", "li", "blockquote"}},
      {"<p>line one<br>\n  line two</p>", "line one\nline two", {"p"}},
      {"<pre>a   b\n c</pre>", "a   b\n c", {"pre"}},
      {"text with no element, &lt;3 &#x1F600; &#128154;",
       "text with no element, <3 \xF0\x9F\x98\x80 \xF0\x9F\x92\x9A",
       {"p"}},
      {"", "", {}},
  };
  for (const Case& c : cases) {
    const Document doc = ReadHtml(c.html);
    EXPECT_EQ(doc.text(), c.text) << c.html;
    EXPECT_THAT(Kinds(doc), ::testing::ElementsAreArray(c.kinds)) << c.html;
  }
}

// Every piece of the text maps back to the source bytes it was read from.
TEST(HtmlTest, SpansPointIntoTheSource) {
  struct Case {
    std::string html;
    std::string quote;   // in the text
    std::string source;  // the source bytes it comes from
  };
  const std::vector<Case> cases = {
      {"<p>ICE arrested <b>498</b> people</p>", "498", "498"},
      {"<p>ICE arrested <b>498</b> people</p>", "arrested 498",
       "arrested <b>498"},
      {"<p>6&nbsp;people</p>", "6\xC2\xA0people", "6&nbsp;people"},
      {"<p>caf&eacute; 12</p>", "caf\xC3\xA9", "caf&eacute;"},
      {"<p>caf&eacute; 12</p>", "12", "12"},
      {"<p>&#x1F600; 63%</p>", "63%", "63%"},
      {"<p>AT&T 3 &copy 4</p>", "4", "4"},
      {"<p>one\r\n two 2</p>", "2", "2"},
      {"<p>a   b</p>", "a b", "a   b"},
      {"<p>\xF0\x9F\x98\x80 &amp; 45 in New York</p>", "45 in New York",
       "45 in New York"},
  };
  for (const Case& c : cases) {
    const Document doc = ReadHtml(c.html);
    const size_t at = doc.text().find(c.quote);
    ASSERT_NE(at, std::string::npos) << c.html;
    const v1::Span s = doc.SpanOf(static_cast<int32_t>(at),
                                  static_cast<int32_t>(at + c.quote.size()));
    EXPECT_EQ(s.quote(), c.quote);
    ASSERT_TRUE(s.has_source_utf8());
    EXPECT_EQ(c.html.substr(s.source_utf8().start(),
                            s.source_utf8().end() - s.source_utf8().start()),
              c.source)
        << c.html;
  }
}

TEST(HtmlTest, SourceUtf16CountsAstralCharactersTwice) {
  const std::string html = "<p>\xF0\x9F\x98\x80 12</p>";
  const Document doc = ReadHtml(html);
  const size_t at = doc.text().find("12");
  const v1::Span s =
      doc.SpanOf(static_cast<int32_t>(at), static_cast<int32_t>(at + 2));
  EXPECT_EQ(s.source_utf8().start(), 8);   // <p> + 4 bytes + space
  EXPECT_EQ(s.source_utf16().start(), 6);  // <p> + 2 units + space
  EXPECT_EQ(s.utf16().start(), 3);
  EXPECT_EQ(s.start(), 2);
}

// Deeply nested elements: no recursion on the call stack.
TEST(HtmlTest, DeepNestingIsRead) {
  std::string html;
  for (int i = 0; i < 4000; ++i) html += "<div><b>";
  html += "498 people";
  const Document doc = ReadHtml(html);
  EXPECT_EQ(doc.text(), "498 people");
}

TEST(SegmenterTest, SentencesKeepAbbreviations) {
  const Document doc = ReadPlainText(
      "U.S. Immigration and Customs Enforcement arrested 498 people. Mr. "
      "Smith said so.\nIn Washington, D.C. there were 14.\n\nA new "
      "paragraph.");
  Segmenter seg;
  std::vector<std::string> got;
  for (const Sentence& s : seg.Sentences(doc)) {
    got.push_back(doc.text().substr(s.begin, s.end - s.begin));
  }
  EXPECT_THAT(
      got,
      ElementsAre("U.S. Immigration and Customs Enforcement arrested "
                  "498 people.",
                  "Mr. Smith said so.", "In Washington, D.C. there were 14.",
                  "A new paragraph."));
}

// A line break is a space in wrapped prose; after a short line, before a
// capital or a digit, it ends a sentence (a list of figures, one a line).
TEST(SegmenterTest, ShortLinesBeforeACapitalStandAlone) {
  const Document doc = ReadPlainText(
      "New cases: 137\nActive outbreaks: 57, including 23 schools\nand six "
      "care homes, said the county's weekly report of cases\nThursday. "
      "Cohen's\nd = 0.54.");
  Segmenter seg;
  std::vector<std::string> got;
  for (const Sentence& s : seg.Sentences(doc)) {
    got.push_back(doc.text().substr(s.begin, s.end - s.begin));
  }
  EXPECT_THAT(got,
              ElementsAre("New cases: 137",
                          "Active outbreaks: 57, including 23 schools\nand "
                          "six care homes, said the county's weekly report "
                          "of cases\nThursday.",
                          "Cohen's\nd = 0.54."));
}

TEST(SegmenterTest, WordsAndNumbers) {
  const std::string text = "t(12)=1.2; 1,234.5 and $4.5bn";
  Segmenter seg;
  std::vector<std::string> numbers;
  std::vector<std::string> words;
  for (const Token& t : seg.Words(text, 0, static_cast<int32_t>(text.size()))) {
    const std::string s = text.substr(t.begin, t.end - t.begin);
    if (t.kind == TokenKind::kNumber) numbers.push_back(s);
    if (t.kind == TokenKind::kWord) words.push_back(s);
  }
  EXPECT_THAT(numbers, ElementsAre("12", "1.2", "1,234.5"));
  EXPECT_THAT(words, ElementsAre("t", "and", "4.5bn"));
}

// Sentences has ICU start each block a little before its first full stop
// or mark; reading every block whole must give the same sentences. Random
// paragraphs of words, abbreviations, marks, quotes, numbers, line breaks
// and characters past ASCII, long enough that the start is skipped.
TEST(SegmenterTest, SentencesAgreeWithIcu) {
  const std::vector<std::string> pieces = absl::StrSplit(
      "officials |said |the |Smith |arrests |rose |in |Denver |498 |3.5 |"
      "Mr. |Dr. |U.S. |e.g. |No. |a.m. |Inc. |Jan. |St. |Ph.D. |vs. |"
      "a. |Z. |. |! |? |.\" |.) |?' |... |, |; |: |- |( |) |\" |' |"
      "\n|\n\n|\r\n|  |\t|\xe2\x80\x9c|\xe2\x80\x9d|\xe2\x80\x99s |"
      "\xe2\x80\x94|\xc3\xa9t\xc3\xa9 |\xc2\xa0|\xe2\x80\xa6|"
      "\xe3\x80\x82|\xe2\x80\xa8|1,234 |(a) |$4.5bn |21st |100% |3.M |a.B |"
      "x.y |9.a |\xe2\x80\x93|\xe2\x80\xbc|\xef\xbc\x8e|\xcc\x81|\xc2\xad",
      '|');
  Segmenter seg;
  uint64_t state = 777;
  auto next = [&state] {
    state = state * 6364136223846793005u + 1442695040888963407u;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    // Mostly plain words first, so the first mark is often far in.
    const int plain = static_cast<int>(next() % 40);
    for (int k = 0; k < plain; ++k) text += pieces[next() % 10];
    const int n = 1 + static_cast<int>(next() % 40);
    for (int k = 0; k < n; ++k) text += pieces[next() % pieces.size()];
    const Document doc =
        i % 4 == 3 ? ReadHtml("<p>" + text + "</p><p>" + text + "</p>")
                   : ReadPlainText(text);
    const std::vector<Sentence> fast = seg.Sentences(doc);
    const std::vector<Sentence> icu = seg.IcuSentences(doc);
    ASSERT_EQ(fast.size(), icu.size()) << text;
    for (size_t t = 0; t < fast.size(); ++t) {
      ASSERT_EQ(fast[t].begin, icu[t].begin) << text;
      ASSERT_EQ(fast[t].end, icu[t].end) << text;
      ASSERT_EQ(fast[t].block, icu[t].block) << text;
    }
  }
}

}  // namespace
}  // namespace claimcheck::text
