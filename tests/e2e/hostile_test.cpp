// The hostile input suite of issue 14, part one: what a document or site.toml says. Script in any
// metadata field reaches every page as text, dangerous links never become active, links out of
// the site are errors at their place (SPEC §3, §5, §6, §7).
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <regex>

#include "e2e/hostile_site.hpp"
#include "util/text.hpp"

namespace gongkai::test {
namespace {

namespace pt = boost::property_tree;

// field followed by markup that must never reach a page unescaped; without '/' for a topic, whose
// value splits at '/'.
std::string evil(const std::string& field, bool slash = true) {
  return field + "<script>alert(1)" + (slash ? "</script>" : "") +
         "\"'><img src=x onerror=alert(2)>&amp;";
}

std::string evil_toml(const std::string& field) { return toml_string(evil(field)); }

// The text a browser shows for html: the entities the templates write, decoded.
std::string shown_text(std::string html) {
  for (const auto& [entity, text] :
       std::vector<std::pair<std::string, std::string>>{{"&lt;", "<"},
                                                        {"&gt;", ">"},
                                                        {"&quot;", "\""},
                                                        {"&#39;", "'"},
                                                        {"&apos;", "'"},
                                                        {"&#x27;", "'"},
                                                        {"&#34;", "\""},
                                                        {"&amp;", "&"}}) {
    for (std::size_t at = html.find(entity); at != std::string::npos;
         at = html.find(entity, at + text.size())) {
      html.replace(at, entity.size(), text);
    }
  }
  return html;
}

// Tags a hostile value could smuggle in, and a broken-out attribute. The theme's own script
// (head.html's `<script src="…assets/gongkai.js">`) is the one script a page may carry.
void expect_no_injected_markup(const std::string& file, const std::string& html) {
  static const std::regex injected(
      R"(<\s*script\b(?![^>]*\bsrc="[^"<>]*assets/gongkai\.js"></script>)|<\s*(img|iframe)\b|)"
      R"(<svg\s+onload|"'>)",
      std::regex::icase);
  std::smatch m;
  EXPECT_FALSE(std::regex_search(html, m, injected))
      << file << " carries unescaped markup: " << m.str(0);
}

class HostileMetadata : public HostileSite {};

TEST_F(HostileMetadata, ScriptInEveryFieldIsTextOnEveryPage) {
  build_succeeds([&] {
    write_bytes(site_ / "site.toml",
                "base_url = \"https://www.example.gov.cn/fgw/\"\ntitle = " + evil_toml("站名") +
                    "\n[footer]\nsite_code = " + evil_toml("标识码") +
                    "\nicp = " + evil_toml("备案") + "\npolice = " + evil_toml("公安") +
                    "\n[labels]\nsummary = " + evil_toml("概述标签") +
                    "\n[taxonomies.genre]\nvalues = [" + evil_toml("体裁") +
                    "]\n[taxonomies.topic]\ntree = [{ name = " + toml_string(evil("主题", false)) +
                    ", children = [" + toml_string(evil("子题", false)) +
                    "] }]\n[schema.kind]\nlabel = " + evil_toml("类别标签") + "\nvalues = [" +
                    evil_toml("类别") + "]\n[schema.note]\nlabel = \"备注\"\n");
    fs::remove(site_ / "content/fgw/2021/00001.md");  // one document: the one in catalogue.json
    content("fgw/2021/00002.md",
            "+++\ntitle = " + evil_toml("标题") + "\nindex_number = \"629900036/2021-00002\"\n" +
                "doc_number = " + evil_toml("文号") + "\nkeywords = [" + evil_toml("关键词") +
                "]\nissuer = " + evil_toml("机构") +
                "\ndisclosure = \"主动公开\"\ndate = 2021-01-07\ndepartment = " +
                evil_toml("部门") + "\nsummary = " + evil_toml("概述") +
                "\ntopic = " + toml_string(evil("主题", false) + "/" + evil("子题", false)) +
                "\ngenre = " + evil_toml("体裁") + "\nkind = " + evil_toml("类别") +
                "\nnote = " + evil_toml("备注") + "\n+++\n\n正文。\n");
  });
  std::vector<std::string> html_files;
  for (const std::string& file : list_files(out_)) {
    if (!ends_with(file, ".html")) continue;
    html_files.push_back(file);
    expect_no_injected_markup(file, read_bytes(out_ / file));
  }
  // Each value arrived, as text, where it belongs.
  const auto shows = [&](const std::string& file, const std::vector<std::string>& fields) {
    const std::string text = shown_text(read_bytes(out_ / file));
    for (const std::string& f : fields) {
      const std::string value = evil(f, f != "主题" && f != "子题");
      EXPECT_NE(text.find(value), std::string::npos) << file << " does not show " << f;
    }
  };
  shows("fgw/2021/00002/index.html",
        {"站名", "标识码", "备案", "公安", "概述标签", "标题", "文号", "关键词", "机构", "部门",
         "概述", "主题", "子题", "体裁", "类别标签", "类别", "备注"});
  shows("index.html", {"站名", "标题"});
  shows("catalogue/index.html", {"标题", "机构", "文号"});
  shows("404.html", {"站名"});
  // Every taxonomy's overview names the hostile term, and the term's own page lists the document.
  // (Named copies, not a structured binding: clang 14 cannot capture one in the lambda below.)
  for (const auto& taxonomy :
       std::vector<std::pair<std::string, std::string>>{{"issuer", "机构"},
                                                        {"keywords", "关键词"},
                                                        {"genre", "体裁"},
                                                        {"topic", "主题"},
                                                        {"kind", "类别"}}) {
    const std::string& key = taxonomy.first;
    const std::string& field = taxonomy.second;
    shows(key + "/index.html", {field});
    const auto term_page = std::find_if(html_files.begin(), html_files.end(), [&](auto& f) {
      return f.rfind(key + "/", 0) == 0 && f != key + "/index.html" &&
             shown_text(read_bytes(out_ / f))
                     .find("</span>" + evil(field, key != "topic") + "</h1>") != std::string::npos;
    });
    ASSERT_NE(term_page, html_files.end()) << "no page for the " << key << " term";
    shows(*term_page, {field, "标题"});
  }
  // catalogue.json holds each value as a JSON string, exactly.
  pt::ptree catalogue;
  ASSERT_NO_THROW(pt::read_json((out_ / "catalogue.json").string(), catalogue));
  const pt::ptree& doc = catalogue.get_child("documents").front().second;
  for (const auto& [key, field] :
       std::vector<std::pair<std::string, std::string>>{{"title", "标题"},
                                                        {"doc_number", "文号"},
                                                        {"issuer", "机构"},
                                                        {"department", "部门"},
                                                        {"summary", "概述"},
                                                        {"genre", "体裁"},
                                                        {"kind", "类别"},
                                                        {"note", "备注"}}) {
    EXPECT_EQ(doc.get<std::string>(key, ""), evil(field)) << key;
  }
  EXPECT_EQ(doc.get_child("keywords").front().second.data(), evil("关键词"));
}

class HostileLinks : public HostileSite {};

// The destinations of every href and src in html, as a browser reads them: character references
// decoded, then the blanks and control characters a browser drops from a scheme removed.
std::vector<std::string> destinations(const std::string& html) {
  std::vector<std::string> out;
  static const std::regex numeric("&#(x?)([0-9a-fA-F]+);");
  for (std::string url : links_in(html, /*src=*/true)) {
    std::string decoded;
    std::sregex_iterator it(url.begin(), url.end(), numeric), end;
    std::size_t from = 0;
    for (; it != end; ++it) {
      decoded += url.substr(from, it->position() - from);
      decoded += static_cast<char>(std::stoi((*it)[2], nullptr, (*it)[1].length() ? 16 : 10));
      from = it->position() + it->length();
    }
    decoded += shown_text(url.substr(from));
    decoded.erase(std::remove_if(decoded.begin(), decoded.end(),
                                 [](unsigned char c) { return c <= 0x20 || c == 0x7F; }),
                  decoded.end());
    std::transform(decoded.begin(), decoded.end(), decoded.begin(), ::tolower);
    out.push_back(decoded);
  }
  return out;
}

void expect_no_active_script_link(const std::string& html) {
  for (const std::string& url : destinations(html)) {
    for (const char* scheme :
         {"javascript:", "vbscript:", "file:", "data:text", "data:image/svg"}) {
      EXPECT_NE(url.rfind(scheme, 0), 0u) << "active link: " << url;
    }
  }
}

TEST_F(HostileLinks, ScriptSchemesNeverBecomeActiveLinks) {
  build_succeeds([&] {
    content("fgw/2021/00002.md",
            document("链接", "629900036/2021-00002", "",
                     "[内联](javascript:alert(1)) [大小写](JaVaScRiPt:alert(2)) "
                     "[字符引用](&#106;avascript:alert(3)) [命名引用](javascript&colon;alert(4)) "
                     "[VB](vbscript:msgbox(6)) "
                     "[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==) "
                     "[文件](file:///etc/passwd) [引用][r] <javascript:alert(8)> "
                     "![图片](javascript:alert(9)) "
                     "![矢量图](data:image/svg+xml;base64,PHN2Zz4=) "
                     "![位图](data:image/png;base64,iVBORw0KGgo=)\n\n"
                     "[r]: javascript:alert(10)\n"));
  });
  const std::string page = read_bytes(out_ / "fgw/2021/00002/index.html");
  expect_no_active_script_link(page);
  // The words stay; only the destinations go. A raster data: image may stay.
  for (const char* text : {"内联", "大小写", "字符引用", "命名引用", "VB", "数据", "文件", "引用",
                           "alt=\"图片\"", "alt=\"矢量图\""}) {
    EXPECT_NE(page.find(text), std::string::npos) << text;
  }
  EXPECT_NE(page.find("src=\"data:image/png;base64,iVBORw0KGgo=\""), std::string::npos);
}

TEST_F(HostileLinks, RawHtmlCarriesNoScriptInAnyMode) {
  const std::string body =
      "<script>alert(1)</script>\n\n"
      "<table><tr><td rowspan=\"2\" onclick=\"alert(2)\" style=\"x:expression(alert(3))\">格"
      "</td></tr></table>\n\n"
      "段落 <img src=x onerror=alert(4)> <svg onload=alert(5)> <a href=\"javascript:alert(6)\">链"
      "</a> <iframe src=\"javascript:alert(7)\"></iframe> <math><a xlink:href=\"javascript:alert(8)"
      "\">x</a></math> <td rowspan=\"2 onclick=alert(9)\"> <SCRIPT SRC=//x.cn/x.js></SCRIPT>\n";
  for (const char* mode : {"false", "\"safe\""}) {
    SCOPED_TRACE(mode);
    build_succeeds([&] {
      write_bytes(
          site_ / "site.toml",
          "base_url = \"https://www.example.gov.cn/fgw/\"\ntitle = \"示例目录\"\nraw_html = " +
              std::string(mode) + "\n");
      content("fgw/2021/00002.md", document("原始网页", "629900036/2021-00002", "", body));
    });
    const std::string page = read_bytes(out_ / "fgw/2021/00002/index.html");
    expect_no_injected_markup("the page", page);
    expect_no_active_script_link(page);
    static const std::regex handler_or_style(R"(<[^>]*\s(on[a-z]+|style)\s*=)", std::regex::icase);
    EXPECT_FALSE(std::regex_search(page, handler_or_style));
    EXPECT_NE(page.find("段落"), std::string::npos);
    // The allow-list keeps the merged cell.
    EXPECT_EQ(page.find("<td rowspan=\"2\">格</td>") != std::string::npos, mode[0] == '"');
    fs::remove_all(out_);
  }
}

TEST_F(HostileLinks, LinksOutOfContentAreErrorsAtTheirPlace) {
  const RunResult r = build_fails_cleanly([&] {
    content(
        "fgw/2021/00002.md",
        document("站外", "629900036/2021-00002", "",
                 "见[口令](../../../../etc/passwd)。\n"
                 "见[编码](%2e%2e/%2e%2e/%2e%2e/%2E%2E/etc/passwd)和[配置](../../../site.toml)。\n"
                 "![图](..%2f..%2f..%2f..%2fetc/shadow)\n\n[引用]\n\n"
                 "[引用]: ../../../../../root/.ssh/id_rsa\n"));
  });
  EXPECT_EQ(
      r.err,
      "content/fgw/2021/00002.md:9:2: error: link \"../../../../etc/passwd\" leads outside "
      "content/\n"
      "content/fgw/2021/00002.md:10:2: error: link \"%2e%2e/%2e%2e/%2e%2e/%2E%2E/etc/passwd\" "
      "leads outside content/\n"
      "content/fgw/2021/00002.md:10:47: error: link \"../../../site.toml\" leads outside "
      "content/\n"
      "content/fgw/2021/00002.md:11:1: error: link \"..%2f..%2f..%2f..%2fetc/shadow\" leads "
      "outside content/\n"
      "content/fgw/2021/00002.md:13:1: error: link \"../../../../../root/.ssh/id_rsa\" leads "
      "outside content/\n");
}

// A path from the server's root or a file: URL names no file of the site: gongkai reads nothing
// from the disk for it (the first is a link on the host, kept; the second is dropped).
TEST_F(HostileLinks, AbsolutePathsAndFileUrlsReadNothingFromTheDisk) {
  build_succeeds([&] {
    content(
        "fgw/2021/00002.md",
        document("绝对路径", "629900036/2021-00002", "",
                 "见[口令](/etc/passwd)、![图](/etc/hostname)和[文件](file:///etc/passwd)。\n"));
  });
  const std::string page = read_bytes(out_ / "fgw/2021/00002/index.html");
  EXPECT_NE(page.find("href=\"/etc/passwd\""), std::string::npos);
  EXPECT_EQ(page.find("file:"), std::string::npos);
  const std::string passwd = read_bytes("/etc/passwd");
  for (const std::string& file : list_files(out_)) {
    EXPECT_EQ(file.find("etc"), std::string::npos) << file;
    EXPECT_EQ(read_bytes(out_ / file).find(passwd.substr(0, passwd.find('\n'))), std::string::npos)
        << file;
  }
}

}  // namespace
}  // namespace gongkai::test
