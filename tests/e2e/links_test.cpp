// SPEC §6: every link works when the site is served at base_url, under a sub-path too.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

TEST(Links, EveryLinkInTheSiteReachesAFileUnderTheSubPath) {
  TempDir tmp;
  const fs::path site = tmp.copy_fixture("valid/small");
  const fs::path out = tmp.path() / "out";
  RunResult r = run_gongkai({"build", "--source", site.string(), "--output", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string base_path =
      "/fgw/";  // the fixture's base_url is https://www.example.gov.cn/fgw/
  int checked = 0;
  for (const std::string& file : list_files(out)) {
    if (file.size() < 5 || file.substr(file.size() - 5) != ".html") continue;
    EXPECT_EQ(broken_links(out, base_path, file, &checked), std::vector<std::string>{}) << file;
  }
  EXPECT_GT(checked, 20);  // the pages, assets, attachments and cross-links of the fixture
}

}  // namespace
}  // namespace gongkai::test
