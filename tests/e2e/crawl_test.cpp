// Issue 13: a reader who starts at index.html and follows links reaches every
// published document and every page, through the whole site, through each
// taxonomy on its own, and through the 目录 table on its own.
//
// The crawl reads the built files the way a browser reads them from a server at
// base_url: the href of every <a> (what a reader can follow; not <link> in the
// head) is resolved against the page's URL, "x/" means "x/index.html", and
// percent-encoded paths name the UTF-8 files on disk.
#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <boost/filesystem.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <chrono>
#include <deque>
#include <functional>
#include <set>

#include "e2e/run_gongkai.hpp"

namespace gongkai::test {
namespace {

namespace pt = boost::property_tree;

// Built under a sub-path, so a link that climbs out of it (or is rooted at "/")
// shows as one that leaves the site.
const std::string kBaseUrl = "https://crawl.example.gov.cn/sub/gongkai/";
const std::string kBasePath = "/sub/gongkai/";

// The taxonomies every site has (SPEC §2), by the key of their folder.
const std::vector<std::string> kBuiltinTaxonomies = {"issuer", "topic",    "genre",   "disclosure",
                                                     "year",   "validity", "keywords"};

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A built site: the output folder and the published documents of its catalogue.json.
struct Built {
  bool ok = false;  // the build succeeded
  fs::path out;
  // Each published document's page, output-relative ("fgw/2021/00008/index.html"),
  // with its catalogue.json entry.
  std::map<std::string, pt::ptree> documents;
  // Every .html file the build wrote, output-relative.
  std::set<std::string> pages;
};

// Builds site into out and reads what it published.
Built build(const fs::path& site, const fs::path& out) {
  Built b;
  b.out = out;
  RunResult r = run_gongkai(
      {"build", "--source", site.string(), "--output", out.string(), "--base-url", kBaseUrl});
  if (r.exit_code != 0) {
    ADD_FAILURE() << "gongkai build failed (" << r.exit_code << "):\n" << r.err;
    return b;
  }
  b.ok = true;
  pt::ptree catalogue;
  pt::read_json((out / "catalogue.json").string(), catalogue);
  for (const auto& [key, doc] : catalogue.get_child("documents")) {
    const std::string url = doc.get<std::string>("url");
    EXPECT_TRUE(starts_with(url, kBaseUrl)) << url;
    b.documents[percent_decode(url.substr(kBaseUrl.size())) + "index.html"] = doc;
  }
  for (fs::recursive_directory_iterator it(out), end; it != end; ++it) {
    const std::string rel = it->path().lexically_relative(out).generic_string();
    if (it->symlink_status().type() == fs::regular_file && ends_with(rel, ".html")) {
      b.pages.insert(rel);
    }
  }
  return b;
}

// The output-relative file that href on page reaches, or "" when the link goes
// elsewhere (another site, mailto:, a fragment of the same page). A link that
// leaves kBasePath comes back as "(outside the site) PATH", which is no file.
std::string target_of(const std::string& page, const std::string& href) {
  if (href.empty() || href[0] == '#' || starts_with(href, "//")) return "";
  std::string path;
  const std::size_t colon = href.find(':');
  if (colon != std::string::npos && href.find_first_of("/?#") > colon) {  // has a scheme
    if (!starts_with(href, kBaseUrl)) return "";
    path = resolve("/", href.substr(kBaseUrl.size() - kBasePath.size()));
  } else {
    const std::string dir = page.substr(0, page.rfind('/') + 1);
    path = resolve(kBasePath + dir, href);
  }
  path = percent_decode(path);
  if (!starts_with(path, kBasePath)) return "(outside the site) " + path;
  path = path.substr(kBasePath.size());
  if (path.empty() || path.back() == '/') path += "index.html";
  return path;
}

// Each page's links, read once however many crawls pass through it.
class Links {
 public:
  explicit Links(fs::path out) : out_(std::move(out)) {}
  const std::vector<std::string>& of(const std::string& page) {
    auto it = cache_.find(page);
    if (it == cache_.end()) it = cache_.emplace(page, anchors_in(read_bytes(out_ / page))).first;
    return it->second;
  }

