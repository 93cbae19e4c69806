#include "markdown/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
// Private, but installed by libcmark-gfm-dev together with (and pinned to) the library it
// describes: the one way to reach an extension's trigger-character list, to free it below.
#include <cmark-gfm/syntax_extension.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <set>

#include "markdown/autolink_fix.hpp"
#include "markdown/headings.hpp"
#include "markdown/html_sanitizer.hpp"
#include "markdown/signoff.hpp"
#include "markdown/tables.hpp"
#include "markdown/text.hpp"

namespace gongkai::markdown {

namespace {

// Attached to every parser, strikethrough only to a body holding a '~' (fix_autolink_characters).
const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};
constexpr std::string_view kStrikethrough = "strikethrough";
// Attached too unless raw HTML is kept (Body::parse).
const char* const kTagFilter = "tagfilter";

// Parsing runs on every core, though cmark-gfm 0.29 keeps the inline parser's trigger characters
// in a table that all parsers share (SPECIAL_CHARS, plus SKIP_CHARS for emphasis-like extensions,
// in inlines.c). cmark_parser_finish adds the trigger characters of the parser's extensions to it
// before parsing inlines and clears them after, so two parses at once lose autolinks and
// strikethrough at random. Nothing else writes the table: its only writers,
// cmark_inlines_add/remove_special_character (not exported), are called only from
// cmark_parser_finish and cmark_manage_extensions_special_characters. Of the five extensions only
// autolink (':' and 'w') and strikethrough ('~', emphasis-like) have trigger characters. (All
// this as read in the machine code of Debian's libcmark-gfm 0.29.0.gfm.6.)
//
// Autolink's are put in the table once, here, and its list is emptied: the registered
// extensions are process-wide singletons, so no later cmark_parser_finish adds or clears ':' or
// 'w' again. The list has no other use for autolink: the inline parser offers every character the
// table stops at to each attached extension's match function, which checks the character itself,
// and the list is read otherwise only to find the extension that closes a delimiter run, which
// autolink never opens. Every parser attaches autolink, so each sees the very table it had under
// the old lock, the one without the tag filter (raw HTML kept) included; table, tasklist and
// tagfilter have no trigger characters nor inline hooks at all.
//
// Strikethrough cannot be treated so: process_emphasis finds the extension that turns a "~~" run
// into a strikethrough through that same list, so with it emptied no strikethrough comes out and
// any '~' run that can close makes it loop forever ("a ~b~ c"). So strikethrough is attached only
// to a body that holds a '~', and those bodies' cmark_parser_finish run one at a time
// (strikethrough_lock). This changes no output: without a '~' in the text strikethrough matches
// nothing and the table's '~' entries are never read, so parsers without it may run while a '~'
// is added or cleared. (Checked on 900,000 random bodies of autolink, strikethrough, emphasis,
// table and footnote pieces, against the locked parse with all extensions: identical HTML.)
//
// ThreadSanitizer cannot see any of this, as cmark-gfm is not instrumented: the test
// MarkdownThreads.ParsesInParallelKeepEveryExtension catches it by its effect.
void fix_autolink_characters() {
  cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, autolink);
  cmark_manage_extensions_special_characters(parser, 1);
  cmark_parser_free(parser);
  cmark_llist* chars = autolink->special_inline_chars;
  cmark_syntax_extension_set_special_inline_chars(autolink, nullptr);
  cmark_llist_free(cmark_get_default_mem_allocator(), chars);  // as the extension would at exit
}

std::mutex strikethrough_lock;

void register_extensions() {
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    fix_autolink_characters();
  });
}

int parse_options() { return CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Replaces every occurrence of from in text by to, in one pass (in-place
// replacement moves the rest of the text each time: quadratic on a 50 MB body).
void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (; at != std::string::npos; at = text.find(from, done)) {
    out.append(text, done, at - done);
    out += to;
    done = at + from.size();
  }
  out.append(text, done);
  text = std::move(out);
}

}  // namespace

