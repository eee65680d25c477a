// The only translation unit that includes Beast: compile cost stays here.
#include "http/server.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <limits>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "http/access_log.hpp"
#include "http/errors.hpp"
#include "http/request_head.hpp"
#include "http/response_head.hpp"
#include "http/security_headers.hpp"
#include "http/trusted_proxies.hpp"

namespace moviedb::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

namespace {

// A connection as the shutdown logic sees it; `busy` is read and written only
// on the connection's loop, which one thread runs.
struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool busy = false;
};

using ConnectionPtr = std::shared_ptr<Connection>;

// Bounds the arrival of one whole request; lives on the connection's loop.
struct RequestDeadline : std::enable_shared_from_this<RequestDeadline> {
  explicit RequestDeadline(asio::any_io_executor executor) : timer(std::move(executor)) {}
  void arm(ConnectionPtr connection, std::chrono::milliseconds timeout) {
    timer.expires_after(timeout);
    timer.async_wait([self = shared_from_this(), connection](beast::error_code ec) {
      if (ec || self->done) return;  // `done`: expired after the request had arrived
      self->expired = true;
      connection->stream.socket().cancel();
    });
  }
  void disarm() {
    done = true;
    timer.cancel();
  }
  asio::steady_timer timer;
  bool expired = false;
  bool done = false;
};

// Disarms on every way out of the read, so a late expiry cannot cancel the
// connection's next read.
struct Disarm {
  std::shared_ptr<RequestDeadline> deadline;
  ~Disarm() { deadline->disarm(); }
};

// A request that reached the application, or why it did not.
struct ReadOutcome {
  std::optional<Request> request;
  std::optional<Response> rejection;  // answered, then the connection closes
  unsigned version = 11;
  bool keep_alive = false;
  bool unknown_method = false;
  std::string method = "-";
  std::string target = "-";  // printable for the access log
};

Response rejection(unsigned status, std::string_view code, std::string_view text) {
  auto response = error_response(status, code, text);
  add_security_headers(response);
  return response;
}

}  // namespace

struct Server::Impl {
  Impl(ServerConfig cfg, const RequestHandler& h, Metrics& m)
      : config(std::move(cfg)),
        handler(h),
        metrics(m),
        workers(config.workers),
        hashers(config.password_workers),
        loops(make_loops(config.io_threads)),
        acceptor(*loops.front()),
        signals(*loops.front(), SIGINT, SIGTERM) {
    for (auto& loop : loops) keep_running.emplace_back(loop->get_executor());
    tcp::endpoint endpoint{asio::ip::make_address(config.host == "localhost" ? "127.0.0.1"
                                                                              : config.host),
                           config.port};
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  }

  // One event loop per I/O thread, each connection on one of them for its
  // whole life: its handlers and allocations stay on one thread. Two threads
  // sharing one loop slept on its scheduler mutex and on glibc's arena locks
  // (frees of what the other thread allocated) thousands of times a second
  // (bench/RESULTS.md, "Where the movie page at 1M waits").
  static std::vector<std::unique_ptr<asio::io_context>> make_loops(std::size_t count) {
    std::vector<std::unique_ptr<asio::io_context>> loops;
    for (std::size_t i = 0; i < std::max<std::size_t>(count, 1); ++i) {
      loops.push_back(std::make_unique<asio::io_context>(1));
    }
    return loops;
  }

  ServerConfig config;
  const RequestHandler& handler;
  Metrics& metrics;
  asio::thread_pool workers;
  asio::thread_pool hashers;  // password hashing only
  std::atomic<long> passwords_queued{0};
  std::vector<std::unique_ptr<asio::io_context>> loops;  // the first also accepts
  // Loops without a connection would return from run(); released once drained.
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running;
  std::size_t next_loop = 0;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::set<ConnectionPtr> connections;

