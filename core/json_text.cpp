#include "json_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "json_read.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

struct RecordHook {
  std::span<const RecordPattern> patterns;
  const std::function<void(int, const json&, const JsonPlace&)>* found;
};

// 10^0 … 10^22: every one exact in a double (10^22 = 2^22 · 5^22, 5^22 < 2^53).
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxExactExponent = 22;
// Fewer than 2^53, so the digits are one exact double.
constexpr std::size_t kMaxExactDigits = 15;

bool is_digit(int c) { return c >= '0' && c <= '9'; }

// How many bytes from `at` start a well-formed UTF-8 sequence (RFC 3629 §4:
// no overlong forms, no surrogates, nothing past U+10FFFF). `complete` tells
// whether they are all of it; if not, the byte after them (if any) is the
// one that broke it, and 0 means the first byte can start nothing.
std::size_t utf8_prefix(std::string_view s, std::size_t at, bool& complete) {
  auto c = static_cast<unsigned char>(s[at]);
  std::size_t length;
  unsigned char low = 0x80, high = 0xBF;
  complete = false;
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;   // overlong
    if (c == 0xED) high = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;   // overlong
    if (c == 0xF4) high = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (at + i >= s.size()) return i;
    auto b = static_cast<unsigned char>(s[at + i]);
    if (b < low || b > high) return i;
    low = 0x80;
    high = 0xBF;
  }
  complete = true;
  return length;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// One pass over the text into a value. On failure, `failure` says why and
// where; the path of an inexact number or a repeated key is built as the
// recursion unwinds, so a valid document pays nothing for it.
class Reader {
 public:
  enum class Failure { none, syntax, too_deep, inexact, duplicate_key };
  Failure failure = Failure::none;
  std::size_t failed_at = 0;   // byte offset of a syntax error
  std::string failed_path;     // JSON pointer of an inexact number or a repeated key
  std::string inexact_number;  // as written

  explicit Reader(std::string_view text, const RecordHook* hook = nullptr) : text_(text), hook_(hook) {}

  bool document(json& out) {
    // A UTF-8 byte order mark may open the text (nlohmann skips it too).
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    if (!value(out)) return false;
    skip_space();
    return pos_ == text_.size() || syntax_error();
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  // Records (json_records()): the path to the current value, each array
  // element as "*" and as its index; none while inside a record.
  const RecordHook* hook_;
  std::vector<std::string_view> pattern_path_;
  std::vector<std::string> pointer_path_;
  std::vector<std::size_t> indexes_;  // the array indexes on the path
  bool in_record_ = false;
  std::size_t counted_ = 0;  // line_ counts the lines before this offset
  int line_ = 1;

  bool syntax_error() {
    failure = Failure::syntax;
    failed_at = pos_;
    return false;
  }
  int peek() const { return pos_ < text_.size() ? static_cast<unsigned char>(text_[pos_]) : -1; }
  bool take(char c) {
    if (peek() != static_cast<unsigned char>(c)) return false;
    ++pos_;
    return true;
  }
  void skip_space() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
      ++pos_;
  }

  bool value(json& out) {
    skip_space();
    switch (peek()) {
      case '{': return object(out);
      case '[': return array(out);
      case '"': {
        out = std::string();
        return string(out.get_ref<std::string&>());
      }
      case 't': out = true; return word("true");
      case 'f': out = false; return word("false");
      case 'n': out = nullptr; return word("null");
      default: return number(out);
    }
  }

  // A member of an array ("*", its index) or an object (its key, twice):
  // read into `out`, and handed to the hook when its path is a record's
  // (then kept_ is false: the caller lets it go).
  bool member(json& out, std::string_view pattern, const std::string& pointer, const std::size_t* index) {
    kept_ = true;
    if (!hook_ || in_record_) return value(out);
    pattern_path_.push_back(pattern);
    pointer_path_.push_back(pointer);
    if (index) indexes_.push_back(*index);
    int id = record_id();
    JsonPlace place;
    if (id >= 0) {
      skip_space();
      place = {record_pointer(), line_at(pos_), indexes_.empty() ? 0 : indexes_.front()};
      in_record_ = true;
    }
    bool read = value(out);
    in_record_ = false;
    if (read && id >= 0) (*hook_->found)(id, out, place);
    pattern_path_.pop_back();
    pointer_path_.pop_back();
    if (index) indexes_.pop_back();
    kept_ = id < 0;
    return read;
  }
  bool kept_ = true;

