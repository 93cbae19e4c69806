#include "outputs/output_plan.hpp"

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
  for (const Document& doc : catalogue.documents()) {
    plan.push_back({document_page_path(doc), Maker::document, doc.source_path, ""});
  }
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
  for (const IndexPage& page : pages) {
    plan.push_back({index_page_path(page), Maker::gongkai, "", index_page_name(page, taxonomies)});
  }
  plan.push_back({kFrontPage, Maker::gongkai, "", "the front page"});
  plan.push_back({kNotFoundPage, Maker::gongkai, "", "the 404 page"});
  plan.push_back({kRobotsTxt, Maker::gongkai, "", kRobotsTxt});
  plan.push_back({kCatalogueJson, Maker::gongkai, "", kCatalogueJson});
  plan.push_back({kManifestName, Maker::gongkai, "",
                  std::string("its list of the files it published, ") + kManifestName});
  return plan;
}

}  // namespace gongkai::outputs
