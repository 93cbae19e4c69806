#include "content/doc_date.hpp"

#include <cstdio>

namespace gongkai {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int year, month, day, hour, minute, second;
};

Civil civil_from_epoch(std::int64_t seconds) {
  std::int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  std::int64_t rest = seconds - days * 86400;
  std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y,
          m,
          d,
          static_cast<int>(rest / 3600),
          static_cast<int>(rest / 60 % 60),
          static_cast<int>(rest % 60)};
}

std::string format_date(int y, int m, int d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string format_time(int h, int min, int s, char sep) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d:%02d", sep, h, min, s);
  return buf;
}

std::string fraction(std::uint32_t ns) {
  if (ns == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, ".%09u", ns);
  std::string out = buf;
  while (out.back() == '0') out.pop_back();
  return out;
}

}  // namespace

namespace {

// The date and time in the site's zone of a date that has a time.
Civil in_site_zone(const DocDate& d, UtcOffset site_offset) {
  return civil_from_epoch(d.epoch_seconds(site_offset) + std::int64_t(site_offset) * 60);
}

}  // namespace

std::int64_t DocDate::epoch_seconds(UtcOffset site_offset) const {
  std::int64_t local =
      days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return local - static_cast<std::int64_t>(offset.value_or(site_offset)) * 60;
}

std::string DocDate::display(UtcOffset site_offset) const {
  if (!has_time) return format_date(year, month, day);
  Civil c = in_site_zone(*this, site_offset);
  return format_date(c.year, c.month, c.day) + format_time(c.hour, c.minute, c.second, ' ');
}

std::string DocDate::display_day(UtcOffset site_offset) const {
  if (!has_time) return format_date(year, month, day);
  Civil c = in_site_zone(*this, site_offset);
  return format_date(c.year, c.month, c.day);
}

int DocDate::year_in(UtcOffset site_offset) const {
  if (!has_time) return year;
  return in_site_zone(*this, site_offset).year;
}

std::string DocDate::rfc3339(UtcOffset site_offset) const {
  UtcOffset off = offset.value_or(site_offset);
  return format_date(year, month, day) + format_time(hour, minute, second, 'T') +
         fraction(nanosecond) + format_utc_offset(off);
}

std::string DocDate::as_written(UtcOffset site_offset) const {
  if (!has_time) return format_date(year, month, day);
  return rfc3339(site_offset);
}

}  // namespace gongkai
