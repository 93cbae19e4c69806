// The 落款 rule (README, "The 落款"): the cases it must set flush right and those it must leave.
#include "markdown/signoff.hpp"

#include <gtest/gtest.h>

#include <string>

#include "markdown/markdown.hpp"

namespace {

using gongkai::markdown::Body;
using gongkai::markdown::is_chinese_date_line;
using gongkai::markdown::is_issuer_line;
using gongkai::markdown::RawHtmlMode;

std::string html(const std::string& markdown) {
  return Body::parse(markdown, RawHtmlMode::drop).render_html("表格");
}

TEST(Signoff, ChineseDateLines) {
  EXPECT_TRUE(is_chinese_date_line("2024年3月5日"));
  EXPECT_TRUE(is_chinese_date_line("2024年03月05日"));
  EXPECT_TRUE(is_chinese_date_line("  2024年12月31日\u3000"));
  EXPECT_TRUE(is_chinese_date_line("二〇二四年五月二十日"));
  EXPECT_TRUE(is_chinese_date_line("二○一〇年十二月十八日"));
  EXPECT_TRUE(is_chinese_date_line("二〇二四年十二月三十一日"));

  EXPECT_FALSE(is_chinese_date_line("2024年3月5日起施行"));
  EXPECT_FALSE(is_chinese_date_line("截至2024年3月5日"));
  EXPECT_FALSE(is_chinese_date_line("2024年3月"));
  EXPECT_FALSE(is_chinese_date_line("24年3月5日"));
  EXPECT_FALSE(is_chinese_date_line("2024-03-05"));
  EXPECT_FALSE(is_chinese_date_line("二〇24年3月5日"));
  EXPECT_FALSE(is_chinese_date_line("2024年3月5日。"));
  EXPECT_FALSE(is_chinese_date_line(""));
}

TEST(Signoff, IssuerLines) {
  EXPECT_TRUE(is_issuer_line("示例市财政局"));
  EXPECT_TRUE(is_issuer_line("示例市发展和改革委员会"));
  EXPECT_TRUE(is_issuer_line("示例市人民政府办公室"));
  EXPECT_TRUE(is_issuer_line("示例市发展和改革委员会\u3000\u3000示例市财政局"));
  EXPECT_TRUE(is_issuer_line("示例市财政局（盖章）"));
  EXPECT_TRUE(is_issuer_line("示例市政务公开工作领导小组"));
  EXPECT_TRUE(is_issuer_line("示例市公共资源交易中心"));

  EXPECT_FALSE(is_issuer_line("特此通知。"));
  EXPECT_FALSE(is_issuer_line("本办法自2024年1月1日起施行"));
  EXPECT_FALSE(is_issuer_line("联系人：示例市财政局"));
  EXPECT_FALSE(is_issuer_line("（此件公开发布）"));
  EXPECT_FALSE(is_issuer_line("示例市财政局 联系电话"));
  EXPECT_FALSE(is_issuer_line("局"));
  EXPECT_FALSE(is_issuer_line("示例市财政局、示例市教育局"));
  EXPECT_FALSE(
      is_issuer_line(std::string(20, 'x') + "示例市发展和改革委员会示例市发展和改革委员会局"));
}

TEST(Signoff, IssuerAndDateAfterAHardBreak) {
  EXPECT_EQ(html("特此通知。\n\n示例市财政局\\\n2024年3月5日\n"),
            "<p>特此通知。</p>\n<div class=\"signoff\">\n<p>示例市财政局<br />\n"
            "2024年3月5日</p>\n</div>\n");
}

TEST(Signoff, SoftBreakBecomesALineBreak) {
  EXPECT_EQ(html("示例市人民政府办公室\n二〇二四年五月二十日\n"),
            "<div class=\"signoff\">\n<p>示例市人民政府办公室<br />\n二〇二四年五月二十日</p>\n"
            "</div>\n");
}

TEST(Signoff, IssuerAndDateInParagraphsOfTheirOwn) {
  EXPECT_EQ(html("正文。\n\n示例市财政局\n\n示例市教育局\n\n2020年8月25日\n"),
            "<p>正文。</p>\n<div class=\"signoff\">\n<p>示例市财政局</p>\n<p>示例市教育局</p>\n"
            "<p>2020年8月25日</p>\n</div>\n");
}

TEST(Signoff, JointIssuersOnOneLine) {
  EXPECT_EQ(html("示例市发展和改革委员会\u3000\u3000示例市财政局\\\n2023年2月10日\n"),
            "<div class=\"signoff\">\n<p>示例市发展和改革委员会\u3000\u3000示例市财政局<br />\n"
            "2023年2月10日</p>\n</div>\n");
}

TEST(Signoff, DateAlone) {
  EXPECT_EQ(html("正文。\n\n2022年1月28日\n"),
            "<p>正文。</p>\n<div class=\"signoff\">\n<p>2022年1月28日</p>\n</div>\n");
}

TEST(Signoff, FootnotesAfterItDoNotHideIt) {
  const std::string out = html("正文[^1]。\n\n示例市生态环境局\\\n2022年1月28日\n\n[^1]: 注。\n");
  EXPECT_NE(out.find("<div class=\"signoff\">\n<p>示例市生态环境局<br />\n2022年1月28日</p>\n"
                     "</div>\n<section class=\"footnotes\""),
            std::string::npos)
      << out;
}

TEST(Signoff, TextBeforeItInTheSameParagraphStaysAParagraph) {
  EXPECT_EQ(html("特此通知。\n示例市财政局\n2024年3月5日\n"),
            "<p>特此通知。</p>\n<div class=\"signoff\">\n<p>示例市财政局<br />\n"
            "2024年3月5日</p>\n</div>\n");
  // The line above the date is a sentence, not a name: only the date is the 落款.
  EXPECT_EQ(html("本办法自2024年1月1日起施行\n2024年3月5日\n"),
            "<p>本办法自2024年1月1日起施行</p>\n<div class=\"signoff\">\n<p>2024年3月5日</p>\n"
            "</div>\n");
}

TEST(Signoff, AtMostFourIssuerLines) {
  const std::string out = html("甲局\n\n乙局\n\n丙局\\\n丁局\\\n戊局\\\n2024年3月5日\n");
  EXPECT_EQ(out,
            "<p>甲局</p>\n<div class=\"signoff\">\n<p>乙局</p>\n<p>丙局<br />\n丁局<br />\n"
            "戊局<br />\n2024年3月5日</p>\n</div>\n");
}

TEST(Signoff, LeftAloneWhenTheBodyDoesNotEndWithADateLine) {
  for (const char* body : {
           "示例市财政局\\\n2024年3月5日\n\n本通知自印发之日起施行。\n",  // not at the end
           "示例市财政局\\\n2024年3月5日起施行。\n",  // the date is in a sentence
           "本通知自2024年3月5日起施行。\n",
           "- 示例市财政局\n- 2024年3月5日\n",                     // a list, not paragraphs
           "> 示例市财政局\\\n> 2024年3月5日\n",                   // a quotation
           "示例市财政局\\\n[2024年3月5日](https://a.gov.cn/)\n",  // a link
           "| 日期 |\n|---|\n| 2024年3月5日 |\n",                  // a table
           "## 2024年3月5日\n",                                    // a heading
       }) {
    EXPECT_EQ(html(body).find("signoff"), std::string::npos) << body;
  }
}

TEST(Signoff, ParagraphsOfProseAboveAreNotPulledIn) {
  EXPECT_EQ(html("联系人：王某\n\n示例市财政局\n\n2024年3月5日\n"),
            "<p>联系人：王某</p>\n<div class=\"signoff\">\n<p>示例市财政局</p>\n"
            "<p>2024年3月5日</p>\n</div>\n");
}

}  // namespace
