#pragma once
// Where the bearer token survives a page reload for as long as the tab lives
// (the browser's sessionStorage; memory in tests and desktop builds).
#include <map>
#include <string>
#include <string_view>

namespace moviedb::client {

class SessionStorage {
 public:
  virtual ~SessionStorage() = default;
  virtual std::string get(std::string_view key) = 0;  // "" when absent
  virtual void set(std::string_view key, std::string_view value) = 0;
  virtual void remove(std::string_view key) = 0;
};

class MemorySessionStorage final : public SessionStorage {
 public:
  std::string get(std::string_view key) override {
    const auto it = values.find(std::string(key));
    return it == values.end() ? std::string() : it->second;
  }
  void set(std::string_view key, std::string_view value) override {
    values[std::string(key)] = std::string(value);
  }
  void remove(std::string_view key) override { values.erase(std::string(key)); }

  std::map<std::string, std::string> values;
};

inline constexpr std::string_view kTokenKey = "moviedb.token";

}  // namespace moviedb::client
