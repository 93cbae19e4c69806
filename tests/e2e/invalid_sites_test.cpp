// One broken site per kind of bad input, in tests/fixtures/invalid/CASE/.
//
// Each case holds expected.txt: the exact stderr of `gongkai build` on it
// (`@SITE@` stands for the --source argument). A case may hold symlinks.txt,
// lines of "LINK<TAB>TARGET" (LINK relative to the site), for symbolic links
// the test makes in its copy, since git does not keep them reliably; the copy
// sits in a temp folder T as T/site, beside T/outside/secret.md.
//
// Every case must exit 1, print exactly expected.txt, and leave a published
// site (T/site/public) and everything else in T as it was: no file written,
// no staging folder left behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/algorithm/string/replace.hpp>
#include <boost/filesystem.hpp>
#include <sstream>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

std::vector<std::string> invalid_cases() {
  std::vector<std::string> names;
  for (fs::directory_iterator it(fixture("invalid")), end; it != end; ++it) {
    if (fs::is_directory(it->path())) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Makes the case's symbolic links (and what they point at) in the copy.
void make_symlinks(const fs::path& tmp, const fs::path& site) {
  const fs::path list = site / "symlinks.txt";
  if (!fs::exists(list)) return;
  write_bytes(tmp / "outside/secret.md",
              "+++\ntitle = \"站外文件\"\nindex_number = \"629900036/2021-00099\"\n"
              "issuer = \"站外\"\ndisclosure = \"主动公开\"\ndate = 2021-01-07\n+++\n\n站外。\n");
  for (const auto& line : lines_of(read_bytes(list))) {
    std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << "symlinks.txt: " << line;
    fs::create_symlink(line.substr(tab + 1), site / line.substr(0, tab));
  }
}

class InvalidSite : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidSite, FailsWithExactDiagnosticsAndWritesNothing) {
  const fs::path fixture_dir = fixture("invalid/" + GetParam());
  const fs::path expected_file = fixture_dir / "expected.txt";
  ASSERT_TRUE(fs::is_regular_file(expected_file)) << "no " << expected_file;
  TempDir tmp;
  const fs::path site = tmp.copy_fixture("invalid/" + GetParam());
  fs::remove(site / "expected.txt");
  make_symlinks(tmp.path(), site);
  // A site published before, which the failed build must leave alone.
  write_bytes(site / "public/keep.html", "<!DOCTYPE html><p>上一次发布的页面</p>\n");
  write_bytes(site / "public/sub/folder/keep.txt", "kept\n");
  const TreeState before = snapshot(tmp.path());

  RunResult r = run_gongkai({"build", "--source", site.string()});

  std::string expected = read_bytes(expected_file);
  boost::algorithm::replace_all(expected, "@SITE@", site.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(describe_changes(before, snapshot(tmp.path())), "");
  EXPECT_FALSE(fs::exists(site / ".public.staging"));

  // check runs the same validation: it fails too and reports every error line
  // in the same order (it may add warnings between them).
  RunResult c = run_gongkai({"check", "--source", site.string()});
  EXPECT_EQ(c.exit_code, 1);
  const std::vector<std::string> got = lines_of(c.err);
  auto at = got.begin();
  for (const auto& line : lines_of(expected)) {
    at = std::find(at, got.end(), line);
    EXPECT_NE(at, got.end()) << "check did not report, in order: " << line << "\ncheck said:\n"
                             << c.err;
    if (at == got.end()) break;
    ++at;
  }
  EXPECT_EQ(describe_changes(before, snapshot(tmp.path())), "");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, InvalidSite, ::testing::ValuesIn(invalid_cases()),
                         [](const auto& info) { return info.param; });

// Every line of expected.txt is a diagnostic in the compiler style of SPEC §5.
TEST(InvalidSiteFixtures, ExpectedFilesAreCompilerStyle) {
  for (const auto& name : invalid_cases()) {
    const std::string text = read_bytes(fixture("invalid/" + name + "/expected.txt"));
    EXPECT_FALSE(text.empty()) << name;
    EXPECT_EQ(text.back(), '\n') << name;
    for (const auto& line : lines_of(text)) {
      const bool ok = line.find(": error: ") != std::string::npos ||
                      line.find(": note: ") != std::string::npos || line.rfind("  ", 0) == 0;
      EXPECT_TRUE(ok) << name << ": " << line;
    }
  }
}

}  // namespace
}  // namespace gongkai::test
