#pragma once
// Writing JSON text: quoting strings, and a small streaming writer for objects and arrays.
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

// A JSON string literal for UTF-8 text (control characters escaped, the rest kept).
std::string json_quote(std::string_view s);

// Streams indented JSON, tracking commas so callers only say what comes next.
class JsonWriter {
 public:
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b);
  void value(long long n);
  const std::string& text() const { return out_; }

 private:
  void before_value();
  void newline();
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace gongkai
