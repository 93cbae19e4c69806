// site.toml: defaults, each setting, and a diagnostic for each kind of mistake.
#include "site/config.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>

namespace gongkai {
namespace {

namespace fs = boost::filesystem;

// Writes site.toml into a fresh folder and loads it.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fs::unique_path("gongkai-config-%%%%%%%%");
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

  fs::path dir_;
  Config config_;
  Diagnostics diags_;
};

const std::string kMinimal = "base_url = \"https://www.example.gov.cn/fgw\"\ntitle = \"目录\"\n";

TEST_F(ConfigTest, MinimalSiteGetsEveryDefault) {
  ASSERT_TRUE(load(kMinimal)) << messages();
  EXPECT_EQ(config_.base_url, "https://www.example.gov.cn/fgw/");
  EXPECT_EQ(config_.base_path, "/fgw/");
  EXPECT_EQ(config_.title, "目录");
  EXPECT_EQ(config_.utc_offset, 480);
  EXPECT_EQ(config_.raw_html, RawHtml::off);
  EXPECT_EQ(config_.page_size, 20);
  EXPECT_EQ(config_.feed_length, 50);
  EXPECT_EQ(config_.label("index_number"), "索引号");
  EXPECT_EQ(config_.topics.size(), 22u);
  EXPECT_TRUE(std::regex_match("620700036/2021-00008", config_.index_number_regex));
}

TEST_F(ConfigTest, HostRootGetsSlashPath) {
  ASSERT_TRUE(load("base_url = \"http://127.0.0.1:1313\"\ntitle = \"t\"\n")) << messages();
  EXPECT_EQ(config_.base_url, "http://127.0.0.1:1313/");
  EXPECT_EQ(config_.base_path, "/");
}

TEST_F(ConfigTest, ReadsSettings) {
  ASSERT_TRUE(load(kMinimal +
                   "timezone = \"-05:30\"\nraw_html = \"safe\"\npage_size = 5\n"
                   "[footer]\nicp = \"甘ICP备12345678号\"\n[labels]\ndate = \"成文日期\"\n"
                   "[issuers.\"市发改委\"]\ncode = \"620700036\"\nslug = \"fgw\"\n"))
      << messages();
  EXPECT_EQ(config_.utc_offset, -330);
  EXPECT_EQ(config_.raw_html, RawHtml::safe);
  EXPECT_EQ(config_.page_size, 5);
  EXPECT_EQ(config_.footer.icp, "甘ICP备12345678号");
  EXPECT_EQ(config_.label("date"), "成文日期");
  EXPECT_EQ(config_.issuers.at("市发改委").slug, "fgw");
}

TEST_F(ConfigTest, RawHtmlTrueKeepsAll) {
  ASSERT_TRUE(load(kMinimal + "raw_html = true\n")) << messages();
  EXPECT_EQ(config_.raw_html, RawHtml::all);
}

TEST_F(ConfigTest, MissingSiteTomlNamesTheFolder) {
  EXPECT_FALSE(load_config((dir_ / "nothing").string(), config_, diags_));
  EXPECT_EQ(messages(), "site.toml: error: no site.toml in \"" + (dir_ / "nothing").string() +
                            "\": not a gongkai site (use --source DIR)\n");
}

TEST_F(ConfigTest, MissingRequiredKeys) {
  EXPECT_FALSE(load("timezone = \"+08:00\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:1:1: error: missing required key \"base_url\"\n"
            "site.toml:1:1: error: missing required key \"title\"\n");
}

TEST_F(ConfigTest, EveryMistakeReportedAtItsValue) {
  EXPECT_FALSE(
      load("base_url = \"www.example.gov.cn\"\ntitle = \"t\"\ntimezone = \"CST\"\n"
           "raw_html = \"yes\"\npage_size = 0\ntitel = \"x\"\n[footer]\nicq = \"x\"\n"));
  EXPECT_EQ(messages(),
            "site.toml:1:12: error: base_url \"www.example.gov.cn\" must be an absolute http:// or "
            "https:// URL\n"
            "site.toml:3:12: error: timezone \"CST\" must be a UTC offset such as \"+08:00\"\n"
            "site.toml:4:12: error: raw_html must be false, \"safe\" or true\n"
            "site.toml:5:13: error: \"page_size\" must be between 1 and 10000\n"
            "site.toml:6:1: error: unknown key \"titel\" (did you mean \"title\"?)\n"
            "site.toml:8:1: error: unknown key \"icq\" (did you mean \"icp\"?)\n");
}

TEST_F(ConfigTest, IndexNumberPatternNeedsThreeGroups) {
  EXPECT_FALSE(load(kMinimal + "[index_number]\npattern = '^([0-9]{9})/([0-9]{4})$'\n"));
  EXPECT_EQ(messages(),
            "site.toml:4:11: error: index_number pattern must have exactly three capture groups "
            "(code, year, serial)\n");
}

TEST_F(ConfigTest, InvalidRegularExpression) {
  EXPECT_FALSE(load(kMinimal + "[index_number]\npattern = '^(['\n"));
  ASSERT_EQ(diags_.all().size(), 1u);
  EXPECT_EQ(diags_.all()[0].line, 4);
  EXPECT_EQ(
      diags_.all()[0].message.rfind("index_number pattern is not a valid regular expression", 0),
      0u);
}

TEST_F(ConfigTest, ReservedSectionsAreNotSilentlyIgnored) {
  EXPECT_FALSE(load(kMinimal + "[editions]\nother = true\n"));
  EXPECT_EQ(messages(),
            "site.toml:3:1: error: [editions] is reserved but not supported by this version of "
            "gongkai\n");
}

TEST_F(ConfigTest, TomlSyntaxError) {
  EXPECT_FALSE(load(kMinimal + "page_size = = 3\n"));
  ASSERT_EQ(diags_.all().size(), 1u);
  EXPECT_EQ(diags_.all()[0].line, 3);
  EXPECT_EQ(diags_.all()[0].message.rfind("invalid TOML: ", 0), 0u);
}

TEST_F(ConfigTest, InvalidUtf8) {
  EXPECT_FALSE(load(kMinimal + "# \xff\n"));
  EXPECT_EQ(messages(), "site.toml:3:3: error: invalid UTF-8\n");
}

}  // namespace
}  // namespace gongkai
