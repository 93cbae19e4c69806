#include "render/views.hpp"

#include <algorithm>
#include <cstdio>

#include "site/vocabulary.hpp"
#include "util/html.hpp"
#include "util/url.hpp"

namespace gongkai::render {

using kainjow::mustache::data;

namespace {

// How many terms of each taxonomy the front page shows before "全部".
constexpr std::size_t kFrontPageTerms = 12;

// A document long enough for a table of contents and a link back to the top: at least three
// headings and 1,500 characters, about three screens of a phone.
constexpr std::size_t kLongDocumentHeadings = 3;
constexpr std::size_t kLongDocumentCharacters = 1500;

std::string digits_of(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

data labels_view(const Config& config) {
  data labels{data::type::object};
  for (const auto& [code, text] : config.labels) put(labels, code, text);
  return labels;
}

data footer_view(const Config& config) {
  const FooterConfig& f = config.footer;
  data footer{data::type::object};
  put(footer, "site_code", text_or_false(f.site_code));
  put(footer, "icp", text_or_false(f.icp));
  put(footer, "police", text_or_false(f.police));
  put(footer, "police_number", digits_of(f.police));
  put(footer, "any", data(!f.site_code.empty() || !f.icp.empty() || !f.police.empty()));
  return footer;
}

// The site menu: the front page, the 目录 table and every taxonomy.
data menu_view(const SiteView& site, const Linker& from, const std::string& section) {
  data menu{data::type::list};
  auto item = [&](const std::string& key, const std::string& label, const std::string& dir) {
    data i{data::type::object};
    put(i, "label", label);
    put(i, "url", from.to(dir));
    put(i, "current", data(key == section));
    append(menu, std::move(i));
  };
  item("home", site.config.label("home"), "");
  item("catalogue", site.config.label("catalogue"), catalogue_table_path() + "/");
  for (const auto& tx : site.taxonomies.all()) item(tx.config->key, tx.config->label, tx.url_path);
  return menu;
}

data breadcrumb_view(const SiteView& site, const Linker& from, const std::vector<Crumb>& trail) {
  data crumbs{data::type::list};
  auto crumb = [&](const std::string& label, const std::string& dir, bool last) {
    data c{data::type::object};
    put(c, "label", label);
    put(c, "url", last ? data(false) : data(from.to(dir)));
    append(crumbs, std::move(c));
  };
  crumb(site.config.label("home"), "", trail.empty());
  for (std::size_t i = 0; i < trail.size(); ++i) {
    crumb(trail[i].label, trail[i].dir, i + 1 == trail.size());
  }
  return crumbs;
}

// One value of the metadata table as text and links: [{text, url or false}].
class MetaValue {
 public:
  MetaValue(const SiteView& site, const Linker& from) : site_(site), from_(from) {}
  MetaValue& text(const std::string& t) { return add(t, ""); }
  // t, linked to the page of the term with value of taxonomy key, when there is one.
  MetaValue& term(const std::string& key, const std::string& value, const std::string& t) {
    std::string dir = site_.taxonomies.term_url(key, value);
    return add(t, dir.empty() ? "" : from_.to(dir));
  }
  MetaValue& terms(const std::string& key, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) text("、");
      term(key, values[i], values[i]);
    }
    return *this;
  }
  const std::string& plain() const { return plain_; }
  data parts() const { return parts_; }

