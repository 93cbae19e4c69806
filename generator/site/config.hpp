#pragma once
// The site's settings from site.toml, read once into an immutable Config.
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "site/utc_offset.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// What raw HTML in Markdown becomes: dropped, kept through an allow-list, or kept whole.
enum class RawHtml { off, safe, all };

// An issuing body named in [issuers."NAME"].
struct IssuerConfig {
  std::string code;  // organisation code, for `new`
  std::string slug;  // URL slug
};

// The identity filings every page's footer shows.
struct FooterConfig {
  std::string site_code;  // 网站标识码
  std::string icp;        // ICP 备案
  std::string police;     // 公安备案
};

// Where a setting is written in site.toml, for diagnostics about it; line 0: not written there.
struct SitePlace {
  int line = 0;
  int column = 0;
};

// The topic tree 主题分类: each first-level branch with its second-level names.
struct TopicBranch {
  TopicBranch() = default;
  TopicBranch(std::string n, std::vector<std::string> c)
      : name(std::move(n)), children(std::move(c)) {}
  std::string name;
  std::vector<std::string> children;
  SitePlace place;  // where a site's own tree names it
};

// A front-matter key a site adds with [schema.KEY].
struct SchemaKey {
  enum class Type { string, list, date, boolean };
  std::string key;
  Type type = Type::string;
  std::string label;
  bool required = false;
  std::vector<std::string> values;  // the allowed values; empty: any
  std::vector<SitePlace> value_places;
  SitePlace place;
};

// One way of browsing the catalogue (发布机构, 主题分类, … or a [schema] key): [taxonomies.KEY].
struct TaxonomyConfig {
  std::string key;    // the front-matter key it groups by ("year" groups by date)
  std::string label;  // its name on pages
  std::string path;   // its folder under the output: "issuer" → issuer/, issuer/fgw/
  int page_size = 20;
  int terms_page_size = 200;  // terms on one page of its overview
  SitePlace place;
};

// Everything site.toml says, with defaults filled in.
struct Config {
  std::string base_url;   // absolute, always ending in '/'
  std::string base_path;  // the path part of base_url: "/" or "/fgw/"
  std::string title;
  std::string timezone = "+08:00";
  UtcOffset utc_offset = 480;
  std::string theme;      // empty: the built-in theme alone
  SitePlace theme_place;  // where `theme` is set, for "theme not found"
  RawHtml raw_html = RawHtml::off;
  int page_size = 20;
  int feed_length = 50;
  FooterConfig footer;
  std::string index_number_pattern;
  std::regex index_number_regex;
  std::map<std::string, IssuerConfig> issuers;
  std::vector<std::string> issuer_order;  // the [issuers] names in the order site.toml lists them
  std::map<std::string, SitePlace> issuer_places;
  std::map<std::string, std::string> labels;  // stable code → shown label
  std::vector<TopicBranch> topics;
  std::vector<std::string> genres;
  std::vector<SitePlace> genre_places;     // where the site lists its own genres; empty: built-in
  bool topics_replaced = false;            // the site gives its own tree
  std::vector<SchemaKey> schema;           // the site's own front-matter keys, by key
  std::vector<TaxonomyConfig> taxonomies;  // those turned on, in menu order

  const SchemaKey* schema_key(const std::string& key) const;
  const TaxonomyConfig* taxonomy(const std::string& key) const;

  const std::string& label(const std::string& code) const;
};

// Checks an absolute http(s) base URL, adds the trailing '/', and sets path
// to its path part ("/" or "/fgw/"); false with err when it is not usable.
bool normalize_base_url(std::string& url, std::string& path, std::string& err);

// Reads DIR/site.toml. On failure returns false with diagnostics pointing into site.toml.
bool load_config(const std::string& site_dir, Config& config, Diagnostics& diags);

}  // namespace gongkai
