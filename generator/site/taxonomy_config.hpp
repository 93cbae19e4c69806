#pragma once
// Reading site.toml's [schema] (a site's own front-matter keys) and [taxonomies]
// (the ways of browsing the catalogue) into the Config. Only site/ reads TOML: the stages
// above take the result from Config, and the built-in keys from site/vocabulary.hpp.
#include "site/config.hpp"
#include "site/toml_check.hpp"
#include "site/vocabulary.hpp"

namespace gongkai {

// Reads [schema.KEY] into config.schema; call after the labels are read.
void read_schema(const TomlReader& r, const toml::table& site, Config& config);

// Reads [taxonomies.KEY] and fills config.taxonomies with those turned on;
// call after read_schema (a [schema] key may be a taxonomy).
void read_taxonomies(const TomlReader& r, const toml::table& site, Config& config);

}  // namespace gongkai
