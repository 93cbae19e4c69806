// site.toml [schema] and [taxonomies]: the default taxonomies, each setting, and a
// diagnostic for each kind of mistake, at its file:line:col.
#include "site/taxonomy_config.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>

#include "site/config.hpp"

namespace gongkai {
namespace {

namespace fs = boost::filesystem;

// Writes site.toml into a fresh folder and loads it.
class TaxonomyConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fs::unique_path("gongkai-taxonomy-config-%%%%%%%%");
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  bool load(const std::string& toml) {
    fs::ofstream(dir_ / "site.toml", std::ios::binary) << toml;
    return load_config(dir_.string(), config_, diags_);
  }
  std::string messages() {
    diags_.sort();
    std::string out;
    for (const auto& d : diags_.all()) out += format_text(d);
    return out;
  }
  // The keys of the taxonomies turned on, in menu order.
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const auto& t : config_.taxonomies) out.push_back(t.key);
    return out;
  }
  const TaxonomyConfig& taxonomy(const std::string& key) const {
    const TaxonomyConfig* t = config_.taxonomy(key);
    EXPECT_NE(t, nullptr) << key;
    static const TaxonomyConfig none;
    return t ? *t : none;
  }

  fs::path dir_;
  Config config_;
  Diagnostics diags_;
};

// Lines 1 and 2; whatever a test adds starts at line 3.
const std::string kMinimal = "base_url = \"https://www.example.gov.cn/fgw\"\ntitle = \"目录\"\n";

using Keys = std::vector<std::string>;

TEST_F(TaxonomyConfigTest, DefaultsAreTheSevenBuiltInTaxonomiesInMenuOrder) {
  ASSERT_TRUE(load(kMinimal + "page_size = 7\n")) << messages();
  EXPECT_EQ(keys(),
            (Keys{"issuer", "topic", "genre", "disclosure", "year", "validity", "keywords"}));
  EXPECT_EQ(keys(), builtin_taxonomy_keys());
  const std::vector<std::string> labels = {"发布机构", "主题分类", "体裁分类", "公开形式",
                                           "年份",     "有效性",   "关键词"};
  ASSERT_EQ(config_.taxonomies.size(), labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const TaxonomyConfig& t = config_.taxonomies[i];
    EXPECT_EQ(t.label, labels[i]) << t.key;
    EXPECT_EQ(t.path, t.key);
    EXPECT_EQ(t.page_size, 7) << t.key;  // the site's page_size
    EXPECT_EQ(t.terms_page_size, 200) << t.key;
    EXPECT_EQ(t.place.line, 0) << t.key;  // not written in site.toml
  }
  EXPECT_TRUE(config_.schema.empty());
  EXPECT_FALSE(config_.topics_replaced);
  EXPECT_TRUE(config_.genre_places.empty());
  EXPECT_EQ(catalogue_table_path(), "catalogue");
}

TEST_F(TaxonomyConfigTest, SchemaKeyWithValuesIsATaxonomyAfterTopic) {
  ASSERT_TRUE(load(kMinimal + "[schema.statutory]\nlabel = \"法定主动公开内容\"\nrequired = true\n"
                              "values = [\"规章\", \"其他\"]\n"
                              "[schema.note]\n"  // no values: a front-matter key, not a taxonomy
                              "[schema.signed]\ntype = \"date\"\n"))
      << messages();
  EXPECT_EQ(keys(), (Keys{"issuer", "topic", "statutory", "genre", "disclosure", "year", "validity",
                          "keywords"}));
  EXPECT_EQ(taxonomy("statutory").label, "法定主动公开内容");
  EXPECT_EQ(taxonomy("statutory").path, "statutory");
  EXPECT_EQ(config_.label("statutory"), "法定主动公开内容");
  const SchemaKey* s = config_.schema_key("statutory");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, SchemaKey::Type::string);
  EXPECT_TRUE(s->required);
  EXPECT_EQ(s->values, (Keys{"规章", "其他"}));
  ASSERT_EQ(s->value_places.size(), 2u);
  EXPECT_EQ(s->value_places[1].line, 6);
  EXPECT_EQ(s->value_places[1].column, 17);
  const SchemaKey* note = config_.schema_key("note");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->label, "note");  // no label: the key itself
  EXPECT_EQ(config_.schema_key("signed")->type, SchemaKey::Type::date);
}

