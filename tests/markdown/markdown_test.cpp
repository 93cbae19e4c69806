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

// Strikethrough is attached only to bodies holding a '~' (markdown.cpp): with its trigger list
// emptied, as autolink's is, cmark-gfm drops every strikethrough and loops forever on "a ~b~ c".
TEST(Markdown, Strikethrough) {
  EXPECT_EQ(html("a ~b~ c"), "<p>a <del>b</del> c</p>\n");
  EXPECT_EQ(html("删去 ~~旧~~ 字，1~3月"), "<p>删去 <del>旧</del> 字，1~3月</p>\n");
  EXPECT_EQ(html("~~*强调*~~ 与 *~~删~~*"),
            "<p><del><em>强调</em></del> 与 <em><del>删</del></em></p>\n");
  EXPECT_EQ(html("https://a.gov.cn/~x 见"),
            "<p><a href=\"https://a.gov.cn/~x\">https://a.gov.cn/~x</a> 见</p>\n");
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
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">"
            "<table border=\"1\"><tr><td>甲</td></tr></table></div>\n");
}

TEST(Markdown, SanitizedMergedCellTableIsWrappedOnce) {
  EXPECT_EQ(html("<table class=\"x\"><tr><td rowspan=\"2\" style=\"y\">甲</td></tr></table>\n",
                 RawHtmlMode::sanitize),
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">"
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
  EXPECT_EQ(html("# 一\n\n## 二\n\n###### 六\n"),
            "<h2 id=\"sec-一\">一</h2>\n<h3 id=\"sec-二\">二</h3>\n<h6 id=\"sec-六\">六</h6>\n");
  EXPECT_EQ(html("## 一、总则\n\n### 第一条\n"),
            "<h2 id=\"sec-一、总则\">一、总则</h2>\n<h3 id=\"sec-第一条\">第一条</h3>\n");
  EXPECT_EQ(html("### 深\n\n#### 更深\n"),
            "<h2 id=\"sec-深\">深</h2>\n<h3 id=\"sec-更深\">更深</h3>\n");
}

// Ids for a table of contents (issue 15): from the text, unique on the page, never markup.
TEST(Markdown, HeadingIdsAreUniqueAndSafe) {
  EXPECT_EQ(html("## 说明\n\n## 说明\n\n## 说明\n"),
            "<h2 id=\"sec-说明\">说明</h2>\n<h2 id=\"sec-说明-2\">说明</h2>\n"
            "<h2 id=\"sec-说明-3\">说明</h2>\n");
  EXPECT_EQ(html("## a \"b\" < c & d's\n"),
            "<h2 id=\"sec-a-b-c-d-s\">a &quot;b&quot; &lt; c &amp; d's</h2>\n");
  EXPECT_EQ(html("## 一、 总体\u3000要求\n"),
            "<h2 id=\"sec-一、-总体-要求\">一、 总体\u3000要求</h2>\n");
  Body body = Body::parse("## ?!\n\n## 第一章 [总则](https://a.gov.cn/)\n", RawHtmlMode::drop);
  ASSERT_EQ(body.headings().size(), 2u);
  EXPECT_EQ(body.headings()[0].id, "sec");
  EXPECT_EQ(body.headings()[1].id, "sec-第一章-总则");
  EXPECT_EQ(body.headings()[1].text, "第一章 总则");
  EXPECT_EQ(body.headings()[1].level, 2);
  EXPECT_EQ(body.render_html("表格"),
            "<h2 id=\"sec\">?!</h2>\n<h2 id=\"sec-第一章-总则\">第一章 <a "
            "href=\"https://a.gov.cn/\">总则</a></h2>\n");
}

// A link in a heading resolved after parsing is rendered as resolved, and rendering twice gives
// the same page.
TEST(Markdown, HeadingLinksFollowSetUrlAndRenderingRepeats) {
  Body body = Body::parse("## 见[原文](a.md)\n", RawHtmlMode::drop);
  ASSERT_EQ(body.links().size(), 1u);
  body.set_url(0, "../a/");
  const std::string first = body.render_html("表格");
  EXPECT_EQ(first, "<h2 id=\"sec-见原文\">见<a href=\"../a/\">原文</a></h2>\n");
  EXPECT_EQ(body.render_html("表格"), first);
}

TEST(Markdown, TextLengthCountsCharacters) {
  EXPECT_EQ(Body::parse("## 一、总则\n\n正文**加粗**，`code`。\n", RawHtmlMode::drop).text_length(),
            4u + 10u);
}

TEST(Markdown, SeveralUnnamedTablesGetRegionsNamedApart) {
  const std::string out = html("| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n");
  EXPECT_NE(out.find("aria-label=\"表格 1\">\n<table>"), std::string::npos) << out;
  EXPECT_NE(out.find("aria-label=\"表格 2\">\n<table>"), std::string::npos) << out;
}

TEST(Markdown, TablesAreWrappedInAFocusableRegion) {
  EXPECT_EQ(html("| 项目 | 金额 |\n|---|---:|\n| 基本支出 | 12 |\n"),
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">\n"
            "<table>\n<thead>\n<tr>\n<th>项目</th>\n<th style=\"text-align: right\">金额</th>\n"
            "</tr>\n</thead>\n<tbody>\n<tr>\n<td>基本支出</td>\n"
            "<td style=\"text-align: right\">12</td>\n</tr>\n</tbody>\n</table>\n</div>\n");
}

// A table's region is named after its caption (a short line just above it) or else the
// heading it stands under (issue 15), escaped; a name used twice is told apart.
TEST(Markdown, TableRegionsAreNamedFromCaptionOrHeading) {
  const std::string out = html(
      "## 一、收入\n\n| a |\n|---|\n| 1 |\n\n"
      "表2　“三公”经费 <2024> & 其他\n\n| b |\n|---|\n| 2 |\n\n"
      "以下为明细：\n\n| c |\n|---|\n| 3 |\n\n"
      "- 见下表。\n\n  | d |\n  |---|\n  | 4 |\n");
  EXPECT_NE(out.find("<h2 id=\"sec-一、收入\">一、收入</h2>\n<div class=\"table-scroll\" "
                     "role=\"region\" tabindex=\"0\" aria-label=\"一、收入\">"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<div class=\"table-caption\">\n<p>表2　“三公”经费 &lt;2024&gt; &amp; "
                     "其他</p>\n</div>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
                     "aria-label=\"表2　“三公”经费 &lt;2024&gt; &amp; 其他\">"),
            std::string::npos)
      << out;
  // "以下为明细：" reads as a sentence, not a caption: the heading names the table.
  EXPECT_NE(out.find("<p>以下为明细：</p>\n<div class=\"table-scroll\" role=\"region\" "
                     "tabindex=\"0\" aria-label=\"一、收入（2）\">"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("aria-label=\"一、收入（3）\">\n<table>\n<thead>\n<tr>\n<th>d</th>"),
            std::string::npos)
      << out;
}

TEST(Markdown, TableRegionNameFromAPlainTextLabel) {
  const std::string out =
      Body::parse("| a |\n|---|\n| 1 |\n", RawHtmlMode::drop).render_html("表\"格<");
  EXPECT_NE(out.find("aria-label=\"表&quot;格&lt;\">"), std::string::npos) << out;
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
