#include "catalogue/catalogue.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "util/parallel.hpp"
#include "util/text.hpp"

namespace gongkai {

namespace {

Diagnostic at(const Document& doc, const std::string& key, Severity severity, std::string message) {
  SourcePlace p = doc.place_of(key);
  return {doc.source_path, p.line, p.column, severity, std::move(message), {}};
}

// Every document's position, drafts' included, by index number: the uses of one number stand
// together, in path order.
std::vector<std::size_t> index_number_order(const std::vector<Document>& docs) {
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return docs[a].meta.index_number.text < docs[b].meta.index_number.text;
  });
  return order;
}

// A duplicate is reported at its second use, with a note at the first (in path order); by_number
// is index_number_order(docs).
void check_unique_index_numbers(const std::vector<Document>& docs,
                                const std::vector<std::size_t>& by_number, Diagnostics& diags) {
  std::vector<std::pair<std::size_t, std::size_t>> again;  // a later use and the first
  for (std::size_t k = 1, first = 0; k < by_number.size(); ++k) {
    const std::string& n = docs[by_number[k]].meta.index_number.text;
    if (n != docs[by_number[first]].meta.index_number.text) {
      first = k;
    } else if (!n.empty()) {
      again.emplace_back(by_number[k], by_number[first]);
    }
  }
  std::sort(again.begin(), again.end());  // in path order
  for (const auto& [later, first] : again) {
    const Document& doc = docs[later];
    Diagnostic d = at(doc, "index_number", Severity::error,
                      "duplicate index_number " + quoted(doc.meta.index_number.text));
    d.notes.push_back(at(docs[first], "index_number", Severity::note, "first used here"));
    diags.add(std::move(d));
  }
}

// Each document's position by a string of its own (key(doc)); the first of those sharing one.
template <typename Key>
std::unordered_map<std::string_view, std::size_t> positions_by(const std::vector<Document>& docs,
                                                               Key key) {
  std::unordered_map<std::string_view, std::size_t> out;
  out.reserve(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) out.emplace(key(docs[i]), i);
  return out;
}

const std::string& number_of(const Document& doc) { return doc.meta.index_number.text; }
const std::string& path_of(const Document& doc) { return doc.content_path; }

// Reorders docs in place so that docs[j] holds what docs[from[j]] held (from is a permutation):
// each document moves about once, within memory in use. Moving 50,000 documents into a new vector
// cost twice as much, most of it faulting in the new pages.
void permute(std::vector<Document>& docs, std::vector<std::size_t> from) {
  for (std::size_t start = 0; start < from.size(); ++start) {
    if (from[start] == start) continue;  // in its place, or put there already
    Document held = std::move(docs[start]);
    std::size_t j = start;
    for (std::size_t next; (next = from[j]) != start; j = next) {
      docs[j] = std::move(docs[next]);
      from[j] = j;
    }
    docs[j] = std::move(held);
    from[j] = j;
  }
}

}  // namespace

Catalogue Catalogue::assemble(ContentSet content, Diagnostics& diags) {
  std::vector<Document>& docs = content.documents;
  const std::vector<std::size_t> by_number = index_number_order(docs);
  check_unique_index_numbers(docs, by_number, diags);
  Catalogue c;
  // The published documents' positions in index-number order, then the drafts', emptied as they
  // move out (in path order), to go.
  std::vector<std::size_t> order;
  order.reserve(docs.size());
  for (std::size_t i : by_number) {
    if (!docs[i].meta.is_draft()) order.push_back(i);
  }
  const std::size_t published = order.size();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].meta.is_draft()) continue;
    order.push_back(i);
    c.drafts_.push_back(std::move(docs[i]));
  }
  permute(docs, std::move(order));
  docs.erase(docs.begin() + static_cast<std::ptrdiff_t>(published), docs.end());
  c.documents_ = std::move(docs);
  c.attachments_ = std::move(content.attachments);
  c.attachment_sizes_ = std::move(content.attachment_sizes);
  c.index();
  // An item already refused while loading (it does not match the pattern) is not reported again.
  std::set<std::tuple<std::string, int, int>> reported;
  for (const auto& d : diags.all()) reported.emplace(d.file, d.line, d.column);
  for (const auto& doc : c.documents_) c.check_interprets(doc, reported, diags);
  for (const auto& doc : c.drafts_) c.check_interprets(doc, reported, diags);
  return c;
}

