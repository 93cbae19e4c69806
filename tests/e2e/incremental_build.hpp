#pragma once
// The fixture of the incremental-equals-clean test (incremental_test.cpp): a site folder built
// step by step into one output, keeping its .gongkai/, each step's output compared with a clean
// build of the same sources.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "e2e/output_compare.hpp"
#include "e2e/run_gongkai.hpp"
#include "e2e/site_edits.hpp"
#include "util/text.hpp"

namespace gongkai::test {

// Fails (and goes on) when there are differences, printing them as they are, one a line.
inline void expect_none(const std::string& differences, const std::string& what) {
  EXPECT_TRUE(differences.empty()) << what << ":\n" << differences;
}

enum class SiteKind { sample, generated };

// How gtest (and so ctest's test names) shows the parameter.
inline void PrintTo(SiteKind kind, std::ostream* os) {
  *os << (kind == SiteKind::sample ? "sample" : "generated");
}

class IncrementalBuild : public ::testing::TestWithParam<SiteKind> {
 protected:
  void SetUp() override {
    const fs::path root = test_data().parent_path();
    if (GetParam() == SiteKind::sample) {
      // The repository's own sample catalogue (site.toml and content/ at the root).
      fs::create_directories(site_);
      fs::copy_file(root / "site.toml", site_ / "site.toml");
      for (const char* folder : {"content", "static", "templates"}) {
        if (fs::is_directory(root / folder)) copy_tree(root / folder, site_ / folder);
      }
    } else {
      // A small generated catalogue (bench/README.md): two dozen issuers, interpretations,
      // cross-links, documents of every validity.
      RunResult gen =
          run_command({"/usr/bin/python3", (root / "bench/make_catalogue.py").string(),
                       site_.string(), "--documents", "30", "--seed", "7", "--jobs", "1"});
      ASSERT_EQ(gen.exit_code, 0) << "bench/make_catalogue.py failed (python3-jieba missing? "
                                     "scripts/install-deps.sh test installs it):\n"
                                  << gen.err;
    }
    fs::create_directories(www_);
  }

  RunResult build(const fs::path& output) const {
    return run_gongkai(
        {"build", "--source", site_.string(), "--output", output.string(), "--stats"});
  }

  // Whether the last build_matches_clean() took the shortcut of a build in which nothing but
  // documents' bodies changed (outputs/incremental.hpp), by what its --stats said.
  bool took_bodies_shortcut() const {
    return last_stats_.find("only document bodies changed") != std::string::npos;
  }

  // The site as the build may not change it: everything but its own .gongkai/ cache.
  TreeState site_state() const {
    TreeState state = snapshot(site_);
    for (auto it = state.begin(); it != state.end();) {
      it = it->first == ".gongkai" || it->first.rfind(".gongkai/", 0) == 0 ? state.erase(it)
                                                                           : std::next(it);
    }
    return state;
  }

  // What a build leaves beside the output: the output alone (no staging folder, no temporary
  // file).
  void expect_nothing_beside(const fs::path& output) const {
    std::vector<std::string> names;
    for (fs::directory_iterator it(output.parent_path()), end; it != end; ++it) {
      names.push_back(it->path().filename().string());
    }
    EXPECT_EQ(names, std::vector<std::string>{output.filename().string()});
  }

  // Builds a copy of the site as it is now, without its .gongkai/, into a fresh folder and
  // requires the output that published to hold exactly what that clean build holds. (Not beside
  // the incremental build: on this project's two cores both builds then take longer than in turn.)
  void expect_same_as_clean_build(const TreeState& published) const {
    TempDir clean;
    copy_tree(site_, clean.path() / "site");
    fs::remove_all(clean.path() / "site/.gongkai");
    const RunResult r = run_gongkai({"build", "--source", (clean.path() / "site").string(),
                                     "--output", (clean.path() / "out").string()});
    ASSERT_EQ(r.exit_code, 0) << "the clean build failed:\n" << r.err;
    expect_none(compare_outputs(published, snapshot(clean.path() / "out")),
                "the incremental output differs from a clean build of the same sources");
  }

  // A step that changes the site: the build succeeds, writes only what changed, and publishes
  // what a clean build publishes.
  void build_matches_clean() {
    const TreeState site_before = site_state();
    const auto start = std::chrono::steady_clock::now();
    const RunResult r = build(out_);
    build_ms_ +=
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(r.exit_code, 0) << r.err;
    last_stats_ = r.out;
    expect_none(describe_changes(site_before, site_state()),
                "the build changed the site outside .gongkai/");
    expect_nothing_beside(out_);
    const TreeState after = snapshot(out_);
    expect_none(rewritten_unchanged(published_, after),
                "the build rewrote files whose bytes did not change");
    EXPECT_GT(changed_files(published_, after), 0u)
        << "the step changed no published file: its edit did not reach the build";
    published_ = after;
    expect_same_as_clean_build(after);
  }

  // A step after which the sources hold the same bytes as at a state already compared with a
  // clean build (nothing changed, only modification times, an error fixed back): the output is
  // left exactly as it was, folders and times included.
  void build_leaves_output_as_it_was() {
    const TreeState site_before = site_state();
    const RunResult r = build(out_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    expect_none(describe_changes(site_before, site_state()),
                "the build changed the site outside .gongkai/");
    expect_nothing_beside(out_);
    expect_none(describe_changes(published_, snapshot(out_)),
                "the build changed the output, which it had to leave as it was");
  }

  // A step that breaks the document culprit: the build fails, naming it, and writes nothing
  // (SPEC §7).
  void build_fails(const std::string& culprit) {
    const TreeState site_before = site_state();
    const RunResult r = build(out_);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("content/" + culprit + ":"), std::string::npos) << r.err;
    expect_none(describe_changes(site_before, site_state()),
                "the build changed the site outside .gongkai/");
    expect_nothing_beside(out_);
    expect_none(describe_changes(published_, snapshot(out_)),
                "the build changed the output, which it had to leave as it was");
  }

  fs::path doc(const std::string& rel) const { return site_ / "content" / rel; }

  // Every attachment of the site: the files under content/ that are not documents.
  std::vector<fs::path> attachments() const {
    std::vector<fs::path> files;
    for (const std::string& rel : list_files(site_ / "content")) {
      if (!ends_with(rel, ".md") && rel.find("/.") == std::string::npos && rel[0] != '.') {
        files.push_back(site_ / "content" / rel);
      }
    }
    return files;
  }

  // Each regular file under the site's .gongkai/ (made, with one file, when the build keeps none
  // yet, so that the cache code to come meets the damage).
  std::vector<fs::path> cache_files() const {
    const fs::path cache = site_ / ".gongkai";
    if (!fs::is_directory(cache)) write_bytes(cache / "state", "not written by gongkai\n");
    std::vector<fs::path> files;
    for (const std::string& rel : list_files(cache)) files.push_back(cache / rel);
    return files;
  }

  TempDir tmp_;
  const fs::path site_ = tmp_.path() / "site";
  const fs::path www_ = tmp_.path() / "www";
  const fs::path out_ = www_ / "out";
  TreeState published_;     // the output as the last successful build left it
  std::string last_stats_;  // what the last build_matches_clean() build printed
  double build_ms_ = 0;     // time spent in the incremental builds of build_matches_clean()
};

}  // namespace gongkai::test
