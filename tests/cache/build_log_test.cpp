// The build log under .gongkai/: read back as written, and never trusted when it is not this
// build's or not whole.
#include "cache/build_log.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

#include "util/file_io.hpp"

namespace gongkai {
namespace {

namespace fs = boost::filesystem;

class BuildLogFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fs::unique_path("gongkai-log-%%%%-%%%%");
    file_ = dir_ / ".gongkai" / "build-log";
    log_.identity = {11, 12};
    log_.config_key = {13, 14};
    log_.started_ns = 1'700'000'000'000'000'000;
    log_.sources["fgw/2021/00008.md"] = {
        {120, 1'690'000'000'000'000'000, 77, 1'690'000'000'000'000'001},
        {5, 6},
        SharedBytes(std::string("encoded document"))};
    log_.outputs.add("fgw/2021/00008/index.html", {{7, 8}, {9, 10}, {4096, 42, 99, 0}});
    std::string err;
    ASSERT_TRUE(write_build_log(log_, file_, err)) << err;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::optional<BuildLog> read(const Fingerprint& identity, std::string& why) const {
    return read_build_log(file_, identity, why);
  }

  fs::path dir_, file_;
  BuildLog log_;
};

TEST_F(BuildLogFile, ReadsBackWhatWasWritten) {
  std::string why;
  auto back = read(log_.identity, why);
  ASSERT_TRUE(back) << why;
  EXPECT_EQ(back->config_key, log_.config_key);
  EXPECT_EQ(back->started_ns, log_.started_ns);
  ASSERT_EQ(back->sources.size(), 1u);
  const SourceRecord& s = back->sources.at("fgw/2021/00008.md");
  EXPECT_EQ(s.stamp, log_.sources.at("fgw/2021/00008.md").stamp);
  EXPECT_EQ(s.document.view(), "encoded document");
  ASSERT_EQ(back->outputs.size(), 1u);
  ASSERT_EQ(back->outputs.find("fgw/2021/00008/index.html"), 0u);
  const OutputRecord& o = back->outputs.record(0);
  EXPECT_EQ(o.key, (Fingerprint{7, 8}));
  EXPECT_EQ(o.stamp.size, 4096u);
  EXPECT_FALSE(fs::exists(file_.string() + ".tmp"));
}

TEST_F(BuildLogFile, AnotherProgramSiteOrOutputIsNotTrusted) {
  std::string why;
  EXPECT_FALSE(read({11, 13}, why));
  EXPECT_EQ(why, "build log from another gongkai, site or output");
}

TEST_F(BuildLogFile, EveryDamageIsNoticed) {
  std::string bytes, err, why;
  ASSERT_TRUE(read_file(file_, bytes, err));
  // Any single byte changed, anywhere (the checksum covers everything), and any cut.
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x20);
    ASSERT_TRUE(write_file(file_, bad, err));
    EXPECT_FALSE(read(log_.identity, why)) << "byte " << at;
  }
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    ASSERT_TRUE(write_file(file_, bytes.substr(0, cut), err));
    EXPECT_FALSE(read(log_.identity, why)) << "cut at " << cut;
    EXPECT_EQ(why, "build log damaged");
  }
  fs::remove(file_);
  EXPECT_FALSE(read(log_.identity, why));
  EXPECT_EQ(why, "no build log");
}

TEST_F(BuildLogFile, ASmallerLogWrittenOverALargerOneIsWhole) {
  log_.sources["fgw/2021/00009.md"] = log_.sources.at("fgw/2021/00008.md");
  std::string err, why;
  ASSERT_TRUE(write_build_log(log_, file_, err)) << err;
  const auto large = fs::file_size(file_);
  log_.sources.erase("fgw/2021/00009.md");
  ASSERT_TRUE(write_build_log(log_, file_, err)) << err;
  EXPECT_LT(fs::file_size(file_), large);
  auto back = read(log_.identity, why);
  ASSERT_TRUE(back) << why;
  EXPECT_EQ(back->sources.size(), 1u);
}

