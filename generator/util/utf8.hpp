#pragma once
// UTF-8 facts the diagnostics need: validity, and columns counted in code points.
#include <cstddef>
#include <optional>
#include <string_view>

namespace gongkai {

// Where text first stops being valid UTF-8 (overlongs, surrogates and
// out-of-range code points count as invalid), or nothing when all of it is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// The number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// 1-based line and code-point column of a byte offset into text.
struct TextPosition {
  int line = 1;
  int column = 1;
};
TextPosition position_of(std::string_view text, std::size_t offset);

// The byte range of the 1-based line in text (without its line end).
std::string_view line_of(std::string_view text, int line);

// Converts a 1-based byte column on a line into a 1-based code-point column.
int code_point_column(std::string_view line, int byte_column);

}  // namespace gongkai
