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
    const std::string html = read_bytes(out / file);
    // A 404 page is served at any address: its links must hold from anywhere.
    const std::string page_dir =
        file == "404.html" ? "/elsewhere/deep/" : base_path + file.substr(0, file.rfind('/') + 1);
    for (const std::string& href : links_in(html, /*src=*/true)) {
      if (href.rfind("http", 0) == 0 || href.rfind("mailto:", 0) == 0 || href[0] == '#') continue;
      std::string target = percent_decode(resolve(page_dir, href));
      ASSERT_EQ(target.rfind(base_path, 0), 0u) << file << ": " << href << " leaves " << base_path;
      target = target.substr(base_path.size());
      fs::path on_disk = out / target;
      if (target.empty() || target.back() == '/') on_disk /= "index.html";
      EXPECT_TRUE(fs::is_regular_file(on_disk)) << file << ": " << href << " → " << target;
      ++checked;
    }
  }
  EXPECT_GT(checked, 20);  // the pages, assets, attachments and cross-links of the fixture
}

}  // namespace
}  // namespace gongkai::test
