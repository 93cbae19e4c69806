// SPEC §7 publishing and §1 command line: what a build may and may not touch.
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <regex>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

namespace pt = boost::property_tree;

// Appends text to a file of the site.
void append(const fs::path& file, const std::string& text) {
  write_bytes(file, read_bytes(file) + text);
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string s = read_bytes(file);
  std::size_t at = s.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  write_bytes(file, s.replace(at, from.size(), to));
}

class Publishing : public ::testing::Test {
 protected:
  void SetUp() override { site_ = tmp_.copy_fixture("valid/small"); }

  RunResult build(const fs::path& output, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"build", "--source", site_.string(), "--output", output.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_gongkai(args);
  }

  TempDir tmp_;
  fs::path site_;
};

TEST_F(Publishing, BuildWithErrorsLeavesThePreviousOutputAsItWas) {
  const fs::path out = tmp_.path() / "out";
  RunResult r = build(out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  set_all_mtimes(out, 978307200);
  // One error found while loading, one found only when links are resolved, after everything was
  // read.
  replace_in(site_ / "content/fgw/2021/00003.md", "department = ", "departmnet = ");
  append(site_ / "content/fgw/2021/00001.md", "\n见[失效文件](00009.md)。\n");
  const TreeState before = snapshot(tmp_.path());

  r = build(out);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "content/fgw/2021/00001.md:30:2: error: link to missing document \"00009.md\" "
            "(no content/fgw/2021/00009.md)\n"
            "content/fgw/2021/00003.md:8:1: error: unknown key \"departmnet\" (did you mean "
            "\"department\"?)\n");
  EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
  EXPECT_FALSE(fs::exists(tmp_.path() / ".out.staging"));
}

TEST_F(Publishing, OutputThatCannotBeWrittenLeavesThePreviousOutputAsItWas) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to run the build as another user";
  const std::vector<std::string> as_nobody{"setpriv", "--reuid=65534", "--regid=65534",
                                           "--clear-groups"};
  {
    std::vector<std::string> probe = as_nobody;
    probe.push_back("true");
    if (run_command(probe).exit_code != 0) GTEST_SKIP() << "setpriv cannot change user here";
  }
  const fs::path www = tmp_.path() / "www";
  const fs::path out = www / "public";
  RunResult r = build(out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  set_all_mtimes(out, 978307200);
  // A change, so the new build has something to write; then the output's parent is closed to it.
  replace_in(site_ / "content/fgw/2021/00003.md", "2021年工作要点\"", "2021年工作要点（修订）\"");
  fs::permissions(www, fs::perms(0555));
  const TreeState before = snapshot(tmp_.path());

  std::vector<std::string> argv = as_nobody;
  for (const std::string& a : {gongkai_binary(), std::string("build"), std::string("--source"),
                               site_.string(), std::string("--output"), out.string()}) {
    argv.push_back(a);
  }
  r = run_command(argv, "/");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  // One diagnostic naming the output, saying why and that the old site stands.
  EXPECT_TRUE(
      std::regex_match(r.err, std::regex("^" + out.string() +
                                         ": error: [^\n]*Permission denied[^\n]*; the previous "
                                         "site is left as it was\n$")))
      << r.err;
  EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
  EXPECT_FALSE(fs::exists(www / ".public.staging"));
}

