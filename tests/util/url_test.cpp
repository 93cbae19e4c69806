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

}  // namespace

TEST(PercentDecode, DecodesEscapesAndKeepsMalformedOnes) {
  EXPECT_EQ(gongkai::percent_decode("%E9%80%9A%E7%9F%A5/a%20b"), "通知/a b");
  EXPECT_EQ(gongkai::percent_decode("100%"), "100%");
  EXPECT_EQ(gongkai::percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(gongkai::percent_decode(gongkai::percent_encode_path("附件 1.pdf")), "附件 1.pdf");
}
