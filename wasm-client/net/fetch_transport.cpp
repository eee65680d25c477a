#include "net/fetch_transport.hpp"

#include <emscripten/fetch.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace moviedb::client::net {

namespace {

// Owned by the fetch from start() until its callback fires.
struct InFlight {
  ResponseQueue* queue;
  RequestId id;
};

// XHR's getAllResponseHeaders() text ("Name: value\r\n…"), parsed here:
// Emscripten's own unpacker keeps the line endings and trips on odd lines.
std::vector<Header> response_headers(emscripten_fetch_t* fetch) {
  const std::size_t length = emscripten_fetch_get_response_headers_length(fetch);
  if (length == 0) return {};
  std::string text(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, text.data(), text.size());
  text.resize(length);
  return parse_header_block(text);
}

void complete(emscripten_fetch_t* fetch, bool answered) {
  std::unique_ptr<InFlight> in_flight(static_cast<InFlight*>(fetch->userData));
  HttpResponse response;
  // XHR reports status 0 when no HTTP answer arrived (network error, timeout).
  response.status = answered ? fetch->status : 0;
  if (response.status != 0 && fetch->data != nullptr && fetch->numBytes > 0) {
    response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  }
  if (response.status != 0) response.headers = response_headers(fetch);
  if (response.status == 0) {
    response.error = fetch->readyState == 4 ? "network error" : "no answer in time";
  }
  emscripten_fetch_close(fetch);
  in_flight->queue->post({in_flight->id, std::move(response)});
}

void on_success(emscripten_fetch_t* fetch) {
  complete(fetch, true);
}
void on_error(emscripten_fetch_t* fetch) {
  complete(fetch, fetch->status != 0);
}

}  // namespace

void FetchTransport::start(RequestId id, const HttpRequest& request) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, request.method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = request.timeout_ms;
  attr.onsuccess = on_success;
  attr.onerror = on_error;
  attr.userData = new InFlight{&queue_, id};

  // emscripten_fetch copies the headers and the body before returning.
  std::vector<const char*> headers;
  for (const auto& header : request.headers) {
    headers.push_back(header.name.c_str());
    headers.push_back(header.value.c_str());
  }
  headers.push_back(nullptr);
  attr.requestHeaders = headers.data();
  if (!request.body.empty()) {
    attr.requestData = request.body.data();
    attr.requestDataSize = request.body.size();
  }
  emscripten_fetch(&attr, request.url.c_str());
}

}  // namespace moviedb::client::net
