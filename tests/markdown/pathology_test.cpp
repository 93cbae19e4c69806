#include "markdown/pathology.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "markdown/markdown.hpp"

namespace {

using gongkai::markdown::find_pathology;
using gongkai::markdown::PathologyLimits;

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string table(int columns, int rows) {
  return "|" + repeat("列|", columns) + "\n|" + repeat("-|", columns) + "\n" + repeat("x\n", rows);
}

void expect_place(const std::string& body, int line, int byte_column, const std::string& words,
                  const PathologyLimits& limits = {}) {
  auto found = find_pathology(body, limits);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->line, line);
  EXPECT_EQ(found->byte_column, byte_column);
  EXPECT_NE(found->message.find(words), std::string::npos) << found->message;
}

void expect_accepted(const std::string& body, const PathologyLimits& limits = {}) {
  auto found = find_pathology(body, limits);
  EXPECT_FALSE(found.has_value()) << found->line << ":" << found->byte_column << " "
                                  << found->message;
}

TEST(Pathology, TheBodiesOfIssue14AreRefusedAtTheirConstruct) {
  expect_place(repeat("![[]()", 50000), 1, 6 * 4471 + 4, "4,472 image openings '!['");
  expect_place(repeat("a <![CDATA[", 50000), 1, 3, "'<![CDATA[' from here on");
  expect_place(repeat("a <? ", 50000), 1, 3, "'<?' from here on");
  expect_place(repeat("a <!X ", 50000), 1, 3, "'<!' from here on");
  expect_place(repeat("a@", 200000), 1, 2, "has 200,000 '@'");
  // 2,000 columns: the '|' that starts the 201st cell of the header row.
  expect_place("|" + repeat("a|", 2000) + "\n|" + repeat("-|", 2000) + "\n" + repeat("|x\n", 2000),
               1, 401, "table row has 2,000 cells; at most 200 columns");
}

TEST(Pathology, ImagesOpenBeforeEachBracketAreCounted) {
  PathologyLimits limits;
  limits.image_brackets = 100;
  // Each ']' passes the 10 '![' before it: 10 links make 100, the 11th passes the limit.
  expect_accepted(repeat("![", 10) + repeat("[]()", 10), limits);
  expect_place(repeat("![", 10) + repeat("[]()", 11), 1, 20 + 40 + 2, "10 image openings", limits);
  // A paragraph ends at a blank line, a list item or a heading, and its images with it.
  expect_accepted(repeat("![", 10) + "\n\n" + repeat("[]()", 100), limits);
  expect_accepted(repeat("![", 10) + "\n- 项\n" + repeat("[]()", 100), limits);
  expect_accepted(repeat("![", 10) + "\n# 标题\n" + repeat("[]()", 100), limits);
  // A line of text, a quoted line or an indented "- " may continue it.
  expect_place(repeat("![", 10) + "\n文字\n" + repeat("[]()", 11), 3, 42, "image", limits);
  expect_place(repeat("![", 10) + "\n> - a\n" + repeat("[]()", 11), 3, 42, "image", limits);
  expect_place(repeat("![", 10) + "\n    - a\n" + repeat("[]()", 11), 3, 42, "image", limits);
  // "![alt]" closes at once, unless alt may hold what takes its ']' (here a code span).
  expect_accepted(repeat("![图](a.png)", 1000) + repeat("[]()", 1000), limits);
  // Its own code-span "]" passes 1 + 2 + … + 10 = 55 images; the 5th link passes 105.
  expect_place(repeat("![`]`", 10) + repeat("[]()", 5), 1, 50 + 16 + 2, "10 image", limits);
  // Escaped, '\![' opens no image and '\]' closes nothing.
  expect_accepted(repeat("\\![", 10) + repeat("[]()", 100), limits);
  expect_accepted(repeat("![", 10) + repeat("\\]", 100), limits);
}

TEST(Pathology, RawHtmlOpeningsAreCountedUpToTheirEnd) {
  PathologyLimits limits;
  limits.unclosed_html = 1000;
  // One '<?' and the 998 characters after it in its paragraph: 1,000 characters to scan.
  expect_accepted("<?" + std::string(998, 'a'), limits);
  expect_place("<?" + std::string(999, 'a'), 1, 1, "'<?' from here on", limits);
  expect_accepted("<?" + std::string(997, 'a') + "\n\n" + std::string(5000, 'a'), limits);
  // Closed, the scan stops at its end: 100 × 3, 50 × 10 and 50 × 14 characters.
  expect_accepted(repeat("<?x?>", 100) + std::string(5000, 'a'), limits);
  expect_accepted(repeat("<![CDATA[x]]>", 50) + std::string(5000, 'a'), limits);
  expect_accepted(repeat("<!DOCTYPE html>", 50) + std::string(5000, 'a'), limits);
  // "<?>" is no instruction; the end must come after the opening.
  expect_place("<?>" + std::string(998, 'a'), 1, 1, "'<?'", limits);
  // Two '<!X' without a '>': 1,201 + 603 characters.
  expect_place("a <!X " + std::string(594, 'b') + "<!X" + std::string(600, 'c'), 1, 3, "'<!'",
               limits);
  // A block quote's '>' is not the text's: it ends no declaration.
  expect_place("<!X" + repeat("\n> a", 300), 1, 1, "'<!'", limits);
  // Declarations need a letter; comments end at the next "<!--" and cost nothing.
  expect_accepted(repeat("a <!1 ", 1000) + repeat("a <!-- ", 1000), limits);
}

