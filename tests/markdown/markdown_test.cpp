#include "markdown/markdown.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using gongkai::markdown::Body;
using gongkai::markdown::is_dangerous_url;
using gongkai::markdown::LinkRef;
using gongkai::markdown::RawHtmlMode;

std::string html(const std::string& markdown, RawHtmlMode mode = RawHtmlMode::drop) {
  return Body::parse(markdown, mode).render_html("表格");
}

TEST(Markdown, AutolinkStopsAtChinesePunctuation) {
  EXPECT_EQ(html("见 https://a.gov.cn/x。下一句"),
            "<p>见 <a href=\"https://a.gov.cn/x\">https://a.gov.cn/x</a>。下一句</p>\n");
}

TEST(Markdown, WwwAutolinkStopsAtChinesePunctuation) {
  EXPECT_EQ(html("见 www.a.gov.cn，下一句"),
            "<p>见 <a href=\"http://www.a.gov.cn\">www.a.gov.cn</a>，下一句</p>\n");
}

TEST(Markdown, AutolinkDropsAsciiPunctuationBeforeChinesePunctuation) {
  EXPECT_EQ(html("见 https://a.gov.cn/x.，下一句"),
            "<p>见 <a href=\"https://a.gov.cn/x\">https://a.gov.cn/x</a>.，下一句</p>\n");
}

// Chinese in a path or a query is part of the address (issue 14, defect 12): only Chinese
// punctuation, and text that cannot be in an address, ends a bare URL.
TEST(Markdown, AutolinkKeepsChineseInPathAndQuery) {
  EXPECT_EQ(html("见 https://zh.wikipedia.org/wiki/政务公开"),
            "<p>见 <a href=\"https://zh.wikipedia.org/wiki/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80\">"
            "https://zh.wikipedia.org/wiki/政务公开</a></p>\n");
  // (cmark-gfm links "www." only after a space, or at the start of a line.)
  EXPECT_EQ(html("附件 www.example.gov.cn/附件/通知.pdf"),
            "<p>附件 <a href=\"http://www.example.gov.cn/%E9%99%84%E4%BB%B6/"
            "%E9%80%9A%E7%9F%A5.pdf\">www.example.gov.cn/附件/通知.pdf</a></p>\n");
  EXPECT_EQ(html("搜索 https://example.com/search?q=中文&x=1 的结果"),
            "<p>搜索 <a href=\"https://example.com/search?q=%E4%B8%AD%E6%96%87&amp;x=1\">"
            "https://example.com/search?q=中文&amp;x=1</a> 的结果</p>\n");
  EXPECT_EQ(html("见 https://zh.wikipedia.org/wiki/政务公开（维基百科）。"),
            "<p>见 <a href=\"https://zh.wikipedia.org/wiki/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80\">"
            "https://zh.wikipedia.org/wiki/政务公开</a>（维基百科）。</p>\n");
}

TEST(Markdown, AutolinkWithoutASpaceStopsAtChinesePunctuation) {
  EXPECT_EQ(html("详见https://www.gov.cn/zhengce/content_5577.htm。下一句"),
            "<p>详见<a href=\"https://www.gov.cn/zhengce/content_5577.htm\">"
            "https://www.gov.cn/zhengce/content_5577.htm</a>。下一句</p>\n");
  EXPECT_EQ(html("见 https://a.gov.cn/x\u3000下一句 “https://a.gov.cn/y”"),
            "<p>见 <a href=\"https://a.gov.cn/x\">https://a.gov.cn/x</a>\u3000下一句 “<a "
            "href=\"https://a.gov.cn/y\">https://a.gov.cn/y</a>”</p>\n");
}

// Chinese right after an ASCII domain name is the sentence going on, not a longer name.
TEST(Markdown, AutolinkHostEndsWhereChineseTextFollowsIt) {
  EXPECT_EQ(html("请登录 www.gov.cn查询"),
            "<p>请登录 <a href=\"http://www.gov.cn\">www.gov.cn</a>查询</p>\n");
  EXPECT_EQ(html("请访问https://www.gov.cn了解"),
            "<p>请访问<a href=\"https://www.gov.cn\">https://www.gov.cn</a>了解</p>\n");
}

