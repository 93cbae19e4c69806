#include "content/meta_schema.hpp"

#include <algorithm>

#include "site/vocabulary.hpp"
#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace gongkai {

const std::vector<std::string>& meta_keys() {
  static const std::vector<std::string> keys = {
      "title",      "index_number", "doc_number", "keywords",   "issuer",
      "disclosure", "department",   "date",       "validity",   "topic",
      "genre",      "summary",      "published",  "interprets", "draft"};
  return keys;
}

namespace {

const std::vector<std::string> kRequired = {"title", "index_number", "issuer", "disclosure",
                                            "date"};

std::string join_quoted(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + quoted(v);
  return out;
}

bool contains(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

// Reads one document's front matter; each method checks one kind of value.
class MetaReader {
 public:
  MetaReader(const toml::table& t, const TomlReader& r, const Config& c,
             std::map<std::string, SourcePlace>& places)
      : t_(t), r_(r), c_(c), places_(places) {}

  void record_places() {
    for (auto&& [k, v] : t_) {
      TomlPlace p = r_.place(v);
      places_[std::string(k.str())] = {p.line, p.column};
      // A list's items too ("interprets[1]"), so a bad item is reported where it is written.
      if (const toml::array* a = v.as_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) {
          TomlPlace ip = r_.place((*a)[i]);
          places_[std::string(k.str()) + "[" + std::to_string(i) + "]"] = {ip.line, ip.column};
        }
      }
    }
  }

  const toml::node* node(const std::string& key) const { return t_.get(key); }
  void error(const std::string& key, std::string message) const {
    r_.error(r_.place(*node(key)), message);
  }

  std::optional<std::string> string(const std::string& key, bool non_empty = false) const {
    std::string s;
    if (!r_.string(t_, key, s)) return std::nullopt;
    if (non_empty && s.find_first_not_of(" \t") == std::string::npos) {
      error(key, quoted(key) + " must not be empty");
      return std::nullopt;
    }
    return s;
  }

  std::optional<std::string> one_of(const std::string& key, const std::vector<std::string>& allowed,
                                    bool allow_empty) const {
    auto s = string(key);
    if (!s || (allow_empty && s->empty()) || contains(allowed, *s)) return s;
    error(key, quoted(key) + " is " + quoted(*s) + "; allowed values: " + join_quoted(allowed));
    return std::nullopt;
  }

  // A list of strings; "x" where a list is expected is an error naming the list.
  std::optional<std::vector<std::string>> string_list(const std::string& key) const {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    const toml::array* a = n->as_array();
    if (!a) {
      error(key, quoted(key) + " must be a list of strings, not " + TomlReader::type_phrase(*n));
      return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const toml::node& item : *a) {
      if (auto s = item.as_string()) {
        out.push_back(s->get());
      } else {
        r_.error(r_.place(item), quoted(key) + " must be a list of strings; this item is " +
                                     TomlReader::type_phrase(item));
        ok = false;
      }
    }
    return ok ? std::optional(out) : std::nullopt;
  }

  // A date or date-time; "" on an optional key means "not given".
  std::optional<DocDate> date(const std::string& key, bool optional) const {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (auto s = n->as_string(); s && s->get().empty() && optional) return std::nullopt;
    DocDate d;
    if (auto v = n->as_date()) {
      d.year = v->get().year;
      d.month = v->get().month;
      d.day = v->get().day;
      return d;
    }
    if (auto v = n->as_date_time()) {
      const toml::date_time& dt = v->get();
      d.year = dt.date.year;
      d.month = dt.date.month;
      d.day = dt.date.day;
      d.has_time = true;
      d.hour = dt.time.hour;
      d.minute = dt.time.minute;
      d.second = dt.time.second;
      d.nanosecond = dt.time.nanosecond;
      if (dt.offset) d.offset = dt.offset->minutes;
      return d;
    }
    error(key,
          quoted(key) +
              " must be a TOML date (2021-01-07) or date-time (2021-01-07T10:32:59+08:00), not " +
              TomlReader::type_phrase(*n));
    return std::nullopt;
  }

  void issuers(DocumentMeta& m) const {
    const toml::node* n = node("issuer");
    if (!n) return;
    if (n->is_array()) {
      auto list = string_list("issuer");
      if (!list) return;
      if (list->empty()) error("issuer", "\"issuer\" must name at least one issuing body");
      m.issuers = *list;
      m.issuer_is_list = true;
    } else if (auto s = string("issuer", true)) {
      m.issuers = {*s};
    }
    if (c_.issuers.empty()) return;  // a site that names no issuers accepts any
    std::vector<std::string> known;
    for (const auto& [name, ic] : c_.issuers) known.push_back(name);
    const toml::array* items = n->as_array();
    for (std::size_t i = 0; i < m.issuers.size(); ++i) {
      const std::string& issuer = m.issuers[i];
      if (contains(known, issuer)) continue;
      std::string message = "issuer " + quoted(issuer) + " is not declared in site.toml [issuers]";
      std::string guess = closest_match(issuer, known);
      if (!guess.empty()) message += " (did you mean " + quoted(guess) + "?)";
      // A joint issuer is reported at its own item of the list.
      r_.error(r_.place(items ? (*items)[i] : *n), message);
    }
  }

  void index_number(DocumentMeta& m) const {
    auto s = string("index_number");
    if (!s) return;
    if (auto n = parse_index_number(*s, c_.index_number_regex)) {
      m.index_number = *n;
    } else {
      error("index_number", "index_number " + quoted(*s) + " does not match the site's pattern");
    }
  }

  void topic(DocumentMeta& m) const {
    m.topic = string("topic");
    if (!m.topic || m.topic->empty()) return;
    const std::string& t = *m.topic;
    std::size_t slash = t.find('/');
    std::string first = t.substr(0, slash);
    auto branch = std::find_if(c_.topics.begin(), c_.topics.end(),
                               [&](const TopicBranch& b) { return b.name == first; });
    if (branch == c_.topics.end()) {
      std::vector<std::string> names;
      for (const auto& b : c_.topics) names.push_back(b.name);
      std::string message = "topic " + quoted(t) + " is not in the topic tree";
      std::string guess = closest_match(first, names);
      message += guess.empty() ? "; first-level topics: " + join_quoted(names)
                               : " (did you mean " + quoted(guess) + "?)";
      error("topic", message);
      return;
    }
    if (slash == std::string::npos) return;
    std::string second = t.substr(slash + 1);
    if (!contains(branch->children, second)) {
      error("topic", "topic " + quoted(t) + ": " + quoted(first) + " has no " + quoted(second) +
                         "; allowed: " + join_quoted(branch->children));
    }
  }

  void genre(DocumentMeta& m) const {
    m.genre = string("genre");
    if (!m.genre || m.genre->empty()) return;
    if (!contains(c_.genres, canonical_genre(*m.genre))) {
      error("genre", "genre " + quoted(*m.genre) +
                         " is not a known genre; allowed values: " + join_quoted(c_.genres));
    }
  }

  // One of the site's own [schema] keys.
  void site_value(const SchemaKey& s, DocumentMeta& m) const {
    const toml::node* n = node(s.key);
    if (!n) return;
    SiteValue v;
    switch (s.type) {
      case SchemaKey::Type::string:
        if (auto text = string(s.key)) {
          if (!text->empty()) v.items.push_back(*text);
        } else {
          return;
        }
        break;
      case SchemaKey::Type::list:
        if (auto items = string_list(s.key)) {
          v.items = *items;
          v.is_list = true;
        } else {
          return;
        }
        break;
      case SchemaKey::Type::date:
        v.date = date(s.key, true);
        // Only "" (not given) goes on without a date; anything else was reported as wrong.
        if (!v.date && !(n->as_string() && n->as_string()->get().empty())) return;
        break;
      case SchemaKey::Type::boolean:
        if (auto b = n->as_boolean()) {
          v.flag = b->get();
        } else {
          error(s.key,
                quoted(s.key) + " must be true or false, not " + TomlReader::type_phrase(*n));
          return;
        }
        break;
    }
    if (!s.values.empty()) {
      const toml::array* items = n->as_array();
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (contains(s.values, v.items[i])) continue;
        r_.error(r_.place(items ? (*items)[i] : *n),
                 quoted(s.key) + " is " + quoted(v.items[i]) +
                     "; allowed values: " + join_quoted(s.values));
      }
    }
    bool empty = v.items.empty() && !v.date && !v.flag;
    if (s.required && empty) error(s.key, quoted(s.key) + " must not be empty");
    m.site_values[s.key] = std::move(v);
  }

