#include "markdown/tables.hpp"

#include <cstring>
#include <map>

#include "markdown/text.hpp"

namespace gongkai::markdown {

namespace {

constexpr std::size_t kMaxCaptionLength = 60;

bool is_table(cmark_node* node) {
  return std::strcmp(cmark_node_get_type_string(node), "table") == 0;
}

bool holds_table(cmark_node* html_block) {
  const char* literal = cmark_node_get_literal(html_block);
  return literal && std::strstr(literal, "<table") != nullptr;
}

// The caption an editor writes above a table: one short line that does not end as a sentence.
std::string caption_before(cmark_node* table) {
  cmark_node* p = cmark_node_previous(table);
  if (!p || cmark_node_get_type(p) != CMARK_NODE_PARAGRAPH) return {};
  for (cmark_node* n = cmark_node_first_child(p); n; n = cmark_node_next(n)) {
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) return {};
  }
  const std::string text(trim_spaces(plain_text(p)));
  const std::size_t length = code_points(text);
  if (length == 0 || length > kMaxCaptionLength) return {};
  std::size_t size = 0, last = 0;
  for (std::size_t at = 0; at < text.size(); at += size) {
    last = at;
    decode(text, at, size);
  }
  const char32_t end = decode(text, last, size);
  if (std::u32string_view(U"。；，：.;,:！？!?").find(end) != std::u32string_view::npos) return {};
  return text;
}

std::string box_open(const std::string& name) {
  return "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
         escape_html(name) + "\">";
}

// Every table in a raw HTML block gets a box: one opens before each "<table" and closes after each
// "</table>", so that a table written across several blocks stays balanced.
std::string box_raw_tables(const std::string& html, const std::string& open) {
  std::string out;
  out.reserve(html.size() + 128);
  std::size_t from = 0;
  for (std::size_t at = html.find("<table"); at != std::string::npos;
       at = html.find("<table", at + 1)) {
    if (at + 6 < html.size() && html[at + 6] != '>' && html[at + 6] != ' ') continue;
    out.append(html, from, at - from);
    out += open;
    from = at;
  }
  for (std::size_t at = html.find("</table>", from); at != std::string::npos;
       at = html.find("</table>", from)) {
    out.append(html, from, at + 8 - from);
    out += "</div>";
    from = at + 8;
  }
  out.append(html, from);
  return out;
}

// Puts node into a new block that renders as open, node, "</div>"; returns the block.
cmark_node* wrap(cmark_node* node, const char* open) {
  cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_insert_before(node, block);
  cmark_node_append_child(block, node);
  cmark_node_set_on_enter(block, open);
  cmark_node_set_on_exit(block, "</div>");
  return block;
}

}  // namespace

std::vector<TableBox> box_tables(cmark_node* root) {
  std::vector<TableBox> boxes;
  std::vector<cmark_node*> captions;
  std::string heading;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      heading = trim_spaces(plain_text(node));
      continue;
    }
    const bool raw = type == CMARK_NODE_HTML_BLOCK && holds_table(node);
    if (!raw && !is_table(node)) continue;
    std::string caption = caption_before(node);
    if (!caption.empty()) captions.push_back(cmark_node_previous(node));
    boxes.push_back(
        {node, raw, raw ? cmark_node_get_literal(node) : "", caption.empty() ? heading : caption});
  }
  cmark_iter_free(it);
  // Wrapped once the walk is over: moving a node under the iterator would derail it.
  for (TableBox& box : boxes) {
    if (!box.raw) box.node = wrap(box.node, "");
  }
  for (cmark_node* caption : captions) wrap(caption, "<div class=\"table-caption\">");
  return boxes;
}

void label_tables(std::vector<TableBox>& boxes, const std::string& fallback) {
  std::map<std::string, int> used;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    std::string name = boxes[i].name;
    if (name.empty()) name = boxes.size() > 1 ? fallback + " " + std::to_string(i + 1) : fallback;
    if (const int n = ++used[name]; n > 1) name += "（" + std::to_string(n) + "）";
    const std::string open = box_open(name);
    if (boxes[i].raw) {
      cmark_node_set_literal(boxes[i].node, box_raw_tables(boxes[i].raw_html, open).c_str());
    } else {
      cmark_node_set_on_enter(boxes[i].node, open.c_str());
    }
  }
}

}  // namespace gongkai::markdown