 private:
  fs::path out_;
  std::map<std::string, std::vector<std::string>> cache_;
};

struct Crawl {
  bool started = false;             // the first page exists
  std::set<std::string> reached;    // output-relative files that some followed link points to
  std::vector<std::string> broken;  // "page: href → target" where target is no file
  std::size_t read = 0;             // pages read
};

// Breadth-first from start (an output-relative page), reading the links of start
// and of every reached .html page for which follow() is true.
Crawl crawl(const Built& b, Links& links, const std::string& start,
            const std::function<bool(const std::string&)>& follow) {
  Crawl c;
  c.reached.insert(start);
  c.started = fs::is_regular_file(b.out / start);
  if (!c.started) return c;
  std::deque<std::string> queue{start};
  while (!queue.empty()) {
    const std::string page = queue.front();
    queue.pop_front();
    ++c.read;
    for (const std::string& href : links.of(page)) {
      const std::string target = target_of(page, href);
      if (target.empty() || !c.reached.insert(target).second) continue;
      if (!fs::is_regular_file(b.out / target)) {
        c.broken.push_back(page + ": " + href + " → " + target);
      } else if (ends_with(target, ".html") && follow(target)) {
        queue.push_back(target);
      }
    }
  }
  return c;
}

std::string first_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size() && i < 12; ++i) out += "\n    " + lines[i];
  if (lines.size() > 12) out += "\n    …";
  return out;
}

// Fails, once and briefly, when the crawl could not start or did not reach every
// file of want (what names them).
void expect_reached(const Crawl& c, const std::set<std::string>& want, const std::string& what) {
  if (!c.started) {
    ADD_FAILURE() << "the first page of the crawl was not built";
    return;
  }
  std::vector<std::string> gone;
  for (const auto& w : want) {
    if (!c.reached.count(w)) gone.push_back(w);
  }
  if (!gone.empty()) {
    ADD_FAILURE() << gone.size() << " of " << want.size() << " " << what << " not reached ("
                  << c.read << " pages read):" << first_lines(gone);
  }
}

void expect_no_broken_links(const Crawl& c) {
  EXPECT_TRUE(c.broken.empty()) << c.broken.size() << " links to no file:" << first_lines(c.broken);
}

// A value that puts a document into at least one term: a non-empty string, or a
// list with a non-empty string in it.
bool has_value(const pt::ptree& doc, const std::string& key) {
  auto v = doc.get_child_optional(key);
  if (!v) return false;
  if (!v->data().empty()) return true;
  for (const auto& [k, item] : *v) {
    if (!item.data().empty()) return true;
  }
  return false;
}

// The built-in taxonomies plus every [schema.KEY] of site.toml with a list of values.
std::vector<std::string> taxonomies_of(const fs::path& site) {
  std::vector<std::string> keys = kBuiltinTaxonomies;
  const toml::table config = toml::parse_file((site / "site.toml").string());
  if (const toml::table* schema = config["schema"].as_table()) {
    for (const auto& [key, decl] : *schema) {
      if (decl.is_table() && decl.as_table()->contains("values")) keys.emplace_back(key.str());
    }
  }
  return keys;
}

// Every check of issue 13's "every document reachable", on the site in folder site.
void expect_everything_reachable(const fs::path& site, const fs::path& out) {
  const Built b = build(site, out);
  if (!b.ok) return;
  ASSERT_FALSE(b.documents.empty()) << "the build published no document";
  std::set<std::string> documents;
  for (const auto& [page, doc] : b.documents) documents.insert(page);

  const auto started = std::chrono::steady_clock::now();
  Links links(out);
  {
    SCOPED_TRACE("the whole site, from index.html");
    const Crawl c = crawl(b, links, "index.html", [](const std::string&) { return true; });
    std::set<std::string> pages = b.pages;
    pages.erase("404.html");  // served for any missing address, linked from nowhere
    expect_reached(c, documents, "published documents (catalogue.json)");
    expect_reached(c, pages, "pages the build wrote (orphans)");
    expect_no_broken_links(c);
  }
  for (const std::string& key : taxonomies_of(site)) {
    SCOPED_TRACE("through " + key + "/index.html and the pages under " + key + "/ alone");
    const std::string json_key = key == "year" ? "date" : key;
    std::set<std::string> want;
    for (const auto& [page, doc] : b.documents) {
      if (has_value(doc, json_key)) want.insert(page);
    }
    const Crawl c = crawl(b, links, key + "/index.html",
                          [&](const std::string& page) { return starts_with(page, key + "/"); });
    expect_reached(c, want, "documents with a value for \"" + json_key + "\" (catalogue.json)");
    expect_no_broken_links(c);
  }
  {
    SCOPED_TRACE("through the 目录 table alone: catalogue/index.html and its pages");
    const Crawl c = crawl(b, links, "catalogue/index.html",
                          [](const std::string& page) { return starts_with(page, "catalogue/"); });
    expect_reached(c, documents, "published documents (catalogue.json)");
    expect_no_broken_links(c);
  }
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  testing::Test::RecordProperty("crawl_seconds", std::to_string(seconds.count()));
}

