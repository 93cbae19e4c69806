#include "outputs/incremental.hpp"

#include <algorithm>
#include <atomic>

#include "util/parallel.hpp"

namespace gongkai::outputs {

namespace {

// Why a job is made again (Ninja's -d explain).
enum class Why { kept, no_log, new_file, touched, inputs };

const char* why_text(Why why) {
  switch (why) {
    case Why::kept:
      break;
    case Why::no_log:
      return "no build log";
    case Why::new_file:
      return "new output";
    case Why::touched:
      return "published file missing or changed since the last build";
    case Why::inputs:
      return "its inputs changed";
  }
  return "kept";
}

// A build making at most this many files writes them in place.
std::size_t in_place_limit(std::size_t files) { return std::max<std::size_t>(256, files / 20); }

struct Slot {
  Why why = Why::kept;
  const OutputRecord* old = nullptr;
  bool trusted = false;  // the published file is the one old describes
  bool changed = false;  // its bytes must be written
  std::string bytes;
  Fingerprint bytes_fp;
  std::string error;
};

// Makes job's bytes into slot and says whether they differ from the published file's.
void make(const OutputJob& job, const PublishedSite& site, render::Renderer& renderer, Slot& s) {
  if (!job.copy_from.empty()) {
    s.bytes_fp = job.key;
    s.changed = !site.holds_copy_of(job.path, job.copy_from);
    return;
  }
  if (!job.make(renderer, s.bytes, s.error)) return;
  s.bytes_fp = fingerprint_of(s.bytes);
  s.changed = s.trusted ? !(s.old->bytes == s.bytes_fp) : !site.holds(job.path, s.bytes);
}

void report(const std::vector<OutputJob>& jobs, const std::vector<Slot>& slots,
            Diagnostics& diags) {
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!slots[i].error.empty()) {
      diags.error(jobs[i].origin, 0, 0, slots[i].error + " (making " + jobs[i].path + ")");
    }
  }
}

bool failed(const std::vector<Slot>& slots) {
  return std::any_of(slots.begin(), slots.end(), [](const Slot& s) { return !s.error.empty(); });
}

// Few changes: made in memory, then written file by file.
bool publish_few(const std::vector<OutputJob>& jobs, std::vector<Slot>& slots,
                 const std::vector<std::size_t>& dirty, std::vector<render::Renderer>& renderers,
                 const PublishedSite& site, const std::set<std::string>& paths, PublishStats& stats,
                 Diagnostics& diags) {
  parallel_for(dirty.size(), [&](std::size_t worker, std::size_t k) {
    make(jobs[dirty[k]], site, renderers[worker], slots[dirty[k]]);
  });
  if (failed(slots)) {
    report(jobs, slots, diags);
    return false;
  }
  std::vector<ChangedFile> changed;
  for (std::size_t i : dirty) {
    if (!slots[i].changed) continue;
    changed.push_back({jobs[i].path, std::move(slots[i].bytes), jobs[i].copy_from});
  }
  stats.unchanged = jobs.size() - changed.size();
  stats.in_place = true;
  if (changed.empty() && paths == site.paths()) return true;  // the site is already this one
  return publish_in_place(site, changed, paths, stats, diags);
}

