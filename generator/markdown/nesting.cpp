#include "markdown/nesting.hpp"

namespace gongkai::markdown {

namespace {

bool is_space_or_tab(char c) { return c == ' ' || c == '\t'; }

// The width of a list marker at the start of s ("-", "+", "*", "1.", "12)", followed by a space,
// a tab or the line's end), or 0: cmark-gfm's parse_list_marker. A thematic break ("- - -")
// counts as lists: cmark-gfm takes it for lists after a lazy paragraph line.
std::size_t list_marker_width(std::string_view s) {
  std::size_t width = 0;
  if (s[0] == '-' || s[0] == '+' || s[0] == '*') {
    width = 1;
  } else {
    while (width < s.size() && width < 10 && s[width] >= '0' && s[width] <= '9') ++width;
    if (width == 0 || width > 9 || width >= s.size() || (s[width] != '.' && s[width] != ')')) {
      return 0;
    }
    ++width;
  }
  return width == s.size() || is_space_or_tab(s[width]) ? width : 0;
}

// The width of a footnote definition's start at the start of s, or 0: cmark-gfm's
// scan_footnote_definition, '[^' [^\] \t\r\n]+ ']:' (the spaces after it are left to the caller).
std::size_t footnote_marker_width(std::string_view s) {
  if (s.size() < 5 || s[0] != '[' || s[1] != '^') return 0;
  const std::size_t close = s.find_first_of("] \t", 2);
  if (close == std::string_view::npos || s[close] != ']' || close == 2 || close + 1 >= s.size() ||
      s[close + 1] != ':') {
    return 0;
  }
  return close + 2;
}

// The most containers one line can be inside of where it opens one, as the line's start shows.
//
// cmark-gfm continues an open container only through what starts the line: a block quote by a
// '>' (and the one space or tab after it), a list item by at least 2 columns of indentation, a
// footnote by 4; a new container needs its marker ('>', "-", "1.", "[^a]:"). Lines that open
// nothing (lazy continuations, blank lines) are never deeper than the line before, so the
// deepest a body nests is the deepest a line that opens a container can be: its '>'s and
// markers, plus half the indentation before its first list or footnote marker (after which
// indentation only places the new containers). This counts high for indentation of more than 2
// columns a level and never low, without following the lines' blocks (fences, paragraphs)
// that decide the exact structure.
class LineDepth {
 public:
  explicit LineDepth(std::string_view line) : line_(line) {}

  // Walks the line's container markers; returns the byte offset of the first that makes the
  // count pass limit, or npos.
  std::size_t first_past(int limit) {
    while (pos_ < line_.size()) {
      const char c = line_[pos_];
      if (is_space_or_tab(c)) {
        const int width = c == '\t' ? 4 - column_ % 4 : 1;
        // The first column after a '>' belongs to the quote, not to an item inside it.
        if (!after_list_marker_) indentation_ += after_quote_ ? width - 1 : width;
        after_quote_ = false;
        column_ += width;
        ++pos_;
        continue;
      }
      const std::size_t marker = pos_;
      after_quote_ = c == '>';
      if (c == '>') {
        ++pos_;
        ++column_;
      } else if (std::size_t width = list_marker_width(line_.substr(pos_))) {
        skip(width);
      } else if (std::size_t width = footnote_marker_width(line_.substr(pos_))) {
        skip(width);
      } else {
        break;  // the line's content
      }
      ++markers_;
      if (c != '>') after_list_marker_ = true;
      if (markers_ + indentation_ / 2 > limit) return marker;
    }
    return std::string_view::npos;
  }

 private:
  void skip(std::size_t bytes) {
    pos_ += bytes;
    column_ += static_cast<int>(bytes);
  }

  std::string_view line_;
  std::size_t pos_ = 0;
  int column_ = 0;       // tab stops every 4 columns, as cmark-gfm counts
  int markers_ = 0;      // '>'s and list and footnote markers so far
  int indentation_ = 0;  // columns of indentation that could continue list items
  bool after_list_marker_ = false;
  bool after_quote_ = false;  // the last character was a '>'
};

}  // namespace

std::optional<DeepNesting> find_deep_nesting(std::string_view body, int limit) {
  int number = 0;
  std::size_t start = 0;
  while (true) {
    // Lines end as cmark-gfm ends them: at LF, CR LF or a lone CR.
    std::size_t end = body.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = body.size();
    ++number;
    const std::size_t at = LineDepth(body.substr(start, end - start)).first_past(limit);
    if (at != std::string_view::npos) return DeepNesting{number, static_cast<int>(at) + 1};
    if (end == body.size()) return std::nullopt;
    start = end + (body[end] == '\r' && end + 1 < body.size() && body[end + 1] == '\n' ? 2 : 1);
  }
}

}  // namespace gongkai::markdown
