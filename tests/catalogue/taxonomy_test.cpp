// The taxonomies built from documents in memory: each document's terms, the terms'
// display order, their documents, their page folders, term-page clashes, and the plan of
// every index page.
#include "catalogue/taxonomy.hpp"

#include <gtest/gtest.h>

#include "catalogue/index_pages.hpp"
#include "catalogue/test_site.hpp"
#include "catalogue/warnings.hpp"

namespace gongkai::test {
namespace {

using Strings = std::vector<std::string>;

// Issuers declared 县财政局 first (toml++ would sort 县政府办 first); a site list key; the
// genre list in an order of its own.
const std::string kSite =
    "page_size = 2\n"
    "[issuers.\"县财政局\"]\n"
    "[issuers.\"县政府办\"]\nslug = \"xzfb\"\n"
    "[schema.area]\ntype = \"list\"\nvalues = [\"东区\", \"西区\"]\n"
    "[taxonomies.genre]\nvalues = [\"通知\", \"纪要\", \"报告\"]\n"
    "[taxonomies.topic]\nterms_page_size = 1\n"
    "[taxonomies.keywords]\nterms_page_size = 2\n";

// Newest first: C (2024-01-01 04:00 in +08:00), B and A (same time; B has the higher index
// number), D.
const std::map<std::string, std::string> kDocs = {
    {"xzfb/a.md", doc_text(meta("629901001/2023-00001", "2023-01-10T09:00:00+08:00", "\"县政府办\"",
                                {"topic = \"综合政务/文秘工作\"", "genre = \"会议纪要\"",
                                 "keywords = [\"b\", \"a\"]", "area = [\"西区\", \"东区\"]",
                                 "validity = \"废止\""}))},
    {"xzfb/b.md",
     doc_text(meta("629901001/2023-00002", "2023-01-10T09:00:00+08:00", "\"县政府办\"",
                   {"topic = \"综合政务\"", "genre = \"通知\"", "keywords = [\"a\"]"}))},
    {"czj/c.md", doc_text(meta("629901004/2024-00001", "2023-12-31T20:00:00+00:00",
                               "[\"县财政局\", \"县政府办\"]",
                               {"topic = \"财政、金融、审计/财政\"", "genre = \"报告\"",
                                "keywords = [\"c\", \"b\"]", "area = [\"西区\"]"}))},
    {"czj/d.md", doc_text(meta("629901004/2022-00001", "2022-05-01", "\"县财政局\"",
                               {"topic = \"综合政务/政务公开\"", "genre = \"报告\"",
                                "keywords = [\"c\", \"a\", \"a\"]"}))},
};

const std::string A = "629901001/2023-00001", B = "629901001/2023-00002",
                  C = "629901004/2024-00001", D = "629901004/2022-00001";

class Taxonomies4 : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(site_.config_ok) << site_.messages();
    ASSERT_TRUE(site_.documents_ok) << site_.messages();
    ASSERT_EQ(site_.messages(), "");
  }
  const DocumentMeta& meta_of(const std::string& number) {
    return site_.catalogue.documents()[site_.doc(number)].meta;
  }
  const Taxonomy& tx(const std::string& key) {
    const Taxonomy* t = site_.taxonomies.get(key);
    EXPECT_NE(t, nullptr) << key;
    return *t;
  }
  // The display order of a taxonomy's first-level terms.
  Strings top(const std::string& key) { return TestSite::values(tx(key), tx(key).top); }
  // The documents of a term, by index number, in their listed order.
  Strings documents(const std::string& key, const std::string& value) {
    const TaxonomyTerm* term = tx(key).find(value);
    EXPECT_NE(term, nullptr) << key << " " << value;
    return term ? site_.numbers(term->documents) : Strings{};
  }

  TestSite site_{kSite, kDocs};
};

