#include "writer/manifest.hpp"

#include <gtest/gtest.h>

namespace {

using gongkai::format_manifest;
using gongkai::parse_manifest;

TEST(Manifest, ListsEveryPathAndReadsBackTheSame) {
  const std::set<std::string> paths{"index.html", "通知/2021/00001/index.html", "a\\b",
                                    "two\nlines"};
  const std::string manifest = format_manifest(paths);
  EXPECT_EQ(manifest.substr(manifest.find('\n') + 1),
            "a\\\\b\nindex.html\ntwo\\nlines\n通知/2021/00001/index.html\n");
  EXPECT_EQ(parse_manifest(manifest), paths);
}

TEST(Manifest, ADamagedManifestListsNothingItCannotRead) {
  const std::string manifest = format_manifest({"index.html"});
  // Not a manifest: nothing is gongkai's, so nothing is removed.
  EXPECT_TRUE(parse_manifest("index.html\n").empty());
  EXPECT_TRUE(parse_manifest("").empty());
  // A cut-off last line and a bad escape are not trusted; the rest is.
  EXPECT_EQ(parse_manifest(manifest + "bad\\q\nCNAME"), std::set<std::string>{"index.html"});
}

}  // namespace
