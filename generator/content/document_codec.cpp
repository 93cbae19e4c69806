#include "content/document_codec.hpp"

#include "util/byte_codec.hpp"

namespace gongkai {

// The form of each type, field by field; a new field must be added to both halves (the
// round-trip test in tests/content/document_codec_test.cpp fails otherwise).

void encode_value(ByteWriter& w, const SourcePlace& p) {
  w.put(p.line);
  w.put(p.column);
}
bool decode_value(ByteReader& r, SourcePlace& p) { return r.get(p.line) && r.get(p.column); }

void encode_value(ByteWriter& w, const DocDate& d) {
  for (int n : {d.year, d.month, d.day, d.hour, d.minute, d.second}) w.put(n);
  w.put(d.has_time);
  w.put(d.nanosecond);
  w.put(d.offset);
}
bool decode_value(ByteReader& r, DocDate& d) {
  for (int* n : {&d.year, &d.month, &d.day, &d.hour, &d.minute, &d.second}) {
    if (!r.get(*n)) return false;
  }
  return r.get(d.has_time) && r.get(d.nanosecond) && r.get(d.offset);
}

void encode_value(ByteWriter& w, const IndexNumber& n) {
  w.put(n.text);
  w.put(n.code);
  w.put(n.year);
  w.put(n.serial);
}
bool decode_value(ByteReader& r, IndexNumber& n) {
  return r.get(n.text) && r.get(n.code) && r.get(n.year) && r.get(n.serial);
}

void encode_value(ByteWriter& w, const SiteValue& v) {
  w.put(v.items);
  w.put(v.is_list);
  w.put(v.date);
  w.put(v.flag);
}
bool decode_value(ByteReader& r, SiteValue& v) {
  return r.get(v.items) && r.get(v.is_list) && r.get(v.date) && r.get(v.flag);
}

void encode_value(ByteWriter& w, const DocumentMeta& m) {
  w.put(m.title);
  w.put(m.index_number);
  w.put(m.doc_number);
  w.put(m.keywords);
  w.put(m.issuers);
  w.put(m.issuer_is_list);
  w.put(m.disclosure);
  w.put(m.department);
  w.put(m.date);
  w.put(m.validity);
  w.put(m.topic);
  w.put(m.genre);
  w.put(m.summary);
  w.put(m.published);
  w.put(m.interprets);
  w.put(m.draft);
  w.put(m.site_values);
}
bool decode_value(ByteReader& r, DocumentMeta& m) {
  return r.get(m.title) && r.get(m.index_number) && r.get(m.doc_number) && r.get(m.keywords) &&
         r.get(m.issuers) && r.get(m.issuer_is_list) && r.get(m.disclosure) &&
         r.get(m.department) && r.get(m.date) && r.get(m.validity) && r.get(m.topic) &&
         r.get(m.genre) && r.get(m.summary) && r.get(m.published) && r.get(m.interprets) &&
         r.get(m.draft) && r.get(m.site_values);
}

void encode_value(ByteWriter& w, const BodyLink& l) {
  w.put(l.id);
  w.put(l.url);
  w.put(l.place);
  w.put(l.image);
}
bool decode_value(ByteReader& r, BodyLink& l) {
  return r.get(l.id) && r.get(l.url) && r.get(l.place) && r.get(l.image);
}

std::string encode_document(const Document& doc) {
  ByteWriter w;
  w.put(doc.source_path);
  w.put(doc.content_path);
  w.put(doc.url_path);
  w.put(doc.body_line);
  w.put(doc.meta);
  w.put(doc.places.encoded());
  w.put(doc.links);
  w.put(doc.source_hash);
  w.put(doc.meta_hash);
  return std::move(w.bytes());
}

bool decode_document(const SharedBytes& bytes, Document& doc) {
  ByteReader r(bytes);
  doc = Document{};
  SharedBytes places;
  if (!(r.get(doc.source_path) && r.get(doc.content_path) && r.get(doc.url_path) &&
        r.get(doc.body_line) && r.get(doc.meta) && r.get(places) &&
        SourcePlaces::valid(places.view()) && r.get(doc.links) && r.get(doc.source_hash) &&
        r.get(doc.meta_hash) && r.at_end())) {
    return false;
  }
  doc.places = SourcePlaces(std::move(places));
  return true;
}

}  // namespace gongkai
