#pragma once
// A whole small site built from one fuzzed document: site.toml and one fixed document beside
// it, the input as content/fgw/2021/00002.md, built by build_site into a scratch folder (twice,
// the second time over the first's output, as a rebuild does).
#include <string>

#include "build.hpp"
#include "fuzz_common.hpp"

namespace gongkai::fuzz {

inline void run_build_site(const std::string& input) {
  namespace fs = boost::filesystem;
  static const fs::path site = [] {
    const fs::path dir = scratch_dir() / "build_site";
    write_file(dir / "site.toml",
               "base_url = \"https://www.example.gov.cn/fgw/\"\ntitle = \"示例目录\"\n");
    write_file(
        dir / "content/fgw/2021/00001.md",
        "+++\ntitle = \"示例通知\"\nindex_number = \"629900036/2021-00001\"\n"
        "issuer = \"示例市发展和改革委员会\"\ndisclosure = \"主动公开\"\n"
        "date = 2021-02-01\n+++\n\n见[附件](附件.csv)与[另一件](idx:629900036/2021-00002)。\n");
    write_file(dir / "content/fgw/2021/附件.csv", "a,b\n");
    return dir;
  }();
  static const fs::path out = scratch_dir() / "build_site_public";

  write_file(site / "content/fgw/2021/00002.md", input);
  BuildOptions options;
  options.source = site.string();
  options.output = out.string();
  for (int run = 0; run < 2; ++run) {
    Diagnostics diags;
    BuildStats stats;
    build_site(options, diags, stats);
    for (const auto& d : diags.all()) (void)format_text(d);
  }
}

}  // namespace gongkai::fuzz
