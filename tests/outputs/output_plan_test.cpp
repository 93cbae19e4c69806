// The output plan: every clash of two outputs found before anything renders, once, at the
// site's file that must move (issue 14, defect 2).
#include "outputs/output_plan.hpp"

#include <gtest/gtest.h>

#include "catalogue/index_pages.hpp"
#include "catalogue/test_site.hpp"

namespace gongkai::test {
namespace {

using outputs::PlannedFile;

// A static file from disk: the site's (static/…) or its theme's.
render::Theme theme_with(const std::vector<std::string>& origins) {
  render::Theme theme;
  for (const auto& origin : origins) {
    const std::string rel = origin.substr(origin.find("static/") + 7);
    theme.static_files[rel] = {"", "/site/" + origin, origin};
  }
  return theme;
}

// Plans the site's outputs and checks them, as a build does before it renders.
std::string clashes(TestSite& site, const render::Theme& theme = {}) {
  const auto pages = index_pages(site.taxonomies, site.catalogue, site.config);
  outputs::check_output_clashes(
      outputs::plan_outputs(site.catalogue, site.taxonomies, pages, theme), site.diags);
  return site.messages();
}

std::string doc(const std::string& serial) {
  return doc_text(meta("629901001/2023-" + serial, "2023-01-01", "\"甲\""));
}

// A document or an attachment (FOLDER/index.html) where an index page goes.
TEST(OutputPlan, ADocumentOrAttachmentWhereAnIndexPageGoes) {
  const std::string k = "keywords = [\"a\"]";
  TestSite site(
      "page_size = 1\n",
      {{"catalogue.md", doc("00001")},
       {"issuer.md", doc("00002")},
       {"keywords/a.md", doc_text(meta("629901001/2023-00003", "2023-01-03", "\"甲\"", {k}))},
       {"catalogue/page/2.md", doc("00004")}},
      {"year/index.html", "year/2023/index.html", "year/2024/index.html", "keywords/xindex.html",
       "genre/a/index.html"});
  ASSERT_TRUE(site.documents_ok) << site.messages();
  // File-level errors: the file's path, no line.
  EXPECT_EQ(
      clashes(site),
      "content/catalogue.md: error: its page \"catalogue/\" is where gongkai publishes the "
      "目录 table; move the document\n"
      "content/catalogue/page/2.md: error: its page \"catalogue/page/2/\" is where gongkai "
      "publishes the 目录 table; move the document\n"
      "content/issuer.md: error: its page \"issuer/\" is where gongkai publishes the 发布机构 "
      "index; move the document\n"
      "content/keywords/a.md: error: its page \"keywords/a/\" is where gongkai publishes the "
      "page of 关键词 \"a\"; move the document\n"
      "content/year/2023/index.html: error: it would be published where gongkai publishes "
      "the page of 年份 \"2023\"; move the file\n"
      "content/year/index.html: error: it would be published where gongkai publishes the "
      "年份 index; move the file\n");
  ASSERT_EQ(site.diags.all().size(), 6u);
  EXPECT_EQ(site.diags.all()[0].line, 0);
  EXPECT_EQ(site.diags.all()[0].column, 0);
}

// The files every build writes at the root, and the writer's manifest.
TEST(OutputPlan, SiteFilesWhereGongkaiWritesItsOwn) {
  TestSite site("", {{"index.md", doc("00001")}},
                {"robots.txt", "catalogue.json", "404.html", "assets/gongkai.css"});
  ASSERT_TRUE(site.documents_ok) << site.messages();
  render::Theme theme = theme_with({"static/.gongkai-manifest", "static/index.html"});
  theme.static_files["assets/gongkai.css"] = {"body{}", {}, "(built-in theme) static/x"};
  EXPECT_EQ(clashes(site, theme),
            "content/404.html: error: it would be published where gongkai publishes the 404 "
            "page; move the file\n"
            "content/assets/gongkai.css: error: it would be published where gongkai publishes "
            "the built-in theme's assets/gongkai.css; move the file\n"
            "content/catalogue.json: error: it would be published where gongkai publishes "
            "catalogue.json; move the file\n"
            "content/index.md: error: its page \"/\" is where gongkai publishes the front page; "
            "move the document\n"
            "content/robots.txt: error: it would be published where gongkai publishes "
            "robots.txt; move the file\n"
            "static/.gongkai-manifest: error: it would be published where gongkai publishes its "
            "list of the files it published, .gongkai-manifest; move the file\n"
            "static/index.html: error: it would be published where gongkai publishes the front "
            "page; move the file\n");
}

// Two of the site's files on one path: one error, at the file copied over a page (or the
// static file over an attachment, or the later of two documents), with a note at the other.
TEST(OutputPlan, TwoSiteFilesOnOnePathIsOneErrorWithANote) {
  TestSite site("",
                {{"fgw/2021/00007.md", doc("00007")},
                 {"fgw/2021/00008.md", doc("00008")},
                 {"a.md", doc("00001")},
                 {"a/index.md", doc("00002")}},
                {"fgw/2021/00007/index.html", "files/x.pdf"});
  ASSERT_TRUE(site.documents_ok) << site.messages();
  const render::Theme theme =
      theme_with({"static/fgw/2021/00008/index.html", "themes/t/static/files/x.pdf"});
  EXPECT_EQ(clashes(site, theme),
            "content/a/index.md: error: its page \"a/\" is where the page of content/a.md is "
            "published; move the document\n"
            "content/a.md: note: its page is \"a/\"\n"
            "content/fgw/2021/00007/index.html: error: it would be published where the page of "
            "content/fgw/2021/00007.md is published; move the file\n"
            "content/fgw/2021/00007.md: note: its page is \"fgw/2021/00007/\"\n"
            "static/fgw/2021/00008/index.html: error: it would be published where the page of "
            "content/fgw/2021/00008.md is published; move the file\n"
            "content/fgw/2021/00008.md: note: its page is \"fgw/2021/00008/\"\n"
            "themes/t/static/files/x.pdf: error: it would be published where content/files/x.pdf "
            "is published; move the file\n"
            "content/files/x.pdf: note: it is published at \"files/x.pdf\"\n");
}

// A file where another output needs a folder: the writer could make neither.
TEST(OutputPlan, AFileWhereAFolderGoes) {
  TestSite site("", {{"fgw/a.md", doc("00001")}, {"fgw/b.md", doc("00002")}},
                {"robots.txt/a.pdf", "catalogue.json/b/c.pdf"});
  ASSERT_TRUE(site.documents_ok) << site.messages();
  EXPECT_EQ(clashes(site, theme_with({"static/fgw"})),
            "content/catalogue.json/b/c.pdf: error: it would be published inside "
            "\"catalogue.json\", where gongkai publishes catalogue.json; move the file\n"
            "content/robots.txt/a.pdf: error: it would be published inside \"robots.txt\", where "
            "gongkai publishes robots.txt; move the file\n"
            "static/fgw: error: it would be published at \"fgw\", a folder where the page of "
            "content/fgw/a.md is published; move the file\n"
            "content/fgw/a.md: note: its page is \"fgw/a/\"\n");
}

// A site without clashes plans each output once, the fixed files included.
TEST(OutputPlan, PlansEveryOutput) {
  TestSite site("", {{"fgw/a.md", doc("00001")}}, {"fgw/a.pdf"});
  ASSERT_TRUE(site.documents_ok) << site.messages();
  const auto pages = index_pages(site.taxonomies, site.catalogue, site.config);
  const auto plan = outputs::plan_outputs(site.catalogue, site.taxonomies, pages,
                                          theme_with({"static/.well-known/security.txt"}));
  std::set<std::string> paths;
  for (const PlannedFile& f : plan) EXPECT_TRUE(paths.insert(f.path).second) << f.path;
  for (const char* p : {"fgw/a/index.html", "fgw/a.pdf", ".well-known/security.txt", "index.html",
                        "404.html", "robots.txt", "catalogue.json", ".gongkai-manifest",
                        "catalogue/index.html", "issuer/index.html"}) {
    EXPECT_TRUE(paths.count(p)) << p;
  }
  EXPECT_EQ(clashes(site), "");
}

}  // namespace
}  // namespace gongkai::test
