#include "site/config.hpp"

#include <algorithm>
#include <boost/filesystem/operations.hpp>

#include "site/taxonomy_config.hpp"
#include "site/toml_check.hpp"
#include "site/vocabulary.hpp"
#include "util/file_io.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

const std::string& Config::label(const std::string& code) const {
  auto it = labels.find(code);
  if (it != labels.end()) return it->second;
  static const std::string none;
  return none;
}

const SchemaKey* Config::schema_key(const std::string& key) const {
  for (const auto& s : schema) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

const TaxonomyConfig* Config::taxonomy(const std::string& key) const {
  for (const auto& t : taxonomies) {
    if (t.key == key) return &t;
  }
  return nullptr;
}

bool normalize_base_url(std::string& url, std::string& path, std::string& err) {
  std::size_t scheme = url.find("://");
  bool http = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  if (!http || scheme == std::string::npos || url.size() <= scheme + 3 || url[scheme + 3] == '/') {
    err = "base_url \"" + url + "\" must be an absolute http:// or https:// URL";
    return false;
  }
  for (char ch : url) {
    if (static_cast<unsigned char>(ch) <= ' ' || ch == '?' || ch == '#' || ch == '"' || ch == '<' ||
        ch == '>' || ch == '\\' || static_cast<unsigned char>(ch) >= 0x7F) {
      err = "base_url \"" + url +
            "\" must be plain ASCII without spaces, quotes, '?' or '#' (percent-encode the rest)";
      return false;
    }
  }
  if (url.back() != '/') url += '/';
  path = url.substr(url.find('/', scheme + 3));
  return true;
}

namespace {

const char* const kSiteFile = "site.toml";

// Reserved by SPEC §2 and not yet built; named so a site using them hears so plainly.
const std::vector<std::string> kNotYetSupported = {"editions"};

void read_base_url(const TomlReader& r, const toml::table& t, Config& c) {
  if (!r.string(t, "base_url", c.base_url)) return;
  std::string err;
  if (!normalize_base_url(c.base_url, c.base_path, err)) r.error(r.place(*t.get("base_url")), err);
}

void read_footer(const TomlReader& r, const toml::table& t, Config& c) {
  const toml::table* f = r.table(t, "footer");
  if (!f) return;
  r.unknown_keys(*f, {"site_code", "icp", "police"});
  r.string(*f, "site_code", c.footer.site_code);
  r.string(*f, "icp", c.footer.icp);
  r.string(*f, "police", c.footer.police);
}

void read_index_number(const TomlReader& r, const toml::table& t, Config& c) {
  c.index_number_pattern = kDefaultIndexNumberPattern;
  if (const toml::table* in = r.table(t, "index_number")) {
    r.unknown_keys(*in, {"pattern"});
    r.string(*in, "pattern", c.index_number_pattern);
  }
  try {
    c.index_number_regex = std::regex(c.index_number_pattern, std::regex::ECMAScript);
    if (c.index_number_regex.mark_count() != 3) {
      r.error(r.place(*t.at_path("index_number.pattern").node()),
              "index_number pattern must have exactly three capture groups (code, year, serial)");
    }
  } catch (const std::regex_error& e) {
    r.error(r.place(*t.at_path("index_number.pattern").node()),
            std::string("index_number pattern is not a valid regular expression: ") + e.what());
  }
}

void read_issuers(const TomlReader& r, const toml::table& t, Config& c) {
  const toml::table* issuers = r.table(t, "issuers");
  if (!issuers) return;
  for (auto&& [name, node] : *issuers) {
    const toml::table* it = node.as_table();
    if (!it) {
      r.error(r.place(node), "issuer \"" + std::string(name.str()) + "\" must be a table");
      continue;
    }
    r.unknown_keys(*it, {"code", "slug"});
    IssuerConfig ic;
    r.string(*it, "code", ic.code);
    if (r.string(*it, "slug", ic.slug) &&
        (ic.slug.empty() || ic.slug.find_first_of("/\\?#%") != std::string::npos ||
         ic.slug[0] == '.')) {
      r.error(
          r.place(*it->get("slug")),
          "slug " + quoted(ic.slug) +
              " must be one folder name (not empty, no '/', '\\', '?', '#', '%' or leading '.')");
    }
    const std::string key(name.str());
    c.issuers[key] = ic;
    c.issuer_order.push_back(key);
    TomlPlace p = r.place(name);
    c.issuer_places[key] = {p.line, p.column};
  }
  // toml++ keeps a table's keys sorted; readers expect the order the site lists them in.
  std::stable_sort(c.issuer_order.begin(), c.issuer_order.end(),
                   [&c](const std::string& a, const std::string& b) {
                     const SitePlace &pa = c.issuer_places[a], &pb = c.issuer_places[b];
                     return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
                   });
}

void read_labels(const TomlReader& r, const toml::table& t, Config& c) {
  c.labels = default_labels();
  const toml::table* labels = r.table(t, "labels");
  if (!labels) return;
  std::vector<std::string> known;
  for (const auto& [code, text] : c.labels) known.push_back(code);
  r.unknown_keys(*labels, known, "label");
  for (const auto& code : known) r.string(*labels, code, c.labels[code]);
}

void read_raw_html(const TomlReader& r, const toml::table& t, Config& c) {
  const toml::node* n = t.get("raw_html");
  if (!n) return;
  if (auto b = n->as_boolean()) {
    c.raw_html = b->get() ? RawHtml::all : RawHtml::off;
  } else if (auto s = n->as_string(); s && s->get() == "safe") {
    c.raw_html = RawHtml::safe;
  } else {
    r.error(r.place(*n), "raw_html must be false, \"safe\" or true");
  }
}

void read_settings(const TomlReader& r, const toml::table& t, Config& c) {
  r.unknown_keys(
      t, {"base_url", "title", "timezone", "theme", "raw_html", "page_size", "feed_length",
          "footer", "index_number", "issuers", "labels", "taxonomies", "schema", "editions"});
  for (const auto& key : kNotYetSupported) {
    if (const toml::node* n = t.get(key)) {
      r.error(r.place(*n),
              "[" + key + "] is reserved but not supported by this version of gongkai");
    }
  }
  read_base_url(r, t, c);
  r.string(t, "title", c.title);
  if (r.string(t, "timezone", c.timezone)) {
    if (auto off = parse_utc_offset(c.timezone)) {
      c.utc_offset = *off;
    } else {
      r.error(r.place(*t.get("timezone")),
              "timezone \"" + c.timezone + "\" must be a UTC offset such as \"+08:00\"");
    }
  }
  if (r.string(t, "theme", c.theme)) {
    // The theme's folder is looked for only when the theme loads: keep where the key is.
    const TomlPlace at = r.place(*t.get("theme"));
    c.theme_place = {at.line, at.column};
    if (c.theme.empty() || c.theme.find_first_of("/\\") != std::string::npos || c.theme[0] == '.') {
      r.error(at, "theme must be the name of a folder under themes/");
    }
  }
  read_raw_html(r, t, c);
  r.integer(t, "page_size", 1, 10000, c.page_size);
  r.integer(t, "feed_length", 1, 100000, c.feed_length);
  read_footer(r, t, c);
  read_index_number(r, t, c);
  read_issuers(r, t, c);
  read_labels(r, t, c);
  read_schema(r, t, c);
  read_taxonomies(r, t, c);
}

}  // namespace

bool load_config(const std::string& site_dir, Config& config, Diagnostics& diags) {
  fs::path file = fs::path(site_dir) / kSiteFile;
  boost::system::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    diags.error(kSiteFile, 0, 0,
                "no site.toml in \"" + site_dir + "\": not a gongkai site (use --source DIR)");
    return false;
  }
  std::string text, err;
  if (!read_file(file, text, err)) {
    diags.error(kSiteFile, 0, 0, "cannot read: " + err);
    return false;
  }
  strip_bom(text);
  if (auto bad = first_invalid_utf8(text)) {
    TextPosition p = position_of(text, *bad);
    diags.error(kSiteFile, p.line, p.column, "invalid UTF-8");
    return false;
  }
  std::size_t before = diags.error_count();
  Config c;
  c.topics = default_topic_tree();
  c.genres = default_genres();
  try {
    toml::table t = toml::parse(text, std::string(kSiteFile));
    TomlReader r(kSiteFile, 0, diags);
    read_settings(r, t, c);
    if (!t.contains("base_url")) diags.error(kSiteFile, 1, 1, "missing required key \"base_url\"");
    if (!t.contains("title")) diags.error(kSiteFile, 1, 1, "missing required key \"title\"");
  } catch (const toml::parse_error& e) {
    report_parse_error(e, kSiteFile, 0, diags);
  }
  if (diags.error_count() > before) return false;
  config = std::move(c);
  return true;
}

}  // namespace gongkai
