#include "cache/build_log.hpp"

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cstdio>

#include "util/file_io.hpp"
#include "util/parallel.hpp"

namespace gongkai {

namespace fs = boost::filesystem;

namespace {

const char kMagic[] = "gongkai build log\n";
const std::uint64_t kFormat = 7;
// A source modified this close to the start of the build that read it may have changed again
// within the same tick of the file system's clock.
const std::int64_t kSettleNs = 2'000'000'000;

std::string canonical_or_absolute(const std::string& dir) {
  boost::system::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(dir), ec);
  return (ec ? fs::absolute(dir) : p).lexically_normal().string();
}

}  // namespace

// The binary form of the log's parts, found by util/byte_codec.hpp through their types.
void encode_value(ByteWriter& w, const FileStamp& s) {
  w.u64(s.size);
  w.u64(static_cast<std::uint64_t>(s.mtime_ns));
  w.u64(s.inode);
  w.u64(static_cast<std::uint64_t>(s.ctime_ns));
}
bool decode_value(ByteReader& r, FileStamp& s) {
  std::uint64_t mtime = 0, ctime = 0;
  bool ok = r.u64(s.size) && r.u64(mtime) && r.u64(s.inode) && r.u64(ctime);
  s.mtime_ns = static_cast<std::int64_t>(mtime);
  s.ctime_ns = static_cast<std::int64_t>(ctime);
  return ok;
}

void encode_value(ByteWriter& w, const SourceRecord& s) {
  w.put(s.stamp);
  w.put(s.bytes);
  w.put(s.document);
}
bool decode_value(ByteReader& r, SourceRecord& s) {
  return r.get(s.stamp) && r.get(s.bytes) && r.get(s.document);
}

void encode_value(ByteWriter& w, const OutputRecord& o) {
  w.put(o.key);
  w.put(o.bytes);
  w.put(o.stamp);
}
bool decode_value(ByteReader& r, OutputRecord& o) {
  return r.get(o.key) && r.get(o.bytes) && r.get(o.stamp);
}

namespace {

bool read_outputs(ByteReader& r, OutputTable& outputs) {
  std::uint64_t n = 0;
  if (!r.u64(n) || n > r.left()) return false;
  outputs.reserve(n, r.left());
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string_view path;
    OutputRecord rec;
    if (!r.view(path) || !r.get(rec) || !outputs.add(path, rec)) return false;
  }
  return true;
}

}  // namespace

void OutputTable::reserve(std::size_t n, std::size_t bytes) {
  entries_.reserve(n);
  paths_.reserve(bytes);
}

bool OutputTable::add(std::string_view path, const OutputRecord& record) {
  if (!entries_.empty() && !(this->path(entries_.size() - 1) < path)) return false;
  entries_.push_back({paths_.size(), path.size(), record});
  paths_.append(path);
  return true;
}

std::size_t OutputTable::find(std::string_view path) const {
  std::size_t low = 0, high = entries_.size();
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (this->path(mid) < path) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low < entries_.size() && this->path(low) == path ? low : npos;
}

bool BuildLog::stamp_is_settled(const FileStamp& stamp) const {
  return std::max(stamp.mtime_ns, stamp.ctime_ns) < started_ns - kSettleNs;
}

fs::path build_log_path(const std::string& site_dir) {
  return fs::path(site_dir) / ".gongkai" / "build-log";
}

Fingerprint build_identity(const std::string& site_dir, const std::string& output_dir) {
  Hasher h;
  h.add(program_fingerprint()).add(canonical_or_absolute(site_dir));
  h.add(canonical_or_absolute(output_dir));
  return h.done();
}

