#pragma once
// End-to-end test support: run the gongkai binary, work in throw-away folders,
// and compare folder trees byte for byte.
#include <sys/types.h>

#include <boost/filesystem/path.hpp>
#include <map>
#include <string>
#include <vector>

namespace gongkai::test {

namespace fs = boost::filesystem;

// What a finished process left behind.
struct RunResult {
  int exit_code = -1;  // the exit status, or 128 + the signal that ended it
  std::string out;     // everything it wrote to stdout
  std::string err;     // everything it wrote to stderr
};

// Runs argv (argv[0] is looked up in PATH when it has no '/') with stdin from
// /dev/null, in cwd when given (else in the test's own working folder).
RunResult run_command(const std::vector<std::string>& argv, const fs::path& cwd = {});

// Runs the gongkai binary under test with args.
RunResult run_gongkai(const std::vector<std::string>& args, const fs::path& cwd = {});

// The gongkai binary under test (GONGKAI_BINARY).
std::string gongkai_binary();

// tests/ (GONGKAI_TEST_DATA) and tests/fixtures/REL.
fs::path test_data();
fs::path fixture(const std::string& rel);

// A fresh, empty folder under the system's temporary folder, removed (with
// everything in it) when the object goes out of scope. Mode 0755, so a test
// may run the binary as an unprivileged user that reads from it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  // Copies tests/fixtures/REL to path()/NAME and returns where it went.
  fs::path copy_fixture(const std::string& rel, const std::string& name = "site") const;

 private:
  fs::path path_;
};

// Copies the folder from to to (which must not exist), keeping symbolic links as links.
void copy_tree(const fs::path& from, const fs::path& to);

std::string read_bytes(const fs::path& file);
void write_bytes(const fs::path& file, const std::string& bytes);

// One entry of a folder tree, as lstat sees it (symbolic links not followed).
struct EntryState {
  enum class Kind { file, folder, symlink, other } kind = Kind::other;
  std::string bytes;  // a file's content, or a link's target
  long long mtime_ns = 0;
  ino_t inode = 0;
  unsigned mode = 0;
  bool operator==(const EntryState&) const = default;
};
// Every entry under root by '/'-separated relative path (root itself excluded).
using TreeState = std::map<std::string, EntryState>;
TreeState snapshot(const fs::path& root);

// "" when the two states are the same, else one line per difference.
std::string describe_changes(const TreeState& before, const TreeState& after);

// The regular files under root, relative and '/'-separated, sorted.
std::vector<std::string> list_files(const fs::path& root);

// Sets the modification time of every regular file under root to t (seconds since the epoch).
void set_all_mtimes(const fs::path& root, long long t);

// Links in built pages, read as a browser and a web server would, independently of
// the generator's own URL code.

// "%E9%80%9A" → the UTF-8 bytes, as a web server maps a URL path to a file. A '%'
// not followed by two hex digits stays as it is.
std::string percent_decode(const std::string& s);

// Resolves href as a browser would from a page served at URL path page_dir
// ("/fgw/a/b/"), returning the URL path it points to (query and fragment dropped).
std::string resolve(const std::string& page_dir, std::string href);

// The values of the href (and, with src, the src) attributes in html, in order,
// with "&amp;" read as "&". A regular expression, not an HTML parser: enough for
// the generator's own output.
std::vector<std::string> links_in(const std::string& html, bool src = false);

// The href values of the <a> elements in html only: the links a reader can follow
// (not <link rel="canonical">, stylesheets or <link rel="next">), "&amp;" read as "&".
std::vector<std::string> anchors_in(const std::string& html);

// The links (href and src) of the built page `file` under out that reach no file of the output
// when it is served at base_path ("/fgw/"), each as "HREF → TARGET". Links to other hosts, mailto:
// and fragments are not followed; *checked (when given) counts the links that were.
std::vector<std::string> broken_links(const fs::path& out, const std::string& base_path,
                                      const std::string& file, int* checked = nullptr);

}  // namespace gongkai::test
