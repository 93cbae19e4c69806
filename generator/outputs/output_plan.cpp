#include "outputs/output_plan.hpp"

#include "util/parallel.hpp"
#include "writer/manifest.hpp"

namespace gongkai::outputs {

const char* const kFrontPage = "index.html";
const char* const kNotFoundPage = "404.html";
const char* const kRobotsTxt = "robots.txt";
const char* const kCatalogueJson = "catalogue.json";
const char* const kPageFile = "index.html";

namespace {

using Maker = PlannedFile::Maker;

}  // namespace

std::string document_page_path(const Document& doc) { return doc.url_path + kPageFile; }

std::string index_page_path(const IndexPage& page) { return page.dir + kPageFile; }

std::vector<PlannedFile> plan_outputs(const Catalogue& catalogue, const Taxonomies& taxonomies,
                                      const std::vector<IndexPage>& pages,
                                      const render::Theme& theme) {
  std::vector<PlannedFile> plan;
  // Room for all, the five fixed files at the end included, so none moves.
  plan.reserve(catalogue.documents().size() + catalogue.attachments().size() +
               theme.static_files.size() + pages.size() + 5);
  // The documents' and index pages' entries, tens of thousands of strings each, on every core.
  const auto& docs = catalogue.documents();
  parallel_append(plan, docs.size(), [&](std::size_t i) {
    return PlannedFile{document_page_path(docs[i]), Maker::document, docs[i].source_path, ""};
  });
  for (const std::string& path : catalogue.attachments()) {
    plan.push_back({path, Maker::attachment, "content/" + path, ""});
  }
  for (const auto& [path, file] : theme.static_files) {
    // Built-in bytes have no file on disk: the site cannot move them.
    if (file.disk_path.empty()) {
      plan.push_back({path, Maker::gongkai, "", "the built-in theme's " + path});
    } else {
      plan.push_back({path, Maker::static_file, file.origin, ""});
    }
  }
  parallel_append(plan, pages.size(), [&](std::size_t i) {
    return PlannedFile{index_page_path(pages[i]), Maker::gongkai, "",
                       index_page_name(pages[i], taxonomies)};
  });
  plan.push_back({kFrontPage, Maker::gongkai, "", "the front page"});
  plan.push_back({kNotFoundPage, Maker::gongkai, "", "the 404 page"});
  plan.push_back({kRobotsTxt, Maker::gongkai, "", kRobotsTxt});
  plan.push_back({kCatalogueJson, Maker::gongkai, "", kCatalogueJson});
  plan.push_back({kManifestName, Maker::gongkai, "",
                  std::string("its list of the files it published, ") + kManifestName});
  return plan;
}

}  // namespace gongkai::outputs