struct Body::Tree {
  cmark_parser* parser = nullptr;  // kept: it owns the extension list the renderer needs
  cmark_node* root = nullptr;
  std::vector<cmark_node*> links;  // indexed by LinkRef::id
  bool unsafe = false;
  std::vector<TableBox> tables;
  // Each heading, and the block that stands in its place once rendered with its id (a cmark-gfm
  // heading has no attributes): the heading itself is then out of the tree, kept for its links.
  std::vector<cmark_node*> heading_nodes;
  std::vector<cmark_node*> heading_blocks;
  std::vector<Heading> headings;
  std::size_t text_length = 0;

  ~Tree() {
    if (root) cmark_node_free(root);
    for (std::size_t i = 0; i < heading_blocks.size(); ++i) {
      if (heading_blocks[i]) cmark_node_free(heading_nodes[i]);
    }
    if (parser) cmark_parser_free(parser);
  }
};

Body::Body() = default;
Body::~Body() = default;
Body::Body(Body&&) noexcept = default;
Body& Body::operator=(Body&&) noexcept = default;

namespace {

// Applies the raw-HTML policy to one HTML node; returns false when it is to be removed.
bool apply_raw_html(cmark_node* node, RawHtmlMode mode) {
  if (mode == RawHtmlMode::keep) return true;
  if (mode == RawHtmlMode::drop) return false;
  std::string safe = sanitize_html(cmark_node_get_literal(node));
  cmark_node_set_literal(node, safe.c_str());
  return true;
}

// The document's title is the page's one h1: the body's top heading level
// becomes h2 and the rest keep their distance from it, so no level is skipped
// whether the editor started at "#", "##" or "###".
void shift_headings(const std::vector<cmark_node*>& headings) {
  int top = 6;
  for (cmark_node* h : headings) top = std::min(top, cmark_node_get_heading_level(h));
  const int shift = 2 - top;
  for (cmark_node* h : headings) {
    cmark_node_set_heading_level(h, std::min(cmark_node_get_heading_level(h) + shift, 6));
  }
}

}  // namespace

Body Body::parse(std::string_view text, RawHtmlMode raw_html) {
  register_extensions();
  Body body;
  body.tree_ = std::make_unique<Tree>();
  Tree& t = *body.tree_;
  t.unsafe = raw_html != RawHtmlMode::drop;
  // Parses run at once, those of bodies with a '~' excepted: see fix_autolink_characters.
  t.parser = cmark_parser_new(parse_options());
  const bool tilde = text.find('~') != std::string_view::npos;
  for (const char* name : kExtensions) {
    if (name == kStrikethrough && !tilde) continue;
    cmark_parser_attach_syntax_extension(t.parser, cmark_find_syntax_extension(name));
  }
  // GFM's tag filter escapes <script>, <iframe>, <style>… in raw HTML. raw_html = true means
  // kept, so it is off then; otherwise it stays on behind the dropping or the allow-list.
  if (raw_html != RawHtmlMode::keep) {
    cmark_parser_attach_syntax_extension(t.parser, cmark_find_syntax_extension(kTagFilter));
  }
  cmark_parser_feed(t.parser, text.data(), text.size());
  if (tilde) {
    std::lock_guard<std::mutex> hold(strikethrough_lock);
    t.root = cmark_parser_finish(t.parser);
  } else {
    t.root = cmark_parser_finish(t.parser);
  }

  std::vector<cmark_node*> to_remove;
  std::vector<cmark_node*> headings;
  cmark_iter* it = cmark_iter_new(t.root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(it);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        t.links.push_back(node);
        break;
      case CMARK_NODE_HEADING:
        headings.push_back(node);
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        t.text_length += code_points(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        if (!apply_raw_html(node, raw_html)) to_remove.push_back(node);
        break;
      default:
        break;
    }
  }
  cmark_iter_free(it);
  for (cmark_node* node : to_remove) cmark_node_free(node);
  for (cmark_node* link : t.links) trim_cjk_autolink(link);
  shift_headings(headings);
  std::set<std::string> ids;
  for (cmark_node* h : headings) {
    std::string text(trim_spaces(plain_text(h)));
    std::string id = heading_id(text, ids);
    t.headings.push_back({cmark_node_get_heading_level(h), std::move(id), std::move(text)});
  }
  t.heading_nodes = std::move(headings);
  t.heading_blocks.assign(t.heading_nodes.size(), nullptr);
  t.tables = box_tables(t.root);
  mark_signoff(t.root);
  return body;
}

