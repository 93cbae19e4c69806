#include "site/taxonomy_config.hpp"

#include <algorithm>
#include <set>

#include "util/text.hpp"

namespace gongkai {

namespace {

// The front-matter keys of SPEC §3, which a [schema] key may not redefine.
const std::set<std::string> kBuiltinMetaKeys = {
    "title",      "index_number", "doc_number", "keywords", "issuer", "disclosure",
    "department", "date",         "validity",   "topic",    "genre",  "summary",
    "published",  "interprets",   "draft",      "year"};

// Folders the output already uses for other things.
const std::set<std::string> kReservedPaths = {"assets", "search", "page"};

SitePlace site_place(TomlPlace p) { return {p.line, p.column}; }

// A list of strings, each with its place; false (reported) when it is not one.
bool string_list(const TomlReader& r, const toml::node& n, const std::string& what,
                 std::vector<std::string>& out, std::vector<SitePlace>* places = nullptr) {
  const toml::array* a = n.as_array();
  if (!a) {
    r.error(r.place(n),
            quoted(what) + " must be a list of strings, not " + TomlReader::type_phrase(n));
    return false;
  }
  bool ok = true;
  std::set<std::string> seen;
  for (const toml::node& item : *a) {
    const auto* s = item.as_string();
    if (!s || s->get().empty()) {
      r.error(r.place(item), quoted(what) + " must be a list of non-empty strings; this item is " +
                                 (s ? std::string("empty") : TomlReader::type_phrase(item)));
      ok = false;
      continue;
    }
    if (!seen.insert(s->get()).second) {
      r.error(r.place(item), quoted(what) + " lists " + quoted(s->get()) + " twice");
      ok = false;
      continue;
    }
    out.push_back(s->get());
    if (places) places->push_back(site_place(r.place(item)));
  }
  return ok;
}

// A folder path under the output: segments without '\', control characters or a leading '.'.
bool safe_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = std::min(path.find('/', start), path.size());
    std::string seg = path.substr(start, slash - start);
    if (seg.empty() || seg[0] == '.') return false;
    for (unsigned char c : seg) {
      if (c < 0x20 || c == 0x7F || c == '\\' || c == '?' || c == '#' || c == '%') return false;
    }
    start = slash + 1;
  }
  return true;
}

SchemaKey::Type read_type(const TomlReader& r, const toml::table& t, const std::string& key) {
  std::string type = "string";
  if (!r.string(t, "type", type)) return SchemaKey::Type::string;
  if (type == "string") return SchemaKey::Type::string;
  if (type == "list") return SchemaKey::Type::list;
  if (type == "date") return SchemaKey::Type::date;
  if (type == "boolean") return SchemaKey::Type::boolean;
  r.error(r.place(*t.get("type")), "schema." + key + ".type is " + quoted(type) +
                                       "; allowed values: \"string\", \"list\", \"date\", "
                                       "\"boolean\"");
  return SchemaKey::Type::string;
}

void read_schema_key(const TomlReader& r, const std::string& key, const toml::node& node,
                     Config& c) {
  const toml::table* t = node.as_table();
  if (!t) {
    r.error(r.place(node),
            "schema." + key + " must be a table, not " + TomlReader::type_phrase(node));
    return;
  }
  if (kBuiltinMetaKeys.count(key)) {
    r.error(r.place(node), "schema." + key + " redefines a built-in key; choose another name");
    return;
  }
  r.unknown_keys(*t, {"type", "label", "required", "values"});
  SchemaKey s;
  s.key = key;
  s.label = key;
  s.place = site_place(r.place(node));
  s.type = read_type(r, *t, key);
  r.string(*t, "label", s.label);
  r.boolean(*t, "required", s.required);
  if (const toml::node* v = t->get("values")) {
    if (s.type == SchemaKey::Type::date || s.type == SchemaKey::Type::boolean) {
      r.error(r.place(*v), "schema." + key + ".values is only for \"string\" and \"list\" keys");
    } else {
      string_list(r, *v, "values", s.values, &s.value_places);
    }
  }
  c.labels.emplace(key, s.label);  // a [labels] entry for it, if any, wins
  c.schema.push_back(std::move(s));
}

// tree = [ { name = "综合政务", children = ["政务公开", …] }, "其他", … ]
void read_tree(const TomlReader& r, const toml::node& n, Config& c) {
  const toml::array* a = n.as_array();
  if (!a || a->empty()) {
    r.error(r.place(n),
            "\"tree\" must be a non-empty list of branches: "
            "{ name = \"…\", children = [\"…\"] } or \"name\"");
    return;
  }
  std::vector<TopicBranch> tree;
  std::set<std::string> names;
  for (const toml::node& item : *a) {
    TopicBranch b;
    b.place = site_place(r.place(item));
    if (const auto* s = item.as_string()) {
      b.name = s->get();
    } else if (const toml::table* t = item.as_table()) {
      r.unknown_keys(*t, {"name", "children"});
      r.string(*t, "name", b.name);
      if (const toml::node* ch = t->get("children")) string_list(r, *ch, "children", b.children);
    }
    if (b.name.empty() || b.name.find('/') != std::string::npos) {
      r.error(r.place(item), "a tree branch needs a non-empty name without '/'");
      continue;
    }
    for (const auto& child : b.children) {
      if (child.find('/') != std::string::npos) {
        r.error(r.place(item), "sub-topic " + quoted(child) + " must not contain '/'");
      }
    }
    if (!names.insert(b.name).second) {
      r.error(r.place(item), "the tree lists branch " + quoted(b.name) + " twice");
      continue;
    }
    tree.push_back(std::move(b));
  }
  c.topics = std::move(tree);
  c.topics_replaced = true;
}

