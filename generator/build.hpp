#pragma once
// The orchestrator: site.toml and content/ in, a published catalogue out.
#include <string>

#include "util/diagnostic.hpp"

namespace gongkai {

struct BuildOptions {
  std::string source = ".";
  std::string output;    // empty: SOURCE/public
  std::string base_url;  // empty: site.toml's
  bool write = true;     // false for `check`: validate only

  // Where the site is published: output, or SOURCE/public.
  std::string output_dir() const;
};

// How long each step took and what the writer did, for --stats.
struct BuildStats {
  std::vector<std::pair<std::string, double>> steps;  // step name, milliseconds
  std::size_t documents = 0;
  std::size_t files = 0;
  std::size_t written = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;

  std::string report() const;
};

// Runs the whole pipeline; every problem lands in diags. Returns true when the
// site had no errors and (when writing) was published.
bool build_site(const BuildOptions& options, Diagnostics& diags, BuildStats& stats);

}  // namespace gongkai
