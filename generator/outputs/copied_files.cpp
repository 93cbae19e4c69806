#include <boost/filesystem/path.hpp>

#include "outputs/outputs.hpp"
#include "util/file_stamp.hpp"

namespace gongkai::outputs {

namespace {

// A file copied from disk is made from the bytes its stamp stands for; one that cannot be read
// gets a key of its own each time, so it is copied (and the failure reported) again.
Fingerprint copy_key(const boost::filesystem::path& from) {
  Hasher h;
  h.add("copy").add(from.string());
  if (auto stamp = stamp_of(from, StampOf::source)) {
    h.add(stamp->size).add(static_cast<std::uint64_t>(stamp->mtime_ns)).add(stamp->inode);
    h.add(static_cast<std::uint64_t>(stamp->ctime_ns));
  } else {
    h.add(static_cast<std::uint64_t>(now_ns()));
  }
  return h.done();
}

}  // namespace

void add_copied_files(const OutputContext& ctx, const render::Theme& theme,
                      std::vector<OutputJob>& jobs) {
  for (const auto& [path, file] : theme.static_files) {
    if (!file.disk_path.empty()) {
      jobs.push_back({path, file.origin, copy_key(file.disk_path), file.disk_path, {}});
      continue;
    }
    OutputJob job{path, file.origin, Hasher().add("built-in").add(file.bytes).done(), {}, {}};
    job.make = [&file](render::Renderer&, std::string& bytes, std::string&) {
      bytes = file.bytes;
      return true;
    };
    jobs.push_back(std::move(job));
  }
  const boost::filesystem::path content = boost::filesystem::path(ctx.site_dir) / "content";
  for (const auto& path : ctx.catalogue.attachments()) {
    jobs.push_back({path, "content/" + path, copy_key(content / path), content / path, {}});
  }
}

}  // namespace gongkai::outputs