std::string default_label(const Config& c, const std::string& key) {
  if (key == "year") return c.label("year");
  if (key == "validity") return c.label("validity_index");
  return c.label(key);
}

// Reads one [taxonomies.KEY] table onto tx; false when the site turns it off.
bool read_taxonomy(const TomlReader& r, const toml::table& t, Config& c, TaxonomyConfig& tx) {
  std::vector<std::string> known = {"label", "path", "enabled", "page_size", "terms_page_size"};
  if (tx.key == "topic") known.push_back("tree");
  if (tx.key == "genre") known.push_back("values");
  r.unknown_keys(t, known);
  bool enabled = true;
  r.boolean(t, "enabled", enabled);
  r.string(t, "label", tx.label);
  if (r.string(t, "path", tx.path) && !safe_path(tx.path)) {
    r.error(r.place(*t.get("path")),
            "path " + quoted(tx.path) +
                " must be a relative folder such as \"issuer\" or \"browse/issuer\" "
                "(no leading '.', '\\', '?', '#' or '%')");
  }
  r.integer(t, "page_size", 1, 10000, tx.page_size);
  r.integer(t, "terms_page_size", 1, 100000, tx.terms_page_size);
  // tree and values belong to topic and genre; elsewhere they are unknown keys, reported above.
  const toml::node* tree = tx.key == "topic" ? t.get("tree") : nullptr;
  if (tree) read_tree(r, *tree, c);
  if (const toml::node* values = tx.key == "genre" ? t.get("values") : nullptr) {
    std::vector<std::string> genres;
    std::vector<SitePlace> places;
    if (string_list(r, *values, "values", genres, &places) && !genres.empty()) {
      c.genres = std::move(genres);
      c.genre_places = std::move(places);
    }
  }
  return enabled;
}

}  // namespace

void read_schema(const TomlReader& r, const toml::table& site, Config& c) {
  const toml::table* schema = r.table(site, "schema");
  if (!schema) return;
  for (auto&& [key, node] : *schema) read_schema_key(r, std::string(key.str()), node, c);
  // toml++ keeps a table's keys sorted; the menu lists the site's keys in the order it wrote them.
  std::stable_sort(c.schema.begin(), c.schema.end(), [](const SchemaKey& a, const SchemaKey& b) {
    return a.place.line != b.place.line ? a.place.line < b.place.line
                                        : a.place.column < b.place.column;
  });
}

void read_taxonomies(const TomlReader& r, const toml::table& site, Config& c) {
  const toml::table* tables = r.table(site, "taxonomies");
  // The menu order: the built-in ones, with the site's own after 主题分类.
  std::vector<std::string> order;
  for (const auto& key : builtin_taxonomy_keys()) {
    order.push_back(key);
    if (key != "topic") continue;
    for (const auto& s : c.schema) {
      bool listed = tables && tables->contains(s.key);
      bool categorical = s.type == SchemaKey::Type::string || s.type == SchemaKey::Type::list;
      if ((listed || !s.values.empty()) && categorical) order.push_back(s.key);
    }
  }
  if (tables) {
    for (auto&& [k, node] : *tables) {
      std::string key(k.str());
      if (std::find(order.begin(), order.end(), key) != order.end()) continue;
      const SchemaKey* s = c.schema_key(key);
      if (s) {
        r.error(r.place(k), "taxonomy " + quoted(key) +
                                " groups by a schema key of type date or boolean; only "
                                "\"string\" and \"list\" keys can be taxonomies");
      } else {
        r.error(r.place(k), "unknown taxonomy " + quoted(key) +
                                ": a taxonomy is one of issuer, topic, genre, disclosure, year, "
                                "validity, keywords or a key declared in [schema]");
      }
    }
  }
  std::map<std::string, std::string> paths = {{catalogue_table_path(), "the 目录 table"}};
  for (const auto& key : order) {
    TaxonomyConfig tx;
    tx.key = key;
    tx.path = key;
    tx.page_size = c.page_size;
    const SchemaKey* s = c.schema_key(key);
    tx.label = s ? c.label(key) : default_label(c, key);
    const toml::node* node = tables ? tables->get(key) : nullptr;
    if (node) {
      tx.place = site_place(r.place(*node));
      const toml::table* t = node->as_table();
      if (!t) {
        r.error(r.place(*node),
                "taxonomies." + key + " must be a table, not " + TomlReader::type_phrase(*node));
        continue;
      }
      if (!read_taxonomy(r, *t, c, tx)) continue;
    }
    if (!safe_path(tx.path)) {
      // A path the site wrote was reported at its value; a [schema] key's name need not
      // make a good folder name, so say how to give one.
      const bool written = node && node->as_table()->contains("path");
      if (!written) {
        r.error(node ? r.place(*node) : TomlPlace{s ? s->place.line : 1, s ? s->place.column : 1},
                "taxonomy " + quoted(key) + " needs a folder name: add [taxonomies." + key +
                    "] path = \"…\"");
      }
      continue;
    }
    std::string first_segment = tx.path.substr(0, tx.path.find('/'));
    auto [it, fresh] = paths.emplace(tx.path, "taxonomy " + quoted(key));
    if (!fresh || kReservedPaths.count(first_segment)) {
      TomlPlace at = node ? r.place(*node) : TomlPlace{1, 1};
      if (node && node->as_table() && node->as_table()->get("path")) {
        at = r.place(*node->as_table()->get("path"));
      }
      r.error(at, "taxonomy " + quoted(key) + " would be published at " + quoted(tx.path + "/") +
                      ", which " + (fresh ? "gongkai uses for other files" : it->second + " uses") +
                      "; choose another path");
      continue;
    }
    c.taxonomies.push_back(std::move(tx));
  }
}

}  // namespace gongkai
