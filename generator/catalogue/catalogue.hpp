#pragma once
// The set of published documents and the lookups between them.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "content/loader.hpp"
#include "util/diagnostic.hpp"

namespace gongkai {

// Owns the published documents, in index-number order, with lookups by index
// number and by source path, and the policy ↔ interpretation cross-references.
// Drafts are kept apart: validated like any document (SPEC §3), never published.
class Catalogue {
 public:
  // Checks what needs the whole site (unique index numbers, `interprets`
  // targets, drafts' included) and sets the drafts apart from the published
  // documents. Pages that would share a URL are a clash of outputs, found with
  // the others by outputs/output_plan.hpp.
  static Catalogue assemble(ContentSet content, Diagnostics& diags);
  // Empty until assembled. Its lookups view the documents' own strings, which stay where they are
  // when it moves; a copy would view the original's.
  Catalogue() = default;
  Catalogue(const Catalogue&) = delete;
  Catalogue& operator=(const Catalogue&) = delete;
  Catalogue(Catalogue&&) = default;
  Catalogue& operator=(Catalogue&&) = default;

  const std::vector<Document>& documents() const { return documents_; }
  const std::vector<Document>& drafts() const { return drafts_; }  // in path order
  const std::vector<std::string>& attachments() const { return attachments_; }

  // A published document, or nullptr.
  const Document* by_index_number(const std::string& index_number) const;
  const Document* by_content_path(const std::string& content_path) const;
  // True when a draft (not published) has this index number or content path.
  bool is_draft_index_number(const std::string& index_number) const;
  bool is_draft_path(const std::string& content_path) const;
  bool has_attachment(const std::string& content_path) const;
  std::uintmax_t attachment_size(const std::string& content_path) const;

  // The documents this one interprets (原文件), and those interpreting it (相关解读).
  std::vector<const Document*> interpreted_by(const Document& doc) const;
  std::vector<const Document*> interpretations_of(const Document& doc) const;

  // Rewrites every body's links to documents (relative `.md` paths and
  // `idx:`) and attachments into links between published pages, reporting
  // each missing target at its line and column. Drafts' links are checked
  // too; only a draft may link to a draft. Defined in links.cpp.
  void resolve_links(Diagnostics& diags);
  // The attachments a document publishes: those its body links to and, for
  // NAME/index.md, every file in its folder; paths under content/, sorted.
  const std::vector<std::string>& attachments_of(const Document& doc) const;

 private:
  void index();
  // The document a link or `interprets` of from may lead to: a published one or, when from is
  // itself a draft, a draft too; nullptr when there is none.
  const Document* target_by_index_number(const std::string& index_number,
                                         const Document& from) const;
  const Document* target_by_content_path(const std::string& content_path,
                                         const Document& from) const;
  // A place already holding a diagnostic: file, line, column.
  using ReportedAt = std::tuple<std::string, int, int>;
  // Reports each `interprets` target of doc that it may not refer to, unless reported already.
  void check_interprets(const Document& doc, const std::set<ReportedAt>& reported,
                        Diagnostics& diags) const;
  // Checks and rewrites the links of doc's body; returns the attachments it links to.
  std::set<std::string> resolve_body_links(
      Document& doc, const std::map<std::string, std::vector<std::string>>& bundle_files,
      Diagnostics& diags) const;
  // Rewrites one link of doc (defined in links.cpp); returns what is wrong with it, or "".
  std::string resolve_link(Document& doc, const BodyLink& link,
                           std::set<std::string>& attached) const;
  // A lookup by a string of the documents' own (index number, content path).
  using Lookup = std::unordered_map<std::string_view, std::size_t>;
  std::vector<Document> documents_;
  std::vector<std::string> attachments_;
  Lookup by_index_number_;
  Lookup by_path_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> interpretations_;
  std::vector<Document> drafts_;  // in path order; no page, in no index
  Lookup draft_by_number_;
  Lookup draft_by_path_;
  std::map<std::string, std::uintmax_t> attachment_sizes_;
  std::vector<std::vector<std::string>> doc_attachments_;  // parallel to documents_
};

}  // namespace gongkai
