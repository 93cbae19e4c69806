#include "markdown/headings.hpp"

#include <cstdlib>

#include "markdown/text.hpp"

namespace gongkai::markdown {

namespace {

constexpr std::size_t kMaxIdLength = 40;

bool keeps(char32_t c) {
  if (c >= 0x80) return !is_space(c);
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '.';
}

}  // namespace

std::string heading_id(std::string_view text, std::set<std::string>& taken) {
  std::string slug;
  std::size_t size = 0, kept = 0;
  for (std::size_t at = 0; at < text.size() && kept < kMaxIdLength; at += size) {
    const char32_t c = decode(text, at, size);
    if (keeps(c)) {
      slug.append(text.substr(at, size));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    ++kept;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  const std::string base = slug.empty() ? "sec" : "sec-" + slug;
  std::string id = base;
  for (int n = 2; !taken.insert(id).second; ++n) id = base + "-" + std::to_string(n);
  return id;
}

std::string heading_html(cmark_node* heading, const std::string& id, int options,
                         cmark_llist* extensions) {
  char* rendered = cmark_render_html(heading, options, extensions);
  std::string html(rendered);
  std::free(rendered);
  // cmark-gfm writes "<hN>…</hN>\n": the id goes into the opening tag.
  const std::size_t close = html.find('>');
  if (close == std::string::npos) return html;
  return html.substr(0, close) + " id=\"" + escape_html(id) + "\"" + html.substr(close);
}

}  // namespace gongkai::markdown
