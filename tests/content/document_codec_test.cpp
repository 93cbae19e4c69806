// The build log's form of a document: what a rebuild reads instead of parsing the file again.
#include "content/document_codec.hpp"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

// A document with every field set, none to its default.
Document full_document() {
  Document d;
  d.source_path = "content/fgw/2021/00008.md";
  d.content_path = "fgw/2021/00008.md";
  d.url_path = "fgw/2021/00008/";
  d.body_line = 23;
  DocumentMeta& m = d.meta;
  m.title = "关于印发《示例市政务公开工作要点》的通知";
  m.index_number = {"620700036/2021-00008", "620700036", 2021, 8};
  m.doc_number = "示政办发〔2021〕8号";
  m.keywords = std::vector<std::string>{"政务公开", "要点"};
  m.issuers = {"示例市人民政府办公室", "示例市发展和改革委员会"};
  m.issuer_is_list = true;
  m.disclosure = "主动公开";
  m.department = "政务公开科";
  m.date = {2021, 3, 5, true, 9, 30, 15, 250, 480};
  m.validity = "有效";
  m.topic = "综合政务/政务公开";
  m.genre = "通知";
  m.summary = "要点";
  m.published = DocDate{2021, 3, 6, false, 0, 0, 0, 0, std::nullopt};
  m.interprets = std::vector<std::string>{"620700036/2021-00001"};
  m.draft = false;
  m.site_values["statutory"] = {{"规范性文件"}, true, std::nullopt, std::nullopt};
  m.site_values["reviewed"] = {{}, false, std::nullopt, true};
  d.places = SourcePlaces(std::map<std::string, SourcePlace>{
      {"date", {8, 8}}, {"issuer[1]", {6, 30}}, {"title", {2, 9}}});
  d.links = {{0, "idx:620700036/2021-00001", {25, 4}, false}, {3, "附件1.pdf", {30, 1}, true}};
  d.source_hash = {1, 2};
  d.meta_hash = {3, 4};
  return d;
}

TEST(DocumentCodec, EveryFieldComesBackAsItWent) {
  const Document d = full_document();
  Document back;
  ASSERT_TRUE(decode_document(SharedBytes(encode_document(d)), back));
  // Encoding the decoded document gives the same bytes: no field was dropped on the way.
  EXPECT_EQ(encode_document(back), encode_document(d));
  EXPECT_EQ(back.meta.title, d.meta.title);
  EXPECT_EQ(back.meta.index_number.serial, 8);
  EXPECT_EQ(back.meta.date.offset, std::optional<int>(480));
  EXPECT_EQ(back.meta.date.nanosecond, 250u);
  EXPECT_EQ(back.meta.site_values.at("reviewed").flag, std::optional<bool>(true));
  EXPECT_EQ(back.place_of("issuer[1]").column, 30);
  EXPECT_TRUE(back.has_place("date"));
  EXPECT_FALSE(back.has_place("genre"));
  ASSERT_EQ(back.links.size(), 2u);
  EXPECT_EQ(back.links[1].url, "附件1.pdf");
  EXPECT_TRUE(back.links[1].image);
  EXPECT_EQ(back.links[0].place.line, 25);
  EXPECT_EQ(back.meta_hash, (Fingerprint{3, 4}));
}

TEST(DocumentCodec, ADamagedRecordIsRefusedNotMisread) {
  const std::string bytes = encode_document(full_document());
  Document back;
  // Cut anywhere, or with a byte too many, it does not decode.
  for (std::size_t cut = 0; cut < bytes.size(); cut += 7) {
    EXPECT_FALSE(decode_document(SharedBytes(bytes.substr(0, cut)), back)) << cut;
  }
  EXPECT_FALSE(decode_document(SharedBytes(bytes + "x"), back));
  // A length that claims more than there is.
  std::string huge = bytes;
  huge[0] = '\xff';
  EXPECT_FALSE(decode_document(SharedBytes(huge), back));
}

TEST(DocumentCodec, APlacesTableThatIsNotOneIsRefused) {
  const SourcePlaces good(std::map<std::string, SourcePlace>{{"date", {8, 8}}, {"title", {2, 9}}});
  EXPECT_TRUE(SourcePlaces::valid(good.encoded().view()));
  EXPECT_TRUE(SourcePlaces::valid(""));
  const std::string bytes(good.encoded().view());
  EXPECT_FALSE(SourcePlaces::valid(bytes.substr(0, bytes.size() - 1)));  // cut short
  EXPECT_FALSE(SourcePlaces::valid(bytes + "\x01"));                     // a byte too many
  // The same entries out of order: a lookup could not trust them.
  const SourcePlaces date(std::map<std::string, SourcePlace>{{"date", {8, 8}}});
  const SourcePlaces title(std::map<std::string, SourcePlace>{{"title", {2, 9}}});
  EXPECT_FALSE(SourcePlaces::valid(std::string(title.encoded().view()) +
                                   std::string(date.encoded().view())));
  // A document whose record holds such a table does not decode.
  Document d = full_document();
  d.places = SourcePlaces(SharedBytes(bytes + "\x01"));
  Document back;
  EXPECT_FALSE(decode_document(SharedBytes(encode_document(d)), back));
}

TEST(DocumentCodec, PlacesAreFoundByKey) {
  const Document d = full_document();
  EXPECT_EQ(d.place_of("title").line, 2);
  EXPECT_EQ(d.place_of("date").column, 8);
  EXPECT_EQ(d.place_of("issuer[1]").column, 30);
  EXPECT_EQ(d.place_of("issuer").line, 1);  // not written: the file's first line
  EXPECT_FALSE(d.has_place("issuer"));
}

}  // namespace
}  // namespace gongkai
