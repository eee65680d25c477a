#pragma once
// Maps (method, path pattern) to a handler. Patterns are literal segments and
// `{name}` captures; the first registered match wins.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace moviedb::http {

using PathParams = std::map<std::string, std::string, std::less<>>;
using Handler = std::function<Response(const Request&, const PathParams&)>;
// An answer that is already made (a cache hit), or nothing. It must be cheap
// and never wait: the server calls it on an I/O thread.
using ReadyAnswer = std::function<std::optional<Response>(const Request&, const PathParams&)>;

// Handlers that touch the store run on the bounded worker pool; the rest are
// cheap enough for the I/O threads. Handlers that hash a password (tens of
// milliseconds of CPU each) run on a small pool of their own, so a burst of
// sign-ins or registrations never makes reads wait.
enum class Runs { on_io_thread, on_worker, on_password_worker };

// Who may send a body beyond the regular limit, decided from the request's
// head alone (throws ApiError to refuse): the server reads such a body only
// after this passes, so an anonymous client never makes it hold one.
using Admission = std::function<void(const Request&)>;

struct Route {
  std::string method;
  std::string pattern;  // as registered, e.g. /api/v1/movies/{id}
  std::vector<std::string> segments;
  Runs runs;
  Handler handler;
  ReadyAnswer ready;           // may be empty
  Admission admit_large_body;  // empty: bodies up to the regular limit only
};

struct RouteMatch {
  const Route* route = nullptr;  // null: see `path_known`
  PathParams params;
  bool path_known = false;      // true with no route: the method is not allowed (405)
  std::string allowed_methods;  // for the Allow header of a 405
};

class Router {
 public:
  // The route, for settings beyond these (valid until the next add).
  Route& add(std::string method, std::string_view pattern, Runs runs, Handler handler,
             ReadyAnswer ready = {});
  RouteMatch match(std::string_view method, std::string_view path) const;

 private:
  std::vector<Route> routes_;
};

std::vector<std::string> split_path(std::string_view path);

}  // namespace moviedb::http
