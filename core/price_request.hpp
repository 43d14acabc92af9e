// Reading a price request's resource group and prices, shared by the
// endpoints that price a tier: price (price_json.cpp) and a comparison's
// column (compare.cpp). Flying Circus: the component factor (VLB §3.7), the
// infrastructure alone (Hosted, §3.4). Errors name the request's field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "error.hpp"
#include "lang.hpp"
#include "pricing.hpp"
#include "profile.hpp"

namespace slacalc {

// The request as the group calculators take it (pricing.hpp, metering.hpp, …).
struct GroupRequest {
  const Profile* profile = nullptr;
  const Tier* tier = nullptr;
  GroupPriceQuery group;
  std::optional<Rational> committed;  // committedFactor
};

// A price per unit and month in whole minor units.
Result<std::int64_t> read_price(const nlohmann::json& v, const std::string& path);
// A non-negative decimal up to `max` (beyond it: `at_most` with max as {0})
// with at most `places` decimal places.
Result<Rational> read_amount(const nlohmann::json& v, const std::string& path, long long max, const Phrase& at_most,
                             int places);
// A resource group {vms: [{name, vcpus, ramGb, storageGb, components}]}.
Result<ResourceGroup> read_group(const nlohmann::json& v, const std::string& path);
// Fields of a price model; the others refuse them (not_applicable).
std::optional<Error> check_applicable(const nlohmann::json& r, const Tier& t, Pricing::Model model);
// The monthly price stays below 10^15 minor units.
std::optional<Error> check_monthly(const MonthlyPrice& m, const std::string& group_path);
// The resource group, its prices and the committed factor.
std::optional<Error> read_group_request(const nlohmann::json& r, const Profile& p, const Tier& t, GroupRequest& g);

// A tier's monthly price in a comparison (compare.cpp), from the fields of
// its price model that price reads — component-factor: pricePerFactorUnit,
// resourceGroup, infrastructurePrices (§3.7); infrastructure: resourceGroup,
// infrastructurePrices (§3.4) — read and computed as price does. Errors name
// `path` + the field ("/columns/1/price/resourceGroup/vms/0/vcpus").
struct ColumnPrice {
  std::int64_t monthly_minor = 0;  // rounded half up
  std::string working;             // "factor 2 × 120.00 EUR = 240.00 EUR"
};
Result<ColumnPrice> column_price(const Profile& p, const Tier& t, const nlohmann::json& fields, const std::string& path);

}  // namespace slacalc