// Many changes: every file into a staged copy of the site as it is made, then swapped in.
bool publish_many(const std::vector<OutputJob>& jobs, std::vector<Slot>& slots,
                  std::vector<render::Renderer>& renderers, const PublishedSite& site,
                  const std::set<std::string>& paths, PublishStats& stats, Diagnostics& diags) {
  StagedSite staged(site);
  std::string err;
  if (!staged.begin(err)) {
    diags.error(site.shown(), 0, 0, err + "; the previous site is left as it was");
    return false;
  }
  std::atomic<std::size_t> written{0};
  parallel_for(jobs.size(), [&](std::size_t worker, std::size_t i) {
    const OutputJob& job = jobs[i];
    Slot& s = slots[i];
    if (s.why != Why::kept) make(job, site, renderers[worker], s);
    if (!s.error.empty()) return;
    bool ok = true;
    if (s.why == Why::kept || !s.changed) {
      ok = staged.keep(job.path, s.error);
    } else {
      ok = job.copy_from.empty() ? staged.write(job.path, s.bytes, s.error)
                                 : staged.copy(job.path, job.copy_from, s.error);
      ++written;
    }
    std::string().swap(s.bytes);  // let the page go (assigning "" would keep its buffer)
    if (!ok && s.error.empty()) s.error = "cannot write";
  });
  if (failed(slots)) {
    report(jobs, slots, diags);
    return false;
  }
  stats.written = written;
  stats.unchanged = jobs.size() - written;
  for (const std::string& path : site.paths()) stats.removed += paths.count(path) ? 0 : 1;
  if (site.exists() && written == 0 && paths == site.paths()) return true;  // thrown away
  return staged.finish(paths, diags);
}

// The jobs to make (those not kept), in order, counted by why into stats.
std::vector<std::size_t> made_again(const std::vector<OutputJob>& jobs,
                                    const std::vector<Slot>& slots, OutputStats& stats) {
  std::vector<std::size_t> dirty;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (slots[i].why == Why::kept) continue;
    dirty.push_back(i);
    ++stats.reasons[why_text(slots[i].why)];
    if (stats.examples.size() < 10) {
      stats.examples.push_back(jobs[i].path + ": " + why_text(slots[i].why));
    }
  }
  stats.made = dirty.size();
  return dirty;
}

// The stamps of the files made (by job), as they lie now.
std::vector<std::optional<FileStamp>> stamps_of_made(const PublishedSite& site,
                                                     const std::vector<OutputJob>& jobs,
                                                     const std::vector<std::size_t>& dirty) {
  std::vector<std::optional<FileStamp>> stamps(jobs.size());
  parallel_for(dirty.size(), [&](std::size_t, std::size_t k) {
    stamps[dirty[k]] = stamp_of(site.root() / jobs[dirty[k]].path, StampOf::published);
  });
  return stamps;
}

// True when the output's manifest names exactly the files table records.
bool manifest_names(const PublishedSite& site, const OutputTable& table) {
  if (site.paths().size() != table.size()) return false;
  std::size_t i = 0;
  for (const std::string& path : site.paths()) {
    if (table.path(i++) != path) return false;
  }
  return true;
}

}  // namespace

Shortcut publish_changed_pages(const std::vector<OutputJob>& jobs, const render::Renderer& renderer,
                               const std::string& output_dir, const BuildLog& previous,
                               const UntouchedOutputs& untouched, BuildLog& next,
                               OutputStats& stats, Diagnostics& diags) {
  const OutputTable& old = previous.outputs;
  if (untouched.size() != old.size() ||
      !std::all_of(untouched.begin(), untouched.end(), [](bool u) { return u; })) {
    return Shortcut::not_taken;
  }
  std::vector<Slot> slots(jobs.size());
  std::vector<std::size_t> at(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    at[i] = old.find(jobs[i].path);
    if (at[i] == OutputTable::npos) return Shortcut::not_taken;
    slots[i].old = &old.record(at[i]);
    slots[i].trusted = true;
    slots[i].why = old.record(at[i]).key == jobs[i].key ? Why::kept : Why::inputs;
  }
  Diagnostics opening;
  PublishedSite site;
  if (!site.open(output_dir, opening) || !site.exists() || !manifest_names(site, old)) {
    return Shortcut::not_taken;  // the full build says what is wrong, if anything is
  }
  const std::vector<std::size_t> dirty = made_again(jobs, slots, stats);
  stats.files = old.size();
  std::vector<render::Renderer> renderers(worker_count(), renderer);
  if (!publish_few(jobs, slots, dirty, renderers, site, site.paths(), stats.published, diags)) {
    return Shortcut::failed;
  }
  stats.published.unchanged = old.size() - stats.published.written;
  next.outputs = old;
  const std::vector<std::optional<FileStamp>> stamps = stamps_of_made(site, jobs, dirty);
  for (std::size_t i : dirty) {
    if (stamps[i]) {
      next.outputs.set_record(at[i], OutputRecord{jobs[i].key, slots[i].bytes_fp, *stamps[i]});
    }
  }
  return Shortcut::done;
}

