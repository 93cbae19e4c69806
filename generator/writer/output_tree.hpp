#pragma once
// Everything a build publishes, held in memory until the writer swaps it in.
#include <boost/filesystem/path.hpp>
#include <map>
#include <string>

#include "util/diagnostic.hpp"

namespace gongkai {

// One file of the output: bytes made by the build, or a file copied as is.
struct OutputFile {
  std::string bytes;
  boost::filesystem::path copy_from;  // set for copies (attachments, static files)
  std::string origin;                 // what made it, for collision messages
};

// The output by site path ("fgw/2021/00008/index.html"), sorted.
class OutputTree {
 public:
  // Adds a file; a second file at the same path is an error naming both origins. A safety
  // net only: the build's output plan reports every clash, with the site's file, first.
  void add(const std::string& path, OutputFile file, Diagnostics& diags);
  const std::map<std::string, OutputFile>& files() const { return files_; }

 private:
  std::map<std::string, OutputFile> files_;
};

}  // namespace gongkai
