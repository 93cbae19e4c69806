#include "outputs/output_plan.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "util/text.hpp"
#include "writer/manifest.hpp"

namespace gongkai::outputs {

const char* const kFrontPage = "index.html";
const char* const kNotFoundPage = "404.html";
const char* const kRobotsTxt = "robots.txt";
const char* const kCatalogueJson = "catalogue.json";

namespace {

using Maker = PlannedFile::Maker;

const std::string kPageFile = "index.html";

// Which of two files at one place stays: gongkai's own first (the site cannot move it), then a
// document over the files copied beside it, an attachment over a static file; the earlier path
// among equals.
int rank(const PlannedFile& f) {
  switch (f.maker) {
    case Maker::gongkai:
      return 0;
    case Maker::document:
      return 1;
    case Maker::attachment:
      return 2;
    case Maker::static_file:
      return 3;
  }
  return 0;
}

bool stays_before(const PlannedFile& a, const PlannedFile& b) {
  return std::make_pair(rank(a), a.origin) < std::make_pair(rank(b), b.origin);
}

// The folder of a page, as messages show it ("fgw/2021/00008/", "/" for the front page).
std::string page_dir(const std::string& path) {
  std::string dir = path.substr(0, path.size() - kPageFile.size());
  return dir.empty() ? "/" : dir;
}

// Where `other` is published, as the end of a sentence.
std::string where(const PlannedFile& other) {
  switch (other.maker) {
    case Maker::gongkai:
      return "where gongkai publishes " + other.what;
    case Maker::document:
      return "where the page of " + other.origin + " is published";
    default:
      return "where " + other.origin + " is published";
  }
}

// The error at `moved`, which must go elsewhere; `inside` is the folder it would need, or "".
Diagnostic clash_error(const PlannedFile& moved, const PlannedFile& stays,
                       const std::string& inside) {
  std::string message;
  if (moved.maker == Maker::document) {
    message = "its page " + quoted(page_dir(moved.path)) + " is " +
              (inside.empty() ? "" : "inside " + quoted(inside) + ", ") + where(stays) +
              "; move the document";
  } else {
    message = "it would be published " + (inside.empty() ? "" : "inside " + quoted(inside) + ", ") +
              where(stays) + "; move the file";
  }
  Diagnostic d{moved.origin, 0, 0, Severity::error, std::move(message), {}};
  if (stays.maker != Maker::gongkai) {
    std::string note = stays.maker == Maker::document
                           ? "its page is " + quoted(page_dir(stays.path))
                           : "it is published at " + quoted(stays.path);
    d.notes.push_back({stays.origin, 0, 0, Severity::note, std::move(note), {}});
  }
  return d;
}

// The error at `file`, published at `folder`, a path that `below` needs as a folder.
Diagnostic folder_error(const PlannedFile& file, const PlannedFile& below,
                        const std::string& folder) {
  Diagnostic d = clash_error(file, below, "");
  d.message = "it would be published at " + quoted(folder) + ", a folder " + where(below) +
              (file.maker == Maker::document ? "; move the document" : "; move the file");
  return d;
}

// The error at `moved`, whose path differs from that of `stays` only in the case of its letters.
Diagnostic case_clash_error(const PlannedFile& moved, const PlannedFile& stays) {
  Diagnostic d = clash_error(moved, stays, "");
  const std::string published =
      moved.maker == Maker::document
          ? "its page " + quoted(page_dir(moved.path)) + " differs"
          : "it would be published at " + quoted(moved.path) + ", which differs";
  d.message = published + " only in case from " + where(stays) +
              "; a case-insensitive host would serve one for both; rename one";
  return d;
}

// Two outputs whose paths differ only in case: a static host on a case-insensitive file system
// (Windows, macOS) keeps one file for both. `at` holds the one file that stays at each path.
void check_case_clashes(const std::map<std::string, const PlannedFile*>& at, Diagnostics& diags) {
  std::map<std::string, const PlannedFile*> folded;
  for (const auto& [path, f] : at) {
    auto [it, fresh] = folded.emplace(ascii_lower(path), f);
    if (fresh) continue;
    const PlannedFile* stays = it->second;
    const PlannedFile* moved = f;
    if (stays_before(*moved, *stays)) std::swap(moved, stays);
    it->second = stays;
    // Two of gongkai's own pages (keywords "PPP" and "ppp") are the taxonomy's to report.
    if (moved->maker != Maker::gongkai) diags.add(case_clash_error(*moved, *stays));
  }
}

}  // namespace

std::string document_page_path(const Document& doc) { return doc.url_path + kPageFile; }

std::string index_page_path(const IndexPage& page) { return page.dir + kPageFile; }

std::vector<PlannedFile> plan_outputs(const Catalogue& catalogue, const Taxonomies& taxonomies,
                                      const std::vector<IndexPage>& pages,
                                      const render::Theme& theme) {
  std::vector<PlannedFile> plan;
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

void check_output_clashes(const std::vector<PlannedFile>& plan, Diagnostics& diags) {
  // The file that stays at each path; every other site file there must move.
  std::map<std::string, const PlannedFile*> at;
  for (const PlannedFile& f : plan) {
    auto [it, fresh] = at.emplace(f.path, &f);
    if (!fresh && stays_before(f, *it->second)) it->second = &f;
  }
  for (const PlannedFile& f : plan) {
    const PlannedFile* stays = at[f.path];
    if (stays == &f || f.maker == Maker::gongkai) continue;
    diags.add(clash_error(f, *stays, ""));
  }
  check_case_clashes(at, diags);
  // A file where another output needs a folder ("robots.txt" and "robots.txt/a.pdf"): once for
  // each file that must move, so a file over a folder of many pages is one error.
  std::set<const PlannedFile*> reported;
  for (const auto& [path, below] : at) {
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
      auto found = at.find(path.substr(0, slash));
      if (found == at.end()) continue;
      const PlannedFile& file = *found->second;
      const bool file_moves = stays_before(*below, file);
      const PlannedFile& moved = file_moves ? file : *below;
      if (moved.maker == Maker::gongkai || !reported.insert(&moved).second) continue;
      diags.add(file_moves ? folder_error(file, *below, found->first)
                           : clash_error(*below, file, found->first));
    }
  }
}

}  // namespace gongkai::outputs
