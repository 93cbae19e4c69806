#include "catalogue/taxonomy.hpp"

#include <algorithm>
#include <set>

#include "site/vocabulary.hpp"
#include "util/text.hpp"
#include "util/url.hpp"

namespace gongkai {

namespace {

// The values whose order the site fixes (its issuers, the genre list…); empty: none.
std::vector<std::string> fixed_order(const std::string& key, const Config& config) {
  if (key == "issuer") return config.issuer_order;
  if (key == "genre") return config.genres;
  if (key == "disclosure") return disclosure_values();
  if (key == "validity") return validity_values();
  if (const SchemaKey* s = config.schema_key(key)) return s->values;
  return {};
}

// Puts terms in display order: the site's fixed order first, then the most used, then by name.
// Years go newest first.
void sort_terms(const std::string& key, const Config& config,
                const std::vector<TaxonomyTerm>& terms, std::vector<std::size_t>& ids) {
  std::map<std::string, std::size_t> rank;
  for (const auto& v : fixed_order(key, config)) rank.emplace(v, rank.size());
  auto rank_of = [&](const TaxonomyTerm& t) {
    auto it = rank.find(t.value);
    return it == rank.end() ? rank.size() : it->second;
  };
  std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
    const TaxonomyTerm &ta = terms[a], &tb = terms[b];
    if (key == "year") return std::stoi(ta.value) > std::stoi(tb.value);
    std::size_t ra = rank_of(ta), rb = rank_of(tb);
    if (ra != rb) return ra < rb;
    if (ta.documents.size() != tb.documents.size()) {
      return ta.documents.size() > tb.documents.size();
    }
    return ta.value < tb.value;
  });
}

// Orders a topic tree's terms as the tree lists them.
void sort_tree(const Config& config, Taxonomy& tx) {
  std::map<std::string, std::size_t> rank;
  for (const auto& branch : config.topics) {
    rank.emplace(branch.name, rank.size());
    for (const auto& child : branch.children) rank.emplace(branch.name + "/" + child, rank.size());
  }
  auto by_rank = [&](std::size_t a, std::size_t b) {
    auto ra = rank.find(tx.terms[a].value), rb = rank.find(tx.terms[b].value);
    std::size_t na = ra == rank.end() ? rank.size() : ra->second;
    std::size_t nb = rb == rank.end() ? rank.size() : rb->second;
    return na != nb ? na < nb : tx.terms[a].value < tx.terms[b].value;
  };
  std::sort(tx.top.begin(), tx.top.end(), by_rank);
  for (auto& t : tx.terms) std::sort(t.children.begin(), t.children.end(), by_rank);
}

// Where a term first comes from, for a message about it.
struct TermOrigin {
  std::string file;
  SourcePlace place;
};

TermOrigin origin_of(const Taxonomy& tx, const TaxonomyTerm& term, const Catalogue& catalogue,
                     const Config& config) {
  const std::string& key = tx.config->key;
  if (key == "issuer") {
    auto slug = config.issuers.find(term.value);
    if (slug != config.issuers.end() && !slug->second.slug.empty()) {
      const SitePlace& p = config.issuer_places.at(term.value);
      return {"site.toml", {p.line, p.column}};
    }
  }
  // The first document in index-number order that carries it.
  const Document& doc =
      catalogue.documents()[*std::min_element(term.documents.begin(), term.documents.end())];
  std::string place_key = key == "year" ? "date" : key;
  std::vector<std::string> items;
  if (key == "issuer") items = doc.meta.issuers;
  if (key == "keywords") items = doc.meta.keywords.value_or(std::vector<std::string>{});
  auto site = doc.meta.site_values.find(key);
  if (site != doc.meta.site_values.end() && site->second.is_list) items = site->second.items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i] != term.value) continue;
    if (doc.has_place(key + "[" + std::to_string(i) + "]")) {
      place_key = key + "[" + std::to_string(i) + "]";
    }
    break;
  }
  return {doc.source_path, doc.place_of(place_key)};
}

std::string slug_of(const Taxonomy& tx, const TaxonomyTerm& term, const Config& config) {
  if (tx.config->key == "issuer") {
    auto it = config.issuers.find(term.value);
    if (it != config.issuers.end() && !it->second.slug.empty()) return it->second.slug;
  }
  return path_segment(term.name);
}

// Gives every term its page folder; two terms on one folder are an error at the second.
void place_terms(Taxonomy& tx, const Catalogue& catalogue, const Config& config,
                 Diagnostics& diags) {
  std::map<std::string, std::size_t> taken;
  auto place = [&](std::size_t id) {
    TaxonomyTerm& term = tx.terms[id];
    const std::string parent =
        term.parent == kNoTerm ? tx.url_path : tx.terms[term.parent].url_path;
    term.url_path = parent + slug_of(tx, term, config) + "/";
    // By the folded path: a case-insensitive host would serve one page for "PPP" and "ppp".
    auto [it, fresh] = taken.emplace(ascii_lower(term.url_path), id);
    if (fresh) return;
    TermOrigin first = origin_of(tx, tx.terms[it->second], catalogue, config);
    TermOrigin second = origin_of(tx, term, catalogue, config);
    // The message names first the term written where it points.
    std::string here = term.value, other = tx.terms[it->second].value;
    if (std::tie(second.file, second.place.line, second.place.column) <
        std::tie(first.file, first.place.line, first.place.column)) {
      std::swap(first, second);
      std::swap(here, other);
    }
    Diagnostic d{second.file,
                 second.place.line,
                 second.place.column,
                 Severity::error,
                 tx.config->label + " " + quoted(here) + " and " + quoted(other) +
                     " would share the page " + quoted(term.url_path) + "; rename one" +
                     (tx.config->key == "issuer" ? " or give it a slug in [issuers]" : ""),
                 {}};
    d.notes.push_back({first.file,
                       first.place.line,
                       first.place.column,
                       Severity::note,
                       "the other is here",
                       {}});
    diags.add(std::move(d));
  };
  for (std::size_t id : tx.top) {
    place(id);
    for (std::size_t child : tx.terms[id].children) place(child);
  }
}

}  // namespace