void Catalogue::check_interprets(const Document& doc, const std::set<ReportedAt>& reported,
                                 Diagnostics& diags) const {
  const auto targets = doc.meta.interprets.value_or(std::vector<std::string>{});
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const std::string& target = targets[i];
    const std::string key = "interprets[" + std::to_string(i) + "]";
    const SourcePlace p = doc.place_of(key);
    if (target_by_index_number(target, doc) || reported.count({doc.source_path, p.line, p.column}))
      continue;
    std::string why = is_draft_index_number(target) ? " is a draft and not published"
                                                    : " is not the index number of any document";
    // At the list item itself, which may be on a line of its own.
    diags.add(at(doc, key, Severity::error, "interprets " + quoted(target) + ", which" + why));
  }
}

void Catalogue::index() {
  // Lookups of 50,000 strings each, independent: made side by side on the cores.
  parallel_for(3, [this](std::size_t, std::size_t part) {
    if (part == 0) by_index_number_ = positions_by(documents_, number_of);
    if (part == 1) by_path_ = positions_by(documents_, path_of);
    if (part != 2) return;
    // Keyed by the documents' own strings, not by a copy of the list.
    for (std::size_t i = 0; i < documents_.size(); ++i) {
      if (!documents_[i].meta.interprets) continue;
      for (const auto& target : *documents_[i].meta.interprets) {
        interpretations_[target].push_back(i);
      }
    }
  });
  draft_by_number_ = positions_by(drafts_, number_of);
  draft_by_path_ = positions_by(drafts_, path_of);
}

const Document* Catalogue::by_index_number(const std::string& index_number) const {
  auto it = by_index_number_.find(index_number);
  return it == by_index_number_.end() ? nullptr : &documents_[it->second];
}

const Document* Catalogue::by_content_path(const std::string& content_path) const {
  auto it = by_path_.find(content_path);
  return it == by_path_.end() ? nullptr : &documents_[it->second];
}

const Document* Catalogue::target_by_index_number(const std::string& index_number,
                                                  const Document& from) const {
  if (const Document* d = by_index_number(index_number)) return d;
  if (!from.meta.is_draft()) return nullptr;
  auto it = draft_by_number_.find(index_number);
  return it == draft_by_number_.end() ? nullptr : &drafts_[it->second];
}

const Document* Catalogue::target_by_content_path(const std::string& content_path,
                                                  const Document& from) const {
  if (const Document* d = by_content_path(content_path)) return d;
  if (!from.meta.is_draft()) return nullptr;
  auto it = draft_by_path_.find(content_path);
  return it == draft_by_path_.end() ? nullptr : &drafts_[it->second];
}

bool Catalogue::is_draft_index_number(const std::string& n) const {
  return draft_by_number_.count(n) > 0;
}
bool Catalogue::is_draft_path(const std::string& p) const { return draft_by_path_.count(p) > 0; }
bool Catalogue::has_attachment(const std::string& p) const {
  return attachment_sizes_.count(p) > 0;
}

std::uintmax_t Catalogue::attachment_size(const std::string& p) const {
  auto it = attachment_sizes_.find(p);
  return it == attachment_sizes_.end() ? 0 : it->second;
}

std::vector<const Document*> Catalogue::interpreted_by(const Document& doc) const {
  std::vector<const Document*> out;
  for (const auto& target : doc.meta.interprets.value_or(std::vector<std::string>{})) {
    if (const Document* d = by_index_number(target)) out.push_back(d);
  }
  return out;
}

std::vector<const Document*> Catalogue::interpretations_of(const Document& doc) const {
  std::vector<const Document*> out;
  auto it = interpretations_.find(doc.meta.index_number.text);
  if (it != interpretations_.end()) {
    for (std::size_t i : it->second) out.push_back(&documents_[i]);
  }
  return out;
}

}  // namespace gongkai
