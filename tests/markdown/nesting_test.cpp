#include "markdown/nesting.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "markdown/markdown.hpp"

namespace {

using gongkai::markdown::find_deep_nesting;
using gongkai::markdown::kMaxNesting;

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Lists nested by indentation, one level a line: "- 1", "  - 2", "    - 3"…
std::string indented_lists(int levels, const std::string& eol = "\n") {
  std::string out;
  for (int i = 0; i < levels; ++i) out += std::string(2 * i, ' ') + "- " + std::to_string(i) + eol;
  return out;
}

void expect_place(const std::string& body, int line, int byte_column) {
  auto deep = find_deep_nesting(body);
  ASSERT_TRUE(deep.has_value());
  EXPECT_EQ(deep->line, line);
  EXPECT_EQ(deep->byte_column, byte_column);
}

TEST(Nesting, ListMarkersOnOneLineStopAtTheMarkerTooMany) {
  // The body of issue 14: a minute in cmark-gfm before the limit.
  expect_place(repeat("- ", 20000) + repeat("`a` ", 100000), 1, 2 * kMaxNesting + 1);
  expect_place("正文\n\n" + repeat("1. ", 200) + "x\n", 3, 3 * kMaxNesting + 1);
}

TEST(Nesting, BlockQuotesAndFootnotesCountToo) {
  expect_place(repeat(">", 150) + " x\n", 1, kMaxNesting + 1);
  expect_place(repeat("> - ", 80) + "x\n", 1, 4 * 50 + 1);
  expect_place(repeat("[^a]: ", 150) + "x\n", 1, 6 * kMaxNesting + 1);
}

TEST(Nesting, IndentationNestsAcrossLines) {
  expect_place(indented_lists(150), kMaxNesting + 1, 2 * kMaxNesting + 1);
  expect_place(indented_lists(150, "\r\n"), kMaxNesting + 1, 2 * kMaxNesting + 1);
  expect_place(indented_lists(150, "\r"), kMaxNesting + 1, 2 * kMaxNesting + 1);
  // Inside a block quote: the quote and 100 lists make 101 levels on line 100.
  std::string quoted;
  for (int i = 0; i < 150; ++i) quoted += "> " + std::string(2 * i, ' ') + "- x\n";
  expect_place(quoted, kMaxNesting, 2 + 2 * (kMaxNesting - 1) + 1);
  // A tab is 4 columns, room for two items' indentation, and counts as such: one tab a level
  // passes the limit at 50 levels.
  std::string tabbed;
  for (int i = 0; i < 150; ++i) tabbed += std::string(i, '\t') + "1.  x\n";
  expect_place(tabbed, kMaxNesting / 2 + 1, kMaxNesting / 2 + 1);
}

TEST(Nesting, RealDocumentsPass) {
  // An outline of five levels, a quote with a list, a separator, code.
  const std::string body =
      "一、总则\n\n- （一）\n  1. 第一条\n     - （1）\n       - ①\n\n"
      "> 引用\n> - 甲\n>   - 乙\n\n* * *\n\n```\n- - x\n```\n";
  EXPECT_FALSE(find_deep_nesting(body).has_value());
  EXPECT_FALSE(find_deep_nesting(indented_lists(kMaxNesting)).has_value());
  EXPECT_TRUE(find_deep_nesting(indented_lists(kMaxNesting + 1)).has_value());
}

TEST(Nesting, ABlankLineAndTextCloseWhatTheyDoNotContinue) {
  const std::string twice = indented_lists(60) + "\n正文\n\n" + indented_lists(60);
  EXPECT_FALSE(find_deep_nesting(twice).has_value());
  const std::string quotes = repeat(">", 60) + " a\n\n" + repeat(">", 60) + " b\n";
  EXPECT_FALSE(find_deep_nesting(quotes).has_value());
}

// The depth cmark-gfm builds: the deepest nesting of <li> and <blockquote> in its HTML.
int rendered_depth(const std::string& markdown) {
  const std::string html =
      gongkai::markdown::Body::parse(markdown, gongkai::markdown::RawHtmlMode::drop)
          .render_html("表格");
  int depth = 0, deepest = 0;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const std::string_view tag(html.data() + at, std::min<std::size_t>(16, html.size() - at));
    if (tag.rfind("<li", 0) == 0 || tag.rfind("<blockquote", 0) == 0)
      deepest = std::max(deepest, ++depth);
    else if (tag.rfind("</li>", 0) == 0 || tag.rfind("</blockquote>", 0) == 0)
      --depth;
  }
  return deepest;
}

// The smallest limit the scan lets body through with.
int scanned_depth(const std::string& body) {
  int limit = 0;
  while (find_deep_nesting(body, limit)) ++limit;
  return limit;
}

TEST(Nesting, NeverCountsLessThanCmarkGfmBuilds) {
  // Random bodies of quote and list markers, indentation, tabs, blank and lazy lines.
  const char* const pieces[] = {"> ", ">", "- ", "* ",   "+ ", "1. ",   "2) ", "  ", "    ",
                                "\t", " ", "-",  "10. ", "a ", "- - -", "***", "```"};
  std::mt19937 random(14);
  for (int round = 0; round < 20000; ++round) {
    std::string body;
    const int lines = 1 + static_cast<int>(random() % 12);
    for (int l = 0; l < lines; ++l) {
      const int parts = static_cast<int>(random() % 7);
      for (int p = 0; p < parts; ++p) body += pieces[random() % std::size(pieces)];
      body += random() % 3 == 0 ? "" : "文字";
      body += random() % 5 == 0 ? "\r\n" : "\n";
    }
    ASSERT_GE(scanned_depth(body), rendered_depth(body)) << "body:\n" << body;
  }
}

}  // namespace