TEST_F(Publishing, OutputThatIsAFileOrASymbolicLinkIsRefused) {
  const fs::path file = tmp_.path() / "out.html";
  write_bytes(file, "不是文件夹\n");
  fs::create_directory(tmp_.path() / "real");
  write_bytes(tmp_.path() / "real/keep.html", "保留\n");
  fs::create_directory_symlink("real", tmp_.path() / "link");
  const TreeState before = snapshot(tmp_.path());
  for (const fs::path& out : {file, tmp_.path() / "link"}) {
    RunResult r = build(out);
    EXPECT_EQ(r.exit_code, 1) << out;
    EXPECT_EQ(r.err.rfind(out.string() + ": error: ", 0), 0u) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
}

// A deploy repository checked out as the output: its .git and CNAME are not gongkai's.
TEST_F(Publishing, FilesGongkaiDidNotWriteSurviveEveryBuild) {
  const fs::path out = tmp_.path() / "out";
  write_bytes(out / ".git/HEAD", "ref: refs/heads/main\n");
  fs::create_directories(out / ".git/refs/tags");  // an empty folder is kept too
  fs::permissions(out / ".git/refs", fs::perms(0700));
  write_bytes(out / "CNAME", "www.example.gov.cn\n");
  write_bytes(out / "fgw/说明.txt", "beside gongkai's own pages\n");
  write_bytes(out / "通知/说明.txt", "beside a page that will go\n");
  fs::create_directory_symlink("fgw/2021", out / "latest");
  set_all_mtimes(out, 978307200);
  const auto foreign = [&] {
    TreeState all = snapshot(out), kept;
    for (const char* p : {".git/HEAD", "CNAME", "fgw/说明.txt", "通知/说明.txt", "latest"}) {
      kept[p] = all[p];
    }
    // A folder is made afresh in the staging twin; its mode and its entries must stay.
    for (const char* p : {".git", ".git/refs", ".git/refs/tags"}) {
      if (!all.count(p)) continue;
      kept[p] = all[p];
      kept[p].inode = 0;
    }
    return kept;
  };
  const TreeState before = foreign();

  RunResult r = build(out, {"--stats"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(", 0 removed\n"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_regular_file(out / "fgw/2021/00001/index.html"));
  EXPECT_EQ(describe_changes(before, foreign()), "");

  // A document goes away: its page is removed, and the index pages only it was on (its two
  // keywords, its sub-topic 应急管理 and its second issuer), and nothing else.
  fs::remove(site_ / "content/通知/2021/00001.md");
  r = build(out, {"--stats"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(", 5 removed\n"), std::string::npos) << r.out;
  for (const char* gone : {"keywords/值班", "keywords/春节", "topic/综合政务/应急管理",
                           "issuer/示例市人民政府办公室"}) {
    EXPECT_FALSE(fs::exists(out / gone)) << gone;
  }
  EXPECT_FALSE(fs::exists(out / "通知/2021"));
  EXPECT_EQ(describe_changes(before, foreign()), "");
  EXPECT_FALSE(fs::exists(tmp_.path() / ".out.staging"));

  // And a build with nothing to do touches nothing.
  const TreeState all = snapshot(out);
  r = build(out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(describe_changes(all, snapshot(out)), "");
}

// A file that is not gongkai's where the new site needs a folder: the build stops rather than
// drop it.
TEST_F(Publishing, FileGongkaiDidNotWriteInTheWayIsAnErrorAndKept) {
  const fs::path out = tmp_.path() / "out";
  write_bytes(out / "fgw", "not a folder\n");
  const TreeState before = snapshot(tmp_.path());
  RunResult r = build(out);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, out.string() +
                       ": error: fgw was not written by gongkai and is in the way of the new "
                       "site; move it out of the output; the previous site is left as it was\n");
  EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
  EXPECT_FALSE(fs::exists(tmp_.path() / ".out.staging"));
}

TEST_F(Publishing, SubPathBaseUrlIsUsedForEveryAbsoluteUrl) {
  for (const std::string base : {"https://x.gov.cn/a/b/", "https://x.gov.cn/a/b"}) {
    const fs::path out = tmp_.path() / "out";
    RunResult r = build(out, {"--base-url", base});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    pt::ptree catalogue;
    pt::read_json((out / "catalogue.json").string(), catalogue);
    std::size_t urls = 0;
    for (const auto& [_, doc] : catalogue.get_child("documents")) {
      const std::string url = doc.get<std::string>("url");
      EXPECT_EQ(url.rfind("https://x.gov.cn/a/b/", 0), 0u) << url;
      ++urls;
      for (const auto& [__, a] : doc.get_child("attachments")) {
        EXPECT_EQ(a.get<std::string>("url").rfind("https://x.gov.cn/a/b/", 0), 0u);
        ++urls;
      }
    }
    EXPECT_EQ(urls, 6u);  // five documents, one attachment
    const std::string page = read_bytes(out / "fgw/2021/00001/index.html");
    EXPECT_NE(page.find("href=\"https://x.gov.cn/a/b/fgw/2021/00001/\""), std::string::npos);
    EXPECT_EQ(page.find("www.example.gov.cn"), std::string::npos);
    // The 404 page is served at any depth, so its links are absolute paths under the sub-path.
    const std::string not_found = read_bytes(out / "404.html");
    EXPECT_NE(not_found.find("href=\"/a/b/assets/gongkai.css\""), std::string::npos);
    EXPECT_NE(not_found.find("href=\"/a/b/\""), std::string::npos);
  }
}

TEST_F(Publishing, OutputThatWouldReplaceTheSiteOrContentIsRefused) {
  const TreeState before = snapshot(tmp_.path());
  for (const fs::path& out : {site_, fs::path(site_.string() + "/"), site_ / "content",
                              site_ / "content/fgw", tmp_.path()}) {
    RunResult r = build(out);
    EXPECT_EQ(r.exit_code, 1) << "--output " << out;
    EXPECT_EQ(r.err,
              out.string() +
                  ": error: output folder would replace the site or a folder it reads; choose "
                  "another --output\n");
    EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "") << "--output " << out;
  }
  // The same, named relative to the working folder.
  RunResult r = run_gongkai({"build", "--source", "site", "--output", "site/content"}, tmp_.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
}

TEST_F(Publishing, CheckWritesNothing) {
  const TreeState before = snapshot(tmp_.path());
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"check", "--source", site_.string()},
        std::vector<std::string>{"check", "--source", site_.string(), "--format", "json"},
        std::vector<std::string>{"check"}}) {
    RunResult r = run_gongkai(args, args.size() == 1 ? site_ : fs::path("/"));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(fs::exists(site_ / "public"));
    EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
  }
}

TEST_F(Publishing, CheckReportsErrorsAsJsonLines) {
  append(site_ / "content/fgw/2021/00001.md", "\n见[失效文件](00009.md)。\n");
  RunResult r = run_gongkai({"check", "--source", site_.string(), "--format", "json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      r.err,
      "{\"file\":\"content/fgw/2021/00001.md\",\"line\":30,\"column\":2,\"severity\":\"error\","
      "\"message\":\"link to missing document \\\"00009.md\\\" (no "
      "content/fgw/2021/00009.md)\"}\n");
}

TEST(CommandLine, BadUsageExitsWithTwo) {
  TempDir tmp;
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"build", "--frobnicate"}, std::vector<std::string>{"--frobnicate"},
        std::vector<std::string>{"frobnicate"}, std::vector<std::string>{},
        std::vector<std::string>{"check", "--format", "xml"},
        std::vector<std::string>{"check", "--format", "1"},
        std::vector<std::string>{"build", "--base-url", "notaurl"},
        std::vector<std::string>{"build", "--source"}}) {
    RunResult r = run_gongkai(args, tmp.path());
    std::string shown;
    for (const auto& a : args) shown += " " + a;
    EXPECT_EQ(r.exit_code, 2) << "gongkai" << shown << "\n" << r.err;
    EXPECT_FALSE(r.err.empty()) << "gongkai" << shown;
  }
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}

