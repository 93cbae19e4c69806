// Every front-matter diagnostic of SPEC §3 and §5, checked as the user sees it.
#include "content/meta_schema.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "content/index_number.hpp"
#include "content/loader.hpp"
#include "site/vocabulary.hpp"
#include "util/diagnostic.hpp"

namespace {

using namespace gongkai;

Config test_config() {
  Config c;
  c.base_url = "https://fgw.zhangye.gov.cn/";
  c.base_path = "/";
  c.title = "张掖市发展和改革委员会政府信息公开目录";
  c.index_number_pattern = kDefaultIndexNumberPattern;
  c.index_number_regex = std::regex(kDefaultIndexNumberPattern);
  c.topics = default_topic_tree();
  c.genres = default_genres();
  c.labels = default_labels();
  return c;
}

// The required keys sit on file lines 2 to 6; extra lines start at line 7.
const std::vector<std::string> kRequired = {
    "title = \"关于2021年政务公开工作的通知\"", "index_number = \"620700036/2021-00008\"",
    "issuer = \"张掖市发展和改革委员会\"",      "disclosure = \"主动公开\"",
    "date = 2021-01-07T10:32:59+08:00",
};

std::string document(const std::vector<std::string>& lines, const std::string& eol = "\n") {
  std::string text = "+++" + eol;
  for (const auto& l : lines) text += l + eol;
  return text + "+++" + eol + "正文" + eol;
}

// The required lines with the line starting "key =" replaced (or removed when line is empty).
std::vector<std::string> required_with(const std::string& key, const std::string& line) {
  std::vector<std::string> out;
  for (const auto& l : kRequired) {
    if (l.rfind(key + " =", 0) != 0) {
      out.push_back(l);
    } else if (!line.empty()) {
      out.push_back(line);
    }
  }
  return out;
}

std::vector<std::string> required_plus(const std::vector<std::string>& extra) {
  std::vector<std::string> out = kRequired;
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

struct Loaded {
  bool ok = false;
  Document doc;
  std::vector<std::string> messages;
};

Loaded load(const std::string& text, const Config& config = test_config()) {
  Loaded l;
  Diagnostics diags;
  l.ok = load_document("content/x.md", text, config, l.doc, diags);
  for (const auto& d : diags.all()) l.messages.push_back(format_text(d));
  return l;
}

using Messages = std::vector<std::string>;

TEST(MetaSchema, ValidDocumentLoads) {
  Loaded l = load(document(kRequired));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.title, "关于2021年政务公开工作的通知");
  EXPECT_EQ(l.doc.meta.index_number.serial, 8);
  EXPECT_EQ(l.doc.meta.issuers, std::vector<std::string>{"张掖市发展和改革委员会"});
  EXPECT_FALSE(l.doc.meta.issuer_is_list);
  EXPECT_EQ(l.doc.meta.date.rfc3339(480), "2021-01-07T10:32:59+08:00");
  EXPECT_EQ(l.doc.body_line, 8);
  EXPECT_EQ(l.doc.url_path, "x/");
  EXPECT_EQ(l.doc.place_of("index_number").line, 3);
  EXPECT_EQ(l.doc.place_of("index_number").column, 16);
}

TEST(MetaSchema, UnknownKeySuggestsTheClosest) {
  Loaded l = load(document(required_plus({"isuer = \"张掖市发展和改革委员会\""})));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:1: error: unknown key \"isuer\" (did you mean \"issuer\"?)\n"});
}

TEST(MetaSchema, UnknownKeyWithoutALikelyMatch) {
  Loaded l = load(document(required_plus({"  colour = \"red\""})));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:3: error: unknown key \"colour\"\n"});
}

TEST(MetaSchema, MissingRequiredKeyIsReportedAtTheOpeningFence) {
  Loaded l = load(document(required_with("disclosure", "")));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:1:1: error: missing required key \"disclosure\"\n"});
}

TEST(MetaSchema, IndexNumberNotMatchingThePattern) {
  Loaded l = load(document(required_with("index_number", "index_number = \"62070036/2021-8\"")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:3:16: error: index_number \"62070036/2021-8\" "
                                 "does not match the site's pattern\n"});
}

TEST(MetaSchema, StringWhereAListIsExpected) {
  Loaded l = load(document(required_plus({"keywords = \"x\""})));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:12: error: \"keywords\" must be a list of "
                                 "strings, not a string\n"});
}

TEST(MetaSchema, NumberWhereAStringIsExpected) {
  Loaded l = load(document(required_plus({"doc_number = 12"})));
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:14: error: \"doc_number\" must be a string, not an integer\n"});
}

