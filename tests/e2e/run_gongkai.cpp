#include "e2e/run_gongkai.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <regex>
#include <stdexcept>

namespace gongkai::test {

namespace {

// Reads all of an open temporary file from its start.
std::string slurp(std::FILE* f) {
  std::string out;
  std::rewind(f);
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return out;
}

std::runtime_error failure(const std::string& what) {
  return std::runtime_error(what + ": " + std::strerror(errno));
}

}  // namespace

RunResult run_command(const std::vector<std::string>& argv, const fs::path& cwd) {
  if (argv.empty()) throw std::invalid_argument("run_command: no program");
  // Temporary files rather than pipes: no deadlock however much either stream holds.
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  if (!out || !err) throw failure("tmpfile");
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) throw failure("fork");
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull < 0 || ::dup2(devnull, 0) < 0 || ::dup2(fileno(out), 1) < 0 ||
        ::dup2(fileno(err), 2) < 0) {
      ::_exit(126);
    }
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) {
      std::fprintf(stderr, "run_command: cannot enter %s: %s\n", cwd.c_str(), std::strerror(errno));
      ::_exit(126);
    }
    ::execvp(args[0], args.data());
    std::fprintf(stderr, "run_command: cannot run %s: %s\n", args[0], std::strerror(errno));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw failure("waitpid");
  }
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  std::fclose(out);
  std::fclose(err);
  return r;
}

std::string gongkai_binary() { return GONGKAI_BINARY; }

RunResult run_gongkai(const std::vector<std::string>& args, const fs::path& cwd) {
  std::vector<std::string> argv{gongkai_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv, cwd);
}

fs::path test_data() { return fs::path(GONGKAI_TEST_DATA); }

fs::path fixture(const std::string& rel) { return test_data() / "fixtures" / rel; }

TempDir::TempDir() {
  path_ = fs::temp_directory_path() / fs::unique_path("gongkai-e2e-%%%%-%%%%-%%%%");
  fs::create_directories(path_);
  fs::permissions(path_, fs::perms(0755));
  path_ = fs::canonical(path_);
}

TempDir::~TempDir() {
  boost::system::error_code ec;
  // A test may have made folders read-only; give the owner back write access first.
  for (fs::recursive_directory_iterator it(path_, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->symlink_status().type() == fs::directory_file) {
      fs::permissions(it->path(), fs::perms(0755), ec);
    }
  }
  ec.clear();
  fs::permissions(path_, fs::perms(0755), ec);
  fs::remove_all(path_, ec);
}

fs::path TempDir::copy_fixture(const std::string& rel, const std::string& name) const {
  fs::path to = path_ / name;
  copy_tree(fixture(rel), to);
  return to;
}

void copy_tree(const fs::path& from, const fs::path& to) {
  if (!fs::is_directory(from)) throw std::runtime_error("no fixture folder " + from.string());
  fs::create_directories(to);
  fs::permissions(to, fs::perms(0755));
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    const fs::path target = to / it->path().lexically_relative(from);
    const fs::file_status st = it->symlink_status();
    if (st.type() == fs::symlink_file) {
      fs::copy_symlink(it->path(), target);
    } else if (st.type() == fs::directory_file) {
      fs::create_directory(target);
      fs::permissions(target, fs::perms(0755));
    } else {
      fs::copy_file(it->path(), target);
      fs::permissions(target, fs::perms(0644));
    }
  }
}