TEST(CommandLine, UsageErrorsSayWhatIsWrong) {
  TempDir tmp;
  const auto first_line = [&](const std::vector<std::string>& args) {
    RunResult r = run_gongkai(args, tmp.path());
    EXPECT_EQ(r.exit_code, 2) << r.err;
    return r.err.substr(0, r.err.find('\n'));
  };
  EXPECT_EQ(first_line({"frob"}), "Unknown command \"frob\" (the commands are build and check)");
  EXPECT_EQ(first_line({"biuld"}), "Unknown command \"biuld\" (did you mean \"build\"?)");
  EXPECT_EQ(first_line({}), "A subcommand is required");
  EXPECT_EQ(first_line({"check", "--format", "1"}), "--format: must be text or json, not \"1\"");
  EXPECT_EQ(first_line({"build", "--base-url", "notaurl"}),
            "--base-url: base_url \"notaurl\" must be an absolute http:// or https:// URL");
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}

TEST(CommandLine, VersionAndHelpSucceed) {
  RunResult r = run_gongkai({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(std::regex_match(r.out, std::regex("gongkai [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << r.out;
  r = run_gongkai({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("build"), std::string::npos);
  EXPECT_NE(r.out.find("check"), std::string::npos);
}

TEST(CommandLine, FolderWithoutSiteTomlExitsWithOne) {
  TempDir tmp;
  RunResult r = run_gongkai({"build"}, tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "site.toml: error: no site.toml in \".\": not a gongkai site (use --source DIR)\n");
  EXPECT_TRUE(fs::is_empty(tmp.path()));
}

}  // namespace
}  // namespace gongkai::test
