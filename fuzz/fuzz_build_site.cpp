// A whole small site built from one fuzzed document: site.toml and one fixed document beside
// it, the input as content/fgw/2021/00002.md, built by build_site into a scratch folder (twice,
// the second time over the first's output, as a rebuild does).
#include <cstddef>
#include <cstdint>

#include "build.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gongkai;
  namespace fs = boost::filesystem;
  static const fs::path site = [] {
    const fs::path dir = fuzz::scratch_dir() / "site";
    fuzz::write_file(dir / "site.toml",
                     "base_url = \"https://www.example.gov.cn/fgw/\"\ntitle = \"示例目录\"\n");
    fuzz::write_file(dir / "content/fgw/2021/00001.md",
                     "+++\ntitle = \"示例通知\"\nindex_number = \"629900036/2021-00001\"\n"
                     "issuer = \"示例市发展和改革委员会\"\ndisclosure = \"主动公开\"\n"
                     "date = 2021-02-01\n+++\n\n见[附件](附件.csv)与 idx:629900036/2021-00002。\n");
    fuzz::write_file(dir / "content/fgw/2021/附件.csv", "a,b\n");
    return dir;
  }();
  static const fs::path out = fuzz::scratch_dir() / "public";

  fuzz::write_file(site / "content/fgw/2021/00002.md", fuzz::as_string(data, size));
  BuildOptions options;
  options.source = site.string();
  options.output = out.string();
  for (int run = 0; run < 2; ++run) {
    Diagnostics diags;
    BuildStats stats;
    build_site(options, diags, stats);
    for (const auto& d : diags.all()) (void)format_text(d);
  }
  return 0;
}
