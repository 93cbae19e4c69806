#include "markdown/html_sanitizer.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

// The scanner follows the WHATWG tokenizer in simplified form, so it splits tags where a browser
// would and never backtracks: every byte is looked at a bounded number of times. Nothing from the
// input reaches the output unchecked: tags are rebuilt from their lowercased name and validated
// digits, and text is re-escaped.

namespace gongkai::markdown {
namespace {

constexpr std::size_t npos = std::string_view::npos;

constexpr std::array<std::string_view, 14> kAllowedElements = {
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot",
    "tr",    "th",      "td",       "br",  "sup",   "sub",   "p"};

// Elements whose content is code or markup rather than readable text, so it goes with them.
constexpr std::array<std::string_view, 11> kContentDroppingElements = {
    "script",   "style",    "iframe", "object", "embed",    "template",
    "noscript", "textarea", "title",  "xmp",    "plaintext"};

// Void elements have no end tag; a stray "</br>" is noise, not markup to keep.
constexpr std::array<std::string_view, 2> kVoidElements = {"br", "col"};

// The only attributes that can survive, spelled as they are emitted.
constexpr std::array<std::string_view, 3> kSpanAttributes = {"rowspan", "colspan", "span"};

// Longest span value kept: enough for any real table, too short to be abused.
constexpr std::size_t kMaxSpanDigits = 4;

// Whitespace as HTML defines it; deliberately not std::isspace, which depends on the locale.
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// ASCII-only classes: UTF-8 bytes of Chinese text must never match.
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_hex_digit(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Characters that continue a tag name; a browser ends the name only at these three.
bool is_tag_name_char(char c) { return !is_html_space(c) && c != '/' && c != '>'; }

// Characters that continue an attribute name.
bool is_attribute_name_char(char c) { return is_tag_name_char(c) && c != '='; }

// Characters that continue an unquoted attribute value.
bool is_unquoted_value_char(char c) { return !is_html_space(c) && c != '>'; }

// Between attributes a browser ignores a lone '/' just like whitespace.
bool is_attribute_separator(char c) { return is_html_space(c) || c == '/'; }

// Case-insensitive comparison against a name already in lowercase.
bool equals_lowercase(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() &&
         std::equal(text.begin(), text.end(), lowercase.begin(),
                    [](char a, char b) { return ascii_lower(a) == b; });
}

// Whether `name` is one of `names`; the lists are a handful of entries, so a linear search.
bool contains(const auto& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Tag names are compared and emitted in lowercase whatever case the author typed.
std::string to_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), ascii_lower);
  return lower;
}

// The first offset at or after `pos` whose byte fails `pred`, or the end of `in`.
template <class Pred>
std::size_t skip_while(std::string_view in, std::size_t pos, Pred pred) {
  while (pos < in.size() && pred(in[pos])) ++pos;
  return pos;
}

// One kept attribute; `name` points into kSpanAttributes, `value` into the input.
struct Attribute {
  std::string_view name;
  std::string_view value;
};

// A start or end tag as the tokenizer split it.
struct Tag {
  std::string name;  // lowercased
  bool closing = false;
  std::vector<Attribute> attributes;  // only span attributes, so at most three
  std::size_t end = 0;                // offset just past the '>'

