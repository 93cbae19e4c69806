// The command line, and only that: parse arguments, run the pipeline, print diagnostics.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#if GONGKAI_MIMALLOC
#include <mimalloc.h>
#endif

#include "build.hpp"
#include "site/config.hpp"
#include "util/edit_distance.hpp"

namespace {

enum class Format { text, json };

void print(gongkai::Diagnostics& diags, Format format) {
  diags.sort();
  for (const auto& d : diags.all()) {
    std::cerr << (format == Format::json ? gongkai::format_json_lines(d) : gongkai::format_text(d));
  }
}

int run_build(gongkai::BuildOptions options, bool stats) {
#if GONGKAI_LET_GO_AT_EXIT
  options.let_go_at_exit = true;
#endif
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

// CLI11 says only "A subcommand is required" for `gongkai frob`: name the word it did not know,
// and the command meant when it is a likely typo. Empty when word is a command.
std::string unknown_command(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(command->get_name());
  }
  if (std::find(names.begin(), names.end(), word) != names.end()) return "";
  const std::string near = gongkai::closest_match(word, names);
  if (!near.empty()) return "Unknown command \"" + word + "\" (did you mean \"" + near + "\"?)";
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  }
  return "Unknown command \"" + word + "\" (the commands are " + list + ")";
}

// --base-url is checked as site.toml's base_url is, while parsing: a bad value is bad usage (exit
// 2), found before anything is read.
std::string check_base_url(std::string& value) {
  std::string url = value, path, err;
  return gongkai::normalize_base_url(url, path, err) ? "" : err;
}

// "text" or "json" only: CLI11's enum transformer would also take the enum's number ("1").
std::string check_format(std::string& value) {
  return value == "text" || value == "json" ? "" : "must be text or json, not \"" + value + "\"";
}

}  // namespace

int main(int argc, char** argv) {
#if GONGKAI_MIMALLOC
  // Memory in 2 MiB pages where the system allows (transparent huge pages): a rebuild of 50,000
  // documents took a fifth of the page faults (102,000 -> 21,000) and a quarter less system time.
  mi_option_enable(mi_option_large_os_pages);
#endif
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
  build->add_option("--base-url", options.base_url, "Override site.toml's base_url")
      ->check(CLI::Validator(check_base_url, "URL"));
  build->add_flag("--stats", stats, "Say where the time went and what was written");

  std::string format_name = "text";
  CLI::App* check = app.add_subcommand("check", "Validate the site and write nothing");
  add_source(check);
  check->add_option("--format", format_name, "Diagnostics as text or JSON Lines")
      ->check(CLI::Validator(check_format, "text|json"))
      ->capture_default_str();

  if (argc > 1 && argv[1][0] != '-') {
    const std::string problem = unknown_command(app, argv[1]);
    if (!problem.empty()) {
      std::cerr << problem << "\nRun with --help for more information.\n";
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // --help and --version are successes; every other parse error is bad usage.
    return code == 0 ? 0 : 2;
  }
  const Format format = format_name == "json" ? Format::json : Format::text;
  if (*build) return run_build(options, stats);
  return run_check(options, format);
}
