// The one public surface: a function name and a request as JSON text in,
// JSON text out. The wasm module, the CLI and the tests all call this, so a
// result is byte-identical everywhere (docs/design.md, "The shape").
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang.hpp"

namespace slacalc {

struct Response {
  bool ok = false;
  std::string body;  // the result object, or the error {code, message, path}
};

// Never throws, never aborts on bad input.
Response call(std::string_view function, std::string_view request_json);

// call() among these endpoints only (a page's module: endpoints.hpp, only()).
struct Endpoint;
Response call_among(std::span<const Endpoint> endpoints, std::string_view function, std::string_view request_json);

// Names accepted by call(), in the order the docs list them.
std::vector<std::string> function_names();

// One line of a batch (docs/batch.md): {"fn": NAME, "request": {…}} → the
// line written for it, {"ok":true,"result":…} or {"ok":false,"error":{code,
// message,path}}. A line that is no such object gets its error line too.
std::string batch_line(std::string_view line);

// Requests above this size are refused before parsing.
inline constexpr size_t kMaxRequestBytes = 1 << 20;

class OutageLedger;
struct FileEndpoint;  // endpoints.hpp

// A large outage file (over the request limit) read in pieces, then measured
// or credited: the page's worker and the CLI's --outages use it.
//
//   open({"profile": "arena", "lang": "de"})  times without an offset in the
//                                  profile's zone; reading errors in that language
//   append(piece) … → {rows, bytes} as the pieces come
//   finish()       → {rows, bytes, delimiter, columns, first, last}
//   call("measure" | "credit", request without "outages") → as call();
//     with kFileEndpoints also "compare" (its replay row; without "outages")
// An error leaves the session spent until the next open(); each returns a
// Response like call().
class LedgerSession {
 public:
  LedgerSession();  // measure and credit: a page's module links no more
  explicit LedgerSession(std::span<const FileEndpoint> functions);
  ~LedgerSession();
  Response open(std::string_view request_json);
  Response append(std::string_view piece);
  Response finish();
  Response call(std::string_view function, std::string_view request_json);

 private:
  std::span<const FileEndpoint> functions_;
  std::unique_ptr<OutageLedger> ledger_;
  std::string zone_;
  bool zone_given_ = false;  // the file's "zone": its local times read as asked, for any profile
  std::string profile_id_;  // the profile the file's scopes and notices were read against ("" for none)
  Lang lang_ = current_lang();  // open() sets it; until then the default (set_default_lang)
};

}  // namespace slacalc
