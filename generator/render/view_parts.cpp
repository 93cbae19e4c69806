#include "render/view_parts.hpp"

#include "catalogue/pagination.hpp"
#include "util/url.hpp"

namespace gongkai::render {

using kainjow::mustache::data;

Linker::Linker(const Config& config, std::string dir, bool absolute)
    : base_path_(config.base_path), dir_(std::move(dir)), absolute_(absolute) {}

std::string Linker::to(const std::string& site_path) const {
  if (absolute_) return base_path_ + percent_encode_path(site_path);
  return relative_url(dir_, site_path);
}

View text_or_false(const std::string& text) { return text.empty() ? data(false) : data(text); }

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "、") + i;
  return out;
}

std::string fill(std::string text, const std::string& name, const std::string& value) {
  const std::string marker = "{" + name + "}";
  if (auto at = text.find(marker); at != std::string::npos) text.replace(at, marker.size(), value);
  return text;
}

bool is_repealed(const DocumentMeta& meta) {
  const std::string v = meta.validity.value_or("");
  return v == "废止" || v == "失效";
}

View document_item(const SiteView& site, const Document& doc, const Linker& from) {
  const DocumentMeta& m = doc.meta;
  data item{data::type::object};
  put(item, "title", m.title);
  put(item, "url", from.to(doc.url_path));
  put(item, "index_number", m.index_number.text);
  put(item, "date", m.date.display_day(site.config.utc_offset));
  put(item, "issuer", join_list(m.issuers));
  put(item, "doc_number", m.doc_number.value_or(""));
  put(item, "genre", m.genre.value_or(""));
  put(item, "validity", m.validity.value_or(""));
  put(item, "repealed", data(is_repealed(m)));
  return item;
}

View pagination_view(const SiteView& site, const Linker& from, const std::string& first_dir,
                     std::size_t page, std::size_t pages) {
  const Config& c = site.config;
  auto link = [&](std::size_t p) {
    data d{data::type::object};
    put(d, "url", from.to(page_dir(first_dir, p)));
    return d;
  };
  data v{data::type::object};
  put(v, "many", data(pages > 1));
  put(v, "page_text",
      fill(fill(c.label("page_of"), "page", std::to_string(page)), "pages", std::to_string(pages)));
  put(v, "first", page > 1 ? link(1) : data(false));
  put(v, "prev", page > 1 ? link(page - 1) : data(false));
  put(v, "next", page < pages ? link(page + 1) : data(false));
  put(v, "last", page < pages ? link(pages) : data(false));
  // A window of page numbers around this one, with the first and last always there.
  data numbers{data::type::list};
  std::size_t from_page = page > 2 ? page - 2 : 1, to_page = std::min(pages, page + 2);
  auto number = [&](std::size_t p, bool gap_before) {
    data n = link(p);
    put(n, "number", std::to_string(p));
    put(n, "current", data(p == page));
    put(n, "gap_before", data(gap_before));
    append(numbers, std::move(n));
  };
  if (from_page > 1) number(1, false);
  for (std::size_t p = from_page; p <= to_page; ++p) number(p, p == from_page && from_page > 2);
  if (to_page < pages) number(pages, to_page + 1 < pages);
  put(v, "numbers", std::move(numbers));
  return v;
}

}  // namespace gongkai::render
