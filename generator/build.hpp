#pragma once
// The orchestrator: site.toml and content/ in, a published catalogue out.
#include <map>
#include <string>
#include <vector>

#include "util/diagnostic.hpp"

namespace gongkai {

struct BuildOptions {
  std::string source = ".";
  std::string output;    // empty: SOURCE/public
  std::string base_url;  // empty: site.toml's
  bool write = true;     // false for `check`: validate only
  // The process ends right after the build: the documents, the catalogue and the two logs it
  // holds are left to the exit, which lets them go at once, instead of being freed piece by piece
  // (a tenth of a one-document rebuild at 50,000 documents). Never for a build that another
  // follows in the same process.
  bool let_go_at_exit = false;

  // Where the site is published: output, or SOURCE/public.
  std::string output_dir() const;
};

// How long each step took, what was read and made again and why, and what the writer did, for
// --stats.
struct BuildStats {
  struct Step {
    std::string name;
    double ms = 0;
    std::size_t peak_mb = 0;  // the process's peak resident memory when it ended
  };
  std::vector<Step> steps;
  std::string cache;  // how the previous build's log was used, or why not
  std::size_t documents = 0;
  std::size_t parsed = 0, reused = 0, unread = 0;  // documents, as content/loader.hpp counts them
  std::size_t files = 0;
  std::size_t made = 0;                        // files rendered or copied again
  std::map<std::string, std::size_t> reasons;  // why they were made → how many
  std::vector<std::string> examples;           // the first few: "PATH: why"
  std::size_t written = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  bool in_place = false;

  std::string report() const;
};

// Runs the whole pipeline; every problem lands in diags. Returns true when the
// site had no errors and (when writing) was published.
bool build_site(const BuildOptions& options, Diagnostics& diags, BuildStats& stats);

}  // namespace gongkai
