#include "markdown/pathology.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace gongkai::markdown {

namespace {

bool is_space_or_tab(char c) { return c == ' ' || c == '\t'; }

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The bytes the inline scan acts on: escapes, image and raw HTML openings and ends.
constexpr std::array<bool, 256> inline_bytes() {
  std::array<bool, 256> table{};
  for (const unsigned char c : {'\\', '!', '<', '?', '>', ']'}) table[c] = true;
  return table;
}
constexpr std::array<bool, 256> kInlineByte = inline_bytes();

// 1234567 as "1,234,567".
std::string count(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// Does the line's content (after at most 3 spaces) start a block that ends any paragraph before
// it, whatever the containers around it: a bullet or "1." list item with text, or an ATX
// heading? Only these end a paragraph for sure; every other line may continue it (lazily, or
// as indented text), so the scan keeps counting through them.
enum class LineStart { other, list_item, heading };

LineStart line_start(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i > 3 || i == line.size()) return LineStart::other;
  std::string_view s = line.substr(i);
  if (s[0] == '#') {
    std::size_t hashes = s.find_first_not_of('#');
    if (hashes == std::string_view::npos) hashes = s.size();
    if (hashes <= 6 && (hashes == s.size() || is_space_or_tab(s[hashes]))) {
      return LineStart::heading;
    }
    return LineStart::other;
  }
  std::size_t marker = 0;
  if (s[0] == '-' || s[0] == '+' || s[0] == '*') {
    marker = 1;
  } else if (s.size() >= 2 && s[0] == '1' && (s[1] == '.' || s[1] == ')')) {
    marker = 2;
  } else {
    return LineStart::other;
  }
  if (marker >= s.size() || !is_space_or_tab(s[marker])) return LineStart::other;
  const std::size_t text = s.find_first_not_of(" \t", marker);
  return text == std::string_view::npos ? LineStart::other : LineStart::list_item;
}

// A line's cells as cmark-gfm's table extension splits them: at each '|' not escaped by '\',
// a leading and a trailing '|' starting and ending no cell.
struct Cells {
  int count = 0;
  std::size_t past_limit = std::string_view::npos;  // offset of the '|' starting cell limit + 1
  bool delimiter_like = false;  // only ' ', '\t', '|', ':', '-', with a '-': a delimiter row
};

Cells cells_of(std::string_view line, int limit) {
  Cells cells;
  if (std::memchr(line.data(), '|', line.size()) == nullptr) {
    // One cell (most lines): a delimiter row only when it is nothing but '-', ':' and spaces.
    bool dash = false;
    for (const char c : line) {
      if (c == '-') {
        dash = true;
      } else if (c != ':' && !is_space_or_tab(c)) {
        cells.count = 1;
        return cells;
      }
    }
    cells.count = line.find_first_not_of(" \t") == std::string_view::npos ? 0 : 1;
    cells.delimiter_like = dash;
    return cells;
  }
  const std::size_t first = line.find_first_not_of(" \t");
  const std::size_t last = line.find_last_not_of(" \t");
  if (first == std::string_view::npos) return cells;
  int separators = 0;  // '|' after the first non-space character
  bool dash = false, only_delimiter_characters = true;
  for (std::size_t i = first; i <= last; ++i) {
    const char c = line[i];
    if (c == '-') dash = true;
    if (c != '-' && c != ':' && c != '|' && !is_space_or_tab(c)) only_delimiter_characters = false;
    if (c == '\\' && i < last) {
      ++i;
      continue;
    }
    if (c != '|') continue;
    if (i == first || i == last) continue;  // a leading or trailing '|'
    if (++separators == limit) cells.past_limit = i;
  }
  cells.count = separators + 1;
  cells.delimiter_like = dash && only_delimiter_characters;
  return cells;
}

// Raw HTML that cmark-gfm scans for its end from each opening, up to the end of the paragraph
// when there is none: a CDATA section, a processing instruction, a declaration.
struct HtmlKind {
  const char* opening;  // as the message shows it
  const char* closing;
  std::size_t opening_size;
};
const HtmlKind kCdata{"<![CDATA[", "]]>", 9};
const HtmlKind kInstruction{"<?", "?>", 2};
const HtmlKind kDeclaration{"<!", ">", 2};

// The openings of one kind waiting for their end in the current paragraph.
struct Waiting {
  std::int64_t n = 0;
  std::int64_t offsets = 0;  // their sum
  std::size_t first = 0, last = 0;
};

struct Found {
  std::size_t offset;
  std::string message;
};

class Scanner {
 public:
  Scanner(std::string_view body, const PathologyLimits& limits) : body_(body), limits_(limits) {}

