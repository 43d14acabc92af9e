#include "lang.hpp"

namespace slacalc {
namespace {

constexpr const char* kCodes[kLangs] = {"en", "de", "nl", "da"};

// One call at a time per thread: the wasm module is single-threaded, and a
// native caller on several threads gets one language per thread.
thread_local Lang current = Lang::en;

}  // namespace

std::optional<Lang> lang_from_code(std::string_view code) {
  for (int i = 0; i < kLangs; ++i)
    if (code == kCodes[i]) return static_cast<Lang>(i);
  return std::nullopt;
}

const char* lang_code(Lang lang) { return kCodes[static_cast<int>(lang)]; }

Lang current_lang() { return current; }

void set_default_lang(Lang lang) { current = lang; }

LangScope::LangScope(Lang lang) : saved_(current) { current = lang; }
LangScope::~LangScope() { current = saved_; }

std::string say(const Phrase& phrase, std::initializer_list<std::string_view> args) {
  std::string_view text = phrase.in(current);
  std::string out;
  out.reserve(text.size() + 32);
  // The text between placeholders is copied a run at a time (a character at
  // a time, each append was a call in the -Oz wasm).
  size_t run = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    size_t n = text[i] == '{' && text[i + 2] == '}' ? static_cast<size_t>(text[i + 1] - '0') : 10;
    if (n < args.size()) {
      out.append(text.substr(run, i - run));
      out.append(args.begin()[n]);
      i += 2;
      run = i + 1;
    }
  }
  out.append(text.substr(run));
  return out;
}

}  // namespace slacalc
