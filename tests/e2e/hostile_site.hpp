#pragma once
// Support for the hostile input suite (issue 14): a throw-away site that was published once into
// an output holding a deploy repository's own files, so that every hostile build can be held to
// SPEC §7: a build that fails leaves the previous output byte for byte as it was, and files that
// gongkai did not write survive every build.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <string>
#include <vector>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {

// s as a TOML basic string, quotes included.
inline std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A document: the five required keys, then `more` (TOML lines), then the body.
inline std::string document(const std::string& title, const std::string& index_number,
                            const std::string& more, const std::string& body) {
  return "+++\ntitle = " + toml_string(title) + "\nindex_number = \"" + index_number +
         "\"\nissuer = \"示例市发展和改革委员会\"\ndisclosure = \"主动公开\"\ndate = "
         "2021-01-07T10:32:59+08:00\n" +
         more + "+++\n\n" + body;
}

// count copies of s.
inline std::string repeat(const std::string& s, std::size_t count) {
  std::string out;
  out.reserve(s.size() * count);
  for (std::size_t i = 0; i < count; ++i) out += s;
  return out;
}

class HostileSite : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = tmp_.path() / "site";
    out_ = tmp_.path() / "out";
    write_bytes(site_ / "site.toml",
                "base_url = \"https://www.example.gov.cn/fgw/\"\ntitle = \"示例目录\"\n");
    write_bytes(site_ / "content/fgw/2021/00001.md",
                document("普通文件", "629900036/2021-00001", "", "正文。\n"));
  }

  // Builds the site as it is now into out_, then adds a deploy repository's files beside it.
  void publish_previous() {
    const RunResult r = build();
    ASSERT_EQ(r.exit_code, 0) << r.err;
    write_bytes(out_ / "CNAME", "www.example.gov.cn\n");
    write_bytes(out_ / ".git/HEAD", "ref: refs/heads/main\n");
  }

  RunResult build(const std::vector<std::string>& extra = {}) const {
    std::vector<std::string> args{"build", "--source", site_.string(), "--output", out_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_gongkai(args);
  }

  // Publishes the site as SetUp made it, lets `make_hostile` change the site, then builds it
  // expecting a failure that changes nothing: exit status 1, nothing on stdout, no file of the
  // temporary folder (site, output and its foreign files) touched, no staging folder left.
  template <class F>
  RunResult build_fails_cleanly(F make_hostile) {
    publish_previous();
    make_hostile();
    const TreeState before = snapshot(tmp_.path());
    RunResult r = build();
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(describe_changes(before, snapshot(tmp_.path())), "");
    EXPECT_FALSE(fs::exists(tmp_.path() / ".out.staging"));
    return r;
  }

  // Publishes the site as SetUp made it, lets `make_hostile` change the site, then builds it
  // expecting success with the deploy repository's files still there.
  template <class F>
  void build_succeeds(F make_hostile) {
    publish_previous();
    make_hostile();
    const RunResult r = build();
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_bytes(out_ / "CNAME"), "www.example.gov.cn\n");
    EXPECT_EQ(read_bytes(out_ / ".git/HEAD"), "ref: refs/heads/main\n");
  }

  // Writes content/REL.
  void content(const std::string& rel, const std::string& bytes) const {
    write_bytes(site_ / "content" / rel, bytes);
  }

  TempDir tmp_;
  fs::path site_;
  fs::path out_;
};

}  // namespace gongkai::test