TEST_F(Taxonomies4, TermValuesForEveryKey) {
  const DocumentMeta &a = meta_of(A), &b = meta_of(B), &c = meta_of(C);
  EXPECT_EQ(term_values("issuer", c, 480), (Strings{"县财政局", "县政府办"}));
  EXPECT_EQ(term_values("topic", a, 480), (Strings{"综合政务", "综合政务/文秘工作"}));
  EXPECT_EQ(term_values("topic", b, 480), (Strings{"综合政务"}));
  EXPECT_EQ(term_values("genre", a, 480), (Strings{"纪要"}));  // written 会议纪要
  EXPECT_EQ(term_values("genre", b, 480), (Strings{"通知"}));
  EXPECT_EQ(term_values("disclosure", a, 480), (Strings{"主动公开"}));
  // 2023-12-31T20:00:00+00:00 is 2024-01-01 04:00 at +08:00.
  EXPECT_EQ(term_values("year", c, 480), (Strings{"2024"}));
  EXPECT_EQ(term_values("year", c, 0), (Strings{"2023"}));
  EXPECT_EQ(term_values("year", a, -600), (Strings{"2023"}));
  EXPECT_EQ(term_values("validity", a, 480), (Strings{"废止"}));
  EXPECT_EQ(term_values("validity", b, 480), Strings{});  // not given
  EXPECT_EQ(term_values("keywords", c, 480), (Strings{"c", "b"}));
  EXPECT_EQ(term_values("keywords", meta_of(D), 480), (Strings{"c", "a"}));  // "a" twice: once
  EXPECT_EQ(term_values("area", a, 480), (Strings{"西区", "东区"}));
  EXPECT_EQ(term_values("area", b, 480), Strings{});
  EXPECT_EQ(term_values("nothing", a, 480), Strings{});
}

TEST_F(Taxonomies4, TaxonomiesInMenuOrder) {
  Strings keys;
  for (const auto& t : site_.taxonomies.all()) keys.push_back(t.config->key);
  EXPECT_EQ(keys, (Strings{"issuer", "topic", "area", "genre", "disclosure", "year", "validity",
                           "keywords"}));
  EXPECT_EQ(tx("issuer").url_path, "issuer/");
  EXPECT_TRUE(tx("topic").is_tree);
  EXPECT_FALSE(tx("keywords").is_tree);
  EXPECT_EQ(site_.taxonomies.get("nothing"), nullptr);
}

TEST_F(Taxonomies4, TermOrder) {
  EXPECT_EQ(top("issuer"), (Strings{"县财政局", "县政府办"}));         // as site.toml lists them
  EXPECT_EQ(top("topic"), (Strings{"综合政务", "财政、金融、审计"}));  // as the tree lists them
  EXPECT_EQ(top("area"), (Strings{"东区", "西区"}));                   // as [schema] lists them
  EXPECT_EQ(top("genre"), (Strings{"通知", "纪要", "报告"}));          // as the genre list does
  EXPECT_EQ(top("year"), (Strings{"2024", "2023", "2022"}));           // newest first
  EXPECT_EQ(top("keywords"), (Strings{"a", "b", "c"}));  // by count (3, 2, 2), then by name
  EXPECT_EQ(top("validity"), (Strings{"废止"}));
  EXPECT_EQ(top("disclosure"), (Strings{"主动公开"}));
}

TEST_F(Taxonomies4, TopicTree) {
  const Taxonomy& t = tx("topic");
  const TaxonomyTerm* branch = t.find("综合政务");
  ASSERT_NE(branch, nullptr);
  EXPECT_EQ(branch->parent, kNoTerm);
  // In tree order (政务公开 before 文秘工作), not the order documents brought them.
  EXPECT_EQ(TestSite::values(t, branch->children),
            (Strings{"综合政务/政务公开", "综合政务/文秘工作"}));
  const TaxonomyTerm* child = t.find("综合政务/文秘工作");
  ASSERT_NE(child, nullptr);
  EXPECT_EQ(child->name, "文秘工作");
  EXPECT_EQ(&t.terms[child->parent], branch);
  EXPECT_EQ(child->url_path, "topic/综合政务/文秘工作/");
  EXPECT_EQ(branch->url_path, "topic/综合政务/");
  // A branch lists its sub-topics' documents and its own, newest first.
  EXPECT_EQ(documents("topic", "综合政务"), (Strings{B, A, D}));
  EXPECT_EQ(documents("topic", "综合政务/文秘工作"), Strings{A});
  EXPECT_EQ(documents("topic", "财政、金融、审计"), Strings{C});
  EXPECT_EQ(t.terms.size(), 5u);
}

