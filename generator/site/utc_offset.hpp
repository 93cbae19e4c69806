#pragma once
// The site's UTC offset (site.toml's `timezone`), which every date without one is read in.
#include <optional>
#include <string>

namespace gongkai {

// A UTC offset in minutes east of Greenwich, e.g. +480 for "+08:00".
using UtcOffset = int;

// Parses "+08:00", "-05:30" or "Z"; nothing when the text is none of these.
std::optional<UtcOffset> parse_utc_offset(const std::string& text);

// "+08:00" for +480, "Z" never (RFC 3339 allows both; we keep the numeric form).
std::string format_utc_offset(UtcOffset minutes);

}  // namespace gongkai
