// Clashes between the outputs of the plan (outputs/output_plan.hpp): two at one path, two whose
// paths differ only in case, a file where another needs a folder.
#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "outputs/output_plan.hpp"
#include "util/text.hpp"

namespace gongkai::outputs {

namespace {

using Maker = PlannedFile::Maker;

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
  std::string dir = path.substr(0, path.size() - std::strlen(kPageFile));
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

// Output paths in path order, each with the one file that stays there. Sorted once, it answers
// every kind of clash in a pass, in the order they are reported.
using StaysAt = std::vector<std::pair<std::string_view, const PlannedFile*>>;

// Two outputs at one path: every site's file but the one that stays must move, reported in the
// plan's order. Returns the file that stays at each path.
StaysAt check_shared_paths(const std::vector<PlannedFile>& plan, Diagnostics& diags) {
  // Those at one path in the plan's order, which decides between equals.
  std::vector<std::pair<std::string_view, const PlannedFile*>> files;
  files.reserve(plan.size());
  for (const PlannedFile& f : plan) files.emplace_back(f.path, &f);
  std::sort(files.begin(), files.end());
  StaysAt at;
  at.reserve(files.size());
  std::vector<std::pair<const PlannedFile*, const PlannedFile*>> must_move;  // with the one staying
  for (std::size_t i = 0, j; i < files.size(); i = j) {
    const PlannedFile* stays = files[i].second;
    for (j = i + 1; j < files.size() && files[j].first == files[i].first; ++j) {
      if (stays_before(*files[j].second, *stays)) stays = files[j].second;
    }
    for (std::size_t k = i; k < j && j - i > 1; ++k) {
      const PlannedFile* f = files[k].second;
      if (f != stays && f->maker != Maker::gongkai) must_move.emplace_back(f, stays);
    }
    at.emplace_back(files[i].first, stays);
  }
  std::sort(must_move.begin(), must_move.end());
  for (const auto& [moved, stays] : must_move) diags.add(clash_error(*moved, *stays, ""));
  return at;
}

bool has_capital(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The positions in `at` of the paths that fold (ascii_lower) onto another's folded form, in path
// order. Only a path with a capital letter folds onto another; the rest are their own folded form.
std::vector<std::size_t> folding_onto_another(const StaysAt& at) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_folded;
  for (std::size_t i = 0; i < at.size(); ++i) {
    if (has_capital(at[i].first)) by_folded[ascii_lower(at[i].first)].push_back(i);
  }
  std::vector<std::size_t> out;
  for (auto& [folded, members] : by_folded) {
    auto own =
        std::lower_bound(at.begin(), at.end(), std::string_view(folded),
                         [](const auto& entry, std::string_view p) { return entry.first < p; });
    if (own != at.end() && own->first == folded) members.push_back(own - at.begin());
    if (members.size() > 1) out.insert(out.end(), members.begin(), members.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Two outputs whose paths differ only in case: a static host on a case-insensitive file system
// (Windows, macOS) keeps one file for both.
void check_case_clashes(const StaysAt& at, Diagnostics& diags) {
  std::unordered_map<std::string, const PlannedFile*> folded;
  for (std::size_t i : folding_onto_another(at)) {
    const PlannedFile* f = at[i].second;
    auto [it, fresh] = folded.emplace(ascii_lower(at[i].first), f);
    if (fresh) continue;
    const PlannedFile* stays = it->second;
    const PlannedFile* moved = f;
    if (stays_before(*moved, *stays)) std::swap(moved, stays);
    it->second = stays;
    // Two of gongkai's own pages (keywords "PPP" and "ppp") are the taxonomy's to report.
    if (moved->maker != Maker::gongkai) diags.add(case_clash_error(*moved, *stays));
  }
}

// A file where another output needs a folder ("robots.txt" and "robots.txt/a.pdf"): once for
// each file that must move, so a file over a folder of many pages is one error. Reported in the
// order of the paths below, a folder before the folders inside it.
void check_folder_clashes(const StaysAt& at, Diagnostics& diags) {
  // (below, file) by position in `at`. The paths below a file's path follow it in path order,
  // each starting with that path: most files have none.
  std::vector<std::pair<std::size_t, std::size_t>> clashes;
  for (std::size_t file = 0; file < at.size(); ++file) {
    const std::string_view folder = at[file].first;
    for (std::size_t below = file + 1;
         below < at.size() && at[below].first.substr(0, folder.size()) == folder; ++below) {
      if (at[below].first[folder.size()] == '/') clashes.emplace_back(below, file);
    }
  }
  std::sort(clashes.begin(), clashes.end());
  std::set<const PlannedFile*> reported;
  for (const auto& [below_at, file_at] : clashes) {
    const PlannedFile& below = *at[below_at].second;
    const PlannedFile& file = *at[file_at].second;
    const bool file_moves = stays_before(below, file);
    const PlannedFile& moved = file_moves ? file : below;
    if (moved.maker == Maker::gongkai || !reported.insert(&moved).second) continue;
    const std::string folder(at[file_at].first);
    diags.add(file_moves ? folder_error(file, below, folder) : clash_error(below, file, folder));
  }
}

}  // namespace

void check_output_clashes(const std::vector<PlannedFile>& plan, Diagnostics& diags) {
  const StaysAt at = check_shared_paths(plan, diags);
  check_case_clashes(at, diags);
  check_folder_clashes(at, diags);
}

}  // namespace gongkai::outputs
