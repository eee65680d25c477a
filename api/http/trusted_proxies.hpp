#pragma once
// Which peers may name the client in X-Forwarded-For (--trusted-proxies).
// Behind a load balancer every request comes from the balancer; without this
// all clients would share one address and one sign-in limit. Never trusted
// unless configured: any client can write the header.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::http {

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // "10.0.0.0/8,192.168.1.7,fd00::/8"; throws std::invalid_argument naming a bad entry.
  static TrustedProxies parse(std::string_view list);

  // The client's address: the peer itself unless it is trusted; otherwise the
  // right-most hop of X-Forwarded-For that is not a trusted proxy (hops to its
  // left were written by parties we do not trust). A hop that is not an
  // address ends the walk at the last address a trusted proxy vouched for.
  std::string client_address(std::string_view peer,
                             const std::vector<std::string_view>& forwarded_for) const;

 private:
  struct Network {
    std::vector<unsigned char> bytes;  // 4 (IPv4) or 16 (IPv6)
    unsigned prefix = 0;
  };
  bool trusts(const std::vector<unsigned char>& address) const;

  std::vector<Network> networks_;
};

}  // namespace moviedb::http
