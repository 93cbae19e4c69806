#pragma once
// The one wrapper around cmark-gfm: parse a body once, let the catalogue
// rewrite its links, then render HTML.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::markdown {

// What raw HTML in the body becomes (mirrors site.toml's raw_html).
enum class RawHtmlMode { drop, sanitize, keep };

// A link or image destination in a body, with its body-relative place.
struct LinkRef {
  std::size_t id = 0;  // for Body::set_url
  std::string url;
  int line = 0;         // 1-based line in the body; 0 when cmark gives none (bare "https://…")
  int byte_column = 0;  // 1-based byte column on that line
  bool image = false;
};

// A heading of a body, for a table of contents: its level on the page (the body's top level is
// 2, under the title's h1), the id its tag carries, its text.
struct Heading {
  int level = 2;
  std::string id;
  std::string text;
};

// A parsed GitHub-flavoured Markdown body (tables, strikethrough, autolinks,
// task lists, footnotes; the tag filter unless raw HTML is kept). Move-only; owns its tree.
class Body {
 public:
  Body();
  ~Body();
  Body(Body&&) noexcept;
  Body& operator=(Body&&) noexcept;

  static Body parse(std::string_view text, RawHtmlMode raw_html);

  // Every link and image in document order.
  std::vector<LinkRef> links() const;
  void set_url(std::size_t id, const std::string& url);

  // The HTML of the body. Each table sits in a named box that scrolls (table_label, plain
  // text, names one that has no caption or heading), each heading has an id, and the 落款 at
  // the end is marked (signoff.hpp).
  std::string render_html(const std::string& table_label) const;

  // Every heading in document order.
  const std::vector<Heading>& headings() const;
  // How many characters of text the body holds (code points; markup not counted).
  std::size_t text_length() const;

 private:
  struct Tree;
  std::unique_ptr<Tree> tree_;
};

// True for destinations a page must never carry: javascript:, vbscript:, data: (but images).
bool is_dangerous_url(std::string_view url, bool image);

}  // namespace gongkai::markdown
