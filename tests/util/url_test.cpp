#include "util/url.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace gongkai;

TEST(PercentEncodePath, KeepsUnreservedAndSlashes) {
  EXPECT_EQ(percent_encode_path("fgw/2021/00008/"), "fgw/2021/00008/");
  EXPECT_EQ(percent_encode_path("a-b_c.d~e/"), "a-b_c.d~e/");
}

TEST(PercentEncodePath, EncodesChineseAndSpacesAsUtf8) {
  EXPECT_EQ(percent_encode_path("fgw/2021/附件 1.pdf"), "fgw/2021/%E9%99%84%E4%BB%B6%201.pdf");
}

TEST(PercentEncodePath, EncodesUrlDelimiters) {
  EXPECT_EQ(percent_encode_path("a+b&c=d?#%"), "a%2Bb%26c%3Dd%3F%23%25");
}

TEST(SiteDir, FolderPart) {
  EXPECT_EQ(site_dir("a/b/c.pdf"), "a/b/");
  EXPECT_EQ(site_dir("a/b/"), "a/b/");
  EXPECT_EQ(site_dir("c.pdf"), "");
}

TEST(RelativeUrl, SameFolder) { EXPECT_EQ(relative_url("fgw/2021/", "fgw/2021/x.pdf"), "x.pdf"); }

TEST(RelativeUrl, FileBesideThePage) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "fgw/2021/x.pdf"), "../x.pdf");
}

TEST(RelativeUrl, SiblingPage) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "fgw/2021/00009/"), "../00009/");
}

TEST(RelativeUrl, PageToItself) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "fgw/2021/00008/"), "./");
}

TEST(RelativeUrl, UpTwoLevels) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "fgw/index.html"), "../../index.html");
}

TEST(RelativeUrl, OtherBranch) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "czj/2020/00001/"), "../../../czj/2020/00001/");
}

TEST(RelativeUrl, Root) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", ""), "../../../");
  EXPECT_EQ(relative_url("", ""), "./");
  EXPECT_EQ(relative_url("", "fgw/a.pdf"), "fgw/a.pdf");
  EXPECT_EQ(relative_url("fgw/", "feed.xml"), "../feed.xml");
}

TEST(RelativeUrl, PercentEncodesChinese) {
  EXPECT_EQ(relative_url("fgw/2021/00008/", "fgw/2021/附件1.pdf"), "../%E9%99%84%E4%BB%B61.pdf");
  EXPECT_EQ(relative_url("", "主题/综合政务/"),
            "%E4%B8%BB%E9%A2%98/%E7%BB%BC%E5%90%88%E6%94%BF%E5%8A%A1/");
}

TEST(RootPrefix, OnceALevel) {
  EXPECT_EQ(root_prefix(""), "");
  EXPECT_EQ(root_prefix("fgw/"), "../");
  EXPECT_EQ(root_prefix("fgw/2021/00008/"), "../../../");
}

TEST(NormalizeRelative, ResolvesDotsAndEmptyParts) {
  std::string out;
  ASSERT_TRUE(normalize_relative("a/./b/../c", out));
  EXPECT_EQ(out, "a/c");
  ASSERT_TRUE(normalize_relative("a//b/", out));
  EXPECT_EQ(out, "a/b");
  ASSERT_TRUE(normalize_relative("a/..", out));
  EXPECT_EQ(out, "");
  ASSERT_TRUE(normalize_relative("", out));
  EXPECT_EQ(out, "");
}

TEST(NormalizeRelative, ClimbingAboveTheTopFails) {
  std::string out;
  EXPECT_FALSE(normalize_relative("../x.pdf", out));
  EXPECT_FALSE(normalize_relative("a/../../x.pdf", out));
  EXPECT_FALSE(normalize_relative("./..", out));
}

TEST(PathSegment, KeepsTextAsItIs) {
  EXPECT_EQ(path_segment("政务公开"), "政务公开");
  EXPECT_EQ(path_segment("a.b c?#%"), "a.b c?#%");  // percent-encoded in links, not on disk
}

TEST(PathSegment, SlashesAndControlCharactersBecomeDashes) {
  EXPECT_EQ(path_segment("a/b"), "a-b");
  EXPECT_EQ(path_segment("a\\b"), "a-b");
  EXPECT_EQ(path_segment("/"), "-");
  EXPECT_EQ(path_segment(std::string("a\tb\nc\x7f\x01", 7)), "a-b-c--");
  EXPECT_EQ(path_segment(std::string("a\0b", 3)), "a-b");
}

TEST(PathSegment, NoHiddenOrClimbingFolders) {
  EXPECT_EQ(path_segment(".hidden"), "-hidden");
  EXPECT_EQ(path_segment("."), "-");
  EXPECT_EQ(path_segment(".."), "-.");
  EXPECT_EQ(path_segment("../x"), "-.-x");
  EXPECT_EQ(path_segment("a.."), "a..");  // only a leading dot hides a folder
}

TEST(PathSegment, EmptyTextIsADash) { EXPECT_EQ(path_segment(""), "-"); }

TEST(PathSegment, LongTextIsCutOnACharacterBoundary) {
  std::string chinese;
  for (int i = 0; i < 100; ++i) chinese += "政";  // 300 bytes
  // 200 bytes would split the 67th character: 66 whole ones are kept.
  EXPECT_EQ(path_segment(chinese), chinese.substr(0, 198));
  // Shifted by one byte, the cut falls at the start of a character (199).
  EXPECT_EQ(path_segment("a" + chinese), "a" + chinese.substr(0, 198));
  std::string four;  // 4-byte characters: exactly 200 bytes stay whole, 204 lose one
  for (int i = 0; i < 50; ++i) four += "𠀀";
  EXPECT_EQ(path_segment(four), four);
  EXPECT_EQ(path_segment(four + "𠀀"), four);
  EXPECT_EQ(path_segment(std::string(201, 'x')), std::string(200, 'x'));
}

}  // namespace

TEST(PercentDecode, DecodesEscapesAndKeepsMalformedOnes) {
  EXPECT_EQ(gongkai::percent_decode("%E9%80%9A%E7%9F%A5/a%20b"), "通知/a b");
  EXPECT_EQ(gongkai::percent_decode("100%"), "100%");
  EXPECT_EQ(gongkai::percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(gongkai::percent_decode(gongkai::percent_encode_path("附件 1.pdf")), "附件 1.pdf");
}
