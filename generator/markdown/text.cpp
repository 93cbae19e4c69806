#include "markdown/text.hpp"

#include <cstdlib>

namespace gongkai::markdown {

char32_t decode(std::string_view text, std::size_t at, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (at + length > text.size()) {
    length = 1;
    return lead;
  }
  if (length == 1) return lead;
  char32_t cp = lead & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (byte(i) & 0x3F);
  return cp;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000;
}

std::string_view trim_spaces(std::string_view text) {
  std::size_t begin = 0, length = 0;
  while (begin < text.size() && is_space(decode(text, begin, length))) begin += length;
  std::size_t end = begin;
  for (std::size_t at = begin; at < text.size(); at += length) {
    if (!is_space(decode(text, at, length))) end = at + length;
  }
  return text.substr(begin, end - begin);
}

std::string plain_text(cmark_node* node) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += cmark_node_get_literal(n);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(it);
  return out;
}

std::string escape_html(const std::string& text) {
  cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(node, text.c_str());
  char* html = cmark_render_html(node, CMARK_OPT_DEFAULT, nullptr);
  std::string out(html);
  std::free(html);
  cmark_node_free(node);
  return out;
}

}  // namespace gongkai::markdown
