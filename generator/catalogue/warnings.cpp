#include "catalogue/warnings.hpp"

#include "util/text.hpp"

namespace gongkai {

namespace {

const char* const kSiteFile = "site.toml";

void index_number_years(const Catalogue& catalogue, UtcOffset tz, Diagnostics& diags) {
  for (const Document& doc : catalogue.documents()) {
    const DocumentMeta& m = doc.meta;
    // The year in the site's zone, as the year index files it.
    const int year = m.date.year_in(tz);
    if (m.index_number.text.empty() || m.index_number.year == year) continue;
    SourcePlace p = doc.place_of("index_number");
    diags.warning(doc.source_path, p.line, p.column,
                  "index_number year " + std::to_string(m.index_number.year) +
                      " differs from the year of date (" + std::to_string(year) + ")");
  }
}

// Counts and reports the configured categories that have no document.
class EmptyCategories {
 public:
  explicit EmptyCategories(Diagnostics& diags) : diags_(diags) {}

  void check(const Taxonomy* tx, const std::string& value, const std::string& what, SitePlace at) {
    if (!tx || tx->find(value)) return;
    ++count_;
    diags_.warning(kSiteFile, at.line, at.column,
                   tx->config->label + " " + what + quoted(value) + " has no documents");
  }

  void summary() {
    if (count_ == 0) return;
    diags_.warning(kSiteFile, 0, 0,
                   std::to_string(count_) + (count_ == 1 ? " category has" : " categories have") +
                       " no documents (inspectors fail a site with five or more empty columns)");
  }

 private:
  Diagnostics& diags_;
  std::size_t count_ = 0;
};

void empty_categories(const Taxonomies& taxonomies, const Config& config, Diagnostics& diags) {
  EmptyCategories empty(diags);
  // The default tree's 22 branches are not the site's choice (empty ones are simply not
  // published); a tree of its own is, branch by branch.
  const Taxonomy* topic = taxonomies.get("topic");
  for (const TopicBranch& b : config.topics_replaced ? config.topics : std::vector<TopicBranch>{}) {
    empty.check(topic, b.name, "branch ", b.place);
    for (const auto& child : b.children) empty.check(topic, b.name + "/" + child, "", b.place);
  }
  const Taxonomy* issuer = taxonomies.get("issuer");
  for (const auto& name : config.issuer_order) {
    empty.check(issuer, name, "", config.issuer_places.at(name));
  }
  // Only a genre list of the site's own: the built-in one is not its choice.
  for (std::size_t i = 0; i < config.genre_places.size(); ++i) {
    empty.check(taxonomies.get("genre"), config.genres[i], "", config.genre_places[i]);
  }
  for (const SchemaKey& s : config.schema) {
    for (std::size_t i = 0; i < s.values.size(); ++i) {
      empty.check(taxonomies.get(s.key), s.values[i], "", s.value_places[i]);
    }
  }
  empty.summary();
}

}  // namespace

void add_check_warnings(const Catalogue& catalogue, const Taxonomies& taxonomies,
                        const Config& config, Diagnostics& diags) {
  index_number_years(catalogue, config.utc_offset, diags);
  empty_categories(taxonomies, config, diags);
}

}  // namespace gongkai