TEST_F(Taxonomies4, DocumentsOfATermNewestFirst) {
  // B and A share their date: the higher index number comes first.
  EXPECT_EQ(documents("issuer", "县政府办"), (Strings{C, B, A}));  // C jointly issued
  EXPECT_EQ(documents("issuer", "县财政局"), (Strings{C, D}));
  EXPECT_EQ(documents("keywords", "a"), (Strings{B, A, D}));  // D lists "a" twice: once here
  EXPECT_EQ(documents("genre", "纪要"), Strings{A});
  EXPECT_EQ(documents("genre", "报告"), (Strings{C, D}));
  EXPECT_EQ(documents("year", "2024"), Strings{C});
  EXPECT_EQ(documents("year", "2023"), (Strings{B, A}));
  EXPECT_EQ(documents("area", "西区"), (Strings{C, A}));
  EXPECT_EQ(documents("disclosure", "主动公开"), (Strings{C, B, A, D}));
  EXPECT_EQ(tx("genre").find("会议纪要"), nullptr);  // grouped under 纪要
}

TEST_F(Taxonomies4, TermNamesAndFolders) {
  EXPECT_EQ(tx("issuer").find("县政府办")->url_path, "issuer/xzfb/");  // its slug
  EXPECT_EQ(tx("issuer").find("县财政局")->url_path, "issuer/县财政局/");
  EXPECT_EQ(tx("year").find("2024")->url_path, "year/2024/");
  EXPECT_EQ(tx("keywords").find("a")->name, "a");
  EXPECT_EQ(tx("area").find("东区")->url_path, "area/东区/");
}

TEST_F(Taxonomies4, TermUrl) {
  const Taxonomies& t = site_.taxonomies;
  EXPECT_EQ(t.term_url("genre", "会议纪要"), "genre/纪要/");  // the alias leads to 纪要's page
  EXPECT_EQ(t.term_url("genre", "纪要"), "genre/纪要/");
  EXPECT_EQ(t.term_url("issuer", "县政府办"), "issuer/xzfb/");
  EXPECT_EQ(t.term_url("topic", "综合政务/文秘工作"), "topic/综合政务/文秘工作/");
  EXPECT_EQ(t.term_url("keywords", "d"), "");  // no documents, no page
  EXPECT_EQ(t.term_url("validity", "有效"), "");
  EXPECT_EQ(t.term_url("nothing", "a"), "");
}

// One page of the plan as "kind dir page/pages", kind t(able), o(verview) or the term's value.
std::string describe(const IndexPage& p, const Taxonomies& t) {
  std::string kind = p.kind == IndexPage::Kind::table ? "table"
                     : p.kind == IndexPage::Kind::overview
                         ? "overview"
                         : t.all()[p.taxonomy].terms[p.term].value;
  return kind + " " + p.dir + " " + std::to_string(p.page) + "/" + std::to_string(p.pages);
}

