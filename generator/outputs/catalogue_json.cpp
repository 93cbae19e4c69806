#include "outputs/outputs.hpp"
#include "render/views.hpp"
#include "util/json.hpp"
#include "util/mime.hpp"

namespace gongkai::outputs {

namespace {

void list(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const auto& i : items) w.value(i);
  w.end_array();
}

void optional_string(JsonWriter& w, const char* key, const std::optional<std::string>& v) {
  if (!v) return;
  w.key(key);
  w.value(*v);
}

// The front-matter keys as written, in schema order; absent optional keys omitted.
void front_matter(JsonWriter& w, const DocumentMeta& m, UtcOffset tz) {
  w.key("title");
  w.value(m.title);
  w.key("index_number");
  w.value(m.index_number.text);
  optional_string(w, "doc_number", m.doc_number);
  if (m.keywords) {
    w.key("keywords");
    list(w, *m.keywords);
  }
  w.key("issuer");
  if (m.issuer_is_list) {
    list(w, m.issuers);
  } else {
    w.value(m.issuers.empty() ? "" : m.issuers.front());
  }
  w.key("disclosure");
  w.value(m.disclosure);
  optional_string(w, "department", m.department);
  w.key("date");
  w.value(m.date.as_written(tz));
  optional_string(w, "validity", m.validity);
  optional_string(w, "topic", m.topic);
  optional_string(w, "genre", m.genre);
  optional_string(w, "summary", m.summary);
  if (m.published) {
    w.key("published");
    w.value(m.published->as_written(tz));
  }
  if (m.interprets) {
    w.key("interprets");
    list(w, *m.interprets);
  }
  if (m.draft) {
    w.key("draft");
    w.value(*m.draft);
  }
  // The site's own [schema] keys are front-matter keys too (SPEC §4), by name.
  for (const auto& [key, v] : m.site_values) {
    if (v.flag) {
      w.key(key);
      w.value(*v.flag);
    } else if (v.date) {
      w.key(key);
      w.value(v.date->as_written(tz));
    } else if (v.is_list) {
      w.key(key);
      list(w, v.items);
    } else if (!v.items.empty()) {
      w.key(key);
      w.value(v.items.front());
    }
  }
}

void attachments(JsonWriter& w, const OutputContext& ctx, const Document& doc) {
  w.key("attachments");
  w.begin_array();
  for (const auto& path : ctx.catalogue.attachments_of(doc)) {
    std::string name = path.substr(path.rfind('/') + 1);
    w.begin_object();
    w.key("name");
    w.value(name);
    w.key("url");
    w.value(render::absolute_url(ctx.config, path));
    w.key("type");
    w.value(media_type(name));
    w.key("size");
    w.value(static_cast<long long>(ctx.catalogue.attachment_size(path)));
    w.end_object();
  }
  w.end_array();
}

// Every published document's path, front matter and attachments.
Fingerprint catalogue_key(const OutputContext& ctx) {
  Hasher h;
  h.add(ctx.site_key).add("catalogue.json");
  for (const Document& doc : ctx.catalogue.documents()) {
    h.add(doc.meta_hash);
    for (const std::string& path : ctx.catalogue.attachments_of(doc)) {
      h.add(path).add(ctx.catalogue.attachment_size(path));
    }
  }
  return h.done();
}

std::string catalogue_json(const OutputContext& ctx) {
  JsonWriter w;
  w.begin_object();
  w.key("documents");
  w.begin_array();
  for (const Document& doc : ctx.catalogue.documents()) {
    w.begin_object();
    front_matter(w, doc.meta, ctx.config.utc_offset);
    w.key("url");
    w.value(render::absolute_url(ctx.config, doc.url_path));
    w.key("path");
    w.value(doc.source_path);
    attachments(w, ctx, doc);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.text();
}

}  // namespace

void add_catalogue_json(const OutputContext& ctx, std::vector<OutputJob>& jobs) {
  OutputJob job{kCatalogueJson, kCatalogueJson, catalogue_key(ctx), {}, {}};
  job.make = [&ctx](render::Renderer&, std::string& bytes, std::string&) {
    bytes = catalogue_json(ctx);
    return true;
  };
  jobs.push_back(std::move(job));
}

}  // namespace gongkai::outputs
