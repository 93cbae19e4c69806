#pragma once
// Reading site.toml's [schema] (a site's own front-matter keys) and [taxonomies]
// (the ways of browsing the catalogue) into the Config.
#include "site/config.hpp"
#include "site/toml_check.hpp"

namespace gongkai {

// The built-in taxonomies, in menu order; a [schema] taxonomy comes after "topic".
const std::vector<std::string>& builtin_taxonomy_keys();

// Where the 目录 table of every document is published ("catalogue/").
const std::string& catalogue_table_path();

// Reads [schema.KEY] into config.schema; call after the labels are read.
void read_schema(const TomlReader& r, const toml::table& site, Config& config);

// Reads [taxonomies.KEY] and fills config.taxonomies with those turned on;
// call after read_schema (a [schema] key may be a taxonomy).
void read_taxonomies(const TomlReader& r, const toml::table& site, Config& config);

}  // namespace gongkai
