#include "content/index_number.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "site/vocabulary.hpp"

namespace {

using gongkai::kDefaultIndexNumberPattern;
using gongkai::parse_index_number;

const std::regex& default_pattern() {
  static const std::regex r(kDefaultIndexNumberPattern);
  return r;
}

TEST(IndexNumber, NineCharacterOrganisationCode) {
  auto n = parse_index_number("620700036/2021-00008", default_pattern());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->text, "620700036/2021-00008");
  EXPECT_EQ(n->code, "620700036");
  EXPECT_EQ(n->year, 2021);
  EXPECT_EQ(n->serial, 8);
}

TEST(IndexNumber, LeadingZerosInTheCode) {
  auto n = parse_index_number("000014349/2018-00222", default_pattern());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->code, "000014349");
  EXPECT_EQ(n->year, 2018);
  EXPECT_EQ(n->serial, 222);
}

TEST(IndexNumber, EighteenCharacterCreditCode) {
  auto n = parse_index_number("11441700007280420Y/2021-00050", default_pattern());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->code, "11441700007280420Y");
  EXPECT_EQ(n->year, 2021);
  EXPECT_EQ(n->serial, 50);
}

TEST(IndexNumber, HyphenatedCode) {
  auto n = parse_index_number("0142768-8/2022-00185", default_pattern());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->code, "0142768-8");
  EXPECT_EQ(n->year, 2022);
  EXPECT_EQ(n->serial, 185);
}

TEST(IndexNumber, RejectsShortCodeAndSerial) {
  EXPECT_FALSE(parse_index_number("62070036/2021-8", default_pattern()));
}

TEST(IndexNumber, RejectsLowercase) {
  EXPECT_FALSE(parse_index_number("11441700007280420y/2021-00050", default_pattern()));
  EXPECT_FALSE(parse_index_number("62070003x/2021-00008", default_pattern()));
}

TEST(IndexNumber, RejectsMissingSerialDigits) {
  EXPECT_FALSE(parse_index_number("620700036/2021-0008", default_pattern()));
  EXPECT_FALSE(parse_index_number("620700036/2021-", default_pattern()));
  EXPECT_FALSE(parse_index_number("620700036/2021", default_pattern()));
}

TEST(IndexNumber, RejectsSurroundingText) {
  EXPECT_FALSE(parse_index_number(" 620700036/2021-00008", default_pattern()));
  EXPECT_FALSE(parse_index_number("620700036/2021-000081", default_pattern()));
}

TEST(IndexNumber, SitePatternWithOtherGroups) {
  std::regex pattern("^ZY-([A-Z]+)-([0-9]{4})-([0-9]+)$");
  auto n = parse_index_number("ZY-FGW-2020-17", pattern);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->code, "FGW");
  EXPECT_EQ(n->year, 2020);
  EXPECT_EQ(n->serial, 17);
}

TEST(IndexNumber, SitePatternWhoseGroupsAreNotNumbers) {
  EXPECT_FALSE(parse_index_number("a/b-c", std::regex("^(\\w+)/(\\w+)-(\\w+)$")));
}

}  // namespace
