#pragma once
// A document's date as written in its front matter, and the ways pages, feeds and JSON show it.
#include <cstdint>
#include <optional>
#include <string>

#include "site/utc_offset.hpp"

namespace gongkai {

// A TOML date or date-time, kept exactly as written: a document's dates are never rewritten.
struct DocDate {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  std::uint32_t nanosecond = 0;
  std::optional<UtcOffset> offset;  // absent: the site's timezone applies

  // Seconds since 1970-01-01T00:00:00Z, reading an absent offset as site_offset.
  std::int64_t epoch_seconds(UtcOffset site_offset) const;
  // "YYYY-MM-DD HH:MM:SS" in the site's zone when there is a time, else "YYYY-MM-DD".
  std::string display(UtcOffset site_offset) const;
  // "YYYY-MM-DD" in the site's zone: the day display() starts with, as lists show every date.
  std::string display_day(UtcOffset site_offset) const;
  // The year of this date in the site's zone: the year display() starts with.
  int year_in(UtcOffset site_offset) const;
  // RFC 3339 with offset, for feeds and sitemaps; a date alone is 00:00 in the site's zone.
  std::string rfc3339(UtcOffset site_offset) const;
  // As written: "YYYY-MM-DD" for a date alone, else RFC 3339 in the offset it was written in.
  std::string as_written(UtcOffset site_offset) const;
};

}  // namespace gongkai
