#include "cli/serve_command.hpp"

#include <filesystem>
#include <iostream>
#include <thread>

#include "auth/auth_service.hpp"
#include "cli/first_run.hpp"
#include "cli/options.hpp"
#include "cli/values.hpp"
#include "http/dispatcher.hpp"
#include "http/response_cache.hpp"
#include "http/server.hpp"
#include "routes/openapi_document.hpp"
#include "routes/route_table.hpp"
#include "store/store.hpp"

namespace moviedb::cli {

namespace {

std::string default_threads() {
  return std::to_string(std::max(1u, std::thread::hardware_concurrency()));
}

std::vector<OptionSpec> serve_options() {
  return {
      {"listen", "MOVIEDB_LISTEN", "127.0.0.1:8080", "address to listen on (port 0: any free)"},
      {"store", "MOVIEDB_STORE", "sqlite:./data/moviedb.sqlite3",
       "store URI: sqlite:PATH or mongodb://HOST:PORT/DB?..."},
      {"monitor-store", "MOVIEDB_MONITOR_STORE", "",
       "MongoDB URI of a clusterMonitor user, used only by GET /admin/cluster (shards, members, "
       "balancer, shard keys); empty: the store's own connection"},
      {"web-root", "MOVIEDB_WEB_ROOT", "./web", "directory of the client; empty: API only"},
      {"io-threads", "MOVIEDB_IO_THREADS", default_threads(), "threads running the I/O loop"},
      {"workers", "MOVIEDB_WORKERS", "8", "store worker pool size"},
      {"password-workers", "MOVIEDB_PASSWORD_WORKERS", "2",
       "threads hashing passwords (sign-in, registration), apart from the store workers"},
      {"max-queued", "MOVIEDB_MAX_QUEUED", "1024", "requests waiting for a worker before 503"},
      {"max-connections", "MOVIEDB_MAX_CONNECTIONS", "10000", "open connections at most"},
      {"body-limit", "MOVIEDB_BODY_LIMIT", "1MiB", "largest request body"},
      {"import-body-limit", "MOVIEDB_IMPORT_BODY_LIMIT", "256MiB", "largest import body"},
      {"response-cache", "MOVIEDB_RESPONSE_CACHE", "24MiB",
       "memory for reusable answers (search pages, catalog); 0: off"},
      {"header-limit", "MOVIEDB_HEADER_LIMIT", "16KiB", "request line + headers at most"},
      {"request-timeout", "MOVIEDB_REQUEST_TIMEOUT", "10s", "a request must arrive whole within"},
      {"idle-timeout", "MOVIEDB_IDLE_TIMEOUT", "30s", "idle keep-alive connections close after"},
      {"handler-timeout", "MOVIEDB_HANDLER_TIMEOUT", "10s", "deadline for computing an answer"},
      {"shutdown-grace", "MOVIEDB_SHUTDOWN_GRACE", "10s", "in-flight requests may finish within"},
      {"access-log", "MOVIEDB_ACCESS_LOG", "true", "JSON access log on stderr (true/false)"},
      {"seed", "MOVIEDB_SEED", "", "vega movies.json to load when the store has no movie"},
      {"admin-user", "MOVIEDB_ADMIN_USER", "",
       "create this superadmin when the store has none (password: MOVIEDB_ADMIN_PASSWORD or "
       "generated and printed once)"},
      {"session-ttl", "MOVIEDB_SESSION_TTL", "10080m", "sign-ins expire after"},
      {"login-rate-user", "MOVIEDB_LOGIN_RATE_USER", "10", "sign-in attempts per minute per name"},
      {"login-rate-address", "MOVIEDB_LOGIN_RATE_ADDRESS", "30",
       "sign-in attempts per minute per client address"},
      {"register-rate-address", "MOVIEDB_REGISTER_RATE_ADDRESS", "20",
       "registrations per minute per client address"},
      {"trusted-proxies", "MOVIEDB_TRUSTED_PROXIES", "",
       "comma-separated addresses/CIDRs whose X-Forwarded-For names the client (right-most "
       "untrusted hop); empty: the peer address is the client"},
  };
}

http::ServerConfig server_config(const ParsedOptions& o) {
  http::ServerConfig config;
  const auto listen = parse_listen("listen", o.get("listen"));
  config.host = listen.host;
  config.port = listen.port;
  config.io_threads = parse_count("io-threads", o.get("io-threads"));
  config.workers = parse_count("workers", o.get("workers"));
  config.password_workers = parse_count("password-workers", o.get("password-workers"));
  try {
    config.trusted_proxies = http::TrustedProxies::parse(o.get("trusted-proxies"));
  } catch (const std::invalid_argument& e) {
    throw UsageError("--trusted-proxies: " + std::string(e.what()));
  }
  config.max_queued = parse_count("max-queued", o.get("max-queued"));
  config.max_connections = parse_count("max-connections", o.get("max-connections"));
  config.header_limit = parse_size("header-limit", o.get("header-limit"));
  config.request_timeout = parse_duration("request-timeout", o.get("request-timeout"));
  config.idle_timeout = parse_duration("idle-timeout", o.get("idle-timeout"));
  config.handler_timeout = parse_duration("handler-timeout", o.get("handler-timeout"));
  config.shutdown_grace = parse_duration("shutdown-grace", o.get("shutdown-grace"));
  config.access_log = o.flag("access-log");
  return config;
}

auth::AuthConfig auth_config(const ParsedOptions& o) {
  auth::AuthConfig config;
  config.session_ttl = std::chrono::duration_cast<std::chrono::seconds>(
      parse_duration("session-ttl", o.get("session-ttl")));
  config.logins_per_user_per_minute =
      static_cast<double>(parse_count("login-rate-user", o.get("login-rate-user")));
  config.logins_per_address_per_minute =
      static_cast<double>(parse_count("login-rate-address", o.get("login-rate-address")));
  config.registrations_per_address_per_minute =
      static_cast<double>(parse_count("register-rate-address", o.get("register-rate-address")));
  return config;
}

std::unique_ptr<http::StaticFiles> static_files(const std::string& web_root) {
  if (web_root.empty()) return nullptr;
  if (!std::filesystem::is_regular_file(std::filesystem::path(web_root) / "index.html")) {
    throw std::runtime_error("web root '" + web_root +
                             "' has no index.html (build the client, or pass --web-root '')");
  }
  return std::make_unique<http::StaticFiles>(web_root);
}

std::string url_host(const std::string& host) {
  return host.find(':') == std::string::npos ? host : "[" + host + "]";
}

}  // namespace

int run_serve(std::span<const std::string> args) {
  const auto specs = serve_options();
  const auto usage = "moviedb-api serve [options]";
  const auto options = parse_options(args, specs);
  if (options.help) {
    std::cout << format_help(usage, specs);
    return 0;
  }
  if (!options.positional.empty()) throw UsageError("unexpected argument " + options.positional[0]);
  const auto config = server_config(options);
  const http::BodyLimits limits{parse_size("body-limit", options.get("body-limit")),
                                parse_size("import-body-limit", options.get("import-body-limit"))};

  routes::openapi_json();  // a broken description stops the server here, not on first request
  // Point reads also run on the I/O threads (RouteSpec::point_read): a reader
  // for every thread that may read, so none waits for another's connection.
  auto store = store::open_store(options.get("store"), config.workers + config.io_threads);
  if (const auto monitor = options.get("monitor-store"); !monitor.empty()) {
    store->attach_monitor(monitor);
  }
  auth::AuthService auth(*store, auth_config(options));
  seed_if_empty(*store, options.get("seed"));
  ensure_superadmin(*store, auth, options.get("admin-user"));
  http::Metrics metrics;
  http::ResponseCache responses(parse_size("response-cache", options.get("response-cache")));
  routes::Services services{*store, auth, metrics, responses};
  http::Router router;
  routes::add_routes(router, services, routes::route_table());
  http::Dispatcher dispatcher(std::move(router), static_files(options.get("web-root")), limits,
                              metrics);
  http::Server server(config, dispatcher, metrics);
  std::cout << "moviedb-api listening on http://" << url_host(config.host) << ":" << server.port()
            << std::endl;
  server.run();
  std::cout << "moviedb-api stopped" << std::endl;
  return 0;
}

}  // namespace moviedb::cli