  asio::awaitable<void> accept_loop();
  asio::awaitable<void> session(ConnectionPtr connection);
  asio::awaitable<ReadOutcome> read_request(ConnectionPtr connection, beast::flat_buffer& buffer,
                                            const std::string& peer);
  asio::awaitable<Response> respond(Request request);
  // Runs `work` on a pool and awaits it within the handler deadline; 503 when
  // the pool's queue is full or the deadline passes.
  asio::awaitable<std::optional<Response>> on_pool(Pool pool,
                                                   std::function<std::optional<Response>()> work);
  asio::awaitable<void> drain();
  void begin_shutdown();
  void for_each_connection(const std::function<void(const ConnectionPtr&)>& action);
  void forget(const ConnectionPtr& connection);
};

void Server::Impl::for_each_connection(const std::function<void(const ConnectionPtr&)>& action) {
  std::lock_guard lock(connections_mutex);
  for (const auto& connection : connections) action(connection);
}

void Server::Impl::forget(const ConnectionPtr& connection) {
  std::lock_guard lock(connections_mutex);
  connections.erase(connection);
  metrics.connections_open = static_cast<long>(connections.size());
}

asio::awaitable<void> Server::Impl::accept_loop() {
  for (;;) {
    auto& loop = *loops[next_loop++ % loops.size()];
    auto [ec, socket] = co_await acceptor.async_accept(loop.get_executor(), kTuple);
    if (stopping) co_return;
    if (ec) {
      // Out of descriptors or a transient failure: back off instead of spinning.
      asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(50));
      co_await pause.async_wait(kTuple);
      continue;
    }
    socket.set_option(tcp::no_delay(true), ec);
    auto connection = std::make_shared<Connection>(std::move(socket));
    {
      std::lock_guard lock(connections_mutex);
      if (connections.size() >= config.max_connections) continue;  // closes the socket
      connections.insert(connection);
      metrics.connections_open = static_cast<long>(connections.size());
    }
    asio::co_spawn(connection->stream.get_executor(), session(connection),
                   [this, connection](std::exception_ptr failure) {
                     forget(connection);
                     if (!failure) return;
                     try {
                       std::rethrow_exception(failure);
                     } catch (const std::exception& e) {
                       std::cerr << "{\"level\":\"error\",\"event\":\"session_failed\",\"what\":\""
                                 << e.what() << "\"}\n";
                     }
                   });
  }
}

