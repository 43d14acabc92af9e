// The language of a call's texts — explain lines, labels, durations, claim
// letters: English, German, Dutch or Danish. A request names it
// with "lang"; api.cpp holds it for the length of the call (LangScope) and
// the code that writes text reads current_lang(). Numbers and fields meant
// for programs never change with the language, only texts for people.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace slacalc {

enum class Lang { en, de, nl, da };
inline constexpr int kLangs = 4;

std::optional<Lang> lang_from_code(std::string_view code);  // "en", "de", "nl", "da"
const char* lang_code(Lang lang);
Lang current_lang();

// The language of calls that name none, English until set: a page's module
// is set to the page's (createSlaCalc's lang), so that validateProfile, whose
// request is the profile document itself, answers in it too. Between calls.
void set_default_lang(Lang lang);

// The language for one call; the previous one again afterwards.
class LangScope {
 public:
  explicit LangScope(Lang lang);
  ~LangScope();
  LangScope(const LangScope&) = delete;
  LangScope& operator=(const LangScope&) = delete;

 private:
  Lang saved_;
};

// One text in every language, written where it is used, with {0}…{9} for
// what say() fills in. The constructor runs at compile time: a missing
// language or a placeholder that one language has and another lacks does not
// compile — a missing translation cannot ship.
// Not constexpr and never defined: a Phrase that calls one does not compile,
// and the compiler's message names the function (no exceptions in the wasm build).
void a_language_is_missing();
void the_languages_differ_in_their_placeholders();

class Phrase {
 public:
  consteval Phrase(const char* en, const char* de, const char* nl, const char* da)
      : text_{en, de, nl, da} {
    const int used = placeholders(en);
    for (std::string_view t : text_) {
      if (t.empty()) a_language_is_missing();
      if (placeholders(t) != used) the_languages_differ_in_their_placeholders();
    }
  }
  std::string_view in(Lang lang) const { return text_[static_cast<int>(lang)]; }

 private:
  static consteval int placeholders(std::string_view t) {
    int mask = 0;
    for (size_t i = 0; i + 2 < t.size(); ++i)
      if (t[i] == '{' && t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] == '}') mask |= 1 << (t[i + 1] - '0');
    return mask;
  }
  // Pointers, not string_views: a call site stores four words, not eight
  // (249 say() calls in the credit module).
  const char* text_[kLangs];
};

// The phrase in the call's language with {n} replaced by args[n], each
// isolated() from the sentence around it.
std::string say(const Phrase& phrase, std::initializer_list<std::string_view> args = {});

// `text` between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
// ISOLATE when it holds right-to-left letters or direction controls, as it is
// otherwise: a name from a profile ("Evil" and U+202E) cannot turn the
// sentence it is put in around (docs/profile-format.md, "Texts").
std::string isolated(std::string_view text);

}  // namespace slacalc
