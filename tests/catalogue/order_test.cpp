// The reading order: newest first by 生成日期 in the site's zone, then by index number; and
// each document's 上一篇/下一篇 within its lead issuer.
#include "catalogue/order.hpp"

#include <gtest/gtest.h>

#include "catalogue/test_site.hpp"

namespace gongkai::test {
namespace {

using Strings = std::vector<std::string>;

// Four documents of one day, written four ways.
const std::map<std::string, std::string> kOneDay = {
    // 00:00 in the site's zone.
    {"1.md", doc_text(meta("629901001/2021-00001", "2021-06-01", "\"甲\""))},
    // 2021-06-01 00:30 at +08:00.
    {"2.md", doc_text(meta("629901001/2021-00002", "2021-05-31T16:30:00Z", "\"甲\""))},
    // 00:00 at +08:00, the same instant as 1 at +08:00.
    {"3.md", doc_text(meta("629901001/2021-00003", "2021-06-01T00:00:00+08:00", "\"甲\""))},
    // 00:00 in the site's zone.
    {"4.md", doc_text(meta("629901001/2021-00004", "2021-06-01T00:00:00", "\"甲\""))},
};

TEST(ReadingOrder, NewestFirstThenTheHigherIndexNumber) {
  TestSite site("", kOneDay);
  ASSERT_EQ(site.messages(), "");
  EXPECT_EQ(site.numbers(site.order.newest),
            (Strings{"629901001/2021-00002", "629901001/2021-00004", "629901001/2021-00003",
                     "629901001/2021-00001"}));
}

TEST(ReadingOrder, DatesWithoutAnOffsetAreInTheSitesZone) {
  // At +00:00, 1 and 4 are 2021-06-01 00:00Z, while 2 and 3 are the evening before.
  TestSite site("timezone = \"+00:00\"\n", kOneDay);
  ASSERT_EQ(site.messages(), "");
  EXPECT_EQ(site.numbers(site.order.newest),
            (Strings{"629901001/2021-00004", "629901001/2021-00001", "629901001/2021-00002",
                     "629901001/2021-00003"}));
}

TEST(ReadingOrder, NeighboursWithinTheLeadIssuer) {
  // 甲: E (newest), C, A. 乙: D (jointly with 甲, but 乙 leads), B.
  TestSite site(
      "", {
              {"a.md", doc_text(meta("629901001/2021-00001", "2021-01-01", "\"甲\""))},
              {"b.md", doc_text(meta("629901002/2021-00001", "2021-02-01", "\"乙\""))},
              {"c.md", doc_text(meta("629901001/2021-00002", "2021-03-01", "\"甲\""))},
              {"d.md", doc_text(meta("629901002/2021-00002", "2021-04-01", "[\"乙\", \"甲\"]"))},
              {"e.md", doc_text(meta("629901001/2021-00003", "2021-05-01", "\"甲\""))},
          });
  ASSERT_EQ(site.messages(), "");
  const std::size_t a = site.doc("629901001/2021-00001"), b = site.doc("629901002/2021-00001"),
                    c = site.doc("629901001/2021-00002"), d = site.doc("629901002/2021-00002"),
                    e = site.doc("629901001/2021-00003");
  const std::size_t none = ReadingOrder::kNone;
  const ReadingOrder& o = site.order;
  EXPECT_EQ(o.newest, (std::vector<std::size_t>{e, d, c, b, a}));
  // 上一篇 is the next newer, 下一篇 the next older, of the same lead issuer.
  EXPECT_EQ(o.newer_in_issuer[e], none);
  EXPECT_EQ(o.older_in_issuer[e], c);  // not d, whose lead issuer is 乙
  EXPECT_EQ(o.newer_in_issuer[c], e);
  EXPECT_EQ(o.older_in_issuer[c], a);
  EXPECT_EQ(o.newer_in_issuer[a], c);
  EXPECT_EQ(o.older_in_issuer[a], none);
  EXPECT_EQ(o.newer_in_issuer[d], none);
  EXPECT_EQ(o.older_in_issuer[d], b);
  EXPECT_EQ(o.newer_in_issuer[b], d);
  EXPECT_EQ(o.older_in_issuer[b], none);
}

TEST(ReadingOrder, EmptyCatalogue) {
  TestSite site("", {});
  EXPECT_EQ(site.order.newest, std::vector<std::size_t>{});
  EXPECT_EQ(site.order.newer_in_issuer, std::vector<std::size_t>{});
}

}  // namespace
}  // namespace gongkai::test
