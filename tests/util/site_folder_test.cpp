// The one walk of a site folder (SPEC §2): links inside the site followed, links out of it and
// link loops reported at the link, never followed for ever.
#include "util/site_folder.hpp"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <boost/filesystem/fstream.hpp>

namespace {

using namespace gongkai;
namespace fs = boost::filesystem;

class SiteFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / fs::unique_path("gongkai-walk-%%%%%%%%");
    site_ = root_ / "site";
    fs::create_directories(site_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void file(const std::string& rel) {
    fs::create_directories((site_ / rel).parent_path());
    fs::ofstream(site_ / rel) << rel;
  }
  void link(const std::string& rel, const std::string& target) {
    fs::create_directories((site_ / rel).parent_path());
    fs::create_symlink(target, site_ / rel);
  }
  std::vector<std::string> walk(const std::string& dir, DotNames dots = DotNames::keep) {
    std::vector<std::string> rels;
    for (const auto& f : files_in_site_folder(site_, dir, dots, diags_)) rels.push_back(f.rel);
    return rels;
  }
  std::vector<std::string> messages() {
    diags_.sort();
    std::vector<std::string> out;
    for (const auto& d : diags_.all()) out.push_back(d.file + ": " + d.message);
    return out;
  }

  fs::path root_, site_;
  Diagnostics diags_;
};

TEST_F(SiteFolder, FollowsLinksToFilesAndFoldersInsideTheSite) {
  file("shared/a.css");
  file("shared/img/logo.svg");
  file("static/own.txt");
  link("static/linked.css", "../shared/a.css");
  link("static/img", "../shared/img");
  EXPECT_EQ(walk("static/"), (std::vector<std::string>{"img/logo.svg", "linked.css", "own.txt"}));
  EXPECT_TRUE(diags_.all().empty());
}

TEST_F(SiteFolder, TheFolderItselfMayBeALinkInsideTheSite) {
  file("shared/footer.html");
  link("templates", "shared");
  EXPECT_EQ(walk("templates/"), (std::vector<std::string>{"footer.html"}));
  EXPECT_TRUE(diags_.all().empty());
}

TEST_F(SiteFolder, DotNamesSkippedOrKept) {
  file("static/.well-known/security.txt");
  file("static/.htaccess");
  file("static/a.txt");
  EXPECT_EQ(walk("static/", DotNames::skip), (std::vector<std::string>{"a.txt"}));
  EXPECT_EQ(walk("static/", DotNames::keep),
            (std::vector<std::string>{".htaccess", ".well-known/security.txt", "a.txt"}));
}

TEST_F(SiteFolder, LinksOutOfTheSiteAreErrorsAndLeftOut) {
  fs::create_directories(root_ / "outside");
  fs::ofstream(root_ / "outside/secret.txt") << "secret";
  file("static/a.txt");
  link("static/secret.txt", "../../outside/secret.txt");
  link("static/out", "../../outside");
  EXPECT_EQ(walk("static/"), (std::vector<std::string>{"a.txt"}));
  const std::string why =
      "symbolic link leads outside the site; gongkai publishes only what is inside it";
  EXPECT_EQ(messages(),
            (std::vector<std::string>{"static/out: " + why, "static/secret.txt: " + why}));
}

TEST_F(SiteFolder, LoopsEndWithAnErrorAtTheLink) {
  file("static/x/a.txt");
  file("static/y/b.txt");
  link("static/up", "..");        // the site itself, which holds static/
  link("static/x/here", ".");     // its own folder
  link("static/x/to_y", "../y");  // x and y lead to each other: a loop two links long
  link("static/y/to_x", "../x");
  link("static/self", "self");  // a link to itself, which the system cannot resolve
  EXPECT_EQ(walk("static/"),
            (std::vector<std::string>{"x/a.txt", "x/to_y/b.txt", "y/b.txt", "y/to_x/a.txt"}));
  const std::vector<std::string> got = messages();
  ASSERT_EQ(got.size(), 6u);
  EXPECT_EQ(got[0].rfind("static/self: symbolic link cannot be followed: ", 0), 0u) << got[0];
  EXPECT_EQ(got[1],
            "static/up: symbolic link leads to a folder that holds it (the site's own folder), so "
            "following it would never end");
  EXPECT_EQ(got[2],
            "static/x/here: symbolic link leads to a folder that holds it (static/x/), so "
            "following it would never end");
  EXPECT_EQ(got[3].rfind("static/x/to_y/to_x: symbolic link leads to a folder that holds it", 0),
            0u)
      << got[3];
  // Reached again through y/to_x, x/here is a loop there too.
  EXPECT_EQ(got[4].rfind("static/y/to_x/here: symbolic link leads to a folder that holds it", 0),
            0u)
      << got[4];
  EXPECT_EQ(got[5].rfind("static/y/to_x/to_y: symbolic link leads to a folder that holds it", 0),
            0u)
      << got[5];
}

TEST_F(SiteFolder, AMissingFolderHasNoFiles) {
  EXPECT_TRUE(walk("static/").empty());
  EXPECT_TRUE(diags_.all().empty());
}

}  // namespace
