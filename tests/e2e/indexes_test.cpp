// The category indexes of tests/fixtures/valid/indexes, checked against what the fixture's
// own .md files say: the front matter is read here with regular expressions, not by gongkai,
// so a count that gongkai gets wrong cannot agree with itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <ctime>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

using Strings = std::vector<std::string>;

// One document of the fixture as its front matter says.
struct SourceDoc {
  std::string index_number;
  long long epoch = 0;                   // 生成日期, in seconds since 1970 UTC
  std::map<std::string, Strings> terms;  // taxonomy key → the terms it is listed under
};

const int kSiteOffsetMinutes = 8 * 60;  // the fixture's site.toml leaves timezone at +08:00

// "…", or every "…" of a ["…", "…"] list.
Strings strings_of(const std::string& value) {
  Strings out;
  static const std::regex quoted("\"([^\"]*)\"");
  for (std::sregex_iterator it(value.begin(), value.end(), quoted), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// A TOML date or date-time: its instant, a date alone or no offset being in the site's zone.
long long epoch_of(const std::string& value) {
  static const std::regex date(
      R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))?)?$)");
  std::smatch m;
  EXPECT_TRUE(std::regex_match(value, m, date)) << value;
  std::tm tm{};
  tm.tm_year = std::stoi(m[1]) - 1900;
  tm.tm_mon = std::stoi(m[2]) - 1;
  tm.tm_mday = std::stoi(m[3]);
  if (m[4].matched) {
    tm.tm_hour = std::stoi(m[4]);
    tm.tm_min = std::stoi(m[5]);
    tm.tm_sec = std::stoi(m[6]);
  }
  int offset = kSiteOffsetMinutes;
  if (m[7].matched) {
    offset = m[7] == "Z" ? 0 : (m[8] == "-" ? -1 : 1) * (std::stoi(m[9]) * 60 + std::stoi(m[10]));
  }
  return static_cast<long long>(timegm(&tm)) - offset * 60LL;
}

