// Builds each valid fixture site and compares the whole output, byte for
// byte, with its golden tree tests/fixtures/valid/NAME.expected/.
//
// After an intended change to the output, rewrite the golden trees with
//   GONGKAI_UPDATE_GOLDEN=1 build/tests/gongkai_tests --gtest_filter='Golden*'
// and review the difference (git diff tests/fixtures) before committing it.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cstdlib>
#include <set>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

namespace pt = boost::property_tree;

// Theme styling: asserted to exist, not compared.
const std::set<std::string> kNotGolden = {"assets/gongkai.css"};

// The eight labels of the reference page, present on every document page even when empty.
const std::vector<std::string> kEightLabels = {"索引号",   "文号",     "关键词",   "发布机构",
                                               "公开形式", "责任部门", "生成日期", "是否有效"};

const std::string kBaseUrl = "https://www.example.gov.cn/fgw/";

bool updating_golden() {
  const char* v = std::getenv("GONGKAI_UPDATE_GOLDEN");
  return v && std::string(v) == "1";
}

// The valid fixtures that have a golden tree beside them.
std::vector<std::string> golden_sites() {
  std::vector<std::string> names;
  for (fs::directory_iterator it(fixture("valid")), end; it != end; ++it) {
    const std::string name = it->path().filename().string();
    if (fs::is_directory(it->path()) && fs::is_regular_file(it->path() / "site.toml")) {
      names.push_back(name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string first_difference(const std::string& want, const std::string& got) {
  std::size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
  std::size_t line = 1 + std::count(want.begin(), want.begin() + static_cast<long>(i), '\n');
  std::size_t from = want.rfind('\n', i == 0 ? 0 : i - 1);
  from = from == std::string::npos ? 0 : from + 1;
  auto line_at = [&](const std::string& s) {
    std::size_t end = s.find('\n', from);
    return from >= s.size() ? std::string("<end of file>")
                            : s.substr(from, std::min<std::size_t>(end - from, 200));
  };
  return "first difference at line " + std::to_string(line) + "\n      want: " + line_at(want) +
         "\n      got:  " + line_at(got);
}

// Compares the output tree with the golden one; "" when they match, else a list of
// missing, extra and different files.
std::string compare_with_golden(const fs::path& output, const fs::path& golden) {
  std::vector<std::string> got = list_files(output), want = list_files(golden);
  std::set<std::string> got_set(got.begin(), got.end()), want_set(want.begin(), want.end());
  std::string missing, extra, different;
  for (const auto& f : want) {
    if (!got_set.count(f)) missing += "    " + f + "\n";
  }
  for (const auto& f : got) {
    if (kNotGolden.count(f)) continue;
    if (!want_set.count(f)) {
      extra += "    " + f + "\n";
      continue;
    }
    std::string a = read_bytes(golden / f), b = read_bytes(output / f);
    if (a != b) different += "    " + f + " (" + first_difference(a, b) + ")\n";
  }
  std::string report;
  if (!missing.empty()) report += "  missing from the output:\n" + missing;
  if (!extra.empty()) report += "  in the output but not in the golden tree:\n" + extra;
  if (!different.empty()) report += "  different from the golden file:\n" + different;
  if (!report.empty()) {
    report = "output " + output.string() + " differs from " + golden.string() + ":\n" + report +
             "(if the change is intended: GONGKAI_UPDATE_GOLDEN=1 gongkai_tests, then review git "
             "diff)\n";
  }
  return report;
}

void rewrite_golden(const fs::path& output, const fs::path& golden) {
  fs::remove_all(golden);
  fs::create_directories(golden);
  for (const auto& f : list_files(output)) {
    if (!kNotGolden.count(f)) write_bytes(golden / f, read_bytes(output / f));
  }
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, OutputMatchesGoldenTree) {
  const std::string name = GetParam();
  TempDir tmp;
  const fs::path site = tmp.copy_fixture("valid/" + name);
  const fs::path out = tmp.path() / "out";
  RunResult r = run_gongkai({"build", "--source", site.string(), "--output", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  for (const auto& f : kNotGolden) {
    EXPECT_TRUE(fs::is_regular_file(out / f) && fs::file_size(out / f) > 0)
        << f << " was not published";
  }
  const fs::path golden = fixture("valid/" + name + ".expected");
  if (updating_golden()) {
    rewrite_golden(out, golden);
    std::printf("rewrote %s\n", golden.c_str());
    return;
  }
  ASSERT_TRUE(fs::is_directory(golden))
      << "no golden tree " << golden << "; make it with GONGKAI_UPDATE_GOLDEN=1";
  const std::string report = compare_with_golden(out, golden);
  if (!report.empty()) ADD_FAILURE() << report;
}

INSTANTIATE_TEST_SUITE_P(ValidSites, GoldenTest, ::testing::ValuesIn(golden_sites()),
                         [](const auto& info) { return info.param; });

// The small fixture, built once per test into a temp folder.
class SmallSite : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = tmp_.copy_fixture("valid/small");
    out_ = tmp_.path() / "out";
    RunResult r = run_gongkai({"build", "--source", site_.string(), "--output", out_.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  pt::ptree catalogue() const {
    pt::ptree tree;
    pt::read_json((out_ / "catalogue.json").string(), tree);
    return tree;
  }

  // The catalogue entry with this index number (fails the test when absent).
  pt::ptree entry(const std::string& index_number) const {
    const pt::ptree all = catalogue();
    for (const auto& [_, doc] : all.get_child("documents")) {
      if (doc.get<std::string>("index_number") == index_number) return doc;
    }
    ADD_FAILURE() << "no " << index_number << " in catalogue.json";
    return {};
  }

  TempDir tmp_;
  fs::path site_;
  fs::path out_;
};

TEST_F(SmallSite, EveryDocumentPageShowsTheEightLabels) {
  std::size_t pages = 0;
  const pt::ptree all = catalogue();
  for (const auto& [_, doc] : all.get_child("documents")) {
    const std::string f = doc.get<std::string>("path").substr(8, std::string::npos);  // content/
    const std::string dir = f.size() > 9 && f.compare(f.size() - 9, 9, "/index.md") == 0
                                ? f.substr(0, f.size() - 8)
                                : f.substr(0, f.size() - 3) + "/";
    ++pages;
    const std::string html = read_bytes(out_ / (dir + "index.html"));
    for (const auto& label : kEightLabels) {
      EXPECT_NE(html.find("<th scope=\"row\">" + label + "</th>"), std::string::npos)
          << dir << " does not show " << label;
    }
  }
  EXPECT_EQ(pages, 5u);  // six documents, one of them a draft
}

TEST_F(SmallSite, ChineseFileNameIsPercentEncodedInUrlsAndKeptOnDisk) {
  EXPECT_TRUE(fs::is_regular_file(out_ / "通知" / "2021" / "00001" / "index.html"));
  const std::string url = kBaseUrl + "%E9%80%9A%E7%9F%A5/2021/00001/";
  EXPECT_EQ(entry("629900001/2021-00001").get<std::string>("url"), url);
  EXPECT_EQ(entry("629900001/2021-00001").get<std::string>("path"), "content/通知/2021/00001.md");
  EXPECT_NE(read_bytes(out_ / "catalogue.json").find("\"" + url + "\""), std::string::npos);
  // The same string in the page's QR code label and canonical link, and the front page's link.
  const std::string page = read_bytes(out_ / "通知/2021/00001/index.html");
  EXPECT_NE(page.find("<link rel=\"canonical\" href=\"" + url + "\">"), std::string::npos);
  EXPECT_NE(page.find("扫一扫在手机打开当前页面：" + url + "\""), std::string::npos);
  EXPECT_NE(read_bytes(out_ / "index.html").find("href=\"%E9%80%9A%E7%9F%A5/2021/00001/\""),
            std::string::npos);
}

TEST_F(SmallSite, DraftIsNotPublished) {
  EXPECT_TRUE(fs::is_regular_file(site_ / "content/fgw/2022/00002.md"));
  EXPECT_FALSE(fs::exists(out_ / "fgw/2022/00002"));
  EXPECT_EQ(read_bytes(out_ / "catalogue.json").find("629900036/2022-00002"), std::string::npos);
  for (const auto& f : list_files(out_)) {
    EXPECT_EQ(read_bytes(out_ / f).find("价格监测报告"), std::string::npos)
        << f << " mentions the draft";
  }
  const pt::ptree all = catalogue();
  EXPECT_EQ(all.get_child("documents").size(), 5u);
}

TEST_F(SmallSite, BundleAttachmentIsCopiedAndListed) {
  const fs::path source = site_ / "content/fgw/2022/00001/申报表.csv";
  const fs::path published = out_ / "fgw/2022/00001/申报表.csv";
  ASSERT_TRUE(fs::is_regular_file(published));
  EXPECT_EQ(read_bytes(published), read_bytes(source));
  const pt::ptree attachments = entry("629900036/2022-00001").get_child("attachments");
  ASSERT_EQ(attachments.size(), 1u);
  const pt::ptree& a = attachments.front().second;
  EXPECT_EQ(a.get<std::string>("name"), "申报表.csv");
  EXPECT_EQ(a.get<std::string>("url"), kBaseUrl + "fgw/2022/00001/%E7%94%B3%E6%8A%A5%E8%A1%A8.csv");
  EXPECT_EQ(a.get<std::string>("type"), "text/csv");
  EXPECT_EQ(a.get<std::uintmax_t>("size"), fs::file_size(source));
  // Documents without attachments still carry the (empty) list.
  EXPECT_EQ(entry("629900036/2021-00001").count("attachments"), 1u);
  const pt::ptree policy = entry("629900036/2021-00001");
  EXPECT_TRUE(policy.get_child("attachments").empty());
}

TEST_F(SmallSite, LinksAndInterpretationsAreRewrittenToPages) {
  const std::string reading = read_bytes(out_ / "fgw/2021/00002/index.html");
  EXPECT_NE(reading.find("<a href=\"../00001/\">《示例市重点项目管理办法》</a>"),
            std::string::npos);
  EXPECT_NE(reading.find("<a href=\"../00003/#%E8%A6%81%E7%82%B9\">年度工作要点</a>"),
            std::string::npos);
  EXPECT_EQ(reading.find(".md\""), std::string::npos);
  EXPECT_EQ(reading.find("idx:"), std::string::npos);
  const std::string notice = read_bytes(out_ / "通知/2021/00001/index.html");
  EXPECT_NE(notice.find("<a href=\"../../../fgw/2021/00001/\">管理办法</a>"), std::string::npos);
  // The policy lists its interpretation, and the interpretation its policy.
  const std::string policy = read_bytes(out_ / "fgw/2021/00001/index.html");
  EXPECT_NE(policy.find("相关解读"), std::string::npos);
  EXPECT_NE(policy.find("<a href=\"../00002/\">"), std::string::npos);
  EXPECT_NE(reading.find("原文件"), std::string::npos);
}

TEST_F(SmallSite, SecondBuildKeepsBytesAndModificationTimes) {
  // An old time no build could produce, so the check does not depend on the clock's resolution.
  set_all_mtimes(out_, 978307200);  // 2001-01-01
  const TreeState before = snapshot(out_);
  RunResult r = run_gongkai({"build", "--source", site_.string(), "--output", out_.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const TreeState after = snapshot(out_);
  // Folders are made afresh in the staging twin; the files in them are the old ones, linked.
  TreeState files_before, files_after;
  for (const auto& [p, e] : before) {
    if (e.kind == EntryState::Kind::file) files_before[p] = e;
  }
  for (const auto& [p, e] : after) {
    if (e.kind == EntryState::Kind::file) files_after[p] = e;
  }
  EXPECT_EQ(describe_changes(files_before, files_after), "");
  EXPECT_FALSE(fs::exists(tmp_.path() / ".out.staging"));
}

TEST_F(SmallSite, BuildsFromAnotherWorkingFolderWithTheBuiltInTheme) {
  // The fixture holds only site.toml and content/: no theme, no templates (and the cache the
  // build in SetUp left, SPEC §2).
  std::set<std::string> top;
  for (fs::directory_iterator it(site_), end; it != end; ++it) {
    if (it->path().filename() != ".gongkai") top.insert(it->path().filename().string());
  }
  ASSERT_EQ(top, (std::set<std::string>{"site.toml", "content"}));
  // Absolute --source from the root folder.
  const fs::path out2 = tmp_.path() / "out2";
  RunResult r = run_gongkai({"build", "--source", site_.string(), "--output", out2.string()}, "/");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Relative --source from the folder above the site, output defaulting to SITE/public.
  r = run_gongkai({"build", "--source", "site"}, tmp_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> want = list_files(out_);
  for (const fs::path& other : {out2, site_ / "public"}) {
    ASSERT_EQ(list_files(other), want) << other;
    for (const auto& f : want) EXPECT_EQ(read_bytes(other / f), read_bytes(out_ / f)) << other / f;
  }
}

}  // namespace
}  // namespace gongkai::test
