// Every input a fuzz target of fuzz/ once failed on, kept under tests/fixtures/fuzz/TARGET/ and
// replayed through that target's own code (fuzz/fuzz_TARGET.hpp); `make test` runs this under
// AddressSanitizer and UndefinedBehaviorSanitizer too. The empty input keeps each target's code
// compiling and running when it has no findings.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "../fuzz/fuzz_build_site.hpp"
#include "../fuzz/fuzz_front_matter.hpp"
#include "../fuzz/fuzz_links.hpp"
#include "../fuzz/fuzz_markdown.hpp"
#include "../fuzz/fuzz_site_toml.hpp"

namespace {

namespace fs = boost::filesystem;

// The kept inputs of one target, by file name.
std::vector<fs::path> kept_inputs(const std::string& target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(GONGKAI_TEST_DATA) / "fixtures" / "fuzz" / target;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (fs::is_regular_file(e.path())) out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void replay(const std::string& target, const std::function<void(const std::string&)>& run) {
  run("");
  for (const auto& path : kept_inputs(target)) {
    SCOPED_TRACE(path.string());
    fs::ifstream in(path, std::ios::binary);
    run(std::string(std::istreambuf_iterator<char>(in), {}));
  }
}

TEST(FuzzReplay, FrontMatter) { replay("front_matter", gongkai::fuzz::run_front_matter); }
TEST(FuzzReplay, SiteToml) { replay("site_toml", gongkai::fuzz::run_site_toml); }
TEST(FuzzReplay, Markdown) { replay("markdown", gongkai::fuzz::run_markdown); }
TEST(FuzzReplay, Links) { replay("links", gongkai::fuzz::run_links); }
TEST(FuzzReplay, BuildSite) { replay("build_site", gongkai::fuzz::run_build_site); }

}  // namespace