std::vector<LinkRef> Body::links() const {
  std::vector<LinkRef> out;
  if (!tree_) return out;
  for (std::size_t i = 0; i < tree_->links.size(); ++i) {
    cmark_node* n = tree_->links[i];
    const char* url = cmark_node_get_url(n);
    out.push_back({i, url ? url : "", cmark_node_get_start_line(n), cmark_node_get_start_column(n),
                   cmark_node_get_type(n) == CMARK_NODE_IMAGE});
  }
  return out;
}

void Body::set_url(std::size_t id, const std::string& url) {
  cmark_node_set_url(tree_->links.at(id), url.c_str());
}

std::string Body::render_html(const std::string& table_label) const {
  if (!tree_) return {};
  // Dangerous destinations are dropped whatever raw_html says: with raw HTML
  // on, cmark's own filter is off, so we filter here.
  for (cmark_node* n : tree_->links) {
    const char* url = cmark_node_get_url(n);
    if (url && is_dangerous_url(url, cmark_node_get_type(n) == CMARK_NODE_IMAGE)) {
      cmark_node_set_url(n, "");
    }
  }
  Tree& t = *tree_;
  const int options = parse_options() | (t.unsafe ? CMARK_OPT_UNSAFE : 0);
  cmark_llist* extensions = cmark_parser_get_syntax_extensions(t.parser);
  label_tables(t.tables, table_label);
  for (std::size_t i = 0; i < t.heading_nodes.size(); ++i) {
    cmark_node*& block = t.heading_blocks[i];
    if (!block) {
      block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_insert_before(t.heading_nodes[i], block);
      cmark_node_unlink(t.heading_nodes[i]);
    }
    const std::string html =
        heading_html(t.heading_nodes[i], t.headings[i].id, options, extensions);
    cmark_node_set_on_enter(block, html.c_str());
  }
  char* html = cmark_render_html(t.root, options, extensions);
  std::string out(html);
  std::free(html);
  // cmark-gfm's footnote back-links and task-list boxes have no Chinese accessible names.
  replace_all(out, "aria-label=\"Back to content\"", "aria-label=\"返回正文\"");
  replace_all(out, "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
              "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"已完成\" />");
  replace_all(out, "<input type=\"checkbox\" disabled=\"\" />",
              "<input type=\"checkbox\" disabled=\"\" aria-label=\"未完成\" />");
  return out;
}

const std::vector<Heading>& Body::headings() const {
  static const std::vector<Heading> none;
  return tree_ ? tree_->headings : none;
}

std::size_t Body::text_length() const { return tree_ ? tree_->text_length : 0; }

bool is_dangerous_url(std::string_view url, bool image) {
  std::string head = lower(url.substr(0, std::min<std::size_t>(url.size(), 64)));
  head.erase(std::remove_if(head.begin(), head.end(),
                            [](unsigned char c) { return std::isspace(c) || c < 0x20; }),
             head.end());
  if (head.rfind("javascript:", 0) == 0 || head.rfind("vbscript:", 0) == 0 ||
      head.rfind("file:", 0) == 0) {
    return true;
  }
  if (head.rfind("data:", 0) == 0) {
    bool raster = head.rfind("data:image/png", 0) == 0 || head.rfind("data:image/gif", 0) == 0 ||
                  head.rfind("data:image/jpeg", 0) == 0 || head.rfind("data:image/webp", 0) == 0;
    return !(image && raster);
  }
  return false;
}

}  // namespace gongkai::markdown
