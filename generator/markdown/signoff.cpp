#include "markdown/signoff.hpp"

#include <array>
#include <string>
#include <vector>

#include "markdown/text.hpp"

namespace gongkai::markdown {

namespace {

constexpr std::size_t kMaxIssuerLines = 4;
constexpr std::size_t kMaxIssuerLineLength = 40;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_numeral(char32_t c) {
  return std::u32string_view(U"〇○零一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// Reads a run of 1..most characters that are all digits or all Chinese numerals, then the unit
// character; advances at past both.
bool read_number(std::string_view line, std::size_t& at, std::size_t least, std::size_t most,
                 char32_t unit) {
  std::size_t length = 0, count = 0;
  bool digits = false;
  while (at < line.size()) {
    const char32_t c = decode(line, at, length);
    if (c == unit) break;
    const bool digit = is_digit(c);
    if (!(digit || is_numeral(c)) || (count > 0 && digit != digits)) return false;
    digits = digit;
    ++count;
    at += length;
  }
  if (at >= line.size() || count < least || count > most) return false;
  at += length;  // the unit
  return true;
}

// Sentence punctuation and quotation marks: a line holding any is prose, not a name.
bool is_prose_mark(char32_t c) {
  return std::u32string_view(U"。，、；：？！,;:?!“”‘’\"《》…").find(c) !=
         std::u32string_view::npos;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The endings of the names of government bodies and public institutions.
bool ends_as_organisation(std::string_view name) {
  static const std::array<std::string_view, 23> kEndings = {
      "政府", "会", "委", "厅", "办", "室", "局",   "部", "署", "院", "中心", "处",
      "科",   "所", "站", "队", "馆", "社", "公司", "组", "校", "园", "集团"};
  // "示例市财政局（盖章）": a short bracketed note after the name is the seal's place.
  if (ends_with(name, "）")) {
    const std::size_t open = name.rfind("（");
    if (open != std::string_view::npos && open > 0 && code_points(name.substr(open)) <= 6) {
      name = name.substr(0, open);
    }
  }
  for (std::string_view e : kEndings) {
    if (ends_with(name, e)) return true;
  }
  return false;
}

// One line of a paragraph: the inline nodes between two breaks.
struct Line {
  std::vector<cmark_node*> nodes;
  cmark_node* break_before = nullptr;  // the soft or hard break that starts it, if any
};

std::vector<Line> lines_of(cmark_node* paragraph) {
  std::vector<Line> lines(1);
  for (cmark_node* n = cmark_node_first_child(paragraph); n; n = cmark_node_next(n)) {
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
      lines.push_back({{}, n});
    } else {
      lines.back().nodes.push_back(n);
    }
  }
  return lines;
}

// The text of a line made only of text (plain, emphasised or strong); nothing when it holds
// anything else (a link, code, an image, raw HTML, a footnote reference).
bool line_text(const Line& line, std::string& out) {
  out.clear();
  for (cmark_node* n : line.nodes) {
    cmark_iter* it = cmark_iter_new(n);
    bool plain = true;
    for (cmark_event_type ev; plain && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* inner = cmark_iter_get_node(it);
      switch (cmark_node_get_type(inner)) {
        case CMARK_NODE_TEXT:
          out += cmark_node_get_literal(inner);
          break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
          break;
        default:
          plain = false;
      }
    }
    cmark_iter_free(it);
    if (!plain) return false;
  }
  return true;
}

bool is_issuer(const Line& line) {
  std::string text;
  return line_text(line, text) && is_issuer_line(text);
}

// The last block of the body that readers see as text: footnote definitions come after it.
cmark_node* last_block(cmark_node* root) {
  cmark_node* n = cmark_node_last_child(root);
  while (n && cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) n = cmark_node_previous(n);
  return n;
}

// Moves the lines from first on out of paragraph into a new paragraph placed after it.
cmark_node* split_paragraph(cmark_node* paragraph, const Line& first) {
  cmark_node* tail = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node* n = cmark_node_next(first.break_before);
  cmark_node_free(first.break_before);
  while (n) {
    cmark_node* next = cmark_node_next(n);
    cmark_node_append_child(tail, n);
    n = next;
  }
  cmark_node_insert_after(paragraph, tail);
  return tail;
}

// Each line of a 落款 stands on its own, as on paper: soft breaks become line breaks.
void break_lines(cmark_node* paragraph) {
  for (cmark_node* n = cmark_node_first_child(paragraph); n;) {
    cmark_node* next = cmark_node_next(n);
    if (cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK) {
      cmark_node_insert_before(n, cmark_node_new(CMARK_NODE_LINEBREAK));
      cmark_node_free(n);
    }
    n = next;
  }
}

}  // namespace

bool is_chinese_date_line(std::string_view line) {
  line = trim_spaces(line);
  std::size_t at = 0;
  return read_number(line, at, 4, 4, U'年') && read_number(line, at, 1, 3, U'月') &&
         read_number(line, at, 1, 3, U'日') && at == line.size();
}

bool is_issuer_line(std::string_view line) {
  line = trim_spaces(line);
  const std::size_t length = code_points(line);
  if (length < 2 || length > kMaxIssuerLineLength) return false;
  if (line.rfind("（", 0) == 0 || line.rfind("(", 0) == 0) return false;
  std::size_t size = 0, name_start = 0;
  for (std::size_t at = 0; at <= line.size(); at += size) {
    const char32_t c = at < line.size() ? decode(line, at, size) : U' ';
    if (at == line.size()) size = 1;
    if (is_prose_mark(c)) return false;
    if (!is_space(c)) continue;
    if (at > name_start && !ends_as_organisation(line.substr(name_start, at - name_start))) {
      return false;
    }
    name_start = at + size;
  }
  return true;
}

bool mark_signoff(cmark_node* root) {
  cmark_node* last = last_block(root);
  if (!last || cmark_node_get_type(last) != CMARK_NODE_PARAGRAPH) return false;
  std::vector<Line> lines = lines_of(last);
  std::string text;
  if (!line_text(lines.back(), text) || !is_chinese_date_line(text)) return false;

  // Up from the date: issuer lines of the last paragraph, then whole paragraphs of them.
  std::size_t first = lines.size() - 1, names = 0;
  while (first > 0 && names < kMaxIssuerLines && is_issuer(lines[first - 1])) --first, ++names;
  std::vector<cmark_node*> paragraphs = {last};
  if (first == 0) {
    for (cmark_node* p = cmark_node_previous(last);
         p && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH; p = cmark_node_previous(p)) {
      std::vector<Line> above = lines_of(p);
      bool all_names = names + above.size() <= kMaxIssuerLines;
      for (std::size_t i = 0; all_names && i < above.size(); ++i) all_names = is_issuer(above[i]);
      if (!all_names) break;
      names += above.size();
      paragraphs.insert(paragraphs.begin(), p);
    }
  } else {
    paragraphs.back() = split_paragraph(last, lines[first]);
  }

  cmark_node* box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_set_on_enter(box, "<div class=\"signoff\">");
  cmark_node_set_on_exit(box, "</div>");
  cmark_node_insert_before(paragraphs.front(), box);
  for (cmark_node* p : paragraphs) {
    break_lines(p);
    cmark_node_append_child(box, p);
  }
  return true;
}

}  // namespace gongkai::markdown
