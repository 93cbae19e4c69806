#pragma once
// Which outputs a build makes, and how it publishes them. A job whose key the previous build
// recorded, for a published file still as that build left it, is kept as it is; every other job
// is made, and its file written only when its bytes changed. Few changes are written in place,
// many through a staged copy of the site (writer/publisher.hpp).
#include <map>
#include <string>
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

// Makes what must be made of jobs and publishes the site into output_dir. next.outputs gets the
// record of every file published. False with diagnostics when a job failed (nothing is written
// then) or the output could not be written.
bool publish_outputs(const std::vector<OutputJob>& jobs, const render::Renderer& renderer,
                     const std::string& output_dir, const BuildLog* previous, BuildLog& next,
                     OutputStats& stats, Diagnostics& diags);

}  // namespace gongkai::outputs
