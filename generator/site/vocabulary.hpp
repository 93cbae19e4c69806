#pragma once
// The built-in vocabularies of DOMAIN.md: labels, the State Council topic tree, the genres.
#include <map>
#include <string>
#include <vector>

#include "site/config.hpp"

namespace gongkai {

const std::map<std::string, std::string>& default_labels();
const std::vector<TopicBranch>& default_topic_tree();
const std::vector<std::string>& default_genres();

// Genre spellings that mean the same genre (older texts write 会议纪要 for 纪要).
const std::map<std::string, std::string>& genre_aliases();

}  // namespace gongkai