  // Records an attribute if it could survive. The first of duplicates wins, as in a browser; the
  // value is judged only on output so that an invalid first value is not replaced by a later one.
  void keep_attribute(std::string_view raw_name, std::string_view value) {
    for (std::string_view name : kSpanAttributes) {
      if (!equals_lowercase(raw_name, name)) continue;
      const bool seen = std::any_of(attributes.begin(), attributes.end(),
                                    [&](const Attribute& a) { return a.name == name; });
      if (!seen) attributes.push_back({name, value});
      return;
    }
  }
};

// An attribute value and the offset just past it.
struct AttributeValue {
  std::string_view text;
  std::size_t end = 0;
};

// Reads the value that follows '=' at `pos`; nullopt when the fragment ends inside a quoted value.
std::optional<AttributeValue> scan_attribute_value(std::string_view in, std::size_t pos) {
  pos = skip_while(in, pos, is_html_space);
  if (pos >= in.size()) return std::nullopt;
  const char quote = in[pos];
  if (quote == '"' || quote == '\'') {
    const std::size_t close = in.find(quote, pos + 1);
    if (close == npos) return std::nullopt;
    return AttributeValue{in.substr(pos + 1, close - pos - 1), close + 1};
  }
  const std::size_t end = skip_while(in, pos, is_unquoted_value_char);
  return AttributeValue{in.substr(pos, end - pos), end};
}

// Reads the tag at `lt` ('<' then a letter, or "</" then a letter); nullopt when the fragment ends
// before its '>', in which case a browser would drop it too.
std::optional<Tag> scan_tag(std::string_view in, std::size_t lt) {
  Tag tag;
  std::size_t pos = lt + 1;
  if (in[pos] == '/') {
    tag.closing = true;
    ++pos;
  }
  const std::size_t name_end = skip_while(in, pos, is_tag_name_char);
  tag.name = to_lower(in.substr(pos, name_end - pos));
  pos = name_end;
  while (true) {
    pos = skip_while(in, pos, is_attribute_separator);
    if (pos >= in.size()) return std::nullopt;
    if (in[pos] == '>') {
      tag.end = pos + 1;
      return tag;
    }
    const std::size_t name_start = pos;
    // The first character is taken unconditionally: a leading '=' belongs to the name in HTML,
    // and it guarantees progress.
    pos = skip_while(in, pos + 1, is_attribute_name_char);
    const std::string_view name = in.substr(name_start, pos - name_start);
    pos = skip_while(in, pos, is_html_space);
    std::string_view value;
    if (pos < in.size() && in[pos] == '=') {
      const auto scanned = scan_attribute_value(in, pos + 1);
      if (!scanned) return std::nullopt;
      value = scanned->text;
      pos = scanned->end;
    }
    tag.keep_attribute(name, value);
  }
}

// Whether `attribute` belongs on `element`: spans only make sense on cells and columns.
bool is_allowed_attribute(std::string_view element, std::string_view attribute) {
  if (attribute == "span") return element == "col" || element == "colgroup";
  return element == "td" || element == "th";
}

// Whether `value` is a plain number; anything else could smuggle text into the rebuilt tag.
bool is_span_value(std::string_view value) {
  return !value.empty() && value.size() <= kMaxSpanDigits &&
         std::all_of(value.begin(), value.end(), is_ascii_digit);
}

// Whether the tag is written to the output at all.
bool is_emitted(const Tag& tag) {
  return contains(kAllowedElements, tag.name) &&
         !(tag.closing && contains(kVoidElements, tag.name));
}

// Writes an allowed tag in canonical form; "<br/>" comes out as "<br>" because the self-closing
// slash is never copied.
void append_tag(const Tag& tag, std::string& out) {
  out += tag.closing ? "</" : "<";
  out += tag.name;
  if (!tag.closing) {
    for (const Attribute& attribute : tag.attributes) {
      if (!is_allowed_attribute(tag.name, attribute.name) || !is_span_value(attribute.value)) {
        continue;
      }
      out.append(" ").append(attribute.name).append("=\"").append(attribute.value).append("\"");
    }
  }
  out += '>';
}

// Whether `c`, just after "</name", ends the tag name, so "</scripty>" does not close a script.
bool ends_tag_name(char c) { return !is_tag_name_char(c); }

// The offset just past the end tag that closes `name`, searched from `pos`, or the end of the
// fragment when it never closes.
std::size_t skip_element_content(std::string_view in, std::size_t pos, std::string_view name) {
  for (pos = in.find("</", pos); pos != npos; pos = in.find("</", pos + 2)) {
    const std::size_t name_end = pos + 2 + name.size();
    if (name_end > in.size() || !equals_lowercase(in.substr(pos + 2, name.size()), name)) continue;
    if (name_end < in.size() && !ends_tag_name(in[name_end])) continue;
    const auto close = scan_tag(in, pos);
    return close ? close->end : in.size();
  }
  return in.size();
}

// The offset just past a comment, doctype, CDATA section, processing instruction or bogus comment
// such as "</ x>" starting at `lt`, or the end of the fragment when it is unterminated.
std::size_t skip_declaration(std::string_view in, std::size_t lt) {
  const std::string_view rest = in.substr(lt);
  std::string_view terminator = ">";
  // From offset 2 so that "<!-->" and "<!--->" close themselves, as they do in a browser.
  std::size_t search_from = 2;
  if (rest.starts_with("<!--")) {
    terminator = "-->";
  } else if (rest.starts_with("<![CDATA[")) {
    terminator = "]]>";
    search_from = 9;
  }
  const std::size_t end = rest.find(terminator, search_from);
  return end == npos ? in.size() : lt + end + terminator.size();
}

// What a '<' starts, decided by the characters after it as a browser decides.
enum class Markup { kText, kTag, kDeclaration };

// Classifies the '<' at `lt`; a '<' that starts nothing is plain text, like "a < b".
Markup classify_markup(std::string_view in, std::size_t lt) {
  if (lt + 1 >= in.size()) return Markup::kText;
  const char next = in[lt + 1];
  if (is_ascii_alpha(next)) return Markup::kTag;
  if (next == '!' || next == '?') return Markup::kDeclaration;
  if (next != '/' || lt + 2 >= in.size()) return Markup::kText;
  return is_ascii_alpha(in[lt + 2]) ? Markup::kTag : Markup::kDeclaration;
}

// Handles the tag at `lt`, returning where scanning resumes.
std::size_t emit_tag(std::string_view in, std::size_t lt, std::string& out) {
  const auto tag = scan_tag(in, lt);
  if (!tag) return in.size();
  if (!tag->closing && contains(kContentDroppingElements, tag->name)) {
    return skip_element_content(in, tag->end, tag->name);
  }
  if (is_emitted(*tag)) append_tag(*tag, out);
  return tag->end;
}

// Handles the '<' at `lt`, returning where scanning resumes.
std::size_t emit_markup(std::string_view in, std::size_t lt, std::string& out) {
  switch (classify_markup(in, lt)) {
    case Markup::kTag:
      return emit_tag(in, lt, out);
    case Markup::kDeclaration:
      return skip_declaration(in, lt);
    case Markup::kText:
      break;
  }
  out += "&lt;";
  return lt + 1;
}

// The length of the well-formed character reference at `amp` ("&amp;", "&#20013;", "&#x4e2d;"),
// or 0. Named ones are not checked against the entity list: an unknown one displays literally.
std::size_t character_reference_length(std::string_view in, std::size_t amp) {
  std::size_t pos = amp + 1;
  if (pos >= in.size()) return 0;
  std::size_t body = pos;
  if (in[pos] == '#') {
    const bool hex = pos + 1 < in.size() && (in[pos + 1] == 'x' || in[pos + 1] == 'X');
    body = pos + (hex ? 2 : 1);
    pos = skip_while(in, body, hex ? is_ascii_hex_digit : is_ascii_digit);
  } else if (is_ascii_alpha(in[pos])) {
    pos = skip_while(in, pos, is_ascii_alnum);
  }
  if (pos == body || pos >= in.size() || in[pos] != ';') return 0;
  return pos + 1 - amp;
}

// Handles the '&' at `amp`, returning where scanning resumes.
std::size_t emit_ampersand(std::string_view in, std::size_t amp, std::string& out) {
  const std::size_t length = character_reference_length(in, amp);
  if (length == 0) {
    out += "&amp;";
    return amp + 1;
  }
  out.append(in.substr(amp, length));
  return amp + length;
}

// Handles one of the characters that text may not carry as is, returning where scanning resumes.
std::size_t emit_special(std::string_view in, std::size_t pos, std::string& out) {
  switch (in[pos]) {
    case '<':
      return emit_markup(in, pos, out);
    case '&':
      return emit_ampersand(in, pos, out);
    default:
      out += "&gt;";
      return pos + 1;
  }
}

}  // namespace

std::string sanitize_html(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const std::size_t special = std::min(raw.find_first_of("<>&", pos), raw.size());
    out.append(raw.substr(pos, special - pos));
    if (special == raw.size()) break;
    pos = emit_special(raw, special, out);
  }
  return out;
}

}  // namespace gongkai::markdown