UntouchedOutputs untouched_outputs(const BuildLog& previous, const std::string& output_dir) {
  UntouchedOutputs untouched;
  const OpenFolder output(output_dir);
  if (!output.is_open()) return untouched;
  untouched.resize(previous.outputs.size());
  std::string path;
  for (std::size_t i = 0; i < previous.outputs.size(); ++i) {
    path = previous.outputs.path(i);
    const auto now = output.stamp(path, StampOf::published);
    untouched[i] = now && *now == previous.outputs.record(i).stamp;
  }
  return untouched;
}

bool publish_outputs(const std::vector<OutputJob>& jobs, const render::Renderer& renderer,
                     const std::string& output_dir, const BuildLog* previous,
                     const UntouchedOutputs& untouched, BuildLog& next, OutputStats& stats,
                     Diagnostics& diags) {
  PublishedSite site;
  if (!site.open(output_dir, diags)) return false;
  std::vector<Slot> slots(jobs.size());
  // Each job's record in the previous log, by one pass over both (each sorted by path).
  if (previous) {
    const OutputTable& old = previous->outputs;
    for (std::size_t i = 0, k = 0; i < jobs.size() && k < old.size(); ++i) {
      while (k < old.size() && old.path(k) < jobs[i].path) ++k;
      if (k == old.size() || old.path(k) != jobs[i].path) continue;
      slots[i].old = &old.record(k);
      slots[i].trusted = site.exists() && k < untouched.size() && untouched[k];
    }
  }
  parallel_for(jobs.size(), [&](std::size_t, std::size_t i) {
    Slot& s = slots[i];
    s.why = !previous                      ? Why::no_log
            : !s.old                       ? Why::new_file
            : !s.trusted                   ? Why::touched
            : !(s.old->key == jobs[i].key) ? Why::inputs
                                           : Why::kept;
  });
  std::set<std::string> paths;
  for (const OutputJob& job : jobs) paths.insert(paths.end(), job.path);
  const std::vector<std::size_t> dirty = made_again(jobs, slots, stats);
  stats.files = jobs.size();

  // A kainjow template keeps state while it renders: one renderer per worker.
  std::vector<render::Renderer> renderers(worker_count(), renderer);
  const bool few = previous && site.exists() && dirty.size() <= in_place_limit(jobs.size()) &&
                   std::all_of(dirty.begin(), dirty.end(),
                               [&](std::size_t i) { return site.can_place(jobs[i].path); });
  const bool ok =
      few ? publish_few(jobs, slots, dirty, renderers, site, paths, stats.published, diags)
          : publish_many(jobs, slots, renderers, site, paths, stats.published, diags);
  if (!ok) return false;

  // What the next build will find: a kept file as it was, a made one as it is now.
  next.outputs = OutputTable();
  std::size_t path_bytes = 0;
  for (const OutputJob& job : jobs) path_bytes += job.path.size();
  next.outputs.reserve(jobs.size(), path_bytes);
  const std::vector<std::optional<FileStamp>> stamps = stamps_of_made(site, jobs, dirty);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const Slot& s = slots[i];
    if (s.why == Why::kept) {
      next.outputs.add(jobs[i].path, *s.old);
    } else if (stamps[i]) {
      next.outputs.add(jobs[i].path, OutputRecord{jobs[i].key, s.bytes_fp, *stamps[i]});
    }
  }
  return true;
}

}  // namespace gongkai::outputs