  std::optional<Found> run() {
    std::size_t start = 0;
    while (!found_) {
      // Lines end as cmark-gfm ends them: at LF, CR LF or a lone CR.
      const std::size_t end = line_end(start);
      scan_line(start, end);
      if (end == body_.size()) break;
      start =
          end + (body_[end] == '\r' && end + 1 < body_.size() && body_[end + 1] == '\n' ? 2 : 1);
    }
    if (!found_) end_paragraph(body_.size());
    return std::move(found_);
  }

 private:
  // Where the line from start ends: its first CR or LF, or the end of the body.
  std::size_t line_end(std::size_t start) const {
    const char* from = body_.data() + start;
    const std::size_t left = body_.size() - start;
    const void* lf = std::memchr(from, '\n', left);
    const std::size_t to_lf = lf ? static_cast<const char*>(lf) - from : left;
    const void* cr = std::memchr(from, '\r', to_lf);
    return start + (cr ? static_cast<const char*>(cr) - from : to_lf);
  }

  void scan_line(std::size_t start, std::size_t end) {
    const std::string_view line = body_.substr(start, end - start);
    // Block quote markers and indentation, never part of a paragraph's text.
    std::size_t content = 0;
    bool quoted = false;
    while (content < line.size() && (is_space_or_tab(line[content]) || line[content] == '>')) {
      quoted |= line[content] == '>';
      ++content;
    }
    if (content == line.size()) {  // a blank line ends paragraphs and tables
      end_paragraph(start);
      table_columns_ = 0;
      previous_ = {};
      return;
    }
    const LineStart kind = quoted ? LineStart::other : line_start(line);
    if (kind != LineStart::other) end_paragraph(start);
    scan_inlines(start + content, end);
    if (!found_) scan_emails(start, end);
    if (!found_) scan_table_row(start + content, end);
    if (kind == LineStart::heading) end_paragraph(end);
  }

  // Brackets and raw HTML openings, in the line's text from..end.
  void scan_inlines(std::size_t from, std::size_t end) {
    for (std::size_t i = from; i < end && !found_; ++i) {
      const char c = body_[i];
      if (!kInlineByte[static_cast<unsigned char>(c)]) continue;  // most bytes: Chinese text
      const char next = i + 1 < end ? body_[i + 1] : '\0';
      if (c == '\\' && is_ascii_punct(next)) {
        ++i;  // an escaped character opens and closes nothing
        continue;
      }
      if (c == '!' && next == '[') {
        // "![alt]" closes at once when nothing in alt can take its ']' (a code span, raw HTML,
        // a bracket, an escape, a URL autolink, a cell's end): no link walks past it.
        const std::size_t stop = body_.find_first_of("[]\\`<:wW|\r\n", i + 2);
        if (stop < end && body_[stop] == ']') {
          i = stop;
        } else {
          ++images_;
          ++i;
        }
        continue;
      }
      if (c == '<') {
        if (next == '?') {
          wait(instruction_, i);
        } else if (body_.compare(i, 9, "<![CDATA[") == 0) {
          wait(cdata_, i);
        } else if (next == '!' && i + 2 < end && is_ascii_letter(body_[i + 2])) {
          wait(declaration_, i);
        }
        continue;
      }
      if (c == '?' && next == '>') close(instruction_, kInstruction, i);
      if (c == '>') close(declaration_, kDeclaration, i);
      if (c == ']') {
        if (next == ']' && i + 2 < end && body_[i + 2] == '>') close(cdata_, kCdata, i);
        image_brackets_ += images_;
        if (image_brackets_ > limits_.image_brackets && !found_) {
          found_ = Found{i, count(images_) + " image openings '![' come before this ']' in its " +
                                "paragraph, and cmark-gfm walks past the open ones at each link: " +
                                count(image_brackets_) + " steps in this document, at most " +
                                count(limits_.image_brackets) +
                                "; end each image with '](…)' and put images in paragraphs of "
                                "their own, or write '\\![' for a literal '!['"};
        }
      }
    }
  }

  static void wait(Waiting& w, std::size_t at) {
    if (w.n == 0) w.first = at;
    ++w.n;
    w.offsets += static_cast<std::int64_t>(at);
    w.last = at;
  }

  // An end at `at` closes the waiting openings of its kind (not one it overlaps: "<?>").
  void close(Waiting& w, const HtmlKind& kind, std::size_t at) {
    if (w.n == 0 || at < w.last + kind.opening_size) return;
    settle(w, kind, at, false);
  }

