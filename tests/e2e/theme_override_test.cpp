// SPEC §2: a site's themes/NAME/ and templates/ override the built-in theme file by file.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <regex>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

class ThemeOverride : public ::testing::Test {
 protected:
  void SetUp() override { site_ = tmp_.copy_fixture("valid/small"); }

  void use_theme(const std::string& name) {
    write_bytes(site_ / "site.toml",
                "theme = \"" + name + "\"\n" + read_bytes(site_ / "site.toml"));
  }

  RunResult build() const {
    return run_gongkai({"build", "--source", site_.string(), "--output", out().string()});
  }
  fs::path out() const { return tmp_.path() / "out"; }
  std::string page() const { return read_bytes(out() / "fgw/2021/00001/index.html"); }

  TempDir tmp_;
  fs::path site_;
};

TEST_F(ThemeOverride, SiteTemplatesReplaceOneBuiltInPartial) {
  fs::create_directories(site_ / "templates");
  write_bytes(site_ / "templates/footer.html", "<footer>SITE-FOOTER {{site.title}}</footer>\n");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(page().find("SITE-FOOTER"), std::string::npos);
  // The rest of the built-in theme is still there.
  EXPECT_NE(page().find("索引号"), std::string::npos);
  EXPECT_TRUE(fs::exists(out() / "assets/gongkai.css"));
}

TEST_F(ThemeOverride, SiteTemplatesBeatTheThemeWhichBeatsTheBuiltIn) {
  use_theme("plain");
  fs::create_directories(site_ / "themes/plain/templates");
  fs::create_directories(site_ / "themes/plain/static/assets");
  fs::create_directories(site_ / "templates");
  write_bytes(site_ / "themes/plain/templates/footer.html", "<footer>THEME-FOOTER</footer>\n");
  write_bytes(site_ / "themes/plain/templates/header.html", "<header>THEME-HEADER</header>\n");
  write_bytes(site_ / "themes/plain/static/assets/gongkai.css", "body{color:#000}\n");
  write_bytes(site_ / "templates/header.html", "<header>SITE-HEADER</header>\n");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(page().find("THEME-FOOTER"), std::string::npos);
  EXPECT_NE(page().find("SITE-HEADER"), std::string::npos);
  EXPECT_EQ(page().find("THEME-HEADER"), std::string::npos);
  EXPECT_EQ(read_bytes(out() / "assets/gongkai.css"), "body{color:#000}\n");
}

TEST_F(ThemeOverride, StaticFolderIsCopiedAsIs) {
  fs::create_directories(site_ / "static/images");
  write_bytes(site_ / "static/images/logo.svg", "<svg/>");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_bytes(out() / "images/logo.svg"), "<svg/>");
}

// SPEC §2: static/ is copied as is, dot-files included; under content/ and templates/ they are
// ignored.
TEST_F(ThemeOverride, StaticDotFilesArePublishedOthersIgnored) {
  use_theme("plain");
  write_bytes(site_ / "static/.well-known/security.txt", "Contact: mailto:a@example.gov.cn\n");
  write_bytes(site_ / "static/.htaccess", "ErrorDocument 404 /404.html\n");
  write_bytes(site_ / "themes/plain/static/.nojekyll", "");
  write_bytes(site_ / "themes/plain/templates/.footer.html.swp", "not a template");
  write_bytes(site_ / "templates/.footer.html", "<footer>HIDDEN</footer>\n");
  write_bytes(site_ / "content/.notes/draft.md", "not a document");
  write_bytes(site_ / "content/fgw/.DS_Store", "x");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_bytes(out() / ".well-known/security.txt"), "Contact: mailto:a@example.gov.cn\n");
  EXPECT_EQ(read_bytes(out() / ".htaccess"), "ErrorDocument 404 /404.html\n");
  EXPECT_TRUE(fs::is_regular_file(out() / ".nojekyll"));
  EXPECT_EQ(page().find("HIDDEN"), std::string::npos);
  EXPECT_FALSE(fs::exists(out() / ".footer.html"));
  EXPECT_FALSE(fs::exists(out() / ".notes"));
  EXPECT_FALSE(fs::exists(out() / "fgw/.DS_Store"));
}