TEST(Markdown, WrittenLinksAreNotTrimmed) {
  EXPECT_EQ(html("<https://a.gov.cn/x。下> [https://a.gov.cn/y。](https://a.gov.cn/y。)"),
            "<p><a href=\"https://a.gov.cn/x%E3%80%82%E4%B8%8B\">https://a.gov.cn/x。下</a> "
            "<a href=\"https://a.gov.cn/y%E3%80%82\">https://a.gov.cn/y。</a></p>\n");
}

TEST(Markdown, KeepModeTableWithAttributesStaysBalanced) {
  EXPECT_EQ(html("<table border=\"1\"><tr><td>甲</td></tr></table>\n", RawHtmlMode::keep),
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">"
            "<table border=\"1\"><tr><td>甲</td></tr></table></div>\n");
}

TEST(Markdown, SanitizedMergedCellTableIsWrappedOnce) {
  EXPECT_EQ(html("<table class=\"x\"><tr><td rowspan=\"2\" style=\"y\">甲</td></tr></table>\n",
                 RawHtmlMode::sanitize),
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">"
            "<table><tr><td rowspan=\"2\">甲</td></tr></table></div>\n");
}

TEST(Markdown, EnglishAutolinkUnchanged) {
  EXPECT_EQ(html("See https://example.org/a?b=1."),
            "<p>See <a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>.</p>\n");
}

TEST(Markdown, RawHtmlDroppedWithoutATrace) {
  EXPECT_EQ(html("段落<span style=\"color:red\">红</span>字\n\n<div onclick=\"x()\">块</div>\n"),
            "<p>段落红字</p>\n");
}

TEST(Markdown, RawHtmlKept) {
  EXPECT_EQ(html("段落<span style=\"color:red\">红</span>字\n\n<div onclick=\"x()\">块</div>\n",
                 RawHtmlMode::keep),
            "<p>段落<span style=\"color:red\">红</span>字</p>\n<div onclick=\"x()\">块</div>\n");
}

// raw_html = true means kept: GFM's tag filter (which escapes script, iframe, style…) is off then.
TEST(Markdown, RawHtmlKeptIncludesScriptsIframesAndStyles) {
  EXPECT_EQ(html("<script src=\"/a.js\"></script>\n\n"
                 "段落<iframe src=\"https://a.gov.cn/map\"></iframe>\n\n"
                 "<style>p { color: red }</style>\n",
                 RawHtmlMode::keep),
            "<script src=\"/a.js\"></script>\n"
            "<p>段落<iframe src=\"https://a.gov.cn/map\"></iframe></p>\n"
            "<style>p { color: red }</style>\n");
}

TEST(Markdown, RawHtmlSanitized) {
  EXPECT_EQ(html("面积10<sup onclick=\"x()\">2</sup>平方米<script>alert(1)</script>\n",
                 RawHtmlMode::sanitize),
            "<p>面积10<sup>2</sup>平方米alert(1)</p>\n");
}

TEST(Markdown, JavascriptLinksLoseTheirHrefInEveryMode) {
  for (RawHtmlMode mode : {RawHtmlMode::drop, RawHtmlMode::sanitize, RawHtmlMode::keep}) {
    EXPECT_EQ(html("[x](javascript:alert(1))", mode), "<p><a href=\"\">x</a></p>\n");
  }
}

TEST(Markdown, DangerousUrls) {
  EXPECT_TRUE(is_dangerous_url("JavaScript:alert(1)", false));
  EXPECT_TRUE(is_dangerous_url(" java\tscript:alert(1)", false));
  EXPECT_TRUE(is_dangerous_url("vbscript:x", false));
  EXPECT_TRUE(is_dangerous_url("file:///etc/passwd", false));
  EXPECT_TRUE(is_dangerous_url("data:text/html,<script>", false));
  EXPECT_TRUE(is_dangerous_url("data:image/png;base64,AAAA", false));
  EXPECT_TRUE(is_dangerous_url("data:image/svg+xml,<svg>", true));
  EXPECT_FALSE(is_dangerous_url("data:image/png;base64,AAAA", true));
  EXPECT_FALSE(is_dangerous_url("https://a.gov.cn/", false));
  EXPECT_FALSE(is_dangerous_url("../附件1.pdf", false));
}

