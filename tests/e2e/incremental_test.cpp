// SPEC §7 and issue 16: a build that reuses what the previous one left (the output and the site's
// .gongkai/ cache) publishes exactly what a clean build of the same sources publishes, byte for
// byte, and rewrites no file whose bytes did not change.
//
// One site folder is edited step by step and built after each step into the same output, keeping
// its .gongkai/ between builds. After each step the site is copied (without .gongkai/) and built
// from scratch into a fresh folder, and the two outputs must hold the same files, bytes, modes
// and folders. Written against the non-incremental binary, so that it passes before and after the
// build becomes incremental.
//
// The edits are code that finds the text it changes and throws when it is not there (gtest then
// fails the test and names the edit), so a step cannot silently do nothing.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <ostream>
#include <stdexcept>

#include "e2e/incremental_build.hpp"
#include "util/text.hpp"

namespace gongkai::test {
namespace {

// Names the step in every failure message under it: "step: a document … deleted:
// fgw/2021/00004.md".
#define STEP(what) SCOPED_TRACE(std::string("step: ") + (what))

TEST_P(IncrementalBuild, EveryEditPublishesWhatACleanBuildPublishes) {
  const Picks picks = pick_documents(site_);
  ASSERT_GE(picks.free.size(), 9u) << "the fixture has too few documents nothing links to";
  ASSERT_FALSE(picks.interpreted.empty()) << "the fixture has no interpreted document";
  // Each step's document, distinct from the others.
  const std::string body_doc = picks.free[0];       // body edits, template of the new document
  const std::string deleted_doc = picks.free[1];    // deleted
  const std::string renamed_doc = picks.free[2];    // renamed into a new folder
  const std::string draft_doc = picks.free[3];      // made a draft, then published again
  const std::string broken_doc = picks.free[4];     // an invalid date
  const std::string unknown_doc = picks.free[5];    // an unknown key
  const std::string bundle_doc = picks.free[6];     // becomes NAME/index.md with files beside it
  const std::string touched_doc = picks.free[7];    // same size, same time, other bytes
  const std::string sibling_doc = picks.free[8];    // edited while the cache is damaged
  const std::string moved_doc = picks.interpreted;  // date and title
  const std::string folder = fs::path(body_doc).parent_path().generic_string();
  // The steps that do not depend on the site's shape (the theme, the cache, the output) run on
  // the sample site only: each step costs two builds, most of it making folders.
  const bool every_step = GetParam() == SiteKind::sample;
  int edits = 0;  // numbers the edits of edit_body, so that each one changes the bytes
  const auto edit_body = [&](const std::string& rel) {
    edit(doc(rel), [&](const std::string& s) {
      return with_paragraph(s, "第" + std::to_string(++edits) + "次修改时补充的说明。", rel);
    });
  };

  {
    STEP("first build, no cache");
    ASSERT_FALSE(fs::exists(site_ / ".gongkai"));
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("rebuild with nothing changed");
    ASSERT_NO_FATAL_FAILURE(build_leaves_output_as_it_was());
  }
  {
    STEP("one document's body text edited: " + body_doc);
    edit(doc(body_doc), [&](const std::string& s) {
      return with_paragraph(s, "本段为增量构建测试新增的正文。", body_doc);
    });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
    EXPECT_TRUE(took_bodies_shortcut()) << last_stats_;
  }
  {
    STEP("the same body given a link to another document (" + moved_doc +
         "): a link is not body text alone");
    std::string number = key_value(read_bytes(doc(moved_doc)), "index_number", moved_doc);
    number = number.substr(1, number.size() - 2);  // without its quotes
    edit(doc(body_doc), [&](const std::string& s) {
      return with_paragraph(s, "另见[相关文件](idx:" + number + ")。", body_doc);
    });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
    EXPECT_FALSE(took_bodies_shortcut()) << last_stats_;
  }
  std::string moved_date;
  {
    STEP(
        "an interpreted document's 生成日期 moved to the newest, in a new year, and its title "
        "changed: " +
        moved_doc);
    edit(doc(moved_doc), [&](const std::string& s) {
      moved_date = key_value(s, "date", moved_doc);
      const std::string title = key_value(s, "title", moved_doc);
      const std::string t =
          with_key(s, "title", title.substr(0, title.size() - 1) + "（修订）\"", moved_doc);
      return with_key(t, "date", "2025-01-02T09:00:00+08:00", moved_doc);
    });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("the same document's date moved back: the new year's term pages go: " + moved_doc);
    edit(doc(moved_doc),
         [&](const std::string& s) { return with_key(s, "date", moved_date, moved_doc); });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a new document added beside " + body_doc);
    const std::string text = read_bytes(doc(body_doc));
    const std::string index_number = key_value(text, "index_number", body_doc);
    const std::size_t dash = index_number.rfind('-');
    ASSERT_NE(dash, std::string::npos) << index_number;
    const std::string prefix = index_number.substr(1, dash);  // "629900036/2021-"
    int serial = 0;
    for (const Doc& d : documents(site_)) {
      if (d.index_number.rfind(prefix, 0) == 0) {
        serial = std::max(serial, std::stoi(d.index_number.substr(prefix.size())));
      }
    }
    char digits[16];
    std::snprintf(digits, sizeof digits, "%05d", serial + 1);
    const fs::path added = doc(folder) / (std::string(digits) + ".md");
    ASSERT_FALSE(fs::exists(added)) << added;
    std::string t = with_key(text, "index_number", "\"" + prefix + digits + "\"", body_doc);
    t = with_key(t, "title", "\"关于增量构建测试新增文件的通知\"", body_doc);
    t = with_key(t, "date", "2020-06-15T10:00:00+08:00", body_doc);
    write_bytes(added, t);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a document nothing links to deleted: " + deleted_doc);
    ASSERT_TRUE(fs::remove(doc(deleted_doc)));
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a document renamed, into a new folder (a new URL, the same bytes): " + renamed_doc);
    const fs::path to = site_ / "content" / fs::path(renamed_doc).begin()->string() / "归档" /
                        ("更名-" + fs::path(renamed_doc).filename().string());
    ASSERT_FALSE(fs::exists(to));
    fs::create_directories(to.parent_path());
    fs::rename(doc(renamed_doc), to);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a published document made a draft: " + draft_doc);
    replace_in(doc(draft_doc), "\n+++\n", "\ndraft = true\n+++\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("the draft published again: " + draft_doc);
    replace_in(doc(draft_doc), "\ndraft = true\n+++\n", "\n+++\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  const std::string builtin_document =
      read_bytes(test_data().parent_path() / "themes/default/templates/document.html");
  if (every_step) {
    STEP("templates/document.html and static/assets/gongkai.css override the built-in theme");
    write_bytes(site_ / "templates/document.html",
                replace_once(builtin_document, "<article class=\"document\">",
                             "<article class=\"document\">\n    <p class=\"marker\">站点模板</p>"));
    write_bytes(site_ / "static/assets/gongkai.css", "body{color:#111}\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("the templates/document.html override edited");
    replace_in(site_ / "templates/document.html", "站点模板", "站点模板（第二版）");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("the overrides removed: the built-in theme again");
    fs::remove_all(site_ / "templates");
    fs::remove_all(site_ / "static");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("site.toml: the title changed, and page_size, so every index paginates differently");
    edit(site_ / "site.toml", [](const std::string& s) {
      const std::size_t at = s.find("\ntitle = \"");
      if (at == std::string::npos) edit_failed("site.toml has no title line");
      return std::string(s).insert(at + 10, "（增量）");
    });
    edit(site_ / "site.toml", [](const std::string& s) {
      const std::size_t at = s.find("\npage_size = ");
      if (at == std::string::npos) return "page_size = 7\n" + s;  // before any [table]
      return s.substr(0, at) + "\npage_size = 7" + s.substr(s.find('\n', at + 1));
    });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    const std::string good = read_bytes(doc(broken_doc));
    {
      STEP("a document's date made invalid: the build fails and writes nothing: " + broken_doc);
      edit(doc(broken_doc),
           [&](const std::string& s) { return with_key(s, "date", "2021-13-45", broken_doc); });
      ASSERT_NO_FATAL_FAILURE(build_fails(broken_doc));
    }
    {
      STEP("the date fixed back: the output is as it was: " + broken_doc);
      write_bytes(doc(broken_doc), good);
      ASSERT_NO_FATAL_FAILURE(build_leaves_output_as_it_was());
    }
  }
  {
    const std::string good = read_bytes(doc(unknown_doc));
    {
      STEP("a valid edit of " + body_doc + " with an unknown key in " + unknown_doc +
           ": the build fails and writes nothing, not even the valid page");
      edit_body(body_doc);
      replace_in(doc(unknown_doc), "\n+++\n", "\nisuer = \"示例市\"\n+++\n");
      ASSERT_NO_FATAL_FAILURE(build_fails(unknown_doc));
    }
    {
      STEP("the unknown key removed: the earlier valid edit is published: " + unknown_doc);
      write_bytes(doc(unknown_doc), good);
      ASSERT_NO_FATAL_FAILURE(build_matches_clean());
    }
  }
  {
    STEP("every source touched (new modification times), no byte changed");
    const long long later = static_cast<long long>(std::time(nullptr)) + 3600;
    set_all_mtimes(site_ / "content", later);
    fs::last_write_time(site_ / "site.toml", static_cast<std::time_t>(later));
    ASSERT_NO_FATAL_FAILURE(build_leaves_output_as_it_was());
  }
  if (every_step) {
    STEP("every cache file truncated to nothing, and " + sibling_doc + " edited");
    for (const fs::path& f : cache_files()) write_bytes(f, "");
    edit_body(sibling_doc);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("every cache file overwritten with garbage, and " + sibling_doc + " edited");
    for (const fs::path& f : cache_files()) {
      static const char kRaw[] = "\xff\xfe\x00{[\"gongkai\" = \x01 garbage";
      std::string garbage(kRaw, sizeof kRaw - 1);
      garbage.resize(std::max<std::size_t>(garbage.size(), fs::file_size(f) + 17), '\x7f');
      write_bytes(f, garbage);
    }
    edit_body(sibling_doc);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("the cache deleted, and " + sibling_doc + " edited");
    fs::remove_all(site_ / ".gongkai");
    edit_body(sibling_doc);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("the cache of another site (tests/fixtures/valid/small) copied in, and " + sibling_doc +
         " edited");
    const fs::path other = tmp_.copy_fixture("valid/small", "other");
    const RunResult r = run_gongkai(
        {"build", "--source", other.string(), "--output", (tmp_.path() / "other-out").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    fs::remove_all(site_ / ".gongkai");
    // (While the build keeps no cache this is the step above again.)
    if (fs::is_directory(other / ".gongkai")) copy_tree(other / ".gongkai", site_ / ".gongkai");
    edit_body(sibling_doc);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    STEP("an edit of " + sibling_doc +
         " built into another output first (the cache then describes that one)");
    edit_body(sibling_doc);
    const fs::path elsewhere = tmp_.path() / "elsewhere/out";
    fs::create_directories(elsewhere.parent_path());
    const RunResult r = build(elsewhere);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_NO_FATAL_FAILURE(expect_same_as_clean_build(snapshot(elsewhere)));
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("an attachment added beside " + body_doc + " and linked from its body");
    write_bytes(doc(folder) / "增量附件.csv", "序号,名称\n1,示例\n");
    edit(doc(body_doc), [&](const std::string& s) {
      return with_paragraph(s, "详见[增量附件](增量附件.csv)。", body_doc);
    });
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP(bundle_doc + " becomes a bundle (NAME/index.md, same URL) with a file beside it");
    const fs::path bundle = doc(bundle_doc).replace_extension();
    fs::create_directories(bundle);
    fs::rename(doc(bundle_doc), bundle / "index.md");
    write_bytes(bundle / "说明.txt", "附件说明。\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a file added to the bundle " + bundle_doc + ", linked from nothing");
    write_bytes(doc(bundle_doc).replace_extension() / "附表2.csv", "年份,金额\n2021,100\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("every attachment's bytes and size changed");
    const std::vector<fs::path> files = attachments();
    ASSERT_GE(files.size(), 3u);
    for (const fs::path& f : files) write_bytes(f, read_bytes(f) + "9,追加的一行\n");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    // A cache that trusted a file's size and modification time alone would miss these.
    STEP("every attachment, and the document " + touched_doc +
         ", changed to other bytes of the same size, their times set back");
    for (const fs::path& f : attachments()) rewrite_same_size_and_time(f, "追加", "补充");
    const std::string title = key_value(read_bytes(doc(touched_doc)), "title", touched_doc);
    // The title's first character (three UTF-8 bytes) replaced by another one.
    ASSERT_GE(title.size(), 4u);
    ASSERT_EQ(static_cast<unsigned char>(title[1]) & 0xF0, 0xE0) << title;
    const std::string first = title.substr(1, 3);
    rewrite_same_size_and_time(doc(touched_doc), "\ntitle = \"" + first,
                               "\ntitle = \"" + std::string(first == "新" ? "旧" : "新"));
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("a file removed from the bundle " + bundle_doc + ", and the attachment linked from " +
         body_doc + " removed with its link");
    ASSERT_TRUE(fs::remove(doc(bundle_doc).replace_extension() / "说明.txt"));
    ASSERT_TRUE(fs::remove(doc(folder) / "增量附件.csv"));
    replace_in(doc(body_doc), "\n详见[增量附件](增量附件.csv)。\n", "");
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  if (every_step) {
    // Not an edit of the site: someone (a deploy script, a person) removed and changed files of
    // the published output. The next build publishes the whole site again, as a clean one would.
    STEP("published files removed and changed by hand in the output");
    const fs::path page = out_ / fs::path(body_doc).replace_extension() / "index.html";
    ASSERT_TRUE(fs::remove(page)) << page;
    ASSERT_TRUE(fs::remove(out_ / "catalogue.json"));
    write_bytes(out_ / "index.html", read_bytes(out_ / "index.html") + "<!-- 手改 -->\n");
    published_ = snapshot(out_);
    ASSERT_NO_FATAL_FAILURE(build_matches_clean());
  }
  {
    STEP("rebuild with nothing changed, at the end");
    ASSERT_NO_FATAL_FAILURE(build_leaves_output_as_it_was());
  }
  std::printf("[          ] %.0f ms in the %s's incremental builds\n", build_ms_,
              GetParam() == SiteKind::sample ? "sample site" : "generated catalogue");
}

INSTANTIATE_TEST_SUITE_P(Incremental, IncrementalBuild,
                         ::testing::Values(SiteKind::sample, SiteKind::generated),
                         [](const ::testing::TestParamInfo<SiteKind>& info) {
                           return info.param == SiteKind::sample ? "SampleSite"
                                                                 : "GeneratedCatalogue";
                         });

}  // namespace
}  // namespace gongkai::test
