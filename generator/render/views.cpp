#include "render/views.hpp"

#include <algorithm>
#include <cstdio>

#include "util/html.hpp"
#include "util/url.hpp"

namespace gongkai::render {

using kainjow::mustache::data;

namespace {

const char* const kListSeparator = "、";

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : kListSeparator) + i;
  return out;
}

std::string digits_of(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

// kainjow treats an empty string as true in a section, so "not set" must be false.
data text_or_false(const std::string& text) { return text.empty() ? data(false) : data(text); }

data labels_view(const Config& config) {
  data labels{data::type::object};
  for (const auto& [code, text] : config.labels) labels.set(code, text);
  return labels;
}

data footer_view(const Config& config) {
  const FooterConfig& f = config.footer;
  data footer{data::type::object};
  footer.set("site_code", text_or_false(f.site_code));
  footer.set("icp", text_or_false(f.icp));
  footer.set("police", text_or_false(f.police));
  footer.set("police_number", digits_of(f.police));
  footer.set("any", data(!f.site_code.empty() || !f.icp.empty() || !f.police.empty()));
  return footer;
}

void add_row(data& rows, const Config& config, const std::string& key, const std::string& value) {
  data row{data::type::object};
  row.set("key", key);
  row.set("label", config.label(key));
  row.set("value", value);
  row.set("empty", data(value.empty()));
  rows.push_back(row);
}

// The metadata table: the eight labels of a real catalogue page always, then the optional ones
// present.
data meta_rows(const DocumentMeta& m, const Config& config) {
  const UtcOffset tz = config.utc_offset;
  data rows{data::type::list};
  add_row(rows, config, "index_number", m.index_number.text);
  add_row(rows, config, "doc_number", m.doc_number.value_or(""));
  add_row(rows, config, "keywords", join(m.keywords.value_or(std::vector<std::string>{})));
  add_row(rows, config, "issuer", join(m.issuers));
  add_row(rows, config, "disclosure", m.disclosure);
  add_row(rows, config, "department", m.department.value_or(""));
  add_row(rows, config, "date", m.date.display(tz));
  add_row(rows, config, "validity", m.validity.value_or(""));
  if (m.topic) add_row(rows, config, "topic", *m.topic);
  if (m.genre) add_row(rows, config, "genre", *m.genre);
  if (m.published) add_row(rows, config, "published", m.published->display(tz));
  if (m.summary) add_row(rows, config, "summary", *m.summary);
  return rows;
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
    item.set("name", path.substr(path.rfind('/') + 1));
    item.set("url", relative_url(doc.url_path, path));
    item.set("size", readable_size(catalogue.attachment_size(path)));
    list.push_back(item);
  }
  return list;
}

data doc_links(const std::vector<const Document*>& docs, const std::string& from_dir) {
  data list{data::type::list};
  for (const Document* d : docs) {
    data item{data::type::object};
    item.set("title", d->meta.title);
    item.set("url", relative_url(from_dir, d->url_path));
    item.set("index_number", d->meta.index_number.text);
    list.push_back(item);
  }
  return list;
}

}  // namespace

std::string absolute_url(const Config& config, const std::string& site_path) {
  return config.base_url + percent_encode_path(site_path);
}

View base_view(const Config& config, const PageContext& page) {
  data v{data::type::object};
  v.set("root", page.root);
  v.set("lang", "zh-CN");
  v.set("page_title", page.page_title);
  v.set("canonical", text_or_false(page.canonical));
  data site{data::type::object};
  site.set("title", config.title);
  site.set("base_url", config.base_url);
  v.set("site", site);
  v.set("footer", footer_view(config));
  v.set("labels", labels_view(config));
  return v;
}

View document_view(const Document& doc, const Catalogue& catalogue, const Config& config,
                   const std::string& qr_svg) {
  const std::string url = absolute_url(config, doc.url_path);
  View v =
      base_view(config, {root_prefix(doc.url_path), doc.meta.title + " - " + config.title, url});
  data d{data::type::object};
  d.set("title", doc.meta.title);
  d.set("meta", meta_rows(doc.meta, config));
  const std::string validity = doc.meta.validity.value_or("");
  d.set("validity", validity);
  d.set("repealed", data(validity == "废止" || validity == "失效"));
  d.set("body", doc.body.render_html(html_escape(config.label("table"))));
  auto originals = catalogue.interpreted_by(doc);
  auto interpretations = catalogue.interpretations_of(doc);
  d.set("interprets", doc_links(originals, doc.url_path));
  d.set("interpretations", doc_links(interpretations, doc.url_path));
  d.set("has_interprets", data(!originals.empty()));
  d.set("has_interpretations", data(!interpretations.empty()));
  d.set("attachments", attachment_links(catalogue, doc));
  d.set("has_attachments", data(!catalogue.attachments_of(doc).empty()));
  d.set("url", url);
  d.set("qr_svg", qr_svg);
  v.set("doc", d);
  return v;
}

std::vector<const Document*> newest_first(const Catalogue& catalogue, const Config& config) {
  std::vector<const Document*> docs;
  for (const auto& d : catalogue.documents()) docs.push_back(&d);
  const UtcOffset tz = config.utc_offset;
  std::stable_sort(docs.begin(), docs.end(), [tz](const Document* a, const Document* b) {
    auto ta = a->meta.date.epoch_seconds(tz), tb = b->meta.date.epoch_seconds(tz);
    if (ta != tb) return ta > tb;
    return a->meta.index_number.text > b->meta.index_number.text;
  });
  return docs;
}

View front_page_view(const Catalogue& catalogue, const Config& config) {
  View v = base_view(config, {"./", config.title, config.base_url});
  data list{data::type::list};
  auto docs = newest_first(catalogue, config);
  if (docs.size() > static_cast<std::size_t>(config.page_size)) docs.resize(config.page_size);
  for (const Document* d : docs) {
    data item{data::type::object};
    item.set("title", d->meta.title);
    item.set("url", relative_url("", d->url_path));
    item.set("index_number", d->meta.index_number.text);
    item.set("date", d->meta.date.display(config.utc_offset));
    item.set("issuer", join(d->meta.issuers));
    item.set("genre", d->meta.genre.value_or(""));
    item.set("doc_number", d->meta.doc_number.value_or(""));
    list.push_back(item);
  }
  v.set("documents", list);
  const std::string count = std::to_string(catalogue.documents().size());
  std::string count_text = config.label("count");
  if (auto at = count_text.find("{count}"); at != std::string::npos)
    count_text.replace(at, 7, count);
  v.set("count", count);
  v.set("count_text", count_text);
  return v;
}

View not_found_view(const Config& config) {
  return base_view(config,
                   {config.base_path, config.label("not_found") + " - " + config.title, ""});
}

}  // namespace gongkai::render
