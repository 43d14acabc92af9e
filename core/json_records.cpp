#include "json_records.hpp"

#include <iterator>
#include <vector>

#include "json_write.hpp"
#include "lang.hpp"

namespace slacalc {
namespace {

// The text's characters for nlohmann's reader, noting how far it has read,
// so a record can be given the line it starts on.
class ReadingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  ReadingIterator(const char* at, const char** furthest) : at_(at), furthest_(furthest) {}
  reference operator*() const { return *at_; }
  ReadingIterator& operator++() {
    ++at_;
    if (at_ > *furthest_) *furthest_ = at_;
    return *this;
  }
  ReadingIterator operator++(int) {
    auto before = *this;
    ++*this;
    return before;
  }
  bool operator==(const ReadingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const ReadingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** furthest_;
};

class RecordSax final : public nlohmann::json_sax<json> {
 public:
  RecordSax(std::string_view text, const char** furthest, std::span<const RecordPattern> patterns,
            const std::function<void(int, const json&, const JsonPlace&)>& found)
      : text_(text), furthest_(furthest), patterns_(patterns), found_(found) {}

  bool null() override { return value(json()); }
  bool boolean(bool v) override { return value(v); }
  bool number_integer(number_integer_t v) override { return value(v); }
  bool number_unsigned(number_unsigned_t v) override { return value(v); }
  bool number_float(number_float_t v, const string_t&) override { return value(v); }
  bool string(string_t& v) override { return value(v); }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return open(json::object()); }
  bool start_array(std::size_t) override { return open(json::array()); }
  bool key(string_t& k) override {
    levels_.back().key = k;
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    error_at_ = position;
    return false;
  }
  std::optional<std::size_t> error_at() const { return error_at_; }

 private:
  struct Level {
    bool array;
    std::size_t index = 0;  // the next element's, in an array
    std::string key;        // the current member's, in an object
  };

  // The path of the value about to start, matched against the patterns.
  int pattern_here() const {
    for (const auto& p : patterns_) {
      std::size_t n = 0;
      while (n < std::size(p.path) && !p.path[n].empty()) ++n;
      if (n != levels_.size()) continue;
      bool match = true;
      for (std::size_t i = 0; i < n && match; ++i)
        match = levels_[i].array ? p.path[i] == "*" : p.path[i] == levels_[i].key;
      if (match) return p.id;
    }
    return -1;
  }
  std::string pointer_here() const {
    std::string out;
    for (const auto& l : levels_) out += "/" + (l.array ? std::to_string(l.index) : l.key);
    return out;
  }
  int line_here() {
    for (; counted_ < *furthest_; ++counted_) line_ += *counted_ == '\n';
    return line_;
  }
  // A value starts: taken into the record being built, or a record of its own.
  json* place(json v) {
    if (!building_.empty()) {
      json& parent = *building_.back();
      // The record's open containers stay where they are: only the innermost grows.
      return parent.is_array() ? &parent.emplace_back(std::move(v)) : &(parent[levels_.back().key] = std::move(v));
    }
    int id = pattern_here();
    if (id < 0) return nullptr;
    record_ = std::move(v);
    record_id_ = id;
    place_ = {pointer_here(), line_here(), 0};
    for (const auto& l : levels_)
      if (l.array) {
        place_.outer_index = l.index;
        break;
      }
    return &record_;
  }
  // A value completes: the next one in its array has the next index.
  void advance() {
    if (!levels_.empty() && levels_.back().array) ++levels_.back().index;
  }
  bool value(json v) {
    bool outside = building_.empty();
    json* slot = place(std::move(v));
    if (outside && slot) found_(record_id_, record_, place_);
    advance();
    return true;
  }
  bool open(json container) {
    bool array = container.is_array();
    if (json* slot = place(std::move(container))) building_.push_back(slot);
    levels_.push_back({array, 0, {}});
    return true;
  }
  bool close() {
    levels_.pop_back();
    if (!building_.empty()) {
      building_.pop_back();
      if (building_.empty()) found_(record_id_, record_, place_);
    }
    advance();
    return true;
  }

  std::string_view text_;
  const char** furthest_;
  const char* counted_ = text_.data();
  int line_ = 1;
  std::span<const RecordPattern> patterns_;
  const std::function<void(int, const json&, const JsonPlace&)>& found_;
  std::vector<Level> levels_;
  std::vector<json*> building_;  // the record's open containers, innermost last
  json record_;
  int record_id_ = -1;
  JsonPlace place_;
  std::optional<std::size_t> error_at_;
};

}  // namespace

std::optional<Error> json_records(std::string_view text, std::span<const RecordPattern> patterns,
                                  const std::function<void(int, const json&, const JsonPlace&)>& found) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const char* furthest = text.data();
  RecordSax sax(text, &furthest, patterns, found);
  ReadingIterator first(text.data(), &furthest), last(text.data() + text.size(), &furthest);
  if (json::sax_parse(first, last, &sax)) return std::nullopt;
  // Past the last character: the reader wanted more (a file cut short).
  bool cut = sax.error_at().value_or(text.size()) >= text.size();
  std::size_t at = std::min(sax.error_at().value_or(text.size()), text.size());
  int line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < at; ++i) {
    if (text[i] == '\n') line += 1, column = 1;
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
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

}  // namespace slacalc