asio::awaitable<ReadOutcome> Server::Impl::read_request(ConnectionPtr connection,
                                                        beast::flat_buffer& buffer,
                                                        const std::string& peer) {
  auto& stream = connection->stream;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
  // Beast would judge Content-Length against its default while reading the
  // head; the route's limit is applied once the head is in.
  parser.body_limit(std::numeric_limits<std::uint64_t>::max());
  // Our own deadline cancels the read instead of closing the socket (as the
  // stream's timeout would), so the client still learns why: 408.
  stream.expires_never();
  auto deadline = std::make_shared<RequestDeadline>(stream.get_executor());
  deadline->arm(connection, config.request_timeout);
  const Disarm disarm{deadline};
  ReadOutcome outcome;
  const auto refuse = [&](unsigned status, std::string_view code, std::string_view text) {
    outcome.rejection = rejection(status, code, text);
    return std::move(outcome);
  };
  auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, kTuple);
  if (deadline->expired) ec = beast::error::timeout;
  if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
    co_return refuse(431, "headers_too_large", "request headers too large");
  }
  if (ec == beast::error::timeout) co_return refuse(408, "request_timeout", "the request took too long");
  if (ec) {
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      co_return ReadOutcome{};
    }
    co_return refuse(400, "bad_request", "malformed HTTP request");
  }
  const auto& header = parser.get();
  outcome.version = header.version();
  outcome.keep_alive = header.keep_alive();
  outcome.method = std::string(header.method_string());
  if (!printable_ascii(header.target())) {
    co_return refuse(400, "bad_request", "the request target must be printable ASCII");
  }
  outcome.target = std::string(header.target());
  if (static_cast<std::size_t>(std::distance(header.begin(), header.end())) >
      config.max_header_fields) {
    co_return refuse(431, "headers_too_large", "too many header fields");
  }
  if (ambiguous_framing(header)) {
    co_return refuse(400, "bad_request",
                     "Transfer-Encoding must be exactly 'chunked', without Content-Length");
  }
  Request request;
  try {
    request = to_request_head(header, peer, config.trusted_proxies);
  } catch (const ApiError& e) {
    co_return refuse(e.status(), e.code(), e.what());
  }
  // A head that ends the request (no body follows) needs no body rule: the
  // common GET skips the route lookup this costs.
  if (!parser.is_done()) {
    const auto rule = handler.body_rule(request);
    if (parser.content_length() && *parser.content_length() > rule.limit) {
      co_return refuse(413, "body_too_large", "request body too large");
    }
    if (rule.admission_first) {
      // Who the caller is decides whether a large body is read at all.
      std::function<std::optional<Response>()> admission = [this, &request] {
        return handler.admit(request);
      };
      auto refusal = co_await on_pool(Pool::store, std::move(admission));
      if (refusal) {
        outcome.rejection = std::move(*refusal);
        co_return outcome;
      }
    }
    parser.body_limit(rule.limit);
    if (beast::iequals(header[bhttp::field::expect], "100-continue")) {  // curl waits for this before large bodies
      bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, header.version()};
      co_await bhttp::async_write(stream, go_on, kTuple);
    }
    std::tie(ec, n) = co_await bhttp::async_read(stream, buffer, parser, kTuple);
    if (deadline->expired) ec = beast::error::timeout;
    if (ec == bhttp::error::body_limit) co_return refuse(413, "body_too_large", "request body too large");
    if (ec == beast::error::timeout) co_return refuse(408, "request_timeout", "the request took too long");
    if (ec) co_return refuse(400, "bad_request", "malformed request body");
  }
  // Moved, not copied: an import body exists once.
  request.body = std::move(parser.get().body());
  outcome.request = std::move(request);
  co_return outcome;
}

asio::awaitable<std::optional<Response>> Server::Impl::on_pool(
    Pool pool, std::function<std::optional<Response>()> work) {
  auto& queued = pool == Pool::passwords ? passwords_queued : metrics.requests_queued;
  const auto max_queued = pool == Pool::passwords ? config.max_queued_passwords : config.max_queued;
  if (queued.fetch_add(1) >= static_cast<long>(max_queued)) {
    queued.fetch_sub(1);
    auto busy = rejection(503, "overloaded", "the server is busy; retry shortly");
    busy.set_header("Retry-After", "1");
    co_return busy;
  }
  // The result is handed back through the session's loop; the timer bounds
  // the wait so a stuck store cannot hold a request past its deadline.
  struct Pending {
    Pending(asio::any_io_executor ex, std::function<std::optional<Response>()> w)
        : timer(ex), work(std::move(w)) {}
    asio::steady_timer timer;
    std::function<std::optional<Response>()> work;
    std::optional<Response> response;
    bool finished = false;
  };
  auto executor = co_await asio::this_coro::executor;
  auto pending = std::make_shared<Pending>(executor, std::move(work));
  pending->timer.expires_after(config.handler_timeout);
  asio::post(pool == Pool::passwords ? hashers : workers, [this, pending, &queued] {
    const auto started = Clock::now();
    ++metrics.workers_busy;
    auto response = pending->work();
    --metrics.workers_busy;
    metrics.record_store_time(
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started));
    asio::post(pending->timer.get_executor(), [pending, &queued, r = std::move(response)]() mutable {
      queued.fetch_sub(1);
      pending->response = std::move(r);
      pending->finished = true;
      pending->timer.cancel();
    });
  });
  co_await pending->timer.async_wait(kTuple);
  if (!pending->finished) {
    co_return rejection(503, "deadline_exceeded", "the store did not answer in time");
  }
  co_return std::move(pending->response);
}

