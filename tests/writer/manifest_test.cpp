#include "writer/manifest.hpp"

#include <gtest/gtest.h>

namespace {

using gongkai::Diagnostics;
using gongkai::format_manifest;
using gongkai::kManifestName;
using gongkai::OutputTree;
using gongkai::parse_manifest;

TEST(Manifest, ListsEveryPathAndReadsBackTheSame) {
  OutputTree tree;
  Diagnostics diags;
  for (const char* path : {"index.html", "通知/2021/00001/index.html", "a\\b", "two\nlines"}) {
    tree.add(path, {"x", {}, "test"}, diags);
  }
  const std::string manifest = format_manifest(tree);
  EXPECT_EQ(manifest.substr(manifest.find('\n') + 1),
            "a\\\\b\nindex.html\ntwo\\nlines\n通知/2021/00001/index.html\n");
  EXPECT_EQ(
      parse_manifest(manifest),
      (std::set<std::string>{"index.html", "通知/2021/00001/index.html", "a\\b", "two\nlines"}));
}

TEST(Manifest, ADamagedManifestListsNothingItCannotRead) {
  OutputTree tree;
  Diagnostics diags;
  tree.add("index.html", {"x", {}, "test"}, diags);
  const std::string manifest = format_manifest(tree);
  // Not a manifest: nothing is gongkai's, so nothing is removed.
  EXPECT_TRUE(parse_manifest("index.html\n").empty());
  EXPECT_TRUE(parse_manifest("").empty());
  // A cut-off last line and a bad escape are not trusted; the rest is.
  EXPECT_EQ(parse_manifest(manifest + "bad\\q\nCNAME"), std::set<std::string>{"index.html"});
}

TEST(Manifest, NoSiteFileMayTakeItsName) {
  OutputTree tree;
  Diagnostics diags;
  tree.add(kManifestName, {"", {}, "static/.gongkai-manifest"}, diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].file, "static/.gongkai-manifest");
  EXPECT_TRUE(tree.files().empty());
}

}  // namespace
