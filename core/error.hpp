// Errors as values: no exception ever crosses an entry point (docs/design.md,
// "Errors"). Every error names the JSON pointer of the field that caused it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace slacalc {

struct Error {
  // Stable, machine-readable: "out_of_range", ... Always a string literal: a
  // view, not a copy (a std::string here cost every error site a
  // construction and a destruction in the wasm).
  std::string_view code;
  std::string message;  // one sentence for a person
  std::string path;     // JSON pointer into the request, "" = whole request
  // Further members of the answer, as JSON text ("" for none): where one
  // request had several problems (a file's bad rows), "problems":[…],"more":5.
  // Text, not a list: every Result would otherwise carry a list's code.
  std::string details = {};
};

// Either a value or an Error. Deliberately tiny: ok(), value(), error().
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  const T& value() const { return std::get<0>(v_); }
  T& value() { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace slacalc
