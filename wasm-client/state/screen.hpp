#pragma once
// The screens the client can show. Names are what the test bridge publishes.
#include <string_view>

namespace moviedb::client {

enum class Screen {
  login,  // landing: title, server status (sign-in arrives with the auth issue)
};

std::string_view screen_name(Screen screen);

}  // namespace moviedb::client