TEST(MetaSchema, DraftMustBeABoolean) {
  Loaded l = load(document(required_plus({"draft = \"否\""})));
  EXPECT_EQ(l.messages,
            Messages{"content/x.md:7:9: error: \"draft\" must be true or false, not a string\n"});
}

TEST(MetaSchema, WrongDisclosureListsTheAllowedValues) {
  Loaded l = load(document(required_with("disclosure", "disclosure = \"公开\"")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:5:14: error: \"disclosure\" is \"公开\"; allowed "
                                 "values: \"主动公开\", \"依申请公开\", \"不予公开\"\n"});
}

TEST(MetaSchema, WrongValidityListsTheAllowedValues) {
  Loaded l = load(document(required_plus({"validity = \"无效\""})));
  EXPECT_EQ(l.messages,
            Messages{"content/x.md:7:12: error: \"validity\" is \"无效\"; allowed "
                     "values: \"有效\", \"失效\", \"废止\", \"已修改\", \"尚未生效\"\n"});
}

TEST(MetaSchema, EmptyValidityIsAllowed) {
  Loaded l =
      load(document(required_plus({"validity = \"\"", "doc_number = \"\"", "keywords = []"})));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.validity, std::optional<std::string>(""));
  EXPECT_EQ(l.doc.meta.keywords,
            std::optional<std::vector<std::string>>(std::vector<std::string>{}));
}

TEST(MetaSchema, UnknownFirstLevelTopicSuggestsTheClosest) {
  Loaded l = load(document(required_plus({"topic = \"综合政务类/政务公开\""})));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:9: error: topic \"综合政务类/政务公开\" is not in "
                                 "the topic tree (did you mean \"综合政务\"?)\n"});
}

TEST(MetaSchema, UnknownSecondLevelTopicListsTheBranch) {
  Loaded l = load(document(required_plus({"topic = \"综合政务/政务公示\""})));
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:9: error: topic \"综合政务/政务公示\": \"综合政务\" has no "
               "\"政务公示\"; allowed: \"政务公开\", \"政务督查\", \"应急管理\", \"电子政务\", "
               "\"文秘工作\", \"保密工作\", \"信访\", \"参事、文史\", \"其他\"\n"});
}

TEST(MetaSchema, KnownTopicsAreAccepted) {
  Loaded l = load(document(required_plus({"topic = \"财政、金融、审计/货币（含外汇）\""})));
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.topic, std::optional<std::string>("财政、金融、审计/货币（含外汇）"));
}

TEST(MetaSchema, UnknownGenreListsTheGenres) {
  Loaded l = load(document(required_plus({"genre = \"通知书\""})));
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:9: error: genre \"通知书\" is not a known genre; allowed "
               "values: \"决议\", \"决定\", \"命令（令）\", \"公报\", \"公告\", \"通告\", "
               "\"意见\", \"通知\", \"通报\", \"报告\", \"请示\", \"批复\", \"议案\", \"函\", "
               "\"纪要\", \"规章\", \"规范性文件\", \"政策解读\", \"规划\", \"计划总结\", "
               "\"统计数据\", \"办事指南\", \"其他\"\n"});
}

TEST(MetaSchema, MeetingMinutesAliasIsAccepted) {
  Loaded l = load(document(required_plus({"genre = \"会议纪要\""})));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  // Kept as written (catalogue.json shows it so); the indexes group it with 纪要.
  EXPECT_EQ(l.doc.meta.genre, std::optional<std::string>("会议纪要"));
  EXPECT_EQ(canonical_genre(*l.doc.meta.genre), "纪要");
}

TEST(MetaSchema, DateAsAString) {
  Loaded l = load(document(required_with("date", "date = \"2021-01-07\"")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:6:8: error: \"date\" must be a TOML date "
                                 "(2021-01-07) or date-time (2021-01-07T10:32:59+08:00), not a "
                                 "string\n"});
}

TEST(MetaSchema, DateAsATimeOfDayOnly) {
  Loaded l = load(document(required_with("date", "date = 10:32:59")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:6:8: error: \"date\" must be a TOML date "
                                 "(2021-01-07) or date-time (2021-01-07T10:32:59+08:00), not a "
                                 "time\n"});
}