 private:
  MetaValue& add(const std::string& t, const std::string& url) {
    if (t.empty()) return *this;
    data p{data::type::object};
    put(p, "text", t);
    put(p, "url", text_or_false(url));
    append(parts_, std::move(p));
    plain_ += t;
    return *this;
  }
  const SiteView& site_;
  const Linker& from_;
  data parts_{data::type::list};
  std::string plain_;
};

void add_row(data& rows, const Config& config, const std::string& key, const MetaValue& value) {
  data row{data::type::object};
  put(row, "key", key);
  put(row, "label", config.label(key));
  put(row, "value", value.plain());
  put(row, "parts", value.parts());
  put(row, "empty", data(value.plain().empty()));
  append(rows, std::move(row));
}

std::string site_value_text(const SiteValue& v, UtcOffset tz, const Config& config) {
  if (v.date) return v.date->display(tz);
  if (v.flag) return *v.flag ? config.label("yes") : config.label("no");
  return join_list(v.items);
}

// The metadata table: the eight labels of a real catalogue page always, then the optional ones
// present, then the site's own keys present; values that are index terms link to their pages.
data meta_rows(const SiteView& site, const DocumentMeta& m, const Linker& from) {
  const Config& config = site.config;
  const UtcOffset tz = config.utc_offset;
  auto value = [&] { return MetaValue(site, from); };
  data rows{data::type::list};
  add_row(rows, config, "index_number", value().text(m.index_number.text));
  add_row(rows, config, "doc_number", value().text(m.doc_number.value_or("")));
  add_row(rows, config, "keywords",
          value().terms("keywords", m.keywords.value_or(std::vector<std::string>{})));
  add_row(rows, config, "issuer", value().terms("issuer", m.issuers));
  add_row(rows, config, "disclosure", value().term("disclosure", m.disclosure, m.disclosure));
  add_row(rows, config, "department", value().text(m.department.value_or("")));
  // The year leads to the year's page; the rest of the date is text.
  const std::string date = m.date.display(tz), year = std::to_string(m.date.year_in(tz));
  const bool year_first = date.compare(0, year.size(), year) == 0;
  add_row(rows, config, "date",
          year_first ? value().term("year", year, year).text(date.substr(year.size()))
                     : value().text(date));
  const std::string validity = m.validity.value_or("");
  add_row(rows, config, "validity", value().term("validity", validity, validity));
  if (m.topic) {
    const std::string& t = *m.topic;
    const std::size_t slash = t.find('/');
    MetaValue topic = value();
    topic.term("topic", t.substr(0, slash), t.substr(0, slash));
    if (slash != std::string::npos) topic.text("/").term("topic", t, t.substr(slash + 1));
    add_row(rows, config, "topic", topic);
  }
  if (m.genre) add_row(rows, config, "genre", value().term("genre", *m.genre, *m.genre));
  if (m.published) add_row(rows, config, "published", value().text(m.published->display(tz)));
  if (m.summary) add_row(rows, config, "summary", value().text(*m.summary));
  for (const auto& s : config.schema) {
    auto it = m.site_values.find(s.key);
    if (it == m.site_values.end()) continue;
    MetaValue v = value();
    if (it->second.date || it->second.flag) {
      v.text(site_value_text(it->second, tz, config));
    } else {
      v.terms(s.key, it->second.items);
    }
    add_row(rows, config, s.key, v);
  }
  return rows;
}

// The rows of the metadata table that a phone shows under the title, the rest one tap away:
// 索引号, 发布机构, 生成日期.
data essential_rows(const data& rows) {
  data out{data::type::list};
  for (const data& row : rows.list_value()) {
    const std::string& key = row.get("key")->string_value();
    if (key == "index_number" || key == "issuer" || key == "date") out.push_back(row);
  }
  return out;
}

// The table of contents of a long document: its sections {text, url, children} (the top
// headings, each with the headings of the next level under it); an empty list for a short one.
data toc_view(const markdown::Body& body) {
  data toc{data::type::list};
  const auto& headings = body.headings();
  if (headings.size() < kLongDocumentHeadings || body.text_length() < kLongDocumentCharacters) {
    return toc;
  }
  int top = 6;
  for (const auto& h : headings) top = std::min(top, h.level);
  data section{false};
  data children{data::type::list};
  auto flush = [&] {
    if (section.is_bool()) return;
    put(section, "has_children", data(!children.list_value().empty()));
    put(section, "children", std::move(children));
    append(toc, std::move(section));
    section = data(false);
    children = data(data::type::list);
  };
  for (const auto& h : headings) {
    if (h.level > top + 1) continue;
    data item{data::type::object};
    put(item, "text", h.text);
    put(item, "url", "#" + h.id);
    if (h.level == top || section.is_bool()) {
      flush();
      section = std::move(item);
    } else {
      append(children, std::move(item));
    }
  }
  flush();
  return toc;
}

// "12.5 KB": sizes as readers read them.
std::string readable_size(std::uintmax_t bytes) {
  char buf[32];
  if (bytes < 1024) {
    std::snprintf(buf, sizeof buf, "%ju B", bytes);
  } else if (bytes < 1024 * 1024) {
    std::snprintf(buf, sizeof buf, "%.1f KB", bytes / 1024.0);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
  return buf;
}

data attachment_links(const Catalogue& catalogue, const Document& doc) {
  data list{data::type::list};
  for (const auto& path : catalogue.attachments_of(doc)) {
    data item{data::type::object};
    put(item, "name", path.substr(path.rfind('/') + 1));
    put(item, "url", relative_url(doc.url_path, path));
    put(item, "size", readable_size(catalogue.attachment_size(path)));
    append(list, std::move(item));
  }
  return list;
}

data doc_links(const std::vector<const Document*>& docs, const std::string& from_dir) {
  data list{data::type::list};
  for (const Document* d : docs) {
    data item{data::type::object};
    put(item, "title", d->meta.title);
    put(item, "url", relative_url(from_dir, d->url_path));
    put(item, "index_number", d->meta.index_number.text);
    append(list, std::move(item));
  }
  return list;
}

// 上一篇 / 下一篇: {title, url} of a neighbour within the issuer, or false.
data neighbour(const SiteView& site, std::size_t index, const std::string& from_dir) {
  if (index == ReadingOrder::kNone) return data(false);
  const Document& d = site.catalogue.documents()[index];
  data n{data::type::object};
  put(n, "title", d.meta.title);
  put(n, "url", relative_url(from_dir, d.url_path));
  return n;
}

// The front page's way into one taxonomy: its first terms with their counts, and "全部".
data browse_view(const Taxonomy& tx, std::size_t n, const Linker& from) {
  data b{data::type::object};
  put(b, "anchor", "browse-" + std::to_string(n));
  put(b, "key", tx.config->key);
  put(b, "label", tx.config->label);
  put(b, "url", from.to(tx.url_path));
  data terms{data::type::list};
  for (std::size_t i = 0; i < tx.top.size() && i < kFrontPageTerms; ++i) {
    const TaxonomyTerm& t = tx.terms[tx.top[i]];
    data term{data::type::object};
    put(term, "name", t.name);
    put(term, "url", from.to(t.url_path));
    put(term, "count", std::to_string(t.documents.size()));
    append(terms, std::move(term));
  }
  put(b, "terms", std::move(terms));
  put(b, "more", data(tx.top.size() > kFrontPageTerms));
  put(b, "term_count", std::to_string(tx.top.size()));
  return b;
}

}  // namespace

std::string absolute_url(const Config& config, const std::string& site_path) {
  return config.base_url + percent_encode_path(site_path);
}

View base_view(const SiteView& site, const PageContext& page) {
  const Config& config = site.config;
  const Linker from(config, page.dir, page.not_found);
  data v{data::type::object};
  put(v, "root", page.not_found ? config.base_path : root_prefix(page.dir));
  put(v, "lang", "zh-CN");
  put(v, "page_title", page.page_title);
  put(v, "canonical", text_or_false(page.canonical));
  data s{data::type::object};
  put(s, "title", config.title);
  put(s, "base_url", config.base_url);
  put(v, "site", std::move(s));
  put(v, "footer", footer_view(config));
  put(v, "labels", labels_view(config));
  put(v, "menu", menu_view(site, from, page.section));
  put(v, "breadcrumb", breadcrumb_view(site, from, page.trail));
  return v;
}

View document_view(const SiteView& site, std::size_t index, const markdown::Body& body,
                   const std::string& qr_svg) {
  const Config& config = site.config;
  const Document& doc = site.catalogue.documents()[index];
  const std::string url = absolute_url(config, doc.url_path);
  PageContext page{doc.url_path, doc.meta.title + " - " + config.title, url, "", {}, false};
  // 当前位置: 首页 › 发布机构 › the lead issuer › 正文, as real catalogue pages show it.
  if (const Taxonomy* issuers = site.taxonomies.get("issuer")) {
    page.section = "issuer";
    page.trail.push_back({issuers->config->label, issuers->url_path});
    if (!doc.meta.issuers.empty()) {
      page.trail.push_back(
          {doc.meta.issuers.front(), site.taxonomies.term_url("issuer", doc.meta.issuers.front())});
    }
  }
  page.trail.push_back({config.label("document"), doc.url_path});
  View v = base_view(site, page);
  const Linker from(config, doc.url_path);
  data d{data::type::object};
  put(d, "title", doc.meta.title);
  data meta = meta_rows(site, doc.meta, from);
  put(d, "essentials", essential_rows(meta));
  put(d, "meta", std::move(meta));
  put(d, "validity", doc.meta.validity.value_or(""));
  put(d, "repealed", data(is_repealed(doc.meta)));
  put(d, "body", body.render_html(config.label("table")));
  data toc = toc_view(body);
  put(d, "long", data(!toc.list_value().empty()));
  put(d, "toc", std::move(toc));
  auto originals = site.catalogue.interpreted_by(doc);
  auto interpretations = site.catalogue.interpretations_of(doc);
  put(d, "interprets", doc_links(originals, doc.url_path));
  put(d, "interpretations", doc_links(interpretations, doc.url_path));
  put(d, "has_interprets", data(!originals.empty()));
  put(d, "has_interpretations", data(!interpretations.empty()));
  put(d, "attachments", attachment_links(site.catalogue, doc));
  put(d, "has_attachments", data(!site.catalogue.attachments_of(doc).empty()));
  const std::size_t newer = site.order.newer_in_issuer[index];
  const std::size_t older = site.order.older_in_issuer[index];
  put(d, "newer", neighbour(site, newer, doc.url_path));
  put(d, "older", neighbour(site, older, doc.url_path));
  put(d, "has_neighbours", data(newer != ReadingOrder::kNone || older != ReadingOrder::kNone));
  put(d, "url", url);
  put(d, "qr_svg", qr_svg);
  put(v, "doc", std::move(d));
  return v;
}

View front_page_view(const SiteView& site) {
  const Config& config = site.config;
  View v = base_view(site, {"", config.title, config.base_url, "home", {}, false});
  const Linker from(config, "");
  data list{data::type::list};
  const auto& newest = site.order.newest;
  for (std::size_t i = 0; i < newest.size() && i < static_cast<std::size_t>(config.page_size);
       ++i) {
    append(list, document_item(site, site.catalogue.documents()[newest[i]], from));
  }
  put(v, "documents", std::move(list));
  const std::string count = std::to_string(site.catalogue.documents().size());
  put(v, "count", count);
  put(v, "count_text", fill(config.label("count"), "count", count));
  put(v, "catalogue_url", from.to(catalogue_table_path() + "/"));
  data browse{data::type::list};
  for (std::size_t i = 0; i < site.taxonomies.all().size(); ++i) {
    append(browse, browse_view(site.taxonomies.all()[i], i + 1, from));
  }
  put(v, "browse", std::move(browse));
  return v;
}

View not_found_view(const SiteView& site) {
  const Config& config = site.config;
  PageContext page{"", config.label("not_found") + " - " + config.title, "", "", {}, true};
  page.trail.push_back({config.label("not_found"), ""});
  return base_view(site, page);
}

}  // namespace gongkai::render
