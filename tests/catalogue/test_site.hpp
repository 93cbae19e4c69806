#pragma once
// A site built in memory for the catalogue tests: site.toml read by load_config (from a
// throw-away folder), documents loaded from their text by load_document, assembled into a
// Catalogue, then ordered and sorted into taxonomies as a build does.
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/order.hpp"
#include "catalogue/taxonomy.hpp"
#include "content/loader.hpp"
#include "site/config.hpp"

namespace gongkai::test {

// Lines 1 and 2 of every test site.toml.
inline const std::string kSiteHead =
    "base_url = \"https://www.example.gov.cn/x/\"\ntitle = \"示例目录\"\n";

// A document's text: the front matter lines between the fences (file lines 2 …), and a body.
inline std::string doc_text(const std::vector<std::string>& front_matter) {
  std::string text = "+++\n";
  for (const auto& l : front_matter) text += l + "\n";
  return text + "+++\n\n正文。\n";
}

// The front matter of a valid document: index number, date and issuer given; extra lines after.
// Lines: 2 title, 3 index_number, 4 issuer, 5 disclosure, 6 date, 7… extra.
inline std::vector<std::string> meta(const std::string& index_number, const std::string& date,
                                     const std::string& issuer,
                                     const std::vector<std::string>& extra = {}) {
  std::vector<std::string> out = {"title = \"文件" + index_number + "\"",
                                  "index_number = \"" + index_number + "\"", "issuer = " + issuer,
                                  "disclosure = \"主动公开\"", "date = " + date};
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

// The whole pipeline up to the index page plan, over documents given by content path.
class TestSite {
 public:
  // site_toml is appended to kSiteHead; documents maps "a/b.md" to the file's text;
  // attachments are other files' paths under content/.
  TestSite(const std::string& site_toml, const std::map<std::string, std::string>& documents,
           const std::vector<std::string>& attachments = {}) {
    namespace fs = boost::filesystem;
    const fs::path dir = fs::temp_directory_path() / fs::unique_path("gongkai-site-%%%%%%%%");
    fs::create_directories(dir);
    fs::ofstream(dir / "site.toml", std::ios::binary) << kSiteHead + site_toml;
    config_ok = load_config(dir.string(), config, diags);
    fs::remove_all(dir);
    if (!config_ok) return;
    ContentSet content;
    for (const auto& [path, text] : documents) {
      Document doc;
      documents_ok = load_document("content/" + path, text, config, doc, diags) && documents_ok;
      content.documents.push_back(std::move(doc));
    }
    content.attachments = attachments;
    for (const auto& a : attachments) content.attachment_sizes[a] = 1;
    catalogue = Catalogue::assemble(std::move(content), diags);
    order = reading_order(catalogue, config.utc_offset);
    taxonomies = Taxonomies::build(catalogue, config, order, diags);
  }

  // Every diagnostic, sorted, formatted as the command line prints them.
  std::string messages() {
    diags.sort();
    std::string out;
    for (const auto& d : diags.all()) out += format_text(d);
    return out;
  }

  // The index into catalogue.documents() of the document with this index number.
  std::size_t doc(const std::string& index_number) const {
    const auto& docs = catalogue.documents();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (docs[i].meta.index_number.text == index_number) return i;
    }
    ADD_FAILURE() << "no document " << index_number;
    return 0;
  }

  // The index numbers of the documents at these indices.
  std::vector<std::string> numbers(const std::vector<std::size_t>& ids) const {
    std::vector<std::string> out;
    for (std::size_t i : ids) out.push_back(catalogue.documents()[i].meta.index_number.text);
    return out;
  }

  // The values of a taxonomy's terms in the order given by ids.
  static std::vector<std::string> values(const Taxonomy& tx, const std::vector<std::size_t>& ids) {
    std::vector<std::string> out;
    for (std::size_t id : ids) out.push_back(tx.terms[id].value);
    return out;
  }

  Config config;
  Diagnostics diags;
  bool config_ok = false;
  bool documents_ok = true;
  Catalogue catalogue;
  ReadingOrder order;
  Taxonomies taxonomies;
};

}  // namespace gongkai::test
