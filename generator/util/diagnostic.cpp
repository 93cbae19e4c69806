#include "util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "util/json.hpp"

namespace gongkai {

void Diagnostics::error(std::string file, int line, int column, std::string message) {
  add({std::move(file), line, column, Severity::error, std::move(message), {}});
}

void Diagnostics::warning(std::string file, int line, int column, std::string message) {
  add({std::move(file), line, column, Severity::warning, std::move(message), {}});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

void Diagnostics::append(std::vector<Diagnostic> more) {
  for (auto& d : more) items_.push_back(std::move(d));
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void Diagnostics::sort() {
  // A file's problems at a place come first, then those of the whole file (line 0), which
  // often sum the others up ("2 categories have no documents").
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    bool a_whole = a.line == 0, b_whole = b.line == 0;
    return std::tie(a.file, a_whole, a.line, a.column) <
           std::tie(b.file, b_whole, b.line, b.column);
  });
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

namespace {

std::string location(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  return out;
}

}  // namespace

std::string format_text(const Diagnostic& d) {
  std::string out = location(d) + ": " + severity_name(d.severity) + ": " + d.message + "\n";
  for (const auto& n : d.notes) out += format_text(n);
  return out;
}

std::string format_json_lines(const Diagnostic& d) {
  // A problem with a whole file has no position: null, never 0 (SPEC §5).
  const bool whole_file = d.line <= 0;
  std::string out = "{\"file\":" + json_quote(d.file) +
                    ",\"line\":" + (whole_file ? "null" : std::to_string(d.line)) +
                    ",\"column\":" + (whole_file ? "null" : std::to_string(d.column)) +
                    ",\"severity\":\"" + severity_name(d.severity) +
                    "\",\"message\":" + json_quote(d.message) + "}\n";
  for (const auto& n : d.notes) out += format_json_lines(n);
  return out;
}

}  // namespace gongkai