int year_in_site_zone(long long epoch) {
  std::time_t t = static_cast<std::time_t>(epoch + kSiteOffsetMinutes * 60LL);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

// Reads the front matter of every .md file under content/, key = value line by line.
std::vector<SourceDoc> read_fixture(const fs::path& content) {
  std::vector<SourceDoc> docs;
  static const std::regex line(R"(^([a-z_]+) = (.*)$)");
  for (fs::recursive_directory_iterator it(content), end; it != end; ++it) {
    if (it->path().extension() != ".md") continue;
    std::istringstream in(read_bytes(it->path()));
    std::map<std::string, std::string> fm;
    std::string l;
    std::getline(in, l);
    EXPECT_EQ(l, "+++") << it->path();
    while (std::getline(in, l) && l != "+++") {
      std::smatch m;
      if (std::regex_match(l, m, line)) fm[m[1]] = m[2];
    }
    if (fm["draft"] == "true") continue;
    SourceDoc d;
    d.index_number = strings_of(fm["index_number"]).at(0);
    d.epoch = epoch_of(fm["date"]);
    d.terms["issuer"] = strings_of(fm["issuer"]);
    d.terms["keywords"] = strings_of(fm["keywords"]);
    d.terms["genre"] = d.terms["topic"] = {};
    for (const auto& g : strings_of(fm["genre"])) {
      d.terms["genre"].push_back(g == "会议纪要" ? "纪要" : g);
    }
    for (const auto& t : strings_of(fm["topic"])) {
      d.terms["topic"].push_back(t.substr(0, t.find('/')));
      if (t.find('/') != std::string::npos) d.terms["topic"].push_back(t);
    }
    d.terms["disclosure"] = strings_of(fm["disclosure"]);
    d.terms["statutory"] = strings_of(fm["statutory"]);
    d.terms["year"] = {std::to_string(year_in_site_zone(d.epoch))};
    docs.push_back(d);
  }
  return docs;
}

// Resolves a relative link from a page in folder dir ("keywords/page/2/") to a site path.
std::string resolve(const std::string& dir, const std::string& href) {
  Strings parts;
  std::string path = dir + href, part;
  std::istringstream in(path);
  while (std::getline(in, part, '/')) {
    if (part == "..") {
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
  }
  std::string out;
  for (const auto& p : parts) out += p + "/";
  return out;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The folders of a paginated list's pages: dir, dir/page/2/, … as far as they exist.
Strings page_dirs(const fs::path& out, const std::string& dir) {
  Strings dirs;
  for (int n = 1;; ++n) {
    const std::string d = n == 1 ? dir : dir + "page/" + std::to_string(n) + "/";
    if (!fs::is_regular_file(out / d / "index.html")) break;
    dirs.push_back(d);
  }
  return dirs;
}

class IndexesSite : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = tmp_.copy_fixture("valid/indexes");
    out_ = tmp_.path() / "out";
    RunResult r = run_gongkai({"build", "--source", site_.string(), "--output", out_.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    docs_ = read_fixture(site_ / "content");
    ASSERT_EQ(docs_.size(), 7u);
  }

  // What the fixture's files say: term → the index numbers listed under it, newest first.
  std::map<std::string, Strings> expected(const std::string& key) const {
    std::vector<const SourceDoc*> newest;
    for (const auto& d : docs_) newest.push_back(&d);
    std::sort(newest.begin(), newest.end(), [](const SourceDoc* a, const SourceDoc* b) {
      return a->epoch != b->epoch ? a->epoch > b->epoch : a->index_number > b->index_number;
    });
    std::map<std::string, Strings> out;
    for (const SourceDoc* d : newest) {
      std::set<std::string> seen;
      for (const auto& term : d->terms.at(key)) {
        if (seen.insert(term).second) out[term].push_back(d->index_number);
      }
    }
    return out;
  }

  // The overview of the taxonomy at dir, every page of it: term → (count shown, term folder).
  // Topic terms are named by their path ("综合政务/政务公开"), others by the link text.
  std::map<std::string, std::pair<int, std::string>> overview(const std::string& dir) const {
    static const std::regex term(
        "<a href=\"([^\"]*)\">([^<]*)</a> <span class=\"term-count\">（([0-9]+)）</span>");
    std::map<std::string, std::pair<int, std::string>> out;
    const Strings pages = page_dirs(out_, dir);
    EXPECT_FALSE(pages.empty()) << "no overview at " << dir;
    for (const auto& page : pages) {
      const std::string html = read_bytes(out_ / page / "index.html");
      for (std::sregex_iterator it(html.begin(), html.end(), term), end; it != end; ++it) {
        const std::string folder = resolve(page, (*it)[1]);
        std::string name = (*it)[2];
        if (dir == "topic/") {
          const std::string path = percent_decode(folder);
          name = path.substr(dir.size(), path.size() - dir.size() - 1);
        }
        EXPECT_EQ(out.count(name), 0u) << name << " listed twice on " << dir;
        out[name] = {std::stoi((*it)[3]), folder};
      }
    }
    return out;
  }

  // The index numbers a term's pages list, page after page.
  Strings listed(const std::string& folder) const {
    static const std::regex number("<dt>索引号</dt><dd>([^<]*)</dd>");
    Strings out;
    for (const auto& page : page_dirs(out_, percent_decode(folder))) {
      const std::string html = read_bytes(out_ / page / "index.html");
      for (std::sregex_iterator it(html.begin(), html.end(), number), end; it != end; ++it) {
        out.push_back((*it)[1]);
      }
    }
    return out;
  }

  void check_taxonomy(const std::string& key, const std::string& dir) {
    SCOPED_TRACE(key);
    const auto want = expected(key);
    EXPECT_FALSE(want.empty());
    const auto got = overview(dir);
    Strings want_terms, got_terms;
    for (const auto& [term, numbers] : want) want_terms.push_back(term);
    for (const auto& [term, shown] : got) got_terms.push_back(term);
    EXPECT_EQ(got_terms, want_terms);
    for (const auto& [term, numbers] : want) {
      auto it = got.find(term);
      if (it == got.end()) continue;
      EXPECT_EQ(it->second.first, static_cast<int>(numbers.size())) << term;
      EXPECT_EQ(listed(it->second.second), numbers) << term << " at " << it->second.second;
    }
  }

  TempDir tmp_;
  fs::path site_, out_;
  std::vector<SourceDoc> docs_;
};

TEST_F(IndexesSite, IssuerCountsMatchTheFiles) { check_taxonomy("issuer", "issuer/"); }
TEST_F(IndexesSite, TopicCountsMatchTheFiles) { check_taxonomy("topic", "topic/"); }
TEST_F(IndexesSite, GenreCountsMatchTheFiles) { check_taxonomy("genre", "genre/"); }
TEST_F(IndexesSite, DisclosureCountsMatchTheFiles) { check_taxonomy("disclosure", "disclosure/"); }
TEST_F(IndexesSite, YearCountsMatchTheFiles) { check_taxonomy("year", "year/"); }
TEST_F(IndexesSite, KeywordCountsMatchTheFiles) { check_taxonomy("keywords", "keywords/"); }
TEST_F(IndexesSite, SiteTaxonomyCountsMatchTheFiles) { check_taxonomy("statutory", "statutory/"); }

TEST_F(IndexesSite, TheFixtureExercisesWhatItClaims) {
  // So that the counts above test something: the 2023-12-31T20:00:00+00:00 document is
  // in 2024, 会议纪要 is grouped as 纪要, a joint document is under both issuers, and the
  // keywords overview spans pages.
  EXPECT_EQ(expected("year").at("2024").size(), 3u);
  EXPECT_EQ(expected("genre").count("纪要"), 1u);
  EXPECT_EQ(expected("issuer").at("示例县财政局").size(), 4u);
  EXPECT_EQ(page_dirs(out_, "keywords/").size(), 3u);
  // validity is turned off in site.toml.
  EXPECT_FALSE(fs::exists(out_ / "validity"));
}

TEST(IndexesCheck, WarnsOfTheEmptyDeclaredIssuer) {
  TempDir tmp;
  const fs::path site = tmp.copy_fixture("valid/indexes");
  RunResult r = run_gongkai({"check", "--source", site.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "site.toml:14:10: warning: 发布机构 \"示例县审计局\" has no documents\n"
            "site.toml: warning: 1 category has no documents (inspectors fail a site with five or "
            "more empty columns)\n");
}

}  // namespace
}  // namespace gongkai::test
