#pragma once
// A Config as site.toml's defaults make it, for unit tests that load documents without a site.
#include <regex>

#include "content/index_number.hpp"
#include "site/config.hpp"
#include "site/vocabulary.hpp"

namespace gongkai::test {

inline Config default_test_config() {
  Config c;
  c.base_url = "https://www.example.gov.cn/";
  c.base_path = "/";
  c.title = "示例市人民政府信息公开目录";
  c.index_number_pattern = kDefaultIndexNumberPattern;
  c.index_number_regex = std::regex(kDefaultIndexNumberPattern);
  c.topics = default_topic_tree();
  c.genres = default_genres();
  c.labels = default_labels();
  return c;
}

}  // namespace gongkai::test