  int record_id() const {
    for (const auto& p : hook_->patterns) {
      std::size_t n = 0;
      while (n < std::size(p.path) && !p.path[n].empty()) ++n;
      if (n == pattern_path_.size() && std::equal(pattern_path_.begin(), pattern_path_.end(), p.path)) return p.id;
    }
    return -1;
  }
  std::string record_pointer() const {
    std::string out;
    for (const auto& segment : pointer_path_) out += "/" + segment;
    return out;
  }
  int line_at(std::size_t at) {
    for (; counted_ < at; ++counted_) line_ += text_[counted_] == '\n';
    return line_;
  }

  bool word(std::string_view w) {
    if (text_.substr(pos_, w.size()) != w) return syntax_error();
    pos_ += w.size();
    return true;
  }

  bool nest() {
    if (++depth_ <= kMaxJsonDepth) return true;
    failure = Failure::too_deep;
    return false;
  }

  bool array(json& out) {
    if (!nest()) return false;
    ++pos_;
    out = json::array();
    auto& items = out.get_ref<json::array_t&>();
    skip_space();
    if (!take(']')) {
      std::size_t index = 0;
      do {
        items.emplace_back();
        if (!member(items.back(), "*", std::to_string(index), &index)) {
          if (failure == Failure::inexact || failure == Failure::duplicate_key)
            failed_path = "/" + std::to_string(index) + failed_path;
          return false;
        }
        if (!kept_) items.pop_back();  // a record, handed over
        ++index;
        skip_space();
      } while (take(','));
      if (!take(']')) return syntax_error();
    }
    --depth_;
    return true;
  }

  bool object(json& out) {
    if (!nest()) return false;
    ++pos_;
    out = json::object();
    auto& fields = out.get_ref<json::object_t&>();
    skip_space();
    if (!take('}')) {
      do {
        skip_space();
        std::string key;
        if (peek() != '"') return syntax_error();
        if (!string(key)) return false;
        skip_space();
        if (!take(':')) return syntax_error();
        // A repeated key is refused: which of its values was meant is a guess.
        if (fields.count(key)) {
          failure = Failure::duplicate_key;
          failed_path = child_path("", key);
          return false;
        }
        if (!member(fields[key], key, key, nullptr)) {
          if (failure == Failure::inexact || failure == Failure::duplicate_key)
            failed_path = child_path("", key) + failed_path;
          return false;
        }
        if (!kept_) fields.erase(key);  // a record, handed over
        skip_space();
      } while (take(','));
      if (!take('}')) return syntax_error();
    }
    --depth_;
    return true;
  }