TEST_F(TaxonomyConfigTest, SchemaKeyWithoutValuesIsATaxonomyWhenListed) {
  ASSERT_TRUE(load(kMinimal + "[schema.area]\ntype = \"list\"\nlabel = \"地区\"\n"
                              "[taxonomies.area]\npath = \"browse/area\"\n"))
      << messages();
  EXPECT_EQ(keys(), (Keys{"issuer", "topic", "area", "genre", "disclosure", "year", "validity",
                          "keywords"}));
  EXPECT_EQ(taxonomy("area").path, "browse/area");
  EXPECT_EQ(taxonomy("area").label, "地区");
  EXPECT_EQ(taxonomy("area").place.line, 6);
}

TEST_F(TaxonomyConfigTest, SchemaTaxonomiesFollowTheOrderSiteTomlListsThem) {
  // toml++ keeps keys sorted ("area" < "zone"); the menu keeps the site's order.
  ASSERT_TRUE(load(kMinimal + "[schema.zone]\nvalues = [\"东区\"]\n"
                              "[schema.area]\nvalues = [\"城区\"]\n"))
      << messages();
  EXPECT_EQ(keys(), (Keys{"issuer", "topic", "zone", "area", "genre", "disclosure", "year",
                          "validity", "keywords"}));
  ASSERT_EQ(config_.schema.size(), 2u);
  EXPECT_EQ(config_.schema[0].key, "zone");
  EXPECT_EQ(config_.schema[1].key, "area");
}

TEST_F(TaxonomyConfigTest, EnabledFalseTurnsOneOff) {
  ASSERT_TRUE(load(kMinimal + "[taxonomies.validity]\nenabled = false\n"
                              "[taxonomies.keywords]\nenabled = true\n"))
      << messages();
  EXPECT_EQ(keys(), (Keys{"issuer", "topic", "genre", "disclosure", "year", "keywords"}));
  EXPECT_EQ(config_.taxonomy("validity"), nullptr);
}

TEST_F(TaxonomyConfigTest, LabelPathAndPageSizesCanBeSet) {
  ASSERT_TRUE(load(kMinimal + "page_size = 30\n"
                              "[taxonomies.genre]\nlabel = \"文种\"\npath = \"wenzhong\"\n"
                              "page_size = 5\nterms_page_size = 3\n"))
      << messages();
  const TaxonomyConfig& g = taxonomy("genre");
  EXPECT_EQ(g.label, "文种");
  EXPECT_EQ(g.path, "wenzhong");
  EXPECT_EQ(g.page_size, 5);
  EXPECT_EQ(g.terms_page_size, 3);
  EXPECT_EQ(g.place.line, 4);
  EXPECT_EQ(taxonomy("topic").page_size, 30);
  EXPECT_EQ(taxonomy("topic").terms_page_size, 200);
  // A [labels] entry renames the 年份 and 有效性 indexes too.
  Config renamed;
  Diagnostics d;
  fs::ofstream(dir_ / "site.toml", std::ios::binary)
      << kMinimal + "[labels]\nyear = \"年度\"\nvalidity_index = \"效力\"\n";
  ASSERT_TRUE(load_config(dir_.string(), renamed, d));
  EXPECT_EQ(renamed.taxonomy("year")->label, "年度");
  EXPECT_EQ(renamed.taxonomy("validity")->label, "效力");
}

