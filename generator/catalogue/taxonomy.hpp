#pragma once
// The taxonomies: the ways of browsing the catalogue (发布机构, 主题分类, 年份 …), each with
// the terms that have documents. Built from metadata alone, in time that grows with
// documents plus terms.
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/order.hpp"
#include "site/config.hpp"
#include "util/diagnostic.hpp"
#include "util/string_map.hpp"

namespace gongkai {

constexpr std::size_t kNoTerm = std::numeric_limits<std::size_t>::max();

// One category of a taxonomy: 示例市财政局 under 发布机构, 政务公开 under 主题分类 › 综合政务.
struct TaxonomyTerm {
  std::string name;                   // as shown: "政务公开"
  std::string value;                  // as documents carry it: "综合政务/政务公开", "2021"
  std::string url_path;               // its first page's folder: "topic/综合政务/政务公开/"
  std::size_t parent = kNoTerm;       // the branch of a sub-topic
  std::vector<std::size_t> children;  // sub-topics with documents, in tree order
  std::vector<std::size_t> documents;  // newest first; a branch holds its sub-topics' too
};

// A taxonomy and its terms that have documents.
struct Taxonomy {
  const TaxonomyConfig* config = nullptr;
  std::string url_path;             // its overview's folder: "issuer/"
  std::vector<TaxonomyTerm> terms;  // every term with documents
  std::vector<std::size_t> top;     // the first-level terms, in display order
  bool is_tree = false;             // terms have sub-terms (主题分类)

  // The term documents give as value, or nullptr.
  const TaxonomyTerm* find(const std::string& value) const;
  StringMap<std::size_t> by_value;
};

// Every taxonomy the site turns on, in menu order.
class Taxonomies {
 public:
  // Sorts the documents into terms; two terms that would share a page are an error.
  static Taxonomies build(const Catalogue& catalogue, const Config& config,
                          const ReadingOrder& order, Diagnostics& diags);

  const std::vector<Taxonomy>& all() const { return taxonomies_; }
  const Taxonomy* get(const std::string& key) const;

  // The folder of the page listing documents with this value of key ("" when there is
  // none); value as written: a genre spelled 会议纪要 leads to 纪要's page.
  std::string term_url(const std::string& key, const std::string& value) const;

 private:
  std::vector<Taxonomy> taxonomies_;
};

// The values a document has in the taxonomy of key, each once, as its terms carry them:
// its issuers; its topic and the topic's branch; its genre as the genre it means; its year.
std::vector<std::string> term_values(const std::string& key, const DocumentMeta& meta,
                                     UtcOffset site_offset);

// The same, read into views of the metadata (a year into text of its own) that last until the next
// read: Taxonomies::build reads them for every document and taxonomy without allocating.
class TermValues {
 public:
  const std::vector<std::string_view>& read(const std::string& key, const DocumentMeta& meta,
                                            UtcOffset site_offset);

 private:
  void add_once(std::string_view v);
  std::vector<std::string_view> values_;
  std::string year_;
};

}  // namespace gongkai
