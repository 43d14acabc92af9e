// Joining a list's items for a message or an explanation: "a, b, c".
#pragma once

#include <string>
#include <string_view>

namespace slacalc {

// "a, b, c": a list's items (strings, views or literals) for a message;
// `text` picks the text of an item that is not one (a tier: its id).
struct ItemItself {
  template <class Item>
  const Item& operator()(const Item& item) const { return item; }
};
template <class Items, class Text = ItemItself>
std::string comma_list(const Items& items, Text text = {}) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += std::string_view(text(item));
  }
  return out;
}

}  // namespace slacalc
