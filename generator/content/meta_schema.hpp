#pragma once
// The front-matter schema of SPEC §3: which keys exist, their types and allowed values.
#include <map>
#include <string>
#include <vector>

#include "content/document.hpp"
#include "site/config.hpp"
#include "site/toml_check.hpp"

namespace gongkai {

// The front-matter keys in the order catalogue.json writes them.
const std::vector<std::string>& meta_keys();

// Checks one parsed front matter against the schema and fills meta and the
// places of its values, reporting every problem through reader.
// fence is where the opening `+++` stands (missing required keys are reported there).
void read_meta(const toml::table& front_matter, const TomlReader& reader, const Config& config,
               SourcePlace fence, DocumentMeta& meta, std::map<std::string, SourcePlace>& places);

}  // namespace gongkai
