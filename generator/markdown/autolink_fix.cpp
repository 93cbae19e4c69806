#include "markdown/autolink_fix.hpp"

#include <string>
#include <string_view>

namespace gongkai::markdown {

namespace {

bool is_trailing_punctuation(char c) {
  return std::string_view(".,:;!?\"'*_~").find(c) != std::string_view::npos;
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
  std::size_t cut = 0;
  while (cut < label.size() && static_cast<unsigned char>(label[cut]) < 0x80) ++cut;
  while (cut > 0 && is_trailing_punctuation(label[cut - 1])) --cut;
  if (cut == label.size()) return;
  std::string prefix = url.substr(0, url.size() - label.size());  // "http://" for www. links
  std::string rest = label.substr(cut);
  if (cut == 0) return;  // an address always starts with ASCII; keep the link if not
  label.resize(cut);
  cmark_node_set_literal(text, label.c_str());
  cmark_node_set_url(link, (prefix + label).c_str());
  cmark_node* after = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(after, rest.c_str());
  cmark_node_insert_after(link, after);
}

}  // namespace gongkai::markdown
