#pragma once
// Publishing: no reader ever sees half a site, or a link to a file not there yet (SPEC §7).
//
// Two ways, both writing only files whose bytes changed:
// - staged: the new site is written into a staging folder beside the output, file by file as the
//   build makes them; unchanged files become hard links to the published ones (so they keep their
//   modification time); the staging folder is swapped in with one atomic rename. A failure at any
//   point leaves the previous site as it was.
// - in place, for a build that changes few files: each changed file is written beside itself and
//   renamed over it, new files before the pages that link to them, removals last. A failure leaves
//   every file whole and every link working, and the next build completes the change.
//
// Only gongkai's own files are replaced or removed: those the manifest of the previous build lists
// (writer/manifest.hpp). Everything else in the output stays, unchanged (SPEC §7).
#include <boost/filesystem/path.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace gongkai {

// What publishing did, for --stats.
struct PublishStats {
  std::size_t written = 0;    // new or changed files
  std::size_t unchanged = 0;  // left as published
  std::size_t removed = 0;    // published by the previous build, not by this one
  bool in_place = false;
};

// The staging folder used for output: ".NAME.staging" beside it.
std::string staging_path_for(const std::string& output);

// The output folder as the previous build left it.
class PublishedSite {
 public:
  // Checks the output (not a symbolic link; a folder, if it exists) and reads its manifest.
  // False with a diagnostic naming the output.
  bool open(const std::string& output_dir, Diagnostics& diags);

  const boost::filesystem::path& root() const { return root_; }
  const std::string& shown() const { return shown_; }  // as the user named it
  bool exists() const { return exists_; }
  // The files gongkai published there, from its manifest.
  const std::set<std::string>& paths() const { return paths_; }
  const std::string& manifest() const { return manifest_; }
  // True when the file at path holds exactly bytes (or the bytes of file from).
  bool holds(const std::string& path, std::string_view bytes) const;
  bool holds_copy_of(const std::string& path, const boost::filesystem::path& from) const;
  // True when a file can go at path without moving anything first: nothing there but a file,
  // and a folder or nothing at each step on the way.
  bool can_place(const std::string& path) const;

 private:
  boost::filesystem::path root_;
  std::string shown_;
  bool exists_ = false;
  std::set<std::string> paths_;
  std::string manifest_;
};

// The new site built beside the output and swapped in.
class StagedSite {
 public:
  explicit StagedSite(const PublishedSite& old);
  ~StagedSite();  // throws the staging folder away unless finish() swapped it in
  StagedSite(const StagedSite&) = delete;
  StagedSite& operator=(const StagedSite&) = delete;

  // Makes an empty staging folder. False with err.
  bool begin(std::string& err);
  // One file of the new site each; safe from several threads on distinct paths. False with err.
  bool write(const std::string& path, std::string_view bytes, std::string& err);
  bool copy(const std::string& path, const boost::filesystem::path& from, std::string& err);
  // The published file is already right: hard-linked (copied when the link fails).
  bool keep(const std::string& path, std::string& err);
  // Writes the manifest of paths (every file of the new site), carries the foreign entries over
  // and swaps the new site in; the old one is deleted. False with a diagnostic.
  bool finish(const std::set<std::string>& paths, Diagnostics& diags);

 private:
  const PublishedSite& old_;
  boost::filesystem::path staging_;
  bool begun_ = false;
};

// One file to write in place: bytes, or a copy of copy_from.
struct ChangedFile {
  std::string path;
  std::string bytes;
  boost::filesystem::path copy_from;
};

// Writes changed (each path one can_place accepts) into the published site in place, then the
// manifest of paths, then removes what the previous build published that paths lacks.
bool publish_in_place(const PublishedSite& old, const std::vector<ChangedFile>& changed,
                      const std::set<std::string>& paths, PublishStats& stats, Diagnostics& diags);

}  // namespace gongkai
