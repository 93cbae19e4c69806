// The command line, and only that: parse arguments, run the pipeline, print diagnostics.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "build.hpp"

namespace {

enum class Format { text, json };

void print(gongkai::Diagnostics& diags, Format format) {
  diags.sort();
  for (const auto& d : diags.all()) {
    std::cerr << (format == Format::json ? gongkai::format_json_lines(d) : gongkai::format_text(d));
  }
}

int run_build(const gongkai::BuildOptions& options, bool stats) {
  gongkai::Diagnostics diags;
  gongkai::BuildStats build_stats;
  bool ok = gongkai::build_site(options, diags, build_stats);
  print(diags, Format::text);
  if (!ok) return 1;
  std::printf("gongkai: %zu documents published into %s\n", build_stats.documents,
              options.output_dir().c_str());
  if (stats) std::fputs(build_stats.report().c_str(), stdout);
  return 0;
}

int run_check(gongkai::BuildOptions options, Format format) {
  options.write = false;
  gongkai::Diagnostics diags;
  gongkai::BuildStats stats;
  bool ok = gongkai::build_site(options, diags, stats);
  print(diags, format);
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "gongkai: compiles Markdown documents into a government information disclosure catalogue"};
  app.set_version_flag("--version", "gongkai " GONGKAI_VERSION);
  app.require_subcommand(1);

  gongkai::BuildOptions options;
  const auto add_source = [&options](CLI::App* command) {
    command->add_option("--source", options.source, "The site folder (holding site.toml)")
        ->capture_default_str();
  };
  bool stats = false;
  CLI::App* build = app.add_subcommand("build", "Build the site into its output folder");
  add_source(build);
  build->add_option("--output", options.output, "Where to publish (default SOURCE/public)");
  build->add_option("--base-url", options.base_url, "Override site.toml's base_url");
  build->add_flag("--stats", stats, "Say where the time went and what was written");

  Format format = Format::text;
  CLI::App* check = app.add_subcommand("check", "Validate the site and write nothing");
  add_source(check);
  check->add_option("--format", format, "Diagnostics as text or JSON Lines")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"text", Format::text}, {"json", Format::json}}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // --help and --version are successes; every other parse error is bad usage.
    return code == 0 ? 0 : 2;
  }
  if (*build) return run_build(options, stats);
  return run_check(options, format);
}