TEST(Pathology, AtSignsCountWithTheLengthOfTheirLine) {
  PathologyLimits limits;
  limits.email_scan = 1000;
  // 22 '@' on a line of 44 bytes: 968; 23 on 46: 1,058.
  expect_accepted(repeat("a@", 22), limits);
  expect_place("正文\n" + repeat("a@", 23), 2, 2, "46 bytes has 23 '@'", limits);
  // Lines apart, each costs its own length.
  expect_accepted(repeat("a@\n", 300), limits);
  // At most 1,000 '@' count on a line.
  limits.email_scan = 1000 * 4000;
  expect_accepted(repeat("a@", 2000), limits);
  expect_place(repeat("a@", 2001), 1, 2, "4,002 bytes has 2,001 '@'", limits);
}

TEST(Pathology, TablesHaveAtMost200ColumnsAndAllTogether200000Cells) {
  expect_accepted(table(200, 3));
  expect_place("正文\n\n" + table(201, 3), 3, 1 + 200 * 4, "201 cells; at most 200 columns");
  // A row wider than its table is parsed whole before its extra cells are dropped.
  expect_place(table(3, 1) + "|" + repeat("a|", 201) + "\n", 4, 401, "201 cells");
  // Escaped pipes split no cell.
  expect_accepted(table(3, 1) + "|" + repeat("a\\|", 300) + "\n");
  PathologyLimits limits;
  limits.table_cells = 100;
  // A header and 9 rows of 10 columns (short rows filled up) make 100 cells; one row more, 110.
  expect_accepted(table(10, 9), limits);
  expect_place(table(10, 10), 12, 1, "reach 110 cells at this row", limits);
  // A blank line ends the table; a paragraph after it has no cells.
  expect_accepted(table(10, 9) + "\n" + repeat("x\n", 100), limits);
  // Tables add up.
  expect_place(table(10, 4) + "\n" + table(10, 5), 14, 1, "reach 110 cells", limits);
  // A table in a block quote or a list item.
  expect_place("> " + table(10, 10), 12, 1, "110 cells", limits);
}

TEST(Pathology, RealDocumentsPass) {
  const std::string paragraph =
      "根据《中华人民共和国政府信息公开条例》[第十九条](idx:629900036/2021-00007)规定，"
      "现将![图一](图1.png)和![图二](图2.png)公开，详见[附件](附件1.pdf)、[^1]。"
      "联系人：张三 zhangsan@example.gov.cn，李四 lisi@example.gov.cn，"
      "https://www.gov.cn/zhengce/ 与 www.gov.cn。\n";
  std::string body = "# 关于公开的通知\n\n";
  for (int i = 0; i < 200; ++i) body += paragraph;  // 200 lines without a blank line
  body += "\n[^1]: 注释。\n\n";
  // A table of 30 columns and 500 rows, and another of 5 columns.
  body += "|" + repeat(" 项目 |", 30) + "\n|" + repeat(":---:|", 30) + "\n";
  for (int r = 0; r < 500; ++r) body += "|" + repeat(" 1,234.5 |", 30) + "\n";
  body += "\n" + table(5, 100) + "\n";
  // Code: literal brackets, raw HTML and '@' in fences and spans.
  body +=
      "```php\n<?php\n$a = [[1, 2], [3]];\necho \"<![CDATA[\" . $a . \"@\";\n```\n\n"
      "`<?xml version=\"1.0\"?>` 与 `![x]`\n\n"
      "<!-- 注释 --> <!DOCTYPE html> <br/>\n\n"
      "- [ ] 待办 <a@b.cn>\n- [x] 已办\n  > 引用 ![图](a.png)\n";
  expect_accepted(body);
  // Many images, each in its own line of one paragraph: 1,000 make 500,500 steps.
  expect_accepted(repeat("![图](a.png)\n", 1000));
}

// The cells cmark-gfm builds: the <td> and <th> in its HTML.
long rendered_cells(const std::string& markdown) {
  const std::string html =
      gongkai::markdown::Body::parse(markdown, gongkai::markdown::RawHtmlMode::drop)
          .render_html("表格");
  long cells = 0;
  for (std::size_t at = html.find("<t"); at != std::string::npos; at = html.find("<t", at + 1)) {
    cells += html.compare(at, 4, "<td>") == 0 || html.compare(at, 4, "<th>") == 0 ||
             html.compare(at, 4, "<td ") == 0 || html.compare(at, 4, "<th ") == 0;
  }
  return cells;
}

TEST(Pathology, NeverCountsFewerCellsThanCmarkGfmBuilds) {
  const char* const pieces[] = {"|", "|", "a", "-", "-", ":", " ", "> ", "- ", "\\|", "`", "  "};
  std::mt19937 random(14);
  for (int round = 0; round < 5000; ++round) {
    std::string body;
    const int lines = 1 + static_cast<int>(random() % 8);
    for (int l = 0; l < lines; ++l) {
      const int parts = static_cast<int>(random() % 9);
      for (int p = 0; p < parts; ++p) body += pieces[random() % std::size(pieces)];
      body += random() % 4 == 0 ? "\n\n" : "\n";
    }
    const long cells = rendered_cells(body);
    if (cells == 0) continue;
    PathologyLimits limits;
    limits.table_cells = cells - 1;
    ASSERT_TRUE(find_pathology(body, limits).has_value()) << cells << " cells in:\n" << body;
  }
}

}  // namespace