  bool hex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      int c = peek(), digit;
      if (is_digit(c)) digit = c - '0';
      else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else return false;
      out = out * 16 + static_cast<std::uint32_t>(digit);
    }
    return true;
  }

  // \uXXXX, a surrogate pair as one code point; a lone surrogate is an error.
  bool unicode_escape(std::string& out) {
    std::uint32_t cp;
    if (!hex4(cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low;
      if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool string(std::string& out) {
    ++pos_;  // the opening quote
    for (;;) {
      std::size_t run = pos_;
      while (run < text_.size()) {
        auto c = static_cast<unsigned char>(text_[run]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++run;
      }
      out.append(text_.substr(pos_, run - pos_));
      pos_ = run;
      int c = peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return syntax_error();  // also the end of the text
      if (c >= 0x80) {
        bool complete;
        std::size_t n = utf8_prefix(text_, pos_, complete);
        if (!complete) {
          pos_ += n;
          return syntax_error();
        }
        out.append(text_.substr(pos_, n));
        pos_ += n;
        continue;
      }
      ++pos_;  // the backslash
      char escaped = static_cast<char>(peek());
      ++pos_;
      switch (escaped) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u':
          if (!unicode_escape(out)) return syntax_error();
          break;
        default: --pos_; return syntax_error();
      }
    }
  }

  std::string_view digits() {
    std::size_t from = pos_;
    while (is_digit(peek())) ++pos_;
    return text_.substr(from, pos_ - from);
  }

  // RFC 8259 §6. An integer is kept as one (unsigned if not negative) when it
  // fits 64 bits; anything else becomes a double only if that double is the
  // number written (Clinger's exact case), else it is refused as inexact.
  bool number(json& out) {
    std::size_t start = pos_;
    bool negative = take('-');
    if (!is_digit(peek())) return syntax_error();
    // A leading zero stands alone: "01" ends the number after the 0.
    std::string_view whole = peek() == '0' ? text_.substr(pos_++, 1) : digits();
    std::string_view fraction;
    bool integral = true;
    if (take('.')) {
      integral = false;
      fraction = digits();
      if (fraction.empty()) return syntax_error();
    }
    long exponent = 0;
    if (take('e') || take('E')) {
      integral = false;
      bool negative_exponent = take('-');
      if (!negative_exponent) take('+');
      std::string_view e = digits();
      if (e.empty()) return syntax_error();
      for (char c : e) exponent = std::min(exponent * 10 + (c - '0'), 100000L);
      if (negative_exponent) exponent = -exponent;
    }
    std::string significant = std::string(whole) + std::string(fraction);
    if (integral && significant.size() <= 20) {
      std::uint64_t magnitude = 0;
      bool fits = true;
      for (char c : significant) {
        auto d = static_cast<std::uint64_t>(c - '0');
        fits = fits && magnitude <= (UINT64_MAX - d) / 10;
        magnitude = magnitude * 10 + d;
      }
      if (fits && !negative) {
        out = magnitude;
        return true;
      }
      if (fits && magnitude <= std::uint64_t{1} << 63) {
        out = static_cast<std::int64_t>(0 - magnitude);
        return true;
      }
    }
    exponent -= static_cast<long>(fraction.size());
    std::size_t first = significant.find_first_not_of('0');
    if (first == std::string::npos) {
      out = negative ? -0.0 : 0.0;
      return true;
    }
    std::size_t last = significant.find_last_not_of('0');
    exponent += static_cast<long>(significant.size() - 1 - last);
    significant = significant.substr(first, last + 1 - first);
    if (significant.size() > kMaxExactDigits || exponent < -kMaxExactExponent || exponent > kMaxExactExponent) {
      failure = Failure::inexact;
      inexact_number = std::string(text_.substr(start, pos_ - start));
      return false;
    }
    // Both operands exact: IEEE multiplication and division round correctly.
    std::uint64_t digits_value = 0;
    for (char c : significant) digits_value = digits_value * 10 + static_cast<std::uint64_t>(c - '0');
    double w = static_cast<double>(digits_value);
    double v = exponent >= 0 ? w * kPowersOfTen[exponent] : w / kPowersOfTen[-exponent];
    out = negative ? -v : v;
    return true;
  }
};

// Line and column (in characters) of a byte offset, both from 1.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t at) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

// Plain bytes are copied a run at a time: a character at a time, every
// append was a call in the -Oz wasm, and writing strings took a third of a
// budget call there.
void write_string(std::string& out, const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  const char* bytes = s.data();  // not s[i]: each was a call there too
  const std::size_t size = s.size();
  std::size_t run = 0;  // the first byte not yet written
  auto flush = [&](std::size_t i) { out.append(bytes + run, i - run); };
  for (std::size_t i = 0; i < size;) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80) {
      bool complete;
      std::size_t n = utf8_prefix({bytes, size}, i, complete);
      if (!complete) {
        // U+FFFD for the broken sequence; the byte that broke it is read
        // again as a start of its own (nlohmann's error_handler_t::replace).
        flush(i);
        out += "\xEF\xBF\xBD";
        n = n == 0 ? 1 : n;
        run = i + n;
      }
      i += n;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    run = ++i;
  }
  flush(size);
  out += '"';
}

void write(std::string& out, const json& v) {
  switch (v.type()) {
    case json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; return;
    case json::value_t::number_integer: out += std::to_string(v.get<std::int64_t>()); return;
    case json::value_t::number_unsigned: out += std::to_string(v.get<std::uint64_t>()); return;
    case json::value_t::number_float: {
      double x = v.get<double>();
      if (!std::isfinite(x)) break;
      char digits[64];
      out.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, x));
      return;
    }
    case json::value_t::string: write_string(out, v.get_ref<const std::string&>()); return;
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const json& item : v.get_ref<const json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        write(out, item);
      }
      out += ']';
      return;
    }
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : v.get_ref<const json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        write_string(out, key);
        out += ':';
        write(out, item);
      }
      out += '}';
      return;
    }
    default: break;  // null; binary and discarded values are never built
  }
  out += "null";
}

}  // namespace

