#include "markdown/html_sanitizer.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using gongkai::markdown::sanitize_html;

TEST(HtmlSanitizer, MergedCellTableSurvives) {
  const std::string table =
      "<table>\n"
      "<caption>2021年预算</caption>\n"
      "<colgroup><col span=\"2\"></colgroup>\n"
      "<thead><tr><th colspan=\"2\">项目</th><th>金额</th></tr></thead>\n"
      "<tbody><tr><td rowspan=\"2\">基本支出</td><td>人员</td><td>12</td></tr>\n"
      "<tr><td>公用</td><td>3</td></tr></tbody>\n"
      "</table>";
  EXPECT_EQ(sanitize_html(table), table);
}

TEST(HtmlSanitizer, SingleTagFragmentsPassThrough) {
  EXPECT_EQ(sanitize_html("</td>"), "</td>");
  EXPECT_EQ(sanitize_html("<table>\n<tr><td rowspan=\"2\">项目</td>"),
            "<table>\n<tr><td rowspan=\"2\">项目</td>");
}

TEST(HtmlSanitizer, CellKeepsOnlySpanAttributes) {
  EXPECT_EQ(sanitize_html("<td onclick=\"x\" style=\"y\" rowspan=\"2\">"), "<td rowspan=\"2\">");
  EXPECT_EQ(sanitize_html("<th class=c id=i colspan='3' title=\"t\">"), "<th colspan=\"3\">");
}

TEST(HtmlSanitizer, SpanAttributesOnlyWhereTheyBelong) {
  EXPECT_EQ(sanitize_html("<tr rowspan=\"2\"><td span=\"2\">"), "<tr><td>");
  EXPECT_EQ(sanitize_html("<col span=\"2\" width=\"10\"><colgroup SPAN=3>"),
            "<col span=\"2\"><colgroup span=\"3\">");
}

TEST(HtmlSanitizer, InvalidSpanValuesAreDropped) {
  EXPECT_EQ(sanitize_html("<td rowspan=\"abc\">"), "<td>");
  EXPECT_EQ(sanitize_html("<td rowspan=\"12345\" colspan=\"\">"), "<td>");
  EXPECT_EQ(sanitize_html("<td rowspan=\"2\"onclick=\"x\">"), "<td rowspan=\"2\">");
  EXPECT_EQ(sanitize_html("<td colspan=\"2\" x=\"><script>\">"), "<td colspan=\"2\">");
}

TEST(HtmlSanitizer, FirstOfDuplicateAttributesWins) {
  EXPECT_EQ(sanitize_html("<td rowspan=\"2\" ROWSPAN=\"3\">"), "<td rowspan=\"2\">");
  EXPECT_EQ(sanitize_html("<td rowspan=\"x\" rowspan=\"3\">"), "<td>");
}

TEST(HtmlSanitizer, UppercaseIsLowered) {
  EXPECT_EQ(sanitize_html("<TD ROWSPAN=3>"), "<td rowspan=\"3\">");
  EXPECT_EQ(sanitize_html("<TABLE><Tr><tH CoLsPaN = '2' >x</Th></TR></table>"),
            "<table><tr><th colspan=\"2\">x</th></tr></table>");
}

TEST(HtmlSanitizer, ScriptVanishesEntirely) {
  EXPECT_EQ(sanitize_html("<script>alert(1)</script>"), "");
  EXPECT_EQ(sanitize_html("a<SCRIPT type=\"x\">alert('<td>')</ScRiPt >b"), "ab");
  EXPECT_EQ(sanitize_html("<script>a</scripty>b</script>c"), "c");
  EXPECT_EQ(sanitize_html("<script>alert(1)"), "");
  EXPECT_EQ(sanitize_html("<script/>alert(1)"), "");
}

TEST(HtmlSanitizer, StyleVanishesEntirely) {
  EXPECT_EQ(sanitize_html("<style>td { background: url(javascript:x) }</style>"), "");
}

TEST(HtmlSanitizer, OtherContentDroppingElementsVanish) {
  EXPECT_EQ(sanitize_html("<iframe src=\"x\">fallback</iframe>"), "");
  EXPECT_EQ(sanitize_html("<textarea><td rowspan=2></textarea>after"), "after");
  EXPECT_EQ(sanitize_html("<noscript><p>x</p></noscript><title>t</title>"), "");
  EXPECT_EQ(sanitize_html("<plaintext>everything"), "");
}

TEST(HtmlSanitizer, LinkBecomesItsText) {
  EXPECT_EQ(sanitize_html("<a href=\"javascript:alert(1)\">x</a>"), "x");
}

TEST(HtmlSanitizer, ImageVanishes) { EXPECT_EQ(sanitize_html("<img src=x onerror=alert(1)>"), ""); }

