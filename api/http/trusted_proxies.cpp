#include "http/trusted_proxies.hpp"

#include <boost/asio/ip/address.hpp>
#include <optional>
#include <stdexcept>


namespace moviedb::http {

namespace {

// IPv4-mapped IPv6 addresses compare as IPv4, the way the peer would be seen.
std::optional<std::vector<unsigned char>> address_bytes(std::string_view text) {
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    address = boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6());
  }
  if (address.is_v4()) {
    const auto b = address.to_v4().to_bytes();
    return std::vector<unsigned char>(b.begin(), b.end());
  }
  const auto b = address.to_v6().to_bytes();
  return std::vector<unsigned char>(b.begin(), b.end());
}

bool in_network(const std::vector<unsigned char>& address, const std::vector<unsigned char>& net,
                unsigned prefix) {
  if (address.size() != net.size()) return false;
  for (unsigned bit = 0; bit < prefix; ++bit) {
    const unsigned mask = 0x80u >> (bit % 8);
    if ((address[bit / 8] & mask) != (net[bit / 8] & mask)) return false;
  }
  return true;
}

std::vector<std::string_view> split_list(std::string_view list) {
  std::vector<std::string_view> items;
  while (!list.empty()) {
    const auto comma = list.find(',');
    auto item = list.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) items.push_back(item);
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return items;
}

}  // namespace

TrustedProxies TrustedProxies::parse(std::string_view list) {
  TrustedProxies proxies;
  for (const auto item : split_list(list)) {
    const auto slash = item.find('/');
    auto bytes = address_bytes(item.substr(0, slash));
    if (!bytes) throw std::invalid_argument("'" + std::string(item) + "' is not an address");
    const unsigned width = static_cast<unsigned>(bytes->size() * 8);
    unsigned prefix = width;
    if (slash != std::string_view::npos) {
      const auto digits = std::string(item.substr(slash + 1));
      if (digits.empty() || digits.size() > 3 ||
          digits.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(digits) > width) {
        throw std::invalid_argument("'" + std::string(item) + "' has a bad prefix length");
      }
      prefix = static_cast<unsigned>(std::stoul(digits));
    }
    proxies.networks_.push_back({std::move(*bytes), prefix});
  }
  return proxies;
}

bool TrustedProxies::trusts(const std::vector<unsigned char>& address) const {
  for (const auto& network : networks_) {
    if (in_network(address, network.bytes, network.prefix)) return true;
  }
  return false;
}

std::string TrustedProxies::client_address(
    std::string_view peer, const std::vector<std::string_view>& forwarded_for) const {
  const auto peer_bytes = address_bytes(peer);
  if (networks_.empty() || !peer_bytes || !trusts(*peer_bytes)) return std::string(peer);
  std::vector<std::string_view> hops;
  for (const auto field : forwarded_for) {
    for (const auto hop : split_list(field)) hops.push_back(hop);
  }
  std::string_view client = peer;
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    const auto bytes = address_bytes(*hop);
    if (!bytes) break;
    client = *hop;
    if (!trusts(*bytes)) break;
  }
  return std::string(client);
}

}  // namespace moviedb::http
