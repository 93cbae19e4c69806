#pragma once
// The built-in vocabularies of DOMAIN.md: labels, the State Council topic tree, the genres,
// the 索引号 pattern and the closed lists of 公开形式 and 是否有效.
#include <map>
#include <string>
#include <vector>

#include "site/config.hpp"

namespace gongkai {

const std::map<std::string, std::string>& default_labels();
const std::vector<TopicBranch>& default_topic_tree();
const std::vector<std::string>& default_genres();

// The default 索引号 pattern of SPEC §3: a 9-character organisation code, an
// 18-character credit code or a hyphenated 8+1 code; then /YYYY-NNNNN.
extern const char* const kDefaultIndexNumberPattern;

// The values 公开形式 and 是否有效 may take.
const std::vector<std::string>& disclosure_values();
const std::vector<std::string>& validity_values();

// The genre a spelling means: "会议纪要" is "纪要"; any other is itself.
const std::string& canonical_genre(const std::string& genre);

// The built-in taxonomies, in menu order; a [schema] taxonomy comes after "topic".
const std::vector<std::string>& builtin_taxonomy_keys();

// Where the 目录 table of every document is published ("catalogue/").
const std::string& catalogue_table_path();

// Genre spellings that mean the same genre (older texts write 会议纪要 for 纪要).
const std::map<std::string, std::string>& genre_aliases();

}  // namespace gongkai