// SPEC §2: a symbolic link that stays inside the site is followed in every folder, to a file or
// to a folder, and a theme's own folders may be links too.
TEST_F(ThemeOverride, LinksInsideTheSiteAreFollowedInStaticAndTemplates) {
  use_theme("plain");
  write_bytes(site_ / "shared/images/logo.svg", "<svg/>");
  write_bytes(site_ / "shared/footer.html", "<footer>LINKED-FOOTER</footer>\n");
  write_bytes(site_ / "shared/theme-templates/header.html", "<header>LINKED-HEADER</header>\n");
  write_bytes(site_ / "shared/theme.css", "body{color:#111}\n");
  fs::create_directories(site_ / "static");
  fs::create_directories(site_ / "templates");
  fs::create_directories(site_ / "themes/plain/static/assets");
  fs::create_directory_symlink("../shared/images", site_ / "static/images");
  fs::create_symlink("../shared/images/logo.svg", site_ / "static/favicon.svg");
  fs::create_symlink("../shared/footer.html", site_ / "templates/footer.html");
  fs::create_directory_symlink("../../shared/theme-templates", site_ / "themes/plain/templates");
  fs::create_symlink("../../../../shared/theme.css",
                     site_ / "themes/plain/static/assets/gongkai.css");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_bytes(out() / "images/logo.svg"), "<svg/>");
  EXPECT_EQ(read_bytes(out() / "favicon.svg"), "<svg/>");
  EXPECT_NE(page().find("LINKED-FOOTER"), std::string::npos);
  EXPECT_NE(page().find("LINKED-HEADER"), std::string::npos);
  EXPECT_EQ(read_bytes(out() / "assets/gongkai.css"), "body{color:#111}\n");
  // Published as files, never as links back into the site.
  EXPECT_FALSE(fs::is_symlink(out() / "images"));
  EXPECT_FALSE(fs::is_symlink(out() / "favicon.svg"));
}

// content/ follows a link to a folder inside the site as it follows one to a file.
TEST_F(ThemeOverride, LinkedFolderInContentIsPublished) {
  fs::create_directories(site_ / "library");
  fs::rename(site_ / "content/通知", site_ / "library/通知");
  fs::create_directory_symlink("../library/通知", site_ / "content/通知");
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(out() / "通知/2021/00001/index.html"));
}

// A link to a folder that holds it is reported, not followed for ever.
TEST_F(ThemeOverride, LinkLoopsEndWithAnError) {
  fs::create_directories(site_ / "static/a");
  fs::create_directory_symlink("..", site_ / "static/a/up");
  RunResult r = build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "static/a/up: error: symbolic link leads to a folder that holds it (static/), so "
            "following it would never end\n");
  EXPECT_FALSE(fs::exists(out()));
}

TEST_F(ThemeOverride, MissingThemeIsAnError) {
  use_theme("nowhere");
  RunResult r = build();
  EXPECT_EQ(r.exit_code, 1);
  // At the key's value (line 1, column 9), as SPEC §5 asks for a problem in a key of site.toml.
  EXPECT_EQ(r.err, "site.toml:1:9: error: theme \"nowhere\" not found: no folder themes/nowhere\n");
  EXPECT_FALSE(fs::exists(out()));
}

TEST_F(ThemeOverride, BrokenTemplateIsReportedAgainstItsFile) {
  fs::create_directories(site_ / "templates");
  write_bytes(site_ / "templates/document.html", "{{#doc}}unclosed section\n");
  RunResult r = build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("templates/document.html: error: template: ", 0), 0u) << r.err;
  EXPECT_FALSE(fs::exists(out()));
}

TEST_F(ThemeOverride, MissingPartialIsReportedWithWhereItWasIncluded) {
  fs::create_directories(site_ / "templates");
  write_bytes(site_ / "templates/footer.html", "{{> no_such_partial}}\n");
  RunResult r = build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find("no template \"no_such_partial.html\" (included from templates/footer.html)"),
      std::string::npos)
      << r.err;
}

TEST_F(ThemeOverride, ContentIsEscapedEvenInSiteTemplates) {
  fs::create_directories(site_ / "templates");
  write_bytes(site_ / "templates/header.html", "<header>{{site.title}}</header>\n");
  write_bytes(site_ / "site.toml",
              "title = \"<script>alert(1)</script>\"\n" +
                  std::regex_replace(read_bytes(site_ / "site.toml"),
                                     std::regex("(^|\\n)title = [^\\n]*"), "$1"));
  RunResult r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(page().find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_NE(page().find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::test