TEST(MetaSchema, DateAloneAndLocalDateTimeAreAccepted) {
  Loaded l = load(document(required_with("date", "date = 2021-01-07")));
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_FALSE(l.doc.meta.date.has_time);
  EXPECT_EQ(l.doc.meta.date.as_written(480), "2021-01-07");

  l = load(document(required_plus({"published = 2021-01-08T09:00:00"})));
  EXPECT_EQ(l.messages, Messages{});
  ASSERT_TRUE(l.doc.meta.published);
  EXPECT_FALSE(l.doc.meta.published->offset);
}

TEST(MetaSchema, EmptyTitle) {
  Loaded l = load(document(required_with("title", "title = \" \"")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:2:9: error: \"title\" must not be empty\n"});
}

TEST(MetaSchema, InterpretsTargetNotMatchingThePattern) {
  Loaded l = load(document(required_plus({"interprets = [\"620700036/2021-00007\", \"2021-7\"]"})));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:39: error: interprets \"2021-7\", which does not "
                                 "match the site's index-number pattern\n"});
}

TEST(MetaSchema, JointIssuersAreAList) {
  Loaded l = load(
      document(required_with("issuer", "issuer = [\"张掖市发展和改革委员会\", \"张掖市财政局\"]")));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.issuers,
            (std::vector<std::string>{"张掖市发展和改革委员会", "张掖市财政局"}));
  EXPECT_TRUE(l.doc.meta.issuer_is_list);
}

TEST(MetaSchema, EmptyIssuerList) {
  Loaded l = load(document(required_with("issuer", "issuer = []")));
  EXPECT_EQ(l.messages, Messages{"content/x.md:4:10: error: \"issuer\" must name at least one "
                                 "issuing body\n"});
}

TEST(MetaSchema, UndeclaredIssuerWhenTheSiteDeclaresThem) {
  Config config = test_config();
  config.issuers["张掖市发展和改革委员会"] = {"620700036", "fgw"};
  Loaded l = load(document(required_with("issuer", "issuer = \"张掖市发展和改革委员\"")), config);
  EXPECT_EQ(l.messages, Messages{"content/x.md:4:10: error: issuer \"张掖市发展和改革委员\" is not "
                                 "declared in site.toml [issuers] (did you mean "
                                 "\"张掖市发展和改革委员会\"?)\n"});
}

TEST(MetaSchema, UndeclaredJointIssuerIsReportedAtItsItem) {
  // The item's column is counted in code points: the Chinese string before it
  // is 13 characters but 35 bytes.
  Config config = test_config();
  config.issuers["张掖市发展和改革委员会"] = {"620700036", "fgw"};
  Loaded l = load(
      document(required_with("issuer", "issuer = [\"张掖市发展和改革委员会\", \"张掖市财政局\"]")),
      config);
  EXPECT_EQ(l.messages, Messages{"content/x.md:4:26: error: issuer \"张掖市财政局\" is not "
                                 "declared in site.toml [issuers]\n"});
}

TEST(MetaSchema, TomlSyntaxErrorAtItsFileLine) {
  Loaded l = load(document(required_plus({"department = 办公室"})));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:14: error: invalid TOML: Error while parsing "
                                 "value: could not determine value type\n"});
}

TEST(MetaSchema, TomlDuplicateKeyAtItsFileLine) {
  Loaded l = load(document(required_plus({"summary = \"概述\"", "summary = \"概述\""})));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:8:11: error: invalid TOML: Error while parsing "
                                 "key-value pair: cannot redefine existing string 'summary'\n"});
}

TEST(MetaSchema, InvalidUtf8AtTheBadByte) {
  Loaded l = load(document(required_with("title", "title = \"关于\xFF\"")));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:2:12: error: invalid UTF-8 (the file must be "
                                 "saved as UTF-8)\n"});
}

TEST(MetaSchema, ByteOrderMarkIsAccepted) {
  Loaded l = load("\xEF\xBB\xBF" + document(required_plus({"isuer = 1"})));
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:1: error: unknown key \"isuer\" (did you mean \"issuer\"?)\n"});
  l = load("\xEF\xBB\xBF" + document(kRequired));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.doc.meta.title, "关于2021年政务公开工作的通知");
}

TEST(MetaSchema, CrlfFileKeepsLineNumbers) {
  Loaded l = load(document(required_plus({"isuer = 1", "keywords = \"x\""}), "\r\n"));
  EXPECT_EQ(l.messages,
            (Messages{"content/x.md:7:1: error: unknown key \"isuer\" (did you mean \"issuer\"?)\n",
                      "content/x.md:8:12: error: \"keywords\" must be a list of strings, not a "
                      "string\n"}));
  EXPECT_EQ(l.doc.meta.title, "关于2021年政务公开工作的通知");
  EXPECT_EQ(l.doc.body_line, 10);
}

