#pragma once
// Which outputs a build makes, and how it publishes them. A job whose key the previous build
// recorded, for a published file still as that build left it, is kept as it is; every other job
// is made, and its file written only when its bytes changed. Few changes are written in place,
// many through a staged copy of the site (writer/publisher.hpp).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cache/build_log.hpp"
#include "outputs/outputs.hpp"
#include "writer/publisher.hpp"

namespace gongkai::outputs {

// What publishing the outputs did, for --stats.
struct OutputStats {
  std::size_t files = 0;
  std::size_t made = 0;                        // rendered or copied again
  std::map<std::string, std::size_t> reasons;  // why each was made → how many
  std::vector<std::string> examples;           // the first few: "PATH: why"
  PublishStats published;
};

// Which of the files previous records (by position in previous.outputs) are still in output_dir
// as it left them (same stamp). A build takes them before it writes anything, while it works out
// what to make (on a thread of its own: 77,000 files at 50,000 documents).
using UntouchedOutputs = std::vector<bool>;
UntouchedOutputs untouched_outputs(const BuildLog& previous, const std::string& output_dir);

// Everything the outputs are made from but the documents' bodies: the site's key (site.toml, the
// theme), each document's path, front matter and links (as written and as the catalogue resolved
// them), and the stamps of the files copied as they are. A body is made into its own page only,
// and into nothing else but through the links the catalogue keeps of it; so when this is the
// previous build's, only the pages of the documents whose files changed can differ. An output
// made from bodies in any other way must put them in here.
Fingerprint shape_key(const OutputContext& ctx, const render::Theme& theme);

// What publish_changed_pages did.
enum class Shortcut { done, failed, not_taken };

// The shortcut of a build whose shape_key is the previous build's: makes jobs (the pages of the
// documents whose files changed) alone, and writes in place those whose bytes changed; every
// other file stays as previous recorded it, and next.outputs gets previous's records with the
// new ones. Taken only when every file previous records is untouched and the output's manifest
// names exactly them; not_taken, having done nothing, otherwise. failed with diagnostics.
Shortcut publish_changed_pages(const std::vector<OutputJob>& jobs, const render::Renderer& renderer,
                               const std::string& output_dir, const BuildLog& previous,
                               const UntouchedOutputs& untouched, BuildLog& next,
                               OutputStats& stats, Diagnostics& diags);

// Makes what must be made of jobs and publishes the site into output_dir: a job is kept when
// previous recorded its key for a file untouched since. next.outputs gets the record of every
// file published. False with diagnostics when a job failed (nothing is written then) or the
// output could not be written.
bool publish_outputs(const std::vector<OutputJob>& jobs, const render::Renderer& renderer,
                     const std::string& output_dir, const BuildLog* previous,
                     const UntouchedOutputs& untouched, BuildLog& next, OutputStats& stats,
                     Diagnostics& diags);

}  // namespace gongkai::outputs
