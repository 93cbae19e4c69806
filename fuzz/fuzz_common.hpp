#pragma once
// What the fuzz targets share: a Config as site.toml's defaults make it, and a scratch folder.
#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>
#include <cstddef>
#include <cstdint>
#include <string>

#include "support/test_config.hpp"

namespace gongkai::fuzz {

inline std::string as_string(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// A folder of this process's own under the temporary folder, made on first use, reused, and
// removed when the process ends.
inline const boost::filesystem::path& scratch_dir() {
  struct Scratch {
    boost::filesystem::path dir = boost::filesystem::temp_directory_path() /
                                  boost::filesystem::unique_path("gongkai-fuzz-%%%%%%%%");
    Scratch() { boost::filesystem::create_directories(dir); }
    ~Scratch() {
      boost::system::error_code ec;
      boost::filesystem::remove_all(dir, ec);
    }
  };
  static const Scratch scratch;
  return scratch.dir;
}

inline void write_file(const boost::filesystem::path& path, const std::string& text) {
  boost::filesystem::create_directories(path.parent_path());
  boost::filesystem::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace gongkai::fuzz
