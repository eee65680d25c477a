#include "state/screen.hpp"

namespace moviedb::client {

std::string_view screen_name(Screen screen) {
  switch (screen) {
    case Screen::login:
      return "login";
  }
  return "unknown";
}

}  // namespace moviedb::client