std::optional<BuildLog> read_build_log(const fs::path& file, const Fingerprint& identity,
                                       std::string& why) {
  auto bytes = std::make_shared<std::string>();
  std::string err;
  boost::system::error_code ec;
  if (!fs::exists(file, ec)) {
    why = "no build log";
    return std::nullopt;
  }
  if (!read_file(file, *bytes, err)) {
    why = "build log unreadable: " + err;
    return std::nullopt;
  }
  const std::size_t magic = sizeof kMagic - 1;
  if (bytes->size() < magic + 16 || bytes->compare(0, magic, kMagic) != 0) {
    why = "build log damaged";
    return std::nullopt;
  }
  const std::string_view body(bytes->data(), bytes->size() - 16);
  ByteReader tail(std::string_view(*bytes).substr(bytes->size() - 16));
  Fingerprint sum;
  if (!decode_value(tail, sum) || !(sum == fingerprint_of(body))) {
    why = "build log damaged";
    return std::nullopt;
  }
  ByteReader r(body.substr(magic));
  std::uint64_t format = 0;
  BuildLog log;
  if (!r.u64(format) || format != kFormat || !r.get(log.identity)) {
    why = "build log from another version";
    return std::nullopt;
  }
  if (!(log.identity == identity)) {
    why = "build log from another gongkai, site or output";
    return std::nullopt;
  }
  std::uint64_t started = 0, outputs_at = 0;
  ByteReader trailer(body.substr(body.size() - 8));
  bool ok = r.get(log.config_key) && r.get(log.shape) && r.u64(started) &&
            body.size() >= magic + r.offset() + 8 && trailer.fixed64(outputs_at) &&
            outputs_at >= magic + r.offset() && outputs_at <= body.size() - 8;
  log.started_ns = static_cast<std::int64_t>(started);
  if (!ok) {
    why = "build log damaged";
    return std::nullopt;
  }
  // The sources and the outputs, each read on a core of its own.
  const std::size_t at = magic + r.offset();
  ByteReader sources(body.substr(at, outputs_at - at), bytes);
  ByteReader outputs(body.substr(outputs_at, body.size() - 8 - outputs_at));
  bool read[2] = {false, false};
  parallel_for(2, [&](std::size_t, std::size_t part) {
    read[part] = part == 0 ? sources.get(log.sources) && sources.at_end()
                           : read_outputs(outputs, log.outputs) && outputs.at_end();
  });
  if (!read[0] || !read[1]) {
    why = "build log damaged";
    return std::nullopt;
  }
  log.bytes = std::move(bytes);
  return log;
}

namespace {

// The log on its way to the file, in pieces of about kPiece bytes, its checksum taken on the way.
class LogOut {
 public:
  static constexpr std::size_t kPiece = 64 * 1024;
  explicit LogOut(FileRewriter& file) : file_(file) {}
  ByteWriter& w() { return w_; }
  // Where the next byte goes, from the start of the file.
  std::size_t at() const { return sent_ + w_.bytes().size(); }
  // Called between records: passes a full piece on.
  void record_done() {
    if (w_.bytes().size() >= kPiece) send();
  }
  // Passes the rest on, then the checksum of all of it.
  void finish() {
    send();
    w_.put(sum_.done());
    file_.append(w_.bytes());
  }

 private:
  void send() {
    sum_.add(w_.bytes());
    file_.append(w_.bytes());
    sent_ += w_.bytes().size();
    w_.bytes().clear();
  }
  FileRewriter& file_;
  ByteWriter w_;
  RunningFingerprint sum_;
  std::size_t sent_ = 0;
};

// The log's form: its header, the sources, the outputs, where the outputs start (so that a
// reader splits the two without reading the first), then the checksum.
void write_log(const BuildLog& log, FileRewriter& file) {
  LogOut out(file);
  ByteWriter& w = out.w();
  w.bytes() = kMagic;
  w.u64(kFormat);
  w.put(log.identity);
  w.put(log.config_key);
  w.put(log.shape);
  w.u64(static_cast<std::uint64_t>(log.started_ns));
  w.u64(log.sources.size());
  for (const auto& [path, rec] : log.sources) {
    w.put(path);
    w.put(rec);
    out.record_done();
  }
  const std::uint64_t outputs_at = out.at();
  w.u64(log.outputs.size());
  for (std::size_t i = 0; i < log.outputs.size(); ++i) {
    w.str(log.outputs.path(i));
    w.put(log.outputs.record(i));
    out.record_done();
  }
  w.fixed64(outputs_at);
  out.finish();
}

}  // namespace

bool write_build_log(const BuildLog& log, const fs::path& file, std::string& err,
                     std::string_view was) {
  boost::system::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  // Over the old log, writing only what differs from it: after a one-document edit at 50,000
  // documents, a few pages of its 40 MB. Replacing it would also free its blocks, inside the
  // rename. Anything but a file there is replaced instead.
  {
    FileRewriter out(file, was);
    if (out.is_open(err)) {
      write_log(log, out);
      if (out.finish(err)) return true;
    }
  }
  const fs::path tmp = file.string() + ".tmp";
  fs::remove(tmp, ec);
  {
    FileRewriter out(tmp, {});
    if (!out.is_open(err)) return false;
    write_log(log, out);
    if (!out.finish(err)) {
      fs::remove(tmp, ec);
      return false;
    }
  }
  if (std::rename(tmp.c_str(), file.c_str()) != 0) {
    err = "cannot replace " + file.string();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace gongkai
