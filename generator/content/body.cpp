#include "content/body.hpp"

#include <boost/filesystem/path.hpp>

#include "content/front_matter.hpp"
#include "util/file_io.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace gongkai {

namespace {

markdown::RawHtmlMode raw_html_mode(RawHtml r) {
  switch (r) {
    case RawHtml::off:
      return markdown::RawHtmlMode::drop;
    case RawHtml::safe:
      return markdown::RawHtmlMode::sanitize;
    case RawHtml::all:
      return markdown::RawHtmlMode::keep;
  }
  return markdown::RawHtmlMode::drop;
}

}  // namespace

markdown::Body parse_body(std::string_view body_text, const Config& config) {
  return markdown::Body::parse(body_text, raw_html_mode(config.raw_html));
}

std::vector<BodyLink> body_links(const markdown::Body& body, std::string_view body_text,
                                 int body_line) {
  std::vector<BodyLink> links;
  for (const markdown::LinkRef& link : body.links()) {
    BodyLink l{link.id, link.url, {body_line, 1}, link.image};
    if (link.line > 0) {
      l.place.line = link.line + body_line - 1;
      l.place.column = code_point_column(line_of(body_text, link.line), link.byte_column);
    }
    links.push_back(std::move(l));
  }
  return links;
}

bool reload_body(const std::string& site_dir, const Document& doc, const Config& config,
                 markdown::Body& body, std::string& err) {
  std::string text;
  if (!read_file(boost::filesystem::path(site_dir) / doc.source_path, text, err)) {
    err = "cannot read it again to render its page: " + err;
    return false;
  }
  SplitDocument split;
  SplitError split_error;
  if (!(fingerprint_of(text) == doc.source_hash)) {
    err = "changed while the site was being built; build again";
    return false;
  }
  strip_bom(text);
  if (!split_front_matter(text, split, split_error)) {
    err = split_error.message;
    return false;
  }
  body = parse_body(split.body, config);
  for (const ResolvedLink& link : doc.resolved) body.set_url(link.id, link.url);
  return true;
}

}  // namespace gongkai
