#include "markdown/autolink_fix.hpp"

#include <string>
#include <string_view>

#include "markdown/text.hpp"

namespace gongkai::markdown {

namespace {

bool is_trailing_punctuation(char c) {
  return std::string_view(".,:;!?\"'*_~").find(c) != std::string_view::npos;
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A non-ASCII character no address holds, so a bare URL ends before it: Chinese (full-width)
// punctuation such as 。，；：！？、）」』】, quotation marks, spaces. Letters of any script,
// Chinese included, stay: an address may hold them (https://zh.wikipedia.org/wiki/政务公开).
bool ends_address(char32_t c) {
  return (c >= 0x80 && c <= 0xBF) ||  // Latin-1 spaces and punctuation: « » · ¿ and the like
         c == 0xD7 || c == 0xF7 ||    // × ÷
         (c >= 0x2000 && c <= 0x206F) ||  // general punctuation: spaces, — … “ ” ‘ ’
         (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation: 、。「」『』【】〔〕《》…
         (c >= 0xFE10 && c <= 0xFE1F) ||  // vertical forms
         (c >= 0xFE30 && c <= 0xFE6F) ||  // CJK compatibility and small forms
         c == 0xFEFF ||                   // zero-width no-break space
         (c >= 0xFF01 && c <= 0xFF0F) ||  // full-width ！＂＃＄％＆＇（）＊＋，－．／
         (c >= 0xFF1A && c <= 0xFF20) ||  // ：；＜＝＞？＠
         (c >= 0xFF3B && c <= 0xFF40) ||  // ［＼］＾＿｀
         (c >= 0xFF5B && c <= 0xFF65);    // ｛｜｝～ and the half-width 。「」、・
}

// Where the host name in label ends: it starts after "scheme://", or at the start of a "www."
// link, and runs to the first '/', '?' or '#'; 0 when label has none (mailto:).
std::size_t host_end(std::string_view label) {
  std::size_t start = 0;
  if (label.rfind("www.", 0) != 0) {
    const std::size_t scheme = label.find("://");
    if (scheme == std::string_view::npos) return 0;
    start = scheme + 3;
  }
  const std::size_t end = label.find_first_of("/?#", start);
  return end == std::string_view::npos ? label.size() : end;
}

// Where the address in label ends: at a character no address holds, or, in the host name, where
// non-ASCII text runs on straight from an ASCII name ("www.gov.cn查询": the sentence goes on).
std::size_t address_end(std::string_view label) {
  const std::size_t host = host_end(label);
  std::size_t length = 0;
  for (std::size_t at = 0; at < label.size(); at += length) {
    const char32_t c = decode(label, at, length);
    if (c < 0x80) continue;
    if (ends_address(c)) return at;
    if (at < host && at > 0 && is_ascii_alnum(label[at - 1])) return at;
  }
  return label.size();
}

}  // namespace

void trim_cjk_autolink(cmark_node* link) {
  if (cmark_node_get_type(link) != CMARK_NODE_LINK) return;
  cmark_node* text = cmark_node_first_child(link);
  if (!text || cmark_node_get_type(text) != CMARK_NODE_TEXT || cmark_node_next(text)) return;
  std::string label = cmark_node_get_literal(text);
  std::string url = cmark_node_get_url(link);
  if (url.size() < label.size() ||
      url.compare(url.size() - label.size(), label.size(), label) != 0) {
    return;  // not a link whose text is its own address
  }
  // Only the extension's links: its "https://…" ones have no source position; its "www." ones
  // do, and their address is "http://" + their text.
  if (cmark_node_get_start_line(link) != 0 &&
      !(label.rfind("www.", 0) == 0 && url == "http://" + label)) {
    return;
  }
  std::size_t cut = address_end(label);
  if (cut == label.size()) return;
  while (cut > 0 && is_trailing_punctuation(label[cut - 1])) --cut;
  if (cut == 0) return;  // an address always starts with ASCII; keep the link if not
  std::string prefix = url.substr(0, url.size() - label.size());  // "http://" for www. links
  std::string rest = label.substr(cut);
  label.resize(cut);
  cmark_node_set_literal(text, label.c_str());
  cmark_node_set_url(link, (prefix + label).c_str());
  cmark_node* after = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(after, rest.c_str());
  cmark_node_insert_after(link, after);
}

}  // namespace gongkai::markdown