asio::awaitable<Response> Server::Impl::respond(Request request) {
  if (auto ready = handler.answer_without_store(request)) co_return std::move(*ready);
  const auto pool = handler.pool(request);
  // Named, not a temporary of the co_await expression: GCC 12 may destroy
  // such temporaries twice (GCC bug 100611).
  std::function<std::optional<Response>()> work = [this, request = std::move(request)]() {
    return std::optional<Response>(handler.handle(request));
  };
  auto response = co_await on_pool(pool, std::move(work));
  co_return std::move(*response);
}

asio::awaitable<void> Server::Impl::session(ConnectionPtr connection) {
  auto& stream = connection->stream;
  beast::error_code ignored;
  const auto endpoint = stream.socket().remote_endpoint(ignored);
  const auto remote = endpoint.address().to_string();
  beast::flat_buffer buffer(config.header_limit + 4096);
  while (!stopping) {
    connection->busy = false;
    if (buffer.size() == 0) {  // idle: wait for the first byte of the next request
      stream.expires_after(config.idle_timeout);
      auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), kTuple);
      if (ec) break;
      buffer.commit(n);
    }
    connection->busy = true;
    const auto started = Clock::now();
    auto outcome = co_await read_request(connection, buffer, remote);
    if (!outcome.request && !outcome.rejection) break;
    Response response;
    if (outcome.request) {
      response = co_await respond(std::move(*outcome.request));
    } else {  // never reached the dispatcher; the body, if any, was not read
      response = std::move(*outcome.rejection);
      metrics.record("rejected", "-", response.status,
                     std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started));
    }
    const bool keep_alive = outcome.request && outcome.keep_alive && !stopping;
    const auto head = response_head(response, outcome.version, keep_alive);
    const auto body = response_body(response);
    const std::array<asio::const_buffer, 2> reply{asio::buffer(head),
                                                  asio::buffer(body.data(), body.size())};
    stream.expires_after(config.request_timeout);
    auto [ec, written] = co_await asio::async_write(stream, reply, kTuple);
    if (config.access_log) {
      write_access_log(
          {remote, outcome.method, outcome.target, response.status, written,
           std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started)});
    }
    if (ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

void Server::Impl::begin_shutdown() {
  if (stopping.exchange(true)) return;
  beast::error_code ignored;
  acceptor.close(ignored);
  // Idle connections hold no request: end them now. Busy ones finish their
  // request and then see `stopping`.
  for_each_connection([](const ConnectionPtr& connection) {
    asio::post(connection->stream.get_executor(), [connection] {
      if (!connection->busy) connection->stream.cancel();
    });
  });
  asio::co_spawn(acceptor.get_executor(), drain(), asio::detached);
}

asio::awaitable<void> Server::Impl::drain() {
  const auto deadline = Clock::now() + config.shutdown_grace;
  asio::steady_timer tick(acceptor.get_executor());
  for (;;) {
    {
      std::lock_guard lock(connections_mutex);
      if (connections.empty()) break;
    }
    if (Clock::now() >= deadline) {
      for_each_connection([](const ConnectionPtr& connection) {
        asio::post(connection->stream.get_executor(), [connection] { connection->stream.close(); });
      });
      break;
    }
    tick.expires_after(std::chrono::milliseconds(20));
    co_await tick.async_wait(kTuple);
  }
  for (auto& guard : keep_running) guard.reset();
}

Server::Server(ServerConfig config, const RequestHandler& handler, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(config), handler, metrics)) {
  metrics.workers_total = static_cast<long>(impl_->config.workers);
}

Server::~Server() = default;

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run() {
  impl_->signals.async_wait([this](beast::error_code ec, int) {
    if (!ec) impl_->begin_shutdown();
  });
  asio::co_spawn(impl_->acceptor.get_executor(), impl_->accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < impl_->loops.size(); ++i) {
    threads.emplace_back([this, i] { impl_->loops[i]->run(); });
  }
  impl_->loops.front()->run();
  for (auto& thread : threads) thread.join();
  impl_->workers.join();
  impl_->hashers.join();
}

}  // namespace moviedb::http
