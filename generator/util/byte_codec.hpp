#pragma once
// A compact binary form for what the build cache keeps (cache/, content/document_codec.hpp).
// Integers take 7 bits a byte, low bits first (LEB128: a line number or a length is a byte or
// two), except fixed64 ones (hashes); strings and lists carry their length. The reader
// never reads past its input: a damaged cache fails to read, it never crashes the build. A type of
// its own is written by `encode_value(ByteWriter&, const T&)` and read by
// `decode_value(ByteReader&, T&)`, declared beside the type's codec.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace gongkai {

// Bytes that copy cheaply: a view into a buffer that lives while any copy does (a build log read
// whole keeps its documents where they lie instead of copying each one out).
class SharedBytes {
 public:
  SharedBytes() = default;
  explicit SharedBytes(std::string bytes)
      : owner_(std::make_shared<const std::string>(std::move(bytes))), view_(*owner_) {}
  SharedBytes(std::shared_ptr<const std::string> owner, std::string_view view)
      : owner_(std::move(owner)), view_(view) {}
  std::string_view view() const { return view_; }
  bool empty() const { return view_.empty(); }
  const std::shared_ptr<const std::string>& owner() const { return owner_; }

 private:
  std::shared_ptr<const std::string> owner_;
  std::string_view view_;
};

class ByteWriter {
 public:
  void u64(std::uint64_t n) {
    char buf[10];
    int len = 0;
    for (; n >= 0x80; n >>= 7) buf[len++] = static_cast<char>(n | 0x80);
    buf[len++] = static_cast<char>(n);
    out_.append(buf, len);
  }
  void fixed64(std::uint64_t n) {
    char le[8];
    for (int i = 0; i < 8; ++i) le[i] = static_cast<char>(n >> (8 * i));
    out_.append(le, 8);
  }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  template <typename T>
  void put(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      str(v);
    } else if constexpr (std::is_same_v<T, SharedBytes>) {
      str(v.view());
    } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
      u64(static_cast<std::uint64_t>(v));
    } else {
      encode_value(*this, v);  // found by argument-dependent lookup
    }
  }
  template <typename T>
  void put(const std::optional<T>& v) {
    u64(v ? 1 : 0);
    if (v) put(*v);
  }
  template <typename T>
  void put(const std::vector<T>& v) {
    u64(v.size());
    for (const T& item : v) put(item);
  }
  template <typename K, typename V>
  void put(const std::pair<K, V>& p) {
    put(p.first);
    put(p.second);
  }
  template <typename K, typename V, typename C>
  void put(const std::map<K, V, C>& m) {
    u64(m.size());
    for (const auto& [k, v] : m) {
      put(k);
      put(v);
    }
  }
  std::string& bytes() { return out_; }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  // Over (part of) *owner: the SharedBytes it reads view owner's bytes instead of copying them.
  ByteReader(std::string_view in, std::shared_ptr<const std::string> owner)
      : in_(in), owner_(std::move(owner)) {}
  // Over bytes, whose SharedBytes view the same buffer.
  explicit ByteReader(const SharedBytes& bytes) : in_(bytes.view()), owner_(bytes.owner()) {}

  bool u64(std::uint64_t& n) {
    n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ == in_.size()) return fail();
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      if (shift == 63 && byte > 1) return fail();  // more than 64 bits
      n |= std::uint64_t(byte & 0x7F) << shift;
      if (byte < 0x80) return true;
    }
    return fail();
  }
  bool fixed64(std::uint64_t& n) {
    if (in_.size() - at_ < 8) return fail();
    n = 0;
    for (int i = 0; i < 8; ++i)
      n |= std::uint64_t(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
    at_ += 8;
    return true;
  }
  bool str(std::string& s) {
    std::uint64_t n = 0;
    if (!u64(n) || n > in_.size() - at_) return fail();
    s.assign(in_.data() + at_, n);
    at_ += n;
    return true;
  }
  // A string as a view of the input, valid while the input is.
  bool view(std::string_view& s) {
    std::uint64_t n = 0;
    if (!u64(n) || n > in_.size() - at_) return fail();
    s = in_.substr(at_, n);
    at_ += n;
    return true;
  }
  bool shared(SharedBytes& s) {
    std::uint64_t n = 0;
    if (!u64(n) || n > in_.size() - at_) return fail();
    const std::string_view bytes = in_.substr(at_, n);
    s = owner_ ? SharedBytes(owner_, bytes) : SharedBytes(std::string(bytes));
    at_ += n;
    return true;
  }
  template <typename T>
  bool get(T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      return str(v);
    } else if constexpr (std::is_same_v<T, SharedBytes>) {
      return shared(v);
    } else if constexpr (std::is_same_v<T, bool>) {
      std::uint64_t n = 0;
      if (!u64(n) || n > 1) return fail();
      v = n == 1;
      return true;
    } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
      std::uint64_t n = 0;
      if (!u64(n)) return false;
      v = static_cast<T>(n);
      return true;
    } else {
      return decode_value(*this, v) || fail();
    }
  }
  template <typename T>
  bool get(std::optional<T>& v) {
    std::uint64_t present = 0;
    if (!u64(present) || present > 1) return fail();
    v.reset();
    if (present == 0) return true;
    v.emplace();
    return get(*v);
  }
  template <typename T>
  bool get(std::vector<T>& v) {
    std::uint64_t n = 0;
    if (!u64(n) || n > in_.size() - at_) return fail();  // every item takes at least one byte
    v.clear();
    v.resize(n);
    for (T& item : v) {
      if (!get(item)) return false;
    }
    return true;
  }
  template <typename K, typename V>
  bool get(std::pair<K, V>& p) {
    return get(p.first) && get(p.second);
  }
  template <typename K, typename V, typename C>
  bool get(std::map<K, V, C>& m) {
    std::uint64_t n = 0;
    if (!u64(n) || n > in_.size() - at_) return fail();
    m.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
      K k;
      V v;
      if (!get(k) || !get(v)) return false;
      m.emplace_hint(m.end(), std::move(k), std::move(v));
    }
    return true;
  }
  bool at_end() const { return ok_ && at_ == in_.size(); }
  std::size_t offset() const { return at_; }
  std::size_t left() const { return in_.size() - at_; }
  bool ok() const { return ok_; }

 private:
  bool fail() {
    ok_ = false;
    at_ = in_.size();
    return false;
  }
  std::string_view in_;
  std::shared_ptr<const std::string> owner_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace gongkai