// A log of many documents, one of them edited since: written over the log read, it writes only
// the pieces that differ, and reads back as the new log, whole.
TEST_F(BuildLogFile, ALogWrittenOverTheOneReadWritesOnlyWhatDiffers) {
  const std::string document(200, 'd');
  for (int i = 0; i < 3000; ++i) {
    log_.sources["fgw/2021/" + std::to_string(10000 + i) + ".md"] = {
        {4000, 1'690'000'000'000'000'000 + i, 5000u + i, 1'690'000'000'000'000'000},
        {std::uint64_t(i), 6},
        SharedBytes(document)};
  }
  std::string err, why;
  ASSERT_TRUE(write_build_log(log_, file_, err)) << err;
  auto first = read(log_.identity, why);
  ASSERT_TRUE(first) << why;
  ASSERT_GT(first->bytes->size(), 600'000u);
  SourceRecord& edited = log_.sources.at("fgw/2021/11500.md");
  edited.stamp.mtime_ns += 1;
  edited.bytes = {77, 78};
  const fs::path copy = dir_ / "copy";
  ASSERT_TRUE(write_build_log(log_, copy, err)) << err;  // the same log, written whole elsewhere
  ASSERT_TRUE(write_build_log(log_, file_, err, *first->bytes)) << err;
  std::string rewritten, whole;
  ASSERT_TRUE(read_file(file_, rewritten, err));
  ASSERT_TRUE(read_file(copy, whole, err));
  EXPECT_EQ(rewritten, whole);
  auto back = read(log_.identity, why);
  ASSERT_TRUE(back) << why;
  EXPECT_EQ(back->sources.at("fgw/2021/11500.md").bytes, (Fingerprint{77, 78}));
}

TEST_F(BuildLogFile, ALinkInThePlaceOfTheLogIsReplacedNotWrittenThrough) {
  const fs::path elsewhere = dir_ / "elsewhere";
  std::string err;
  ASSERT_TRUE(write_file(elsewhere, "not the log's", err));
  fs::remove(file_);
  fs::create_symlink(elsewhere, file_);
  ASSERT_TRUE(write_build_log(log_, file_, err)) << err;
  std::string bytes;
  ASSERT_TRUE(read_file(elsewhere, bytes, err));
  EXPECT_EQ(bytes, "not the log's");
  EXPECT_FALSE(fs::is_symlink(file_));
  std::string why;
  EXPECT_TRUE(read(log_.identity, why)) << why;
}

TEST(OutputTable, FindsEachPathAndTakesThemOnlyInOrder) {
  OutputTable t;
  const OutputRecord r{{1, 2}, {3, 4}, {5, 6, 7, 0}};
  EXPECT_TRUE(t.add("a-b/index.html", r));  // '-' before '/': byte order
  EXPECT_TRUE(t.add("a/index.html", r));
  EXPECT_TRUE(t.add("b/index.html", r));
  EXPECT_FALSE(t.add("b/index.html", r));  // twice
  EXPECT_FALSE(t.add("a/x.html", r));      // out of order
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t.find("a-b/index.html"), 0u);
  EXPECT_EQ(t.find("a/index.html"), 1u);
  EXPECT_EQ(t.find("b/index.html"), 2u);
  EXPECT_EQ(t.find("a"), OutputTable::npos);
  EXPECT_EQ(t.find("c/index.html"), OutputTable::npos);
  EXPECT_EQ(t.path(0), "a-b/index.html");
  EXPECT_EQ(t.record(2).stamp.inode, 7u);
}

TEST_F(BuildLogFile, AStampIsTrustedOnlyWhenItSettledBeforeTheBuildBegan) {
  FileStamp stamp;
  stamp.mtime_ns = log_.started_ns - 3'000'000'000;
  stamp.ctime_ns = stamp.mtime_ns;
  EXPECT_TRUE(log_.stamp_is_settled(stamp));
  // Changed within the last two seconds before the build read it: read it again next time.
  stamp.ctime_ns = log_.started_ns - 1'000'000'000;
  EXPECT_FALSE(log_.stamp_is_settled(stamp));
  stamp.ctime_ns = stamp.mtime_ns;
  stamp.mtime_ns = log_.started_ns + 1;
  EXPECT_FALSE(log_.stamp_is_settled(stamp));
}

}  // namespace
}  // namespace gongkai
