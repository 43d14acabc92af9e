#include "json_write.hpp"

namespace slacalc {

json object(std::initializer_list<std::pair<const char*, json>> fields) {
  json out = json::object();
  for (const auto& [key, value] : fields) out[key] = value;
  return out;
}

json explain_json(const Explain& explain) {
  json lines = json::array();
  for (const auto& e : explain) lines.push_back(object({{"code", e.code}, {"text", e.text}}));
  return lines;
}

}  // namespace slacalc
