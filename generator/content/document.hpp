#pragma once
// One disclosed document: its metadata as written, where each value sits, and its parsed body.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/doc_date.hpp"
#include "content/index_number.hpp"
#include "util/byte_codec.hpp"
#include "util/fingerprint.hpp"

namespace gongkai {

// A place in a source file, 1-based; the column counted in code points.
struct SourcePlace {
  int line = 1;
  int column = 1;
};

// Front-matter keys ("issuer", "keywords[1]") and where each one's value is written, kept in the
// build cache's binary form: a rebuild takes it from the cache for every document, unread, and only
// a message about the document looks into it.
class SourcePlaces {
 public:
  SourcePlaces() = default;
  explicit SourcePlaces(const std::map<std::string, SourcePlace>& places);
  // From encoded(), as valid() found it.
  explicit SourcePlaces(SharedBytes encoded) : encoded_(std::move(encoded)) {}

  std::optional<SourcePlace> find(std::string_view key) const;
  const SharedBytes& encoded() const { return encoded_; }
  // True when bytes is a whole table as encoded() gives it.
  static bool valid(std::string_view bytes);

 private:
  SharedBytes encoded_;  // (key, line, column) after (key, line, column), by key
};

// The value of one of a site's own [schema] keys, as written.
struct SiteValue {
  std::vector<std::string> items;  // a string is one item ("" is none), a list its items
  bool is_list = false;
  std::optional<DocDate> date;
  std::optional<bool> flag;
};

// The metadata of SPEC §3. Optional fields are empty optionals when the key is absent.
struct DocumentMeta {
  std::string title;
  IndexNumber index_number;
  std::optional<std::string> doc_number;
  std::optional<std::vector<std::string>> keywords;
  std::vector<std::string> issuers;  // the lead issuer first
  bool issuer_is_list = false;       // written as a list (联合发文)
  std::string disclosure;
  std::optional<std::string> department;
  DocDate date;
  std::optional<std::string> validity;
  std::optional<std::string> topic;
  std::optional<std::string> genre;  // as written (会议纪要 stays 会议纪要; indexes group it)
  std::optional<std::string> summary;
  std::optional<DocDate> published;
  std::optional<std::vector<std::string>> interprets;
  std::optional<bool> draft;
  std::map<std::string, SiteValue> site_values;  // the site's [schema] keys present

  bool is_draft() const { return draft.value_or(false); }
};

// A link or image of a document's body: its place in the file, and the URL the page gets.
struct BodyLink {
  std::size_t id = 0;  // the link's number in the body, in document order (markdown::LinkRef)
  std::string url;     // as written
  SourcePlace place;   // in the file; the body's first line when cmark gives none
  bool image = false;
};

// A link the catalogue rewrote (an `idx:` link, a link to another document or to an attachment):
// body link id gets url on the page.
struct ResolvedLink {
  std::size_t id = 0;
  std::string url;
};

// A document as loaded from content/: its metadata and what the whole build needs of its body.
// The body itself is not kept: the page renders it from the file again (content/body.hpp), so
// what a build holds does not grow with the documents' text.
struct Document {
  std::string source_path;   // relative to the site: "content/fgw/2021/00008.md"
  std::string content_path;  // relative to content/: "fgw/2021/00008.md"
  std::string url_path;      // the page's folder under the output: "fgw/2021/00008/"
  int body_line = 1;         // the file line the body starts on
  DocumentMeta meta;
  SourcePlaces places;
  std::vector<BodyLink> links;
  std::vector<ResolvedLink> resolved;  // set by the catalogue
  Fingerprint source_hash;             // of the file's bytes: the page renders from exactly these
  Fingerprint meta_hash;               // of its path and front matter: what lists of it show

  // The folder under content/ that relative links in the body start from.
  std::string content_dir() const;
  // Where key's value is written; the file's first line when the key is not there.
  SourcePlace place_of(const std::string& key) const;
  bool has_place(const std::string& key) const;
};

}  // namespace gongkai
