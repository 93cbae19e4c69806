#pragma once
// A compiler-style message about the site's input, and the list that collects them.
#include <string>
#include <vector>

namespace gongkai {

enum class Severity { error, warning, note };

// One finding at a place in a file of the site; line and column are 1-based,
// the column counted in code points. Line 0 means "the file as a whole".
struct Diagnostic {
  std::string file;  // relative to the site folder, '/'-separated
  int line = 0;
  int column = 0;
  Severity severity = Severity::error;
  std::string message;
  std::vector<Diagnostic> notes;  // printed right after this one
};

// Collects diagnostics from every stage so one run reports them all.
class Diagnostics {
 public:
  void error(std::string file, int line, int column, std::string message);
  void warning(std::string file, int line, int column, std::string message);
  void add(Diagnostic d);
  void append(std::vector<Diagnostic> more);

  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<Diagnostic>& all() const { return items_; }

  // Orders by file, then line, then column, so output is stable across runs; within a file,
  // problems of the whole file (no position) come after those at a place.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

const char* severity_name(Severity s);

// `file:line:col: severity: message`, then the notes, one line each.
std::string format_text(const Diagnostic& d);
// One JSON object per line (JSON Lines), notes as lines of their own.
std::string format_json_lines(const Diagnostic& d);

}  // namespace gongkai