TEST(MetaSchema, ColumnsCountCodePointsNotBytes) {
  Loaded l = load(document(required_plus({"keywords = [\"中文\", 1]"})));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:19: error: \"keywords\" must be a list of "
                                 "strings; this item is an integer\n"});
}

// The test config with a site's own keys, as [schema.KEY] declares them.
Config config_with(std::vector<SchemaKey> keys) {
  Config c = test_config();
  c.schema = std::move(keys);
  return c;
}

SchemaKey schema_key(const std::string& key, SchemaKey::Type type,
                     std::vector<std::string> values = {}, bool required = false) {
  SchemaKey s;
  s.key = key;
  s.label = key;
  s.type = type;
  s.values = std::move(values);
  s.required = required;
  return s;
}

const SchemaKey kStatutory = schema_key("statutory", SchemaKey::Type::string, {"规章", "其他"});
const SchemaKey kArea = schema_key("area", SchemaKey::Type::list, {"东区", "西区"});
const SchemaKey kSigned = schema_key("signed", SchemaKey::Type::date);
const SchemaKey kReviewed = schema_key("reviewed", SchemaKey::Type::boolean);

TEST(MetaSchema, SiteStringKeyWithAnAllowedValue) {
  Loaded l = load(document(required_plus({"statutory = \"规章\""})), config_with({kStatutory}));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  const SiteValue& v = l.doc.meta.site_values.at("statutory");
  EXPECT_EQ(v.items, std::vector<std::string>{"规章"});
  EXPECT_FALSE(v.is_list);
  EXPECT_EQ(l.doc.place_of("statutory").line, 7);
  EXPECT_EQ(l.doc.place_of("statutory").column, 13);
}

TEST(MetaSchema, SiteStringKeyWithAnotherValueListsTheAllowedOnes) {
  Loaded l = load(document(required_plus({"statutory = \"法规\""})), config_with({kStatutory}));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:13: error: \"statutory\" is \"法规\"; allowed "
                                 "values: \"规章\", \"其他\"\n"});
}

TEST(MetaSchema, SiteStringKeyOfTheWrongType) {
  Loaded l = load(document(required_plus({"statutory = [\"规章\"]"})), config_with({kStatutory}));
  EXPECT_EQ(l.messages,
            Messages{"content/x.md:7:13: error: \"statutory\" must be a string, not a list\n"});
  EXPECT_EQ(l.doc.meta.site_values.count("statutory"), 0u);
}

TEST(MetaSchema, SiteListKeyReportsABadItemAtItsOwnPlace) {
  Loaded l = load(document(required_plus({"area = [\"东区\", \"西区\"]"})), config_with({kArea}));
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.site_values.at("area").items, (std::vector<std::string>{"东区", "西区"}));
  EXPECT_TRUE(l.doc.meta.site_values.at("area").is_list);

  l = load(document(required_plus({"area = [\"东区\", \"北区\"]"})), config_with({kArea}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:15: error: \"area\" is \"北区\"; allowed "
                                 "values: \"东区\", \"西区\"\n"});
  l = load(document(required_plus({"area = [\"东区\", 1]"})), config_with({kArea}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:15: error: \"area\" must be a list of strings; "
                                 "this item is an integer\n"});
  l = load(document(required_plus({"area = \"东区\""})), config_with({kArea}));
  EXPECT_EQ(
      l.messages,
      Messages{"content/x.md:7:8: error: \"area\" must be a list of strings, not a string\n"});
}

TEST(MetaSchema, MissingRequiredSiteKeyIsReportedAtTheOpeningFence) {
  SchemaKey required = kStatutory;
  required.required = true;
  Loaded l = load(document(kRequired), config_with({required}));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, Messages{"content/x.md:1:1: error: missing required key \"statutory\"\n"});
}

TEST(MetaSchema, RequiredSiteKeyGivenEmpty) {
  SchemaKey statutory = kStatutory, area = kArea;
  statutory.required = area.required = true;
  Loaded l = load(document(required_plus({"statutory = \"\"", "area = []"})),
                  config_with({statutory, area}));
  EXPECT_FALSE(l.ok);
  EXPECT_EQ(l.messages, (Messages{"content/x.md:7:13: error: \"statutory\" must not be empty\n",
                                  "content/x.md:8:8: error: \"area\" must not be empty\n"}));
}

