#include "util/site_folder.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <iterator>

#include "util/file_io.hpp"
#include "util/parallel.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

// One entry of a folder, with what lstat(2) says of it.
struct Entry {
  std::string name;
  struct stat st {};
};

// One walk of one folder: the site's real place, and the folders the walk is in.
class Walk {
 public:
  Walk(const fs::path& site, std::string dir, DotNames dots, Diagnostics& diags,
       const NameFilter& accept)
      : dir_(std::move(dir)), dots_(dots), diags_(diags), accept_(accept) {
    boost::system::error_code ec;
    real_site_ = fs::canonical(site, ec);
    if (ec) real_site_ = fs::absolute(site);
  }
  // A walk of one branch of parent's folder, on a thread of its own, reporting into diags.
  Walk(const Walk& parent, Diagnostics& diags)
      : real_site_(parent.real_site_),
        dir_(parent.dir_),
        dots_(parent.dots_),
        diags_(diags),
        accept_(parent.accept_),
        open_(parent.open_) {}

  void root(const fs::path& site) {
    std::string shown = dir_;
    if (!shown.empty() && shown.back() == '/') shown.pop_back();
    // Without the trailing '/', which would make the system follow a link before it is checked.
    const fs::path path = site / shown;
    fs::path real;
    boost::system::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
      if (!follow(path, shown, real)) return;
    } else {
      real = fs::canonical(path, ec);
      if (ec) return;
    }
    if (!fs::is_directory(real, ec)) return;
    // The folders at the top are walked side by side, each branch into a slot of its own, and
    // put together in order: the same files and messages as one walk, in half the time.
    open_.push_back(real);
    const std::vector<Entry> entries = list(path, "");
    std::vector<Diagnostics> found(entries.size());
    std::vector<std::vector<SiteFile>> branches(entries.size());
    parallel_for(entries.size(), [&](std::size_t, std::size_t i) {
      Walk branch(*this, found[i]);
      branch.visit(path, real, "", entries[i]);
      branches[i] = std::move(branch.files_);
    });
    for (std::size_t i = 0; i < entries.size(); ++i) {
      diags_.append(found[i].all());
      std::move(branches[i].begin(), branches[i].end(), std::back_inserter(files_));
    }
    open_.pop_back();
  }

  // Every file found, in path order: the relative names compared byte by byte with '/' lowest
  // ("a/x" before "a-b/x"). Each folder's entries are sorted by name and walked in that order,
  // which is that order already.
  std::vector<SiteFile> take() { return std::move(files_); }

 private:
  // The entries of the folder at path (named rel + name) that take part, sorted by name.
  std::vector<Entry> list(const fs::path& path, const std::string& rel) {
    std::vector<Entry> entries;
    // Each entry is looked at from the folder itself, not along the whole path again.
    const OpenFolder here(path);
    boost::system::error_code ec;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      Entry e{it->path().filename().string()};
      if (dots_ == DotNames::skip && !e.name.empty() && e.name[0] == '.') continue;
      if (accept_) {
        const std::string refused = accept_(e.name);
        if (!refused.empty()) {
          diags_.error(dir_ + rel + e.name, 0, 0, refused);
          continue;
        }
      }
      const bool seen = here.is_open() ? here.lstat(e.name.c_str(), e.st)
                                       : ::lstat((path / e.name).c_str(), &e.st) == 0;
      if (seen) entries.push_back(std::move(e));
    }
    if (ec) {
      std::string shown = dir_ + rel;
      if (!shown.empty() && shown.back() == '/') shown.pop_back();
      diags_.error(shown, 0, 0, "cannot read folder: " + ec.message());
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
  }

  // Walks the folder at path (whose real place is real), naming what it holds rel + name.
  void folder(const fs::path& path, const fs::path& real, const std::string& rel) {
    open_.push_back(real);
    for (const Entry& e : list(path, rel)) visit(path, real, rel, e);
    open_.pop_back();
  }

  // Takes in one entry of the folder at path: a file, or a folder to walk.
  void visit(const fs::path& path, const fs::path& real, const std::string& rel, Entry e) {
    const std::string entry_rel = rel + e.name;
    fs::path p = path / e.name;
    if (S_ISREG(e.st.st_mode)) {
      files_.push_back({std::move(p), entry_rel, stamp_from(e.st, StampOf::source)});
      return;
    }
    fs::path entry_real = real / e.name;
    if (S_ISLNK(e.st.st_mode)) {
      if (!follow(p, dir_ + entry_rel, entry_real) || ::stat(entry_real.c_str(), &e.st) != 0) {
        return;
      }
    }
    if (S_ISDIR(e.st.st_mode)) {
      folder(p, entry_real, entry_rel + "/");
    } else if (S_ISREG(e.st.st_mode)) {
      files_.push_back({std::move(p), entry_rel, stamp_from(e.st, StampOf::source)});
    }
  }

  // Resolves the symbolic link at path into real; false, with an error naming it as shown, when
  // it must not be followed.
  bool follow(const fs::path& path, const std::string& shown, fs::path& real) {
    boost::system::error_code ec;
    real = fs::canonical(path, ec);
    if (ec) {
      diags_.error(shown, 0, 0, "symbolic link cannot be followed: " + ec.message());
      return false;
    }
    if (!is_within(real, real_site_)) {
      diags_.error(
          shown, 0, 0,
          "symbolic link leads outside the site; gongkai publishes only what is inside it");
      return false;
    }
    // A link to a folder the walk is in, or to one above it, would walk the same files forever.
    const bool loops = std::any_of(open_.begin(), open_.end(),
                                   [&](const fs::path& open) { return is_within(open, real); });
    if (loops && fs::is_directory(real, ec)) {
      const std::string where = real == real_site_
                                    ? "the site's own folder"
                                    : real.lexically_relative(real_site_).generic_string() + "/";
      diags_.error(shown, 0, 0,
                   "symbolic link leads to a folder that holds it (" + where +
                       "), so following it would never end");
      return false;
    }
    return true;
  }

  fs::path real_site_;
  const std::string dir_;
  const DotNames dots_;
  Diagnostics& diags_;
  const NameFilter& accept_;
  std::vector<fs::path> open_;  // the real places of the folders being walked, outermost first
  std::vector<SiteFile> files_;
};

}  // namespace

std::vector<SiteFile> files_in_site_folder(const fs::path& site, const std::string& dir,
                                           DotNames dots, Diagnostics& diags,
                                           const NameFilter& accept) {
  Walk walk(fs::absolute(site), dir, dots, diags, accept);
  walk.root(fs::absolute(site));
  return walk.take();
}

}  // namespace gongkai
