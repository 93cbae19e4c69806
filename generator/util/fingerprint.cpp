#include "util/fingerprint.hpp"

#include <elf.h>
#include <link.h>
#include <xxhash.h>

#include <boost/filesystem/path.hpp>
#include <cstring>

#include "util/byte_codec.hpp"
#include "util/file_io.hpp"

namespace gongkai {

namespace {
XXH3_state_t* state(void* s) { return static_cast<XXH3_state_t*>(s); }
}  // namespace

void encode_value(ByteWriter& w, const Fingerprint& f) {
  w.fixed64(f.low);
  w.fixed64(f.high);
}
bool decode_value(ByteReader& r, Fingerprint& f) { return r.fixed64(f.low) && r.fixed64(f.high); }

Fingerprint fingerprint_of(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return {h.low64, h.high64};
}

Hasher::~Hasher() {
  if (state_) XXH3_freeState(state(state_));
}

void Hasher::spill() {
  if (!state_) {
    state_ = XXH3_createState();
    XXH3_128bits_reset(state(state_));
  }
  XXH3_128bits_update(state(state_), buffer_, used_);
  used_ = 0;
}

Hasher& Hasher::add(std::string_view bytes) {
  add(static_cast<std::uint64_t>(bytes.size()));
  if (used_ + bytes.size() <= sizeof buffer_) {
    std::memcpy(buffer_ + used_, bytes.data(), bytes.size());
    used_ += bytes.size();
    return *this;
  }
  spill();
  XXH3_128bits_update(state(state_), bytes.data(), bytes.size());
  return *this;
}

Fingerprint Hasher::done() {
  if (!state_) return fingerprint_of({reinterpret_cast<const char*>(buffer_), used_});
  spill();
  const XXH128_hash_t h = XXH3_128bits_digest(state(state_));
  return {h.low64, h.high64};
}

RunningFingerprint::RunningFingerprint() : state_(XXH3_createState()) {
  XXH3_128bits_reset(state(state_));
}

RunningFingerprint::~RunningFingerprint() { XXH3_freeState(state(state_)); }

void RunningFingerprint::add(std::string_view piece) {
  XXH3_128bits_update(state(state_), piece.data(), piece.size());
}

Fingerprint RunningFingerprint::done() const {
  const XXH128_hash_t h = XXH3_128bits_digest(state(state_));
  return {h.low64, h.high64};
}

namespace {

// The GNU build ID the linker put in the program (ld --build-id, Debian's default): a hash of
// the program's code and data, read from memory. Empty when there is none.
std::string build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        if (info->dlpi_name && info->dlpi_name[0] != '\0') return 1;  // the program comes first
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* at = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = at + ph.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const char* name = at + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                std::string_view(name, 3) == "GNU" && desc + note->n_descsz <= end) {
              static_cast<std::string*>(out)->assign(desc, note->n_descsz);
              return 1;
            }
            at = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;
      },
      &id);
  return id;
}

}  // namespace

const Fingerprint& program_fingerprint() {
  static const Fingerprint self = [] {
    if (std::string id = build_id(); !id.empty()) return fingerprint_of(id);
    std::string bytes, err;
    // Unreadable: a fingerprint no cache holds, so every build is a clean one.
    if (!read_file("/proc/self/exe", bytes, err)) return Fingerprint{~0ull, ~0ull};
    return fingerprint_of(bytes);
  }();
  return self;
}

}  // namespace gongkai
