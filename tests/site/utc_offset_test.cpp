#include "site/utc_offset.hpp"

#include <gtest/gtest.h>

namespace {

using gongkai::format_utc_offset;
using gongkai::parse_utc_offset;

TEST(UtcOffset, ParsesValidOffsets) {
  EXPECT_EQ(parse_utc_offset("+08:00"), 480);
  EXPECT_EQ(parse_utc_offset("-05:30"), -330);
  EXPECT_EQ(parse_utc_offset("+00:00"), 0);
  EXPECT_EQ(parse_utc_offset("-00:00"), 0);
  EXPECT_EQ(parse_utc_offset("Z"), 0);
  EXPECT_EQ(parse_utc_offset("z"), 0);
  EXPECT_EQ(parse_utc_offset("+23:59"), 1439);
}

TEST(UtcOffset, RejectsMalformedOffsets) {
  for (const char* text :
       {"", "UTC", "08:00", "+8:00", "+0800", "+08:0", "+08:000", "+24:00", "+08:60", "+08-00",
        "+08:0a", "+ 8:00", "+-8:00", "+08:-1", "+08:+1", "Z "}) {
    EXPECT_EQ(parse_utc_offset(text), std::nullopt) << '"' << text << '"';
  }
}

TEST(UtcOffset, Formats) {
  EXPECT_EQ(format_utc_offset(480), "+08:00");
  EXPECT_EQ(format_utc_offset(-330), "-05:30");
  EXPECT_EQ(format_utc_offset(0), "+00:00");
  EXPECT_EQ(format_utc_offset(345), "+05:45");
}

}  // namespace
