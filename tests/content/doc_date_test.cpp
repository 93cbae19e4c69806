#include "content/doc_date.hpp"

#include <gtest/gtest.h>

namespace {

using gongkai::DocDate;

constexpr int kBeijing = 480;  // +08:00, the default site timezone

DocDate date_only(int y, int m, int d) {
  DocDate dd;
  dd.year = y;
  dd.month = m;
  dd.day = d;
  return dd;
}

DocDate date_time(int y, int mo, int d, int h, int mi, int s, std::optional<int> offset) {
  DocDate dd = date_only(y, mo, d);
  dd.has_time = true;
  dd.hour = h;
  dd.minute = mi;
  dd.second = s;
  dd.offset = offset;
  return dd;
}

TEST(DocDate, DateAloneIsMidnightInTheSiteZone) {
  DocDate d = date_only(2021, 1, 7);
  EXPECT_EQ(d.display(kBeijing), "2021-01-07");
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T00:00:00+08:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07");
  EXPECT_EQ(d.epoch_seconds(kBeijing), 1609948800);  // 2021-01-06T16:00:00Z
  EXPECT_EQ(d.epoch_seconds(0), 1609977600);
}

TEST(DocDate, DateTimeInBeijingTime) {
  DocDate d = date_time(2021, 1, 7, 10, 32, 59, 480);
  EXPECT_EQ(d.display(kBeijing), "2021-01-07 10:32:59");
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T10:32:59+08:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07T10:32:59+08:00");
  EXPECT_EQ(d.epoch_seconds(kBeijing), 1609986779);
}

TEST(DocDate, UtcIsShownInTheSiteZone) {
  DocDate d = date_time(2021, 1, 7, 2, 32, 59, 0);
  EXPECT_EQ(d.display(kBeijing), "2021-01-07 10:32:59");
  // Never rewritten: the RFC 3339 form keeps the offset it was written with.
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T02:32:59+00:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07T02:32:59+00:00");
  EXPECT_EQ(d.epoch_seconds(kBeijing), 1609986779);
}

TEST(DocDate, WesternOffsetCrossesADayBoundary) {
  DocDate d = date_time(2021, 1, 7, 20, 0, 0, -300);
  EXPECT_EQ(d.display(kBeijing), "2021-01-08 09:00:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07T20:00:00-05:00");
  EXPECT_EQ(d.epoch_seconds(kBeijing), 1610067600);
}

TEST(DocDate, ConversionCrossesAYearBoundary) {
  DocDate d = date_time(2020, 12, 31, 18, 30, 0, 0);
  EXPECT_EQ(d.display(kBeijing), "2021-01-01 02:30:00");
}

// Lists show every date as a day (issue 15): the day in the site's zone, whatever was written.
TEST(DocDate, DisplayDayIsTheDayInTheSiteZone) {
  EXPECT_EQ(date_time(2020, 12, 31, 18, 30, 0, 0).display_day(kBeijing), "2021-01-01");
  EXPECT_EQ(date_time(2021, 1, 7, 20, 0, 0, -300).display_day(kBeijing), "2021-01-08");
  EXPECT_EQ(date_only(2024, 4, 3).display_day(kBeijing), "2024-04-03");
}

TEST(DocDate, BeforeTheEpoch) {
  DocDate d = date_time(1969, 12, 31, 20, 0, 0, 480);
  EXPECT_EQ(d.epoch_seconds(kBeijing), -43200);
  EXPECT_EQ(d.display(kBeijing), "1969-12-31 20:00:00");
  EXPECT_EQ(date_time(1969, 12, 31, 23, 0, 0, -300).display(kBeijing), "1970-01-01 12:00:00");
}

TEST(DocDate, WithoutOffsetTheSiteZoneApplies) {
  DocDate d = date_time(2021, 1, 7, 10, 32, 59, std::nullopt);
  EXPECT_EQ(d.display(kBeijing), "2021-01-07 10:32:59");
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T10:32:59+08:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07T10:32:59+08:00");
  EXPECT_EQ(d.epoch_seconds(kBeijing), 1609986779);
  EXPECT_EQ(d.display(-300), "2021-01-07 10:32:59");
  EXPECT_EQ(d.rfc3339(-300), "2021-01-07T10:32:59-05:00");
  EXPECT_EQ(d.epoch_seconds(-300), 1610033579);
}

TEST(DocDate, FractionalSecondsKeptInRfc3339Only) {
  DocDate d = date_time(2021, 1, 7, 10, 32, 59, 480);
  d.nanosecond = 500000000;
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T10:32:59.5+08:00");
  EXPECT_EQ(d.as_written(kBeijing), "2021-01-07T10:32:59.5+08:00");
  EXPECT_EQ(d.display(kBeijing), "2021-01-07 10:32:59");
  d.nanosecond = 123000;
  EXPECT_EQ(d.rfc3339(kBeijing), "2021-01-07T10:32:59.000123+08:00");
}

}  // namespace