TEST_F(TaxonomyConfigTest, TopicTreeAndGenreListCanBeReplaced) {
  ASSERT_TRUE(load(kMinimal +
                   "[taxonomies.topic]\n"
                   "tree = [{ name = \"财政\", children = [\"预算\", \"决算\"] }, \"其他\"]\n"
                   "[taxonomies.genre]\nvalues = [\"通知\", \"报告\"]\n"))
      << messages();
  ASSERT_EQ(config_.topics.size(), 2u);
  EXPECT_EQ(config_.topics[0].name, "财政");
  EXPECT_EQ(config_.topics[0].children, (Keys{"预算", "决算"}));
  EXPECT_EQ(config_.topics[0].place.line, 4);
  EXPECT_EQ(config_.topics[0].place.column, 9);
  EXPECT_EQ(config_.topics[1].name, "其他");
  EXPECT_EQ(config_.topics[1].children, Keys{});
  EXPECT_EQ(config_.topics[1].place.column, 51);
  EXPECT_TRUE(config_.topics_replaced);
  EXPECT_EQ(config_.genres, (Keys{"通知", "报告"}));
  // Each genre where it is written, for check's warning about one without documents.
  ASSERT_EQ(config_.genre_places.size(), 2u);
  EXPECT_EQ(config_.genre_places[1].line, 6);
  EXPECT_EQ(config_.genre_places[1].column, 17);  // code points, not bytes
}

TEST_F(TaxonomyConfigTest, IssuerOrderIsTheOrderSiteTomlListsThem) {
  // toml++ keeps keys sorted (乙 < 丙 < 甲 by bytes); the menu keeps the site's order.
  ASSERT_TRUE(load(kMinimal + "[issuers.\"甲\"]\n[issuers.\"乙\"]\nslug = \"yi\"\n"
                              "[issuers.\"丙\"]\n"))
      << messages();
  EXPECT_EQ(config_.issuer_order, (Keys{"甲", "乙", "丙"}));
  EXPECT_EQ(config_.issuer_places.at("丙").line, 6);
  EXPECT_EQ(config_.issuer_places.at("丙").column, 10);
}