  void settle(Waiting& w, const HtmlKind& kind, std::size_t at, bool paragraph_end) {
    if (w.n == 0) return;
    unclosed_html_ += w.n * static_cast<std::int64_t>(at) - w.offsets;
    if (unclosed_html_ > limits_.unclosed_html && !found_) {
      found_ =
          Found{w.first,
                count(w.n) + " '" + kind.opening + "' from here on wait for " +
                    (paragraph_end ? std::string("a '") + kind.closing +
                                         "' that does not come before the end of "
                                         "their paragraph"
                                   : std::string("the '") + kind.closing + "' far after them") +
                    ", and cmark-gfm scans the text up to it for each: " + count(unclosed_html_) +
                    " characters in this document, at most " + count(limits_.unclosed_html) +
                    "; close each '" + kind.opening + "' with '" + kind.closing +
                    "', or write '&lt;' for a literal '<'"};
    }
    w = {};
  }

  void end_paragraph(std::size_t at) {
    settle(cdata_, kCdata, at, true);
    settle(instruction_, kInstruction, at, true);
    settle(declaration_, kDeclaration, at, true);
    images_ = 0;
  }

  // The autolink extension scans the rest of a line's text at each '@' it finds there (for up to
  // 1,000 of them), and copies it after each address.
  void scan_emails(std::size_t start, std::size_t end) {
    std::int64_t ats = 0;
    const char* const line_end = body_.data() + end;
    for (const char* at = body_.data() + start;
         (at = static_cast<const char*>(std::memchr(at, '@', line_end - at))) != nullptr; ++at) {
      ++ats;
    }
    if (ats == 0) return;
    email_scan_ += std::min<std::int64_t>(ats, 1000) * static_cast<std::int64_t>(end - start);
    if (email_scan_ > limits_.email_scan) {
      const std::size_t first = body_.find('@', start);
      found_ = Found{first, "this line of " + count(static_cast<std::int64_t>(end - start)) +
                                " bytes has " + count(ats) +
                                " '@', and cmark-gfm's e-mail autolinks scan the rest of the line "
                                "at each: " +
                                count(email_scan_) + " bytes in this document, at most " +
                                count(limits_.email_scan) +
                                "; break the line, an address or a few on each"};
    }
  }

  // A table starts at a delimiter row under a line of text (its header row) and goes on to the
  // next blank line; cmark-gfm makes every row as wide as the delimiter row.
  void scan_table_row(std::size_t from, std::size_t end) {
    const std::string_view text = body_.substr(from, end - from);
    const Cells cells = cells_of(text, limits_.table_columns);
    if (table_columns_ == 0 && cells.delimiter_like && previous_.count > 0) {
      if (too_wide(previous_, previous_from_) || too_wide(cells, from)) return;
      table_columns_ = cells.count;
      add_cells(std::max(table_columns_, previous_.count), previous_from_);
    } else if (table_columns_ > 0) {
      if (too_wide(cells, from)) return;
      add_cells(std::max(table_columns_, cells.count), from);
    }
    previous_ = cells;
    previous_from_ = from;
  }

  bool too_wide(const Cells& cells, std::size_t from) {
    if (cells.count <= limits_.table_columns) return false;
    found_ = Found{from + cells.past_limit,
                   "table row has " + count(cells.count) + " cells; at most " +
                       count(limits_.table_columns) +
                       " columns in a table (cmark-gfm's work on a row grows with the square of "
                       "its cells): split the table"};
    return true;
  }

  void add_cells(int n, std::size_t row) {
    table_cells_ += n;
    if (table_cells_ > limits_.table_cells && !found_) {
      found_ = Found{row, "the tables of this document reach " + count(table_cells_) +
                              " cells at this row (rows × columns: cmark-gfm fills short rows "
                              "up to the " +
                              count(table_columns_) + " columns of the table); at most " +
                              count(limits_.table_cells) +
                              " in one document: split the table or the document"};
    }
  }

  std::string_view body_;
  const PathologyLimits& limits_;
  std::optional<Found> found_;
  // Within the current paragraph (as far as lines show it):
  std::int64_t images_ = 0;  // '![' so far
  Waiting cdata_, instruction_, declaration_;
  int table_columns_ = 0;  // of the table the line is in, or 0
  Cells previous_;         // the line before, a header row if this one is a delimiter row
  std::size_t previous_from_ = 0;
  // Over the whole body:
  std::int64_t image_brackets_ = 0;
  std::int64_t unclosed_html_ = 0;
  std::int64_t email_scan_ = 0;
  std::int64_t table_cells_ = 0;
};

}  // namespace

std::optional<Pathology> find_pathology(std::string_view body, const PathologyLimits& limits) {
  std::optional<Found> found = Scanner(body, limits).run();
  if (!found) return std::nullopt;
  Pathology p;
  p.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < found->offset; ++i) {
    if (body[i] == '\n' || (body[i] == '\r' && (i + 1 >= body.size() || body[i + 1] != '\n'))) {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.byte_column = static_cast<int>(found->offset - line_start) + 1;
  p.message = std::move(found->message);
  return p;
}

}  // namespace gongkai::markdown
