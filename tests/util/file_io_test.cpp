// FileRewriter: a file written over, only where its bytes change.
#include "util/file_io.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

namespace gongkai {
namespace {

namespace fs = boost::filesystem;

class Rewrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / fs::unique_path("gongkai-rewrite-%%%%-%%%%");
    fs::create_directories(dir_);
    file_ = dir_ / "file";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes pieces over the file that holds was; returns the bytes written.
  std::size_t rewrite(const std::string& was, const std::vector<std::string>& pieces) {
    std::string err;
    EXPECT_TRUE(write_file(file_, was, err)) << err;
    FileRewriter out(file_, was);
    EXPECT_TRUE(out.is_open(err)) << err;
    for (const std::string& p : pieces) out.append(p);
    EXPECT_TRUE(out.finish(err)) << err;
    return out.written();
  }
  std::string bytes() const {
    std::string out, err;
    EXPECT_TRUE(read_file(file_, out, err)) << err;
    return out;
  }

  fs::path dir_, file_;
};

TEST_F(Rewrite, OnlyThePiecesThatDifferAreWritten) {
  EXPECT_EQ(rewrite("aaaabbbbcccc", {"aaaa", "BBBB", "cccc"}), 4u);
  EXPECT_EQ(bytes(), "aaaaBBBBcccc");
  EXPECT_EQ(rewrite("aaaabbbbcccc", {"aaaa", "bbbb", "cccc"}), 0u);
  EXPECT_EQ(bytes(), "aaaabbbbcccc");
}

TEST_F(Rewrite, AShorterFileIsCutALongerOneGrows) {
  EXPECT_EQ(rewrite("aaaabbbbcccc", {"aaaa", "bb"}), 0u);  // the same bytes as far as it goes
  EXPECT_EQ(bytes(), "aaaabb");
  EXPECT_EQ(rewrite("aaaabbbbcccc", {"aaaa", "BB"}), 2u);
  EXPECT_EQ(bytes(), "aaaaBB");
  EXPECT_EQ(rewrite("aaaa", {"aaaa", "bbbb", "cc"}), 6u);
  EXPECT_EQ(bytes(), "aaaabbbbcc");
}

TEST_F(Rewrite, WithoutTheOldBytesEverythingIsWritten) {
  std::string err;
  ASSERT_TRUE(write_file(file_, "something else, longer", err));
  FileRewriter out(file_, {});
  ASSERT_TRUE(out.is_open(err)) << err;
  out.append("new");
  ASSERT_TRUE(out.finish(err)) << err;
  EXPECT_EQ(out.written(), 3u);
  EXPECT_EQ(bytes(), "new");
}

TEST_F(Rewrite, ALinkIsNotWrittenThrough) {
  std::string err;
  const fs::path target = dir_ / "target";
  ASSERT_TRUE(write_file(target, "kept", err));
  fs::create_symlink(target, file_);
  FileRewriter out(file_, {});
  EXPECT_FALSE(out.is_open(err));
  EXPECT_NE(err.find("cannot write"), std::string::npos);
  std::string kept;
  ASSERT_TRUE(read_file(target, kept, err));
  EXPECT_EQ(kept, "kept");
}

}  // namespace
}  // namespace gongkai
