// SPEC §6: every link works when the site is served at base_url, under a sub-path too.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <regex>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

// "%E9%80%9A" → the UTF-8 bytes, as a web server maps a URL path to a file.
std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Resolves href as a browser would from a page served at URL path page_dir
// ("/fgw/a/b/"), returning the URL path it points to.
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
  if (!href.empty() && href.back() != '/' && !parts.empty()) out.pop_back();
  return out;
}

TEST(Links, EveryLinkInTheSiteReachesAFileUnderTheSubPath) {
  TempDir tmp;
  const fs::path site = tmp.copy_fixture("valid/small");
  const fs::path out = tmp.path() / "out";
  RunResult r = run_gongkai({"build", "--source", site.string(), "--output", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string base_path =
      "/fgw/";  // the fixture's base_url is https://www.example.gov.cn/fgw/
  const std::regex link("(?:href|src)=\"([^\"]*)\"");
  int checked = 0;
  for (const std::string& file : list_files(out)) {
    if (file.size() < 5 || file.substr(file.size() - 5) != ".html") continue;
    const std::string html = read_bytes(out / file);
    // A 404 page is served at any address: its links must hold from anywhere.
    const std::string page_dir =
        file == "404.html" ? "/elsewhere/deep/" : base_path + file.substr(0, file.rfind('/') + 1);
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      const std::string href = (*it)[1];
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
