#include "content/front_matter.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using gongkai::split_front_matter;
using gongkai::SplitDocument;
using gongkai::SplitError;

TEST(FrontMatter, SplitsLfDocument) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++\ntitle = \"通知\"\ndraft = true\n+++\n正文\n", out, err));
  EXPECT_EQ(out.front_matter, "title = \"通知\"\ndraft = true\n");
  EXPECT_EQ(out.front_matter_line, 2);
  EXPECT_EQ(out.body, "正文\n");
  EXPECT_EQ(out.body_line, 5);
}

TEST(FrontMatter, SplitsCrlfDocument) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++\r\ntitle = \"通知\"\r\n+++\r\n正文\r\n", out, err));
  EXPECT_EQ(out.front_matter, "title = \"通知\"\r\n");
  EXPECT_EQ(out.body, "正文\r\n");
  EXPECT_EQ(out.body_line, 4);
}

TEST(FrontMatter, FencesMayCarryTrailingBlanks) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++  \na = 1\n+++ \t\nbody", out, err));
  EXPECT_EQ(out.front_matter, "a = 1\n");
  EXPECT_EQ(out.body, "body");
  EXPECT_EQ(out.body_line, 4);
}

TEST(FrontMatter, EmptyFileIsAnError) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter("", out, err));
  EXPECT_EQ(err.line, 1);
  EXPECT_EQ(err.column, 1);
  EXPECT_EQ(err.message, "empty document: expected front matter between \"+++\" lines");
}

TEST(FrontMatter, WhitespaceOnlyFileIsEmpty) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter(" \r\n\t\n\n", out, err));
  EXPECT_EQ(err.message, "empty document: expected front matter between \"+++\" lines");
}

TEST(FrontMatter, MissingFrontMatter) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter("# 标题\n+++\na = 1\n+++\n", out, err));
  EXPECT_EQ(err.line, 1);
  EXPECT_EQ(err.column, 1);
  EXPECT_EQ(err.message, "missing front matter: a document must start with a \"+++\" line");
}

TEST(FrontMatter, FourPlusSignsAreNotAFence) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter("++++\na = 1\n++++\n", out, err));
  EXPECT_EQ(err.message, "missing front matter: a document must start with a \"+++\" line");
}

TEST(FrontMatter, NeverClosed) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter("+++\ntitle = \"通知\"\n++++\n正文\n", out, err));
  EXPECT_EQ(err.line, 1);
  EXPECT_EQ(err.column, 1);
  EXPECT_EQ(err.message, "front matter is never closed: no \"+++\" line after this one");
}

TEST(FrontMatter, LoneOpeningFenceIsNeverClosed) {
  SplitDocument out;
  SplitError err;
  EXPECT_FALSE(split_front_matter("+++", out, err));
  EXPECT_EQ(err.message, "front matter is never closed: no \"+++\" line after this one");
  EXPECT_FALSE(split_front_matter("+++\n", out, err));
  EXPECT_EQ(err.message, "front matter is never closed: no \"+++\" line after this one");
}

TEST(FrontMatter, EmptyBodyWithAndWithoutFinalNewline) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++\na = 1\n+++", out, err));
  EXPECT_EQ(out.front_matter, "a = 1\n");
  EXPECT_EQ(out.body, "");
  EXPECT_EQ(out.body_line, 4);

  ASSERT_TRUE(split_front_matter("+++\na = 1\n+++\n", out, err));
  EXPECT_EQ(out.body, "");
  EXPECT_EQ(out.body_line, 4);
}

TEST(FrontMatter, EmptyFrontMatter) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++\n+++\n\n正文", out, err));
  EXPECT_EQ(out.front_matter, "");
  EXPECT_EQ(out.body, "\n正文");
  EXPECT_EQ(out.body_line, 3);
}

TEST(FrontMatter, BodyLineCountsEveryFrontMatterLine) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(
      split_front_matter("+++\na = 1\n\n# comment\nb = 2\n+++\nline 7\nline 8\n", out, err));
  EXPECT_EQ(out.body_line, 7);
  EXPECT_EQ(out.body, "line 7\nline 8\n");
}

TEST(FrontMatter, PlusSignsInsideTomlStringsDoNotClose) {
  // Only a line that is exactly `+++` (plus trailing blanks) is a fence.
  const std::string text =
      "+++\n"
      "title = \"+++\"\n"
      "summary = \"\"\"\n"
      "  +++\n"
      "+++ 之后\n"
      "\"\"\"\n"
      "+++\n"
      "正文\n";
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter(text, out, err));
  EXPECT_EQ(out.front_matter, "title = \"+++\"\nsummary = \"\"\"\n  +++\n+++ 之后\n\"\"\"\n");
  EXPECT_EQ(out.body, "正文\n");
  EXPECT_EQ(out.body_line, 8);
}

TEST(FrontMatter, BodyMayContainFences) {
  SplitDocument out;
  SplitError err;
  ASSERT_TRUE(split_front_matter("+++\na = 1\n+++\n甲\n+++\n乙\n", out, err));
  EXPECT_EQ(out.front_matter, "a = 1\n");
  EXPECT_EQ(out.body, "甲\n+++\n乙\n");
}

}  // namespace
