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
      out.append(isolated(args.begin()[n]));
      i += 2;
      run = i + 1;
      // A sentence's full stop after an abbreviation's ("16,686 sek.") is not written twice.
      if (args.begin()[n].ends_with('.') && text.substr(run).starts_with('.') && !text.substr(run).starts_with("..")) ++run;
    }
  }
  out.append(text.substr(run));
  return out;
}

namespace {

// Whether the UTF-8 `text` holds a right-to-left letter (U+0590–U+08FF:
// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic; U+FB1D–U+FDFF,
// U+FE70–U+FEFF: their presentation forms) or a direction control (U+061C,
// U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
bool needs_isolating(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto at = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    unsigned b0 = at(0), b1 = at(1), b2 = at(2);
    if ((b0 == 0xD6 && b1 >= 0x90) || (b0 >= 0xD7 && b0 <= 0xDF)) return true;  // U+0590–U+07FF (U+061C too)
    if (b0 == 0xE0 && b1 >= 0xA0 && b1 <= 0xA3) return true;                    // U+0800–U+08FF
    if (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) return true;
    if (b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return true;
    if (b0 == 0xEF && ((b1 == 0xAC && b2 >= 0x9D) || (b1 >= 0xAD && b1 <= 0xB7)))  // U+FB1D–U+FDFF
      return true;
    if (b0 == 0xEF && ((b1 == 0xB9 && b2 >= 0xB0) || b1 == 0xBA || b1 == 0xBB)) return true;  // U+FE70–U+FEFF
  }
  return false;
}

}  // namespace

std::string isolated(std::string_view text) {
  if (!needs_isolating(text)) return std::string(text);
  return "\u2068" + std::string(text) + "\u2069";
}

}  // namespace slacalc