TEST(CrawlHelpers, LinksResolveAsInABrowser) {
  EXPECT_EQ(resolve("/g/a/b/", "../../x/"), "/g/x/");
  EXPECT_EQ(resolve("/g/a/b/", "x"), "/g/a/b/x");
  EXPECT_EQ(resolve("/g/a/b/", "./"), "/g/a/b/");
  EXPECT_EQ(resolve("/g/a/b/", "."), "/g/a/b/");
  EXPECT_EQ(resolve("/g/a/b/", ".."), "/g/a/");
  EXPECT_EQ(resolve("/g/a/b/", "page/2/?q=1#top"), "/g/a/b/page/2/");
  EXPECT_EQ(resolve("/g/a/b/", "/root.css"), "/root.css");
  EXPECT_EQ(resolve("/g/", "../../../x/"), "/x/");
  EXPECT_EQ(percent_decode("%E9%80%9A%e7%9f%a5/a%20b"), "通知/a b");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(links_in("<a href=\"x/\">x</a><img src=\"q.svg\"><a href=\"?a=1&amp;b=2\">"),
            (std::vector<std::string>{"x/", "?a=1&b=2"}));
  EXPECT_EQ(links_in("<link href=\"a.css\"><img src=\"q.svg\">", /*src=*/true),
            (std::vector<std::string>{"a.css", "q.svg"}));
  EXPECT_EQ(anchors_in(
                "<link rel=\"next\" href=\"page/2/\"><a class=\"x\" href=\"a/\">"
                "<abbr href=\"no\"><a\nhref=\"b/\" data-href=\"c\"><a data-href=\"e\" href=\"d\">"),
            (std::vector<std::string>{"a/", "b/", "d"}));
  EXPECT_EQ(target_of("topic/a/index.html", "../../fgw/2021/00008/"), "fgw/2021/00008/index.html");
  EXPECT_EQ(target_of("index.html", kBaseUrl), "index.html");
  EXPECT_EQ(target_of("index.html", "https://beian.miit.gov.cn/"), "");
  EXPECT_EQ(target_of("index.html", "mailto:x@example.gov.cn"), "");
  EXPECT_EQ(target_of("index.html", "#main"), "");
  EXPECT_EQ(target_of("a/index.html", "../../x/"), "(outside the site) /sub/x/");
  EXPECT_EQ(target_of("index.html", "%E9%80%9A%E7%9F%A5/"), "通知/index.html");
}

// The repository's own sample catalogue (site.toml and content/ at the root),
// copied so that the build touches nothing in the checkout.
TEST(Crawl, SampleSiteEveryDocumentReachableThroughEveryIndex) {
  TempDir tmp;
  const fs::path root = test_data().parent_path();
  const fs::path site = tmp.path() / "site";
  fs::create_directories(site);
  fs::copy_file(root / "site.toml", site / "site.toml");
  for (const char* folder : {"content", "static", "templates"}) {
    if (fs::is_directory(root / folder)) copy_tree(root / folder, site / folder);
  }
  expect_everything_reachable(site, tmp.path() / "out");
}

// A generated catalogue of about 3,000 documents (bench/README.md): many pages
// per term, thousands of keywords, drafts, joint issuers.
TEST(Crawl, GeneratedCatalogueEveryDocumentReachableThroughEveryIndex) {
  TempDir tmp;
  const fs::path root = test_data().parent_path();
  const fs::path site = tmp.path() / "site";
  RunResult gen = run_command({"/usr/bin/python3", (root / "bench" / "make_catalogue.py").string(),
                               site.string(), "--documents", "3000", "--seed", "7"});
  ASSERT_EQ(gen.exit_code, 0) << "bench/make_catalogue.py failed (python3-jieba missing? "
                                 "scripts/install-deps.sh test installs it):\n"
                              << gen.err;
  expect_everything_reachable(site, tmp.path() / "out");
}

}  // namespace
}  // namespace gongkai::test