TEST(Markdown, TopBodyHeadingBecomesH2) {
  // The page's h1 is the document title; no heading level may be skipped after it.
  EXPECT_EQ(html("# 一\n\n## 二\n\n###### 六\n"), "<h2>一</h2>\n<h3>二</h3>\n<h6>六</h6>\n");
  EXPECT_EQ(html("## 一、总则\n\n### 第一条\n"), "<h2>一、总则</h2>\n<h3>第一条</h3>\n");
  EXPECT_EQ(html("### 深\n\n#### 更深\n"), "<h2>深</h2>\n<h3>更深</h3>\n");
}

TEST(Markdown, SeveralTablesGetRegionsNamedApart) {
  const std::string out = html("| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n");
  EXPECT_NE(out.find("aria-label=\"表格 1\"><table>"), std::string::npos) << out;
  EXPECT_NE(out.find("aria-label=\"表格 2\"><table>"), std::string::npos) << out;
}

TEST(Markdown, TablesAreWrappedInAFocusableRegion) {
  EXPECT_EQ(html("| 项目 | 金额 |\n|---|---:|\n| 基本支出 | 12 |\n"),
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\"><table>\n"
            "<thead>\n<tr>\n<th>项目</th>\n<th style=\"text-align: right\">金额</th>\n</tr>\n"
            "</thead>\n<tbody>\n<tr>\n<td>基本支出</td>\n<td style=\"text-align: right\">12</td>\n"
            "</tr>\n</tbody>\n</table></div>\n");
}

TEST(Markdown, FootnoteBackLinkHasAChineseLabel) {
  EXPECT_EQ(html("正文[^1]\n\n[^1]: 注释\n"),
            "<p>正文<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" "
            "data-footnote-ref>1</a></sup></p>\n"
            "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n"
            "<p>注释 <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref "
            "aria-label=\"返回正文\">↩</a></p>\n</li>\n</ol>\n</section>\n");
}

TEST(Markdown, TaskListCheckboxesHaveLabels) {
  EXPECT_EQ(
      html("- [x] 已办\n- [ ] 待办\n"),
      "<ul>\n"
      "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"已完成\" /> 已办</li>\n"
      "<li><input type=\"checkbox\" disabled=\"\" aria-label=\"未完成\" /> 待办</li>\n"
      "</ul>\n");
}

TEST(Markdown, LinksWithPlaces) {
  Body body =
      Body::parse("见[通知](../a.md)和![图](b.png)\n\n  第二段 [c](idx:620700036/2021-00007)\n",
                  RawHtmlMode::drop);
  auto links = body.links();
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(links[0].id, 0u);
  EXPECT_EQ(links[0].url, "../a.md");
  EXPECT_EQ(links[0].line, 1);
  EXPECT_EQ(links[0].byte_column, 4);  // after the three bytes of 见
  EXPECT_FALSE(links[0].image);
  EXPECT_EQ(links[1].url, "b.png");
  EXPECT_EQ(links[1].line, 1);
  EXPECT_EQ(links[1].byte_column, 24);
  EXPECT_TRUE(links[1].image);
  EXPECT_EQ(links[2].url, "idx:620700036/2021-00007");
  EXPECT_EQ(links[2].line, 3);
  EXPECT_EQ(links[2].byte_column, 13);
}

TEST(Markdown, BareUrlLinksHaveNoLine) {
  auto links = Body::parse("见 https://a.gov.cn/x。", RawHtmlMode::drop).links();
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].url, "https://a.gov.cn/x");
  EXPECT_EQ(links[0].line, 0);
}

TEST(Markdown, SetUrlChangesTheRenderedHref) {
  Body body = Body::parse("[通知](../a.md) [附件](附件1.pdf)", RawHtmlMode::drop);
  body.set_url(0, "../a/");
  body.set_url(1, "%E9%99%84%E4%BB%B61.pdf");
  EXPECT_EQ(body.render_html("表格"),
            "<p><a href=\"../a/\">通知</a> <a href=\"%E9%99%84%E4%BB%B61.pdf\">附件</a></p>\n");
}

TEST(Markdown, EmptyBody) {
  EXPECT_EQ(html(""), "");
  EXPECT_EQ(Body().render_html("表格"), "");
  EXPECT_TRUE(Body().links().empty());
}

}  // namespace
