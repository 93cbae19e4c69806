#include "util/edit_distance.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using gongkai::closest_match;
using gongkai::edit_distance;

TEST(EditDistance, Ascii) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("issuer", "isuer"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("title", "tilte"), 1u);  // a swap of neighbours is one edit
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
}

TEST(EditDistance, CountsCodePoints) {
  EXPECT_EQ(edit_distance("发展和改革委员会", "发展改革委员会"), 1u);
  EXPECT_EQ(edit_distance("纪要", "会议纪要"), 2u);
  EXPECT_EQ(edit_distance("有效", "失效"), 1u);
}

TEST(ClosestMatch, SuggestsALikelyTypo) {
  const std::vector<std::string> keys = {"title", "index_number", "issuer", "summary"};
  EXPECT_EQ(closest_match("isuer", keys), "issuer");
  EXPECT_EQ(closest_match("summry", keys), "summary");
  EXPECT_EQ(closest_match("index_nubmer", keys), "index_number");
}

TEST(ClosestMatch, NothingWhenTooFar) {
  const std::vector<std::string> keys = {"title", "department"};
  EXPECT_EQ(closest_match("dept", keys), "");
  EXPECT_EQ(closest_match("colour", keys), "");
  EXPECT_EQ(closest_match("isuer", {}), "");
}

TEST(ClosestMatch, AllowsOneEditInThree) {
  // Five characters allow one edit, six allow two.
  EXPECT_EQ(closest_match("tilte", {"title"}), "title");
  EXPECT_EQ(closest_match("tltie", {"title"}), "");
  EXPECT_EQ(closest_match("sumary", {"summary"}), "summary");
  EXPECT_EQ(closest_match("smmry", {"summary"}), "");
  EXPECT_EQ(closest_match("sumery", {"summary"}), "summary");
}

TEST(ClosestMatch, FirstOfEquallyCloseCandidates) {
  EXPECT_EQ(closest_match("ab", {"ac", "ad"}), "ac");
}

TEST(ClosestMatch, ChineseNames) {
  EXPECT_EQ(closest_match("张掖市发改委员会", {"张掖市发展和改革委员会", "张掖市财政局"}), "");
  EXPECT_EQ(closest_match("张掖市财政", {"张掖市发展和改革委员会", "张掖市财政局"}),
            "张掖市财政局");
}

}  // namespace
