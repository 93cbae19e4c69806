#include "site/toml_check.hpp"

#include "util/edit_distance.hpp"
#include "util/text.hpp"

namespace gongkai {

namespace {

TomlPlace from_source(const toml::source_region& r, int line_offset) {
  TomlPlace p;
  p.line = static_cast<int>(r.begin.line) + line_offset;
  p.column = static_cast<int>(r.begin.column);
  if (r.begin.line == 0) p = {line_offset > 0 ? line_offset : 1, 1};
  return p;
}

}  // namespace

TomlPlace TomlReader::place(const toml::node& node) const {
  return from_source(node.source(), line_offset_);
}

TomlPlace TomlReader::place(const toml::key& key) const {
  return from_source(key.source(), line_offset_);
}

void TomlReader::error(TomlPlace at, std::string message) const {
  diags_.error(file_, at.line, at.column, std::move(message));
}

std::string TomlReader::type_phrase(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "a list";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

bool TomlReader::string(const toml::table& t, std::string_view key, std::string& out) const {
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (auto s = n->as_string()) {
    out = s->get();
    return true;
  }
  error(place(*n), quoted(key) + " must be a string, not " + type_phrase(*n));
  return false;
}

bool TomlReader::integer(const toml::table& t, std::string_view key, long long min, long long max,
                         int& out) const {
  const toml::node* n = t.get(key);
  if (!n) return false;
  auto i = n->as_integer();
  if (!i) {
    error(place(*n), quoted(key) + " must be an integer, not " + type_phrase(*n));
    return false;
  }
  if (i->get() < min || i->get() > max) {
    error(place(*n),
          quoted(key) + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    return false;
  }
  out = static_cast<int>(i->get());
  return true;
}

bool TomlReader::boolean(const toml::table& t, std::string_view key, bool& out) const {
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (auto b = n->as_boolean()) {
    out = b->get();
    return true;
  }
  error(place(*n), quoted(key) + " must be true or false, not " + type_phrase(*n));
  return false;
}

const toml::table* TomlReader::table(const toml::table& t, std::string_view key) const {
  const toml::node* n = t.get(key);
  if (!n) return nullptr;
  if (auto tbl = n->as_table()) return tbl;
  error(place(*n), quoted(key) + " must be a table, not " + type_phrase(*n));
  return nullptr;
}

void TomlReader::unknown_keys(const toml::table& t, const std::vector<std::string>& known,
                              std::string_view what) const {
  for (auto&& [k, v] : t) {
    std::string name(k.str());
    bool found = false;
    for (const auto& kn : known) found = found || kn == name;
    if (found) continue;
    std::string message = "unknown " + std::string(what) + " " + quoted(name);
    std::string guess = closest_match(name, known);
    if (!guess.empty()) message += " (did you mean " + quoted(guess) + "?)";
    error(place(k), message);
  }
}

void report_parse_error(const toml::parse_error& e, const std::string& file, int line_offset,
                        Diagnostics& diags) {
  TomlPlace p = from_source(e.source(), line_offset);
  diags.error(file, p.line, p.column, "invalid TOML: " + std::string(e.description()));
}

}  // namespace gongkai