TEST_F(Taxonomies4, IndexPagePlan) {
  Strings got;
  for (const auto& p : index_pages(site_.taxonomies, site_.catalogue, site_.config)) {
    got.push_back(describe(p, site_.taxonomies));
  }
  // page_size 2: four documents make two pages. The topic tree is one page whatever its
  // terms_page_size; keywords (three terms, terms_page_size 2) have two overview pages.
  // Terms come in the order documents brought them, newest document first.
  EXPECT_EQ(got, (Strings{
                     "table catalogue/ 1/2",
                     "table catalogue/page/2/ 2/2",
                     "overview issuer/ 1/1",
                     "县财政局 issuer/县财政局/ 1/1",
                     "县政府办 issuer/xzfb/ 1/2",
                     "县政府办 issuer/xzfb/page/2/ 2/2",
                     "overview topic/ 1/1",
                     "财政、金融、审计 topic/财政、金融、审计/ 1/1",
                     "财政、金融、审计/财政 topic/财政、金融、审计/财政/ 1/1",
                     "综合政务 topic/综合政务/ 1/2",
                     "综合政务 topic/综合政务/page/2/ 2/2",
                     "综合政务/文秘工作 topic/综合政务/文秘工作/ 1/1",
                     "综合政务/政务公开 topic/综合政务/政务公开/ 1/1",
                     "overview area/ 1/1",
                     "西区 area/西区/ 1/1",
                     "东区 area/东区/ 1/1",
                     "overview genre/ 1/1",
                     "报告 genre/报告/ 1/1",
                     "通知 genre/通知/ 1/1",
                     "纪要 genre/纪要/ 1/1",
                     "overview disclosure/ 1/1",
                     "主动公开 disclosure/主动公开/ 1/2",
                     "主动公开 disclosure/主动公开/page/2/ 2/2",
                     "overview year/ 1/1",
                     "2024 year/2024/ 1/1",
                     "2023 year/2023/ 1/1",
                     "2022 year/2022/ 1/1",
                     "overview validity/ 1/1",
                     "废止 validity/废止/ 1/1",
                     "overview keywords/ 1/2",
                     "overview keywords/page/2/ 2/2",
                     "c keywords/c/ 1/1",
                     "b keywords/b/ 1/1",
                     "a keywords/a/ 1/2",
                     "a keywords/a/page/2/ 2/2",
                 }));
}

TEST(IndexPages, AnEmptyCatalogueStillHasItsTableAndOverviews) {
  TestSite site("[taxonomies.keywords]\nenabled = false\n", {});
  ASSERT_EQ(site.messages(), "");
  Strings got;
  for (const auto& p : index_pages(site.taxonomies, site.catalogue, site.config)) {
    got.push_back(describe(p, site.taxonomies));
  }
  EXPECT_EQ(got, (Strings{"table catalogue/ 1/1", "overview issuer/ 1/1", "overview topic/ 1/1",
                          "overview genre/ 1/1", "overview disclosure/ 1/1", "overview year/ 1/1",
                          "overview validity/ 1/1"}));
}

// A taxonomy's path inside another's folder: check reports it at the taxonomy whose path
// site.toml sets, as build would fail writing the pages.
TEST(IndexPages, TwoIndexPagesOnOneFolder) {
  const std::map<std::string, std::string> docs = {
      {"a.md",
       doc_text(meta("629901001/2023-00001", "2023-01-01", "\"甲\"", {"genre = \"通知\""}))}};
  TestSite site("[issuers.\"甲\"]\nslug = \"jia\"\n[taxonomies.genre]\npath = \"issuer/jia\"\n",
                docs);
  ASSERT_EQ(site.messages(), "");
  check_page_clashes(index_pages(site.taxonomies, site.catalogue, site.config), site.taxonomies,
                     site.diags);
  EXPECT_EQ(
      site.messages(),
      "site.toml:5:1: error: the 体裁分类 index and the page of 发布机构 \"甲\" would both be "
      "published at \"issuer/jia/\"; give [taxonomies.genre] another path\n");

  // The later one (genre) is not in site.toml: the one that is (issuer) is blamed.
  TestSite earlier("[taxonomies.issuer]\npath = \"genre/通知\"\n", docs);
  ASSERT_EQ(earlier.messages(), "");
  check_page_clashes(index_pages(earlier.taxonomies, earlier.catalogue, earlier.config),
                     earlier.taxonomies, earlier.diags);
  EXPECT_EQ(earlier.messages(),
            "site.toml:3:1: error: the page of 体裁分类 \"通知\" and the 发布机构 index would both "
            "be published at \"genre/通知/\"; give [taxonomies.issuer] another path\n");
}

// Two keywords whose folders are the same: path_segment maps '/' to '-'.
// The error names first the term written where it points.
TEST(TermClash, TwoTermsOnOnePageIsOneErrorAtTheLaterWithANoteAtTheFirst) {
  TestSite site("", {{"a.md", doc_text(meta("629901001/2023-00001", "2023-01-01", "\"甲\"",
                                            {"keywords = [\"x\", \"a-b\"]"}))},
                     {"b.md", doc_text(meta("629901001/2023-00002", "2023-01-02", "\"甲\"",
                                            {"keywords = [\"a/b\"]"}))}});
  ASSERT_TRUE(site.documents_ok);
  EXPECT_EQ(site.messages(),
            "content/b.md:7:13: error: 关键词 \"a/b\" and \"a-b\" would share the page "
            "\"keywords/a-b/\"; rename one\n"
            "content/a.md:7:18: note: the other is here\n");
  ASSERT_EQ(site.diags.all().size(), 1u);
}