void TermValues::add_once(std::string_view v) {
  if (!v.empty() && std::find(values_.begin(), values_.end(), v) == values_.end()) {
    values_.push_back(v);
  }
}

const std::vector<std::string_view>& TermValues::read(const std::string& key, const DocumentMeta& m,
                                                      UtcOffset site_offset) {
  values_.clear();
  if (key == "issuer") {
    for (const auto& i : m.issuers) add_once(i);
  } else if (key == "topic") {
    const std::string_view topic = m.topic ? std::string_view(*m.topic) : std::string_view();
    add_once(topic.substr(0, topic.find('/')));
    if (topic.find('/') != std::string::npos) add_once(topic);
  } else if (key == "genre") {
    if (m.genre) add_once(canonical_genre(*m.genre));
  } else if (key == "disclosure") {
    add_once(m.disclosure);
  } else if (key == "year") {
    if (m.date.year > 0) {
      year_ = std::to_string(m.date.year_in(site_offset));
      add_once(year_);
    }
  } else if (key == "validity") {
    if (m.validity) add_once(*m.validity);
  } else if (key == "keywords") {
    if (m.keywords) {
      for (const auto& k : *m.keywords) add_once(k);
    }
  } else if (auto it = m.site_values.find(key); it != m.site_values.end()) {
    for (const auto& v : it->second.items) add_once(v);
  }
  return values_;
}

std::vector<std::string> term_values(const std::string& key, const DocumentMeta& meta,
                                     UtcOffset site_offset) {
  TermValues values;
  const auto& read = values.read(key, meta, site_offset);
  return {read.begin(), read.end()};
}

const TaxonomyTerm* Taxonomy::find(const std::string& value) const {
  auto it = by_value.find(value);
  return it == by_value.end() ? nullptr : &terms[it->second];
}

namespace {

// The term of tx with this value, made when it is new.
std::size_t term_of(Taxonomy& tx, std::string_view value) {
  if (auto it = tx.by_value.find(value); it != tx.by_value.end()) return it->second;
  const std::size_t id = tx.terms.size();
  tx.by_value.emplace(value, id);
  TaxonomyTerm term;
  term.value = value;
  std::size_t slash = tx.is_tree ? value.find('/') : std::string::npos;
  term.name = slash == std::string::npos ? value : value.substr(slash + 1);
  if (slash != std::string::npos) {
    // The branch comes first in term_values, so it exists already.
    term.parent = tx.by_value.find(value.substr(0, slash))->second;
    tx.terms[term.parent].children.push_back(id);
  } else {
    tx.top.push_back(id);
  }
  tx.terms.push_back(std::move(term));
  return id;
}

}  // namespace

Taxonomies Taxonomies::build(const Catalogue& catalogue, const Config& config,
                             const ReadingOrder& order, Diagnostics& diags) {
  Taxonomies out;
  for (const TaxonomyConfig& tc : config.taxonomies) {
    Taxonomy tx;
    tx.config = &tc;
    tx.url_path = tc.path + "/";
    tx.is_tree = tc.key == "topic";
    out.taxonomies_.push_back(std::move(tx));
  }
  // Documents in newest-first order, so each term's list comes out sorted; each document once for
  // every taxonomy, as reading its metadata again for each missed the cache.
  const auto& docs = catalogue.documents();
  TermValues values;
  for (std::size_t i : order.newest) {
    for (Taxonomy& tx : out.taxonomies_) {
      for (std::string_view value : values.read(tx.config->key, docs[i].meta, config.utc_offset)) {
        tx.terms[term_of(tx, value)].documents.push_back(i);
      }
    }
  }
  for (Taxonomy& tx : out.taxonomies_) {
    if (tx.is_tree) {
      sort_tree(config, tx);
    } else {
      sort_terms(tx.config->key, config, tx.terms, tx.top);
    }
    place_terms(tx, catalogue, config, diags);
  }
  return out;
}

const Taxonomy* Taxonomies::get(const std::string& key) const {
  for (const auto& t : taxonomies_) {
    if (t.config->key == key) return &t;
  }
  return nullptr;
}

std::string Taxonomies::term_url(const std::string& key, const std::string& value) const {
  const Taxonomy* tx = get(key);
  if (!tx) return "";
  const TaxonomyTerm* term = tx->find(key == "genre" ? canonical_genre(value) : value);
  return term ? term->url_path : "";
}

}  // namespace gongkai