std::string read_bytes(const fs::path& file) {
  fs::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  fs::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

TreeState snapshot(const fs::path& root) {
  TreeState state;
  if (!fs::exists(fs::symlink_status(root))) return state;
  for (fs::recursive_directory_iterator it(root), end; it != end; ++it) {
    const fs::path& p = it->path();
    struct stat st;
    if (::lstat(p.c_str(), &st) != 0) throw failure("lstat " + p.string());
    EntryState e;
    e.mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    e.inode = st.st_ino;
    e.mode = st.st_mode & 07777;
    if (S_ISREG(st.st_mode)) {
      e.kind = EntryState::Kind::file;
      e.bytes = read_bytes(p);
    } else if (S_ISDIR(st.st_mode)) {
      e.kind = EntryState::Kind::folder;  // its time changes when anything is made or removed in it
    } else if (S_ISLNK(st.st_mode)) {
      e.kind = EntryState::Kind::symlink;
      e.bytes = fs::read_symlink(p).string();
    }
    state[p.lexically_relative(root).generic_string()] = std::move(e);
  }
  return state;
}

std::string describe_changes(const TreeState& before, const TreeState& after) {
  std::string out;
  for (const auto& [path, b] : before) {
    auto it = after.find(path);
    if (it == after.end()) {
      out += "  removed: " + path + "\n";
      continue;
    }
    const EntryState& a = it->second;
    if (a.kind != b.kind)
      out += "  changed kind: " + path + "\n";
    else if (a.bytes != b.bytes)
      out += "  changed bytes: " + path + "\n";
    else if (a.mtime_ns != b.mtime_ns)
      out += "  changed modification time: " + path + "\n";
    else if (a.inode != b.inode)
      out += "  replaced (new inode): " + path + "\n";
    else if (a.mode != b.mode)
      out += "  changed mode: " + path + "\n";
  }
  for (const auto& [path, a] : after) {
    if (!before.count(path)) out += "  added: " + path + "\n";
  }
  return out;
}

std::vector<std::string> list_files(const fs::path& root) {
  std::vector<std::string> files;
  for (const auto& [path, e] : snapshot(root)) {
    if (e.kind == EntryState::Kind::file) files.push_back(path);
  }
  return files;
}

void set_all_mtimes(const fs::path& root, long long t) {
  for (fs::recursive_directory_iterator it(root), end; it != end; ++it) {
    if (it->symlink_status().type() == fs::regular_file) {
      fs::last_write_time(it->path(), static_cast<std::time_t>(t));
    }
  }
}

std::string percent_decode(const std::string& s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string resolve(const std::string& page_dir, std::string href) {
  href = href.substr(0, href.find_first_of("?#"));
  std::string path = href.rfind("/", 0) == 0 ? href : page_dir + href;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = std::min(path.find('/', start), path.size());
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out = "/";
  for (const auto& p : parts) out += p + "/";
  // "x" stays a file, "x/", "." and ".." (and "" when it is the page's folder) stay folders.
  const std::string last =
      href.substr(href.rfind('/') == std::string::npos ? 0 : href.rfind('/') + 1);
  const bool folder = href.empty() || last.empty() || last == "." || last == "..";
  if (!folder && !parts.empty()) out.pop_back();
  return out;
}

namespace {

// An attribute value as the browser reads it: "&amp;" is "&" (the only entity in gongkai's URLs).
std::string unescape(std::string value) {
  for (std::size_t at = value.find("&amp;"); at != std::string::npos;
       at = value.find("&amp;", at + 1)) {
    value.replace(at, 5, "&");
  }
  return value;
}

}  // namespace

std::vector<std::string> links_in(const std::string& html, bool src) {
  static const std::regex href_only("href=\"([^\"]*)\"");
  static const std::regex href_or_src("(?:href|src)=\"([^\"]*)\"");
  const std::regex& re = src ? href_or_src : href_only;
  std::vector<std::string> links;
  for (std::sregex_iterator it(html.begin(), html.end(), re), end; it != end; ++it) {
    links.push_back(unescape((*it)[1]));
  }
  return links;
}

std::vector<std::string> anchors_in(const std::string& html) {
  // A plain search finds each "<a " tag, the regex its href: std::regex over whole pages is
  // several times slower on a few thousand documents.
  static const std::regex href("\\shref=\"([^\"]*)\"");
  std::vector<std::string> links;
  for (std::size_t at = html.find("<a"); at != std::string::npos; at = html.find("<a", at + 2)) {
    if (at + 2 >= html.size() || !std::isspace(static_cast<unsigned char>(html[at + 2]))) continue;
    const std::size_t end = std::min(html.find('>', at), html.size());
    const std::string tag = html.substr(at + 1, end - at - 1);
    std::smatch m;
    if (std::regex_search(tag, m, href)) links.push_back(unescape(m[1]));
  }
  return links;
}

std::vector<std::string> broken_links(const fs::path& out, const std::string& base_path,
                                      const std::string& file, int* checked) {
  std::vector<std::string> broken;
  // A 404 page is served at any address: its links must hold from anywhere.
  const std::string page_dir =
      file == "404.html" ? "/elsewhere/deep/" : base_path + file.substr(0, file.rfind('/') + 1);
  for (const std::string& href : links_in(read_bytes(out / file), /*src=*/true)) {
    if (href.rfind("http", 0) == 0 || href.rfind("mailto:", 0) == 0 || href[0] == '#') continue;
    if (checked) ++*checked;
    std::string target = percent_decode(resolve(page_dir, href));
    if (target.rfind(base_path, 0) != 0) {
      broken.push_back(href + " → " + target + " (outside " + base_path + ")");
      continue;
    }
    target = target.substr(base_path.size());
    fs::path on_disk = out / target;
    if (target.empty() || target.back() == '/') on_disk /= "index.html";
    if (!fs::is_regular_file(on_disk)) broken.push_back(href + " → " + target);
  }
  return broken;
}

}  // namespace gongkai::test