namespace {

// Why the reader stopped, as an error.
Error reader_error(const Reader& reader, std::string_view text) {
  switch (reader.failure) {
    case Reader::Failure::too_deep:
      return Error{"too_deep",
                   say({"JSON nested deeper than {0} levels", "JSON tiefer als {0} Ebenen verschachtelt",
                        "JSON dieper dan {0} niveaus genest", "JSON indlejret dybere end {0} niveauer"},
                       {std::to_string(kMaxJsonDepth)}),
                   ""};
    case Reader::Failure::inexact:
      return Error{"inexact_number",
                   say({"{0} cannot be read exactly as a JSON number (at most 15 significant digits, 1e-22 to "
                        "1e22); write it as a string: \"{0}\"",
                        "{0} lässt sich als JSON-Zahl nicht exakt lesen (höchstens 15 signifikante Stellen, 1e-22 "
                        "bis 1e22); bitte als Zeichenkette schreiben: \"{0}\"",
                        "{0} is als JSON-getal niet exact te lezen (hoogstens 15 significante cijfers, 1e-22 tot "
                        "1e22); schrijf het als tekenreeks: \"{0}\"",
                        "{0} kan ikke læses nøjagtigt som JSON-tal (højst 15 betydende cifre, 1e-22 til 1e22); "
                        "skriv det som tekststreng: \"{0}\""},
                       {reader.inexact_number}),
                   reader.failed_path};
    case Reader::Failure::duplicate_key:
      return Error{"duplicate_key",
                   say({"the key appears twice in its object", "der Schlüssel kommt in seinem Objekt zweimal vor",
                        "de sleutel komt twee keer voor in zijn object", "nøglen forekommer to gange i sit objekt"}),
                   reader.failed_path};
    default: {
      auto [line, column] = line_and_column(text, reader.failed_at);
      return Error{"invalid_json",
                   say({"not valid JSON (line {0}, column {1})", "kein gültiges JSON (Zeile {0}, Spalte {1})",
                        "geen geldige JSON (regel {0}, kolom {1})", "ikke gyldig JSON (linje {0}, kolonne {1})"},
                       {std::to_string(line), std::to_string(column)}),
                   ""};
    }
  }
}

}  // namespace

Result<json> parse_json_text(std::string_view text) {
  json value;
  Reader reader(text);
  if (reader.document(value)) return value;
  return reader_error(reader, text);
}

std::optional<Error> json_records(std::string_view text, std::span<const RecordPattern> patterns,
                                  const std::function<void(int, const json&, const JsonPlace&)>& found) {
  RecordHook hook{patterns, &found};
  Reader reader(text, &hook);
  json rest;
  if (reader.document(rest)) return std::nullopt;
  if (reader.failure != Reader::Failure::syntax) return reader_error(reader, text);
  // Past the last character: the reader wanted more (a file cut short).
  bool cut = reader.failed_at >= text.size();
  auto [line, column] = line_and_column(text, reader.failed_at);
  return Error{"invalid_json",
               cut ? say({"line {0}, column {1}: the JSON stops before it is complete (is the file cut short?)",
                          "in Zeile {0}, Spalte {1}: das JSON endet, bevor es vollständig ist (ist die Datei "
                          "abgeschnitten?)",
                          "regel {0}, kolom {1}: de JSON houdt op voordat hij compleet is (is het bestand afgekapt?)",
                          "linje {0}, kolonne {1}: JSON'en stopper, før den er komplet (er filen afkortet?)"},
                         {std::to_string(line), std::to_string(column)})
                   : say({"line {0}, column {1}: this is not JSON from here on",
                          "in Zeile {0}, Spalte {1}: ab hier ist dies kein JSON",
                          "regel {0}, kolom {1}: vanaf hier is dit geen JSON",
                          "linje {0}, kolonne {1}: herfra er dette ikke JSON"},
                         {std::to_string(line), std::to_string(column)}),
               "/text"};
}

std::string json_text(const json& value) {
  std::string out;
  write(out, value);
  return out;
}

}  // namespace slacalc