TEST(HtmlSanitizer, DisallowedElementsKeepTheirText) {
  EXPECT_EQ(sanitize_html("<div class=\"x\"><span style=\"y\">文字</span></div>"), "文字");
  EXPECT_EQ(sanitize_html("<svg onload=alert(1)><b>粗</b></svg>"), "粗");
}

TEST(HtmlSanitizer, CommentsAndDeclarationsVanish) {
  EXPECT_EQ(sanitize_html("a<!-- <script>x</script> -->b"), "ab");
  EXPECT_EQ(sanitize_html("<!---->a<!-->b<!--->c"), "abc");
  EXPECT_EQ(sanitize_html("<!DOCTYPE html><?php echo 1; ?>x"), "x");
  EXPECT_EQ(sanitize_html("<![CDATA[a>b]]>c"), "c");
  EXPECT_EQ(sanitize_html("</ td>x</>y"), "xy");
  EXPECT_EQ(sanitize_html("a<!-- unterminated <td>"), "a");
}

TEST(HtmlSanitizer, BreakIsNormalised) {
  EXPECT_EQ(sanitize_html("<br/>"), "<br>");
  EXPECT_EQ(sanitize_html("<br />"), "<br>");
  EXPECT_EQ(sanitize_html("<BR class=\"x\">"), "<br>");
  EXPECT_EQ(sanitize_html("</br>"), "");
}

TEST(HtmlSanitizer, TextIsEscaped) {
  EXPECT_EQ(sanitize_html("a < b & c"), "a &lt; b &amp; c");
  EXPECT_EQ(sanitize_html("x > y \"q\" 'r'"), "x &gt; y \"q\" 'r'");
  EXPECT_EQ(sanitize_html("<1>"), "&lt;1&gt;");
}

TEST(HtmlSanitizer, CharacterReferencesAreKept) {
  EXPECT_EQ(sanitize_html("&amp; &#x4e2d; &#20013; &nbsp; &frac12;"),
            "&amp; &#x4e2d; &#20013; &nbsp; &frac12;");
}

TEST(HtmlSanitizer, MalformedCharacterReferencesAreEscaped) {
  EXPECT_EQ(sanitize_html("&amp &#; &#x; &#xZ; &; &1a; &"),
            "&amp;amp &amp;#; &amp;#x; &amp;#xZ; &amp;; &amp;1a; &amp;");
}

TEST(HtmlSanitizer, SupAndSubAreKept) {
  EXPECT_EQ(sanitize_html("面积 m<sup>2</sup>，H<sub>2</sub>O"),
            "面积 m<sup>2</sup>，H<sub>2</sub>O");
}

TEST(HtmlSanitizer, ChineseTextIsUntouched) {
  const std::string text = "<p>张掖市发展和改革委员会“政务公开”工作总结（〔2021〕12号）</p>";
  EXPECT_EQ(sanitize_html(text), text);
}

TEST(HtmlSanitizer, UnterminatedTagEmitsNothing) {
  EXPECT_EQ(sanitize_html("<td rowspan=\"2"), "");
  EXPECT_EQ(sanitize_html("x<td rowspan=\"2"), "x");
  EXPECT_EQ(sanitize_html("x<td rowspan='2' onclick=alert(1)"), "x");
  EXPECT_EQ(sanitize_html("x<td rowspan="), "x");
  EXPECT_EQ(sanitize_html("x<td"), "x");
}

TEST(HtmlSanitizer, TrailingLessThanIsEscaped) {
  EXPECT_EQ(sanitize_html("x<"), "x&lt;");
  EXPECT_EQ(sanitize_html("x</"), "x&lt;/");
}

TEST(HtmlSanitizer, AttributesWithoutValuesAreDropped) {
  EXPECT_EQ(sanitize_html("<td nowrap rowspan>"), "<td>");
  EXPECT_EQ(sanitize_html("<td =x rowspan = 2>"), "<td rowspan=\"2\">");
}

TEST(HtmlSanitizer, HostileInputIsLinear) {
  // A quadratic scanner would take minutes on these; a linear one takes milliseconds.
  const std::size_t size = 1 << 20;
  EXPECT_EQ(sanitize_html(std::string(size, '<')).size(), size * 4);
  EXPECT_EQ(sanitize_html(std::string(size, '&')).size(), size * 5);

  std::string repeated_tags;
  for (std::size_t i = 0; i < size / 8; ++i) repeated_tags += "<a x=\"<";
  EXPECT_EQ(sanitize_html(repeated_tags), "");

  std::string unclosed_scripts;
  for (std::size_t i = 0; i < size / 10; ++i) unclosed_scripts += "<script></";
  EXPECT_EQ(sanitize_html(unclosed_scripts), "");
}

}  // namespace