  void interprets(DocumentMeta& m) const {
    m.interprets = string_list("interprets");
    if (!m.interprets) return;
    const toml::array& items = *node("interprets")->as_array();
    for (std::size_t i = 0; i < m.interprets->size(); ++i) {
      const std::string& target = (*m.interprets)[i];
      if (!parse_index_number(target, c_.index_number_regex)) {
        r_.error(r_.place(items[i]), "interprets " + quoted(target) +
                                         ", which does not match the site's index-number pattern");
      }
    }
  }

 private:
  const toml::table& t_;
  const TomlReader& r_;
  const Config& c_;
  std::map<std::string, SourcePlace>& places_;
};

}  // namespace

void read_meta(const toml::table& front_matter, const TomlReader& reader, const Config& config,
               SourcePlace fence, DocumentMeta& meta, std::map<std::string, SourcePlace>& places) {
  MetaReader m(front_matter, reader, config, places);
  m.record_places();
  std::vector<std::string> known = meta_keys();
  std::vector<std::string> required = kRequired;
  for (const auto& s : config.schema) {
    known.push_back(s.key);
    if (s.required) required.push_back(s.key);
  }
  reader.unknown_keys(front_matter, known);
  for (const auto& key : required) {
    if (!front_matter.contains(key)) {
      reader.error({fence.line, fence.column}, "missing required key " + quoted(key));
    }
  }
  if (auto s = m.string("title", true)) meta.title = *s;
  m.index_number(meta);
  meta.doc_number = m.string("doc_number");
  meta.keywords = m.string_list("keywords");
  m.issuers(meta);
  if (auto s = m.one_of("disclosure", disclosure_values(), false)) meta.disclosure = *s;
  meta.department = m.string("department");
  if (auto d = m.date("date", false)) meta.date = *d;
  meta.validity = m.one_of("validity", validity_values(), true);
  m.topic(meta);
  m.genre(meta);
  meta.summary = m.string("summary");
  meta.published = m.date("published", true);
  m.interprets(meta);
  bool draft = false;
  if (reader.boolean(front_matter, "draft", draft)) meta.draft = draft;
  for (const auto& s : config.schema) m.site_value(s, meta);
}

}  // namespace gongkai