TEST(TermClash, ReportedAtTheLaterPlaceWhicheverTermIsPlacedSecond) {
  // "a-b" sorts before "a/b", so "a/b" is the one placed second; it is in the earlier file.
  TestSite site("", {{"a.md", doc_text(meta("629901001/2023-00001", "2023-01-01", "\"甲\"",
                                            {"keywords = [\"a/b\"]"}))},
                     {"b.md", doc_text(meta("629901001/2023-00002", "2023-01-02", "\"甲\"",
                                            {"keywords = [\"x\", \"a-b\"]"}))}});
  EXPECT_EQ(site.messages(),
            "content/b.md:7:18: error: 关键词 \"a-b\" and \"a/b\" would share the page "
            "\"keywords/a-b/\"; rename one\n"
            "content/a.md:7:13: note: the other is here\n");
}

TEST(TermClash, InOneDocumentTheLaterItemIsTheError) {
  TestSite site("", {{"a.md", doc_text(meta("629901001/2023-00001", "2023-01-01", "\"甲\"",
                                            {"keywords = [\"a/b\", \"a-b\"]"}))}});
  EXPECT_EQ(site.messages(),
            "content/a.md:7:20: error: 关键词 \"a-b\" and \"a/b\" would share the page "
            "\"keywords/a-b/\"; rename one\n"
            "content/a.md:7:13: note: the other is here\n");
}

TEST(TermClash, AnIssuerSlugAndAnIssuerName) {
  // 甲's term comes from its slug in site.toml, 乙's from the document; content/ sorts first.
  TestSite site("[issuers.\"甲\"]\nslug = \"乙\"\n[issuers.\"乙\"]\n",
                {{"a.md", doc_text(meta("629901001/2023-00001", "2023-01-01", "\"甲\""))},
                 {"b.md", doc_text(meta("629901001/2023-00002", "2023-01-02", "\"乙\""))}});
  EXPECT_EQ(site.messages(),
            "site.toml:3:10: error: 发布机构 \"甲\" and \"乙\" would share the page "
            "\"issuer/乙/\"; rename one or give it a slug in [issuers]\n"
            "content/b.md:4:10: note: the other is here\n");
}

TEST(EmptyCategories, CheckWarnsForEachConfiguredCategoryWithoutDocuments) {
  TestSite site(
      "[issuers.\"甲\"]\n[issuers.\"乙\"]\n"
      "[schema.area]\nvalues = [\"东区\", \"西区\"]\n"
      "[taxonomies.topic]\ntree = [{ name = \"财政\", children = [\"预算\", \"决算\"] }, "
      "\"其他\"]\n"
      "[taxonomies.genre]\nvalues = [\"通知\", \"报告\"]\n",
      {{"a.md", doc_text(meta("629901001/2022-00001", "2023-01-01", "\"甲\"",
                              {"topic = \"财政/预算\"", "genre = \"通知\"", "area = \"东区\""}))}});
  ASSERT_EQ(site.messages(), "");
  add_check_warnings(site.catalogue, site.taxonomies, site.config, site.diags);
  EXPECT_EQ(site.messages(),
            "content/a.md:3:16: warning: index_number year 2022 differs from the year of date "
            "(2023)\n"
            "site.toml:4:10: warning: 发布机构 \"乙\" has no documents\n"
            "site.toml:6:17: warning: area \"西区\" has no documents\n"
            "site.toml:8:9: warning: 主题分类 \"财政/决算\" has no documents\n"
            "site.toml:8:51: warning: 主题分类 branch \"其他\" has no documents\n"
            "site.toml:10:17: warning: 体裁分类 \"报告\" has no documents\n"
            "site.toml: warning: 5 categories have no documents (inspectors fail a site with five "
            "or more empty columns)\n");
}

}  // namespace
}  // namespace gongkai::test