TEST_F(TaxonomyConfigTest, UnknownKeyInATaxonomySuggestsTheClosest) {
  // tree belongs to topic and values to genre: elsewhere they are unknown, and nothing more.
  EXPECT_FALSE(load(kMinimal + "[taxonomies.issuer]\npagesize = 5\ntree = []\n"
                               "[taxonomies.topic]\nvalues = [\"x\"]\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:1: error: unknown key \"pagesize\" (did you mean \"page_size\"?)\n"
            "site.toml:5:1: error: unknown key \"tree\"\n"
            "site.toml:7:1: error: unknown key \"values\"\n");
}

TEST_F(TaxonomyConfigTest, UnknownTaxonomy) {
  EXPECT_FALSE(load(kMinimal + "[taxonomies.issuers]\nlabel = \"机构\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:3:13: error: unknown taxonomy \"issuers\": a taxonomy is one of issuer, "
            "topic, genre, disclosure, year, validity, keywords or a key declared in [schema]\n");
}

TEST_F(TaxonomyConfigTest, DateSchemaKeyCannotBeATaxonomy) {
  EXPECT_FALSE(load(kMinimal + "[schema.signed]\ntype = \"date\"\n[taxonomies.signed]\n"));
  EXPECT_EQ(messages(),
            "site.toml:5:13: error: taxonomy \"signed\" groups by a schema key of type date or "
            "boolean; only \"string\" and \"list\" keys can be taxonomies\n");
}

TEST_F(TaxonomyConfigTest, BadSchemaType) {
  EXPECT_FALSE(load(kMinimal + "[schema.area]\ntype = \"text\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:8: error: schema.area.type is \"text\"; allowed values: \"string\", "
            "\"list\", \"date\", \"boolean\"\n");
}

TEST_F(TaxonomyConfigTest, SchemaKeyMayNotRedefineABuiltInKey) {
  EXPECT_FALSE(load(kMinimal + "[schema.genre]\nvalues = [\"x\"]\n[schema.year]\n"));
  EXPECT_EQ(messages(),
            "site.toml:3:1: error: schema.genre redefines a built-in key; choose another name\n"
            "site.toml:5:1: error: schema.year redefines a built-in key; choose another name\n");
}

TEST_F(TaxonomyConfigTest, ValuesOnlyForStringAndListKeys) {
  EXPECT_FALSE(load(kMinimal + "[schema.signed]\ntype = \"boolean\"\nvalues = [\"是\"]\n"));
  EXPECT_EQ(messages(),
            "site.toml:5:10: error: schema.signed.values is only for \"string\" and \"list\" "
            "keys\n");
}

TEST_F(TaxonomyConfigTest, DuplicateValue) {
  EXPECT_FALSE(load(kMinimal + "[schema.area]\nvalues = [\"东区\", \"西区\", \"东区\"]\n"
                               "[taxonomies.genre]\nvalues = [\"通知\", \"\"]\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:23: error: \"values\" lists \"东区\" twice\n"
            "site.toml:6:17: error: \"values\" must be a list of non-empty strings; this item is "
            "empty\n");
}

TEST_F(TaxonomyConfigTest, TwoTaxonomiesOnOnePath) {
  EXPECT_FALSE(load(kMinimal + "[taxonomies.genre]\npath = \"issuer\"\n"
                               "[taxonomies.year]\npath = \"catalogue\"\n"
                               "[taxonomies.keywords]\npath = \"search\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:8: error: taxonomy \"genre\" would be published at \"issuer/\", which "
            "taxonomy \"issuer\" uses; choose another path\n"
            "site.toml:6:8: error: taxonomy \"year\" would be published at \"catalogue/\", which "
            "the 目录 table uses; choose another path\n"
            "site.toml:8:8: error: taxonomy \"keywords\" would be published at \"search/\", which "
            "gongkai uses for other files; choose another path\n");
}

TEST_F(TaxonomyConfigTest, UnsafePath) {
  EXPECT_FALSE(load(kMinimal + "[taxonomies.genre]\npath = \"../x\"\n"
                               "[taxonomies.year]\npath = \".hidden\"\n"
                               "[taxonomies.keywords]\npath = \"a\\\\b\"\n"));
  const std::string rest =
      " must be a relative folder such as \"issuer\" or \"browse/issuer\" (no leading '.', "
      "'\\', '?', '#' or '%')\n";
  EXPECT_EQ(messages(), "site.toml:4:8: error: path \"../x\"" + rest +
                            "site.toml:6:8: error: path \".hidden\"" + rest +
                            "site.toml:8:8: error: path \"a\\b\"" + rest);
}

TEST_F(TaxonomyConfigTest, SchemaKeyThatIsNoFolderNameNeedsAPath) {
  EXPECT_FALSE(load(kMinimal + "[schema.\".area\"]\nvalues = [\"东区\"]\n"));
  EXPECT_EQ(messages(),
            "site.toml:3:1: error: taxonomy \".area\" needs a folder name: add "
            "[taxonomies..area] path = \"…\"\n");
  Config config;
  Diagnostics diags;
  fs::ofstream(dir_ / "site.toml", std::ios::binary)
      << kMinimal +
             "[schema.\".area\"]\nvalues = [\"东区\"]\n[taxonomies.\".area\"]\npath = \"area\"\n";
  ASSERT_TRUE(load_config(dir_.string(), config, diags));
  EXPECT_EQ(config.taxonomy(".area")->path, "area");
}

TEST_F(TaxonomyConfigTest, BadIssuerSlug) {
  EXPECT_FALSE(load(kMinimal + "[issuers.\"市财政局\"]\nslug = \"a/b\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:8: error: slug \"a/b\" must be one folder name (not empty, no '/', '\\', "
            "'?', '#', '%' or leading '.')\n");
}

}  // namespace
}  // namespace gongkai
