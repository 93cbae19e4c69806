#pragma once
// Reading toml++ values with diagnostics that point at the value in its file.
//
// Only site/ and content/ include toml++; this header is their shared way of
// turning a TOML table into checked values.
#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace gongkai {

// Where a TOML node sits in its file: its 1-based line (shifted by
// line_offset, the lines before the TOML text) and code-point column.
struct TomlPlace {
  int line = 1;
  int column = 1;
};

// Reads one TOML table of one file, reporting every problem into diags.
class TomlReader {
 public:
  TomlReader(std::string file, int line_offset, Diagnostics& diags)
      : file_(std::move(file)), line_offset_(line_offset), diags_(diags) {}

  TomlPlace place(const toml::node& node) const;
  TomlPlace place(const toml::key& key) const;
  void error(TomlPlace at, std::string message) const;

  // "a string", "an array", … for messages about wrong types.
  static std::string type_phrase(const toml::node& node);

  // Each reads table[key] into out when present and of the right type; a
  // wrong type is reported (naming the expected one) and returns false.
  bool string(const toml::table& t, std::string_view key, std::string& out) const;
  bool integer(const toml::table& t, std::string_view key, long long min, long long max,
               int& out) const;
  bool boolean(const toml::table& t, std::string_view key, bool& out) const;
  // A table, or nullptr when absent or (reported) not a table.
  const toml::table* table(const toml::table& t, std::string_view key) const;

  // Reports every key of t not in known, suggesting the closest known one.
  void unknown_keys(const toml::table& t, const std::vector<std::string>& known,
                    std::string_view what = "key") const;

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  int line_offset_;
  Diagnostics& diags_;
};

// Turns a toml++ parse error into a diagnostic at its place.
void report_parse_error(const toml::parse_error& e, const std::string& file, int line_offset,
                        Diagnostics& diags);

}  // namespace gongkai