TEST(MetaSchema, UnknownKeySuggestsTheSitesOwnKeys) {
  Loaded l = load(document(required_plus({"statutary = \"规章\""})), config_with({kStatutory}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:1: error: unknown key \"statutary\" (did you "
                                 "mean \"statutory\"?)\n"});
}

TEST(MetaSchema, SiteDateKey) {
  Loaded l = load(document(required_plus({"signed = 2021-01-05"})), config_with({kSigned}));
  EXPECT_EQ(l.messages, Messages{});
  ASSERT_TRUE(l.doc.meta.site_values.at("signed").date);
  EXPECT_EQ(l.doc.meta.site_values.at("signed").date->as_written(480), "2021-01-05");

  l = load(document(required_plus({"signed = \"\""})), config_with({kSigned}));
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_FALSE(l.doc.meta.site_values.at("signed").date);

  l = load(document(required_plus({"signed = \"2021-01-05\""})), config_with({kSigned}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:10: error: \"signed\" must be a TOML date "
                                 "(2021-01-07) or date-time (2021-01-07T10:32:59+08:00), not a "
                                 "string\n"});
}

TEST(MetaSchema, RequiredSiteDateKeyOfTheWrongTypeIsOneError) {
  SchemaKey required = kSigned;
  required.required = true;
  Loaded l = load(document(required_plus({"signed = \"2021-01-05\""})), config_with({required}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:10: error: \"signed\" must be a TOML date "
                                 "(2021-01-07) or date-time (2021-01-07T10:32:59+08:00), not a "
                                 "string\n"});
  l = load(document(required_plus({"signed = \"\""})), config_with({required}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:10: error: \"signed\" must not be empty\n"});
}

TEST(MetaSchema, SiteBooleanKey) {
  Loaded l = load(document(required_plus({"reviewed = false"})), config_with({kReviewed}));
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_EQ(l.doc.meta.site_values.at("reviewed").flag, std::optional<bool>(false));

  l = load(document(required_plus({"reviewed = \"是\""})), config_with({kReviewed}));
  EXPECT_EQ(l.messages, Messages{"content/x.md:7:12: error: \"reviewed\" must be true or false, "
                                 "not a string\n"});
}

TEST(MetaSchema, EmptyOptionalValuesMeanNotGiven) {
  Loaded l = load(document(required_plus({"published = \"\"", "doc_number = \"\"",
                                          "department = \"\"", "summary = \"\"", "topic = \"\"",
                                          "genre = \"\"", "validity = \"\"", "keywords = []",
                                          "interprets = []", "statutory = \"\"", "area = []"})),
                  config_with({kStatutory, kArea}));
  EXPECT_TRUE(l.ok);
  EXPECT_EQ(l.messages, Messages{});
  EXPECT_FALSE(l.doc.meta.published);
  EXPECT_EQ(l.doc.meta.topic, std::optional<std::string>(""));
  EXPECT_EQ(l.doc.meta.genre, std::optional<std::string>(""));
  EXPECT_EQ(l.doc.meta.site_values.at("statutory").items, std::vector<std::string>{});
  EXPECT_EQ(l.doc.meta.site_values.at("area").items, std::vector<std::string>{});
}

TEST(MetaSchema, EveryErrorInAFileIsReported) {
  Config config = test_config();
  Document doc;
  Diagnostics diags;
  EXPECT_FALSE(load_document(
      "content/x.md",
      document({"title = \"通知\"", "index_number = \"62070036/2021-8\"",
                "isuer = \"张掖市发展和改革委员会\"", "validity = \"无效\"", "date = \"2021\""}),
      config, doc, diags));
  diags.sort();  // as the command line prints them
  std::vector<std::string> messages;
  for (const auto& d : diags.all()) messages.push_back(format_text(d));
  EXPECT_EQ(messages,
            (Messages{
                "content/x.md:1:1: error: missing required key \"issuer\"\n",
                "content/x.md:1:1: error: missing required key \"disclosure\"\n",
                "content/x.md:3:16: error: index_number \"62070036/2021-8\" does not match the "
                "site's pattern\n",
                "content/x.md:4:1: error: unknown key \"isuer\" (did you mean \"issuer\"?)\n",
                "content/x.md:5:12: error: \"validity\" is \"无效\"; allowed values: \"有效\", "
                "\"失效\", \"废止\", \"已修改\", \"尚未生效\"\n",
                "content/x.md:6:8: error: \"date\" must be a TOML date (2021-01-07) or date-time "
                "(2021-01-07T10:32:59+08:00), not a string\n",
            }));
}

}  // namespace
