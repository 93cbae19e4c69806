#pragma once
// The build log under the site's .gongkai/ (SPEC §2): what the previous build read and wrote, so
// the next one parses only the documents that changed, renders only the pages whose inputs changed
// and writes only the files whose bytes changed (ARCHITECTURE.md: input fingerprints -> outputs).
//
// It is a cache, never a source of truth: a log made by another gongkai binary, for another site
// or output folder, or damaged in any way, is not read, and the build is a clean one. A file's
// stamp (size, modification time, inode) stands for its bytes only when it was modified well
// before the build that recorded it started (git's "racily clean" rule); else its bytes are read.
#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/byte_codec.hpp"
#include "util/file_stamp.hpp"
#include "util/fingerprint.hpp"

namespace gongkai {

// One content file as the previous build read it, and the document it made (encoded).
struct SourceRecord {
  FileStamp stamp;
  Fingerprint bytes;
  SharedBytes document;  // a log read whole keeps its documents where they lie
};

// One published file: what it was made from (the key its outputs/ kind computes), its bytes'
// fingerprint and its stamp once written.
struct OutputRecord {
  Fingerprint key;
  Fingerprint bytes;
  FileStamp stamp;
};

// The published files a log records, by path in increasing byte order: one table, its paths in one
// buffer, not a map of 77,000 strings to build, hash and let go at every build.
class OutputTable {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // Room for n files whose paths take bytes in all.
  void reserve(std::size_t n, std::size_t bytes);
  // Adds the record of path, which must come after every path added before; false otherwise.
  bool add(std::string_view path, const OutputRecord& record);
  std::size_t size() const { return entries_.size(); }
  std::string_view path(std::size_t i) const {
    return std::string_view(paths_).substr(entries_[i].at, entries_[i].size);
  }
  const OutputRecord& record(std::size_t i) const { return entries_[i].record; }
  void set_record(std::size_t i, const OutputRecord& record) { entries_[i].record = record; }
  // The position of path; npos when it is not there.
  std::size_t find(std::string_view path) const;

 private:
  struct Entry {
    std::size_t at, size;  // of the path in paths_
    OutputRecord record;
  };
  std::string paths_;
  std::vector<Entry> entries_;
};

struct BuildLog {
  Fingerprint identity;         // the program, site folder and output folder it belongs to
  Fingerprint config_key;       // site.toml (and --base-url): the documents were read under it
  std::int64_t started_ns = 0;  // when its build began to read the sources
  // Everything its outputs were made from but the documents' bodies (outputs::shape_key()).
  Fingerprint shape;
  std::map<std::string, SourceRecord> sources;  // by path under content/
  OutputTable outputs;                          // by path under the output
  // The file as it was read: a log written over it writes only what differs.
  std::shared_ptr<const std::string> bytes;

  // True when a source with this stamp, recorded by this log, can be trusted unread.
  bool stamp_is_settled(const FileStamp& stamp) const;
};

// The log's place in the site: SITE/.gongkai/build-log.
boost::filesystem::path build_log_path(const std::string& site_dir);

// The identity a log must carry to be used for this build.
Fingerprint build_identity(const std::string& site_dir, const std::string& output_dir);

// Reads the log at file. Nothing, with why, when there is none or it cannot be trusted.
std::optional<BuildLog> read_build_log(const boost::filesystem::path& file,
                                       const Fingerprint& identity, std::string& why);

// Writes log to file, over the old one (a build stopped part-way leaves a log that fails its
// checksum); was: the bytes the file holds, when known (BuildLog::bytes of the log read from it),
// so that only what differs is written. False with err.
bool write_build_log(const BuildLog& log, const boost::filesystem::path& file, std::string& err,
                     std::string_view was = {});

}  // namespace gongkai
