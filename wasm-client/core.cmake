# The client's non-UI logic as a static library, `moviedb_client_core`:
# state and transitions, request bookkeeping, response parsing, the test
# bridge's JSON. No ImGui, no Emscripten: it builds natively so GoogleTest can
# cover it, and the WebAssembly build (wasm-client/CMakeLists.txt) links it too.
#
# Native use, from the top-level CMakeLists.txt:
#   include(wasm-client/core.cmake)
#   add_executable(client_tests ${MOVIEDB_CLIENT_TEST_SOURCES})
#   target_link_libraries(client_tests PRIVATE moviedb_client_core GTest::gtest_main)
include_guard(GLOBAL)

set(MOVIEDB_CLIENT_DIR "${CMAKE_CURRENT_LIST_DIR}")
# The wire types and their JSON conversions are the API's own (api/domain/),
# compiled into the client too so the two sides cannot drift.
set(MOVIEDB_DOMAIN_DIR "${MOVIEDB_CLIENT_DIR}/../api/domain")

add_library(moviedb_client_core STATIC
  "${MOVIEDB_CLIENT_DIR}/app/admin_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/admin_browse_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/admin_bulk_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/auth_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/browse_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/controller.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/lists_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/movie_actions.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/placement_logic.cpp"
  "${MOVIEDB_CLIENT_DIR}/app/screen_logics.cpp"
  "${MOVIEDB_CLIENT_DIR}/bridge/bridge.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/api_client.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/errors.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/http_types.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/response_queue.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/url.cpp"
  "${MOVIEDB_CLIENT_DIR}/net/wire.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/address.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/admin.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/admin_browse.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/admin_bulk.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/admin_import.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/browse.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/collections.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/health.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/interactions.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/load.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/movie_detail.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/screen.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/session.cpp"
  "${MOVIEDB_CLIENT_DIR}/state/toasts.cpp"
  "${MOVIEDB_CLIENT_DIR}/ui/format.cpp"
  "${MOVIEDB_DOMAIN_DIR}/api_paths.cpp"
  "${MOVIEDB_DOMAIN_DIR}/audit.cpp"
  "${MOVIEDB_DOMAIN_DIR}/field_error.cpp"
  "${MOVIEDB_DOMAIN_DIR}/interaction.cpp"
  "${MOVIEDB_DOMAIN_DIR}/json_read.cpp"
  "${MOVIEDB_DOMAIN_DIR}/movie.cpp"
  "${MOVIEDB_DOMAIN_DIR}/movie_fields.cpp"
  # The server's query parser: the client reads its own addresses
  # (#/browse?…) with it, so a link means what the same query means to the API.
  "${MOVIEDB_DOMAIN_DIR}/movie_query.cpp"
  "${MOVIEDB_DOMAIN_DIR}/people.cpp"
  "${MOVIEDB_DOMAIN_DIR}/query_string.cpp"
  "${MOVIEDB_DOMAIN_DIR}/stats.cpp"
  "${MOVIEDB_DOMAIN_DIR}/text.cpp"
  "${MOVIEDB_DOMAIN_DIR}/text_length.cpp"
  "${MOVIEDB_DOMAIN_DIR}/user.cpp"
  "${MOVIEDB_DOMAIN_DIR}/utf8.cpp"
)
target_include_directories(moviedb_client_core PUBLIC "${MOVIEDB_CLIENT_DIR}" "${MOVIEDB_CLIENT_DIR}/../api")
target_compile_features(moviedb_client_core PUBLIC cxx_std_20)

if(EMSCRIPTEN)
  # Boost.JSON header-only. The include dir holds nothing but a `boost` symlink
  # so that no other host header can leak into the WebAssembly build.
  set(MOVIEDB_BOOST_INCLUDE_DIR "/usr/include" CACHE PATH "Directory that contains boost/")
  set(_moviedb_boost_shim "${CMAKE_BINARY_DIR}/boost-include")
  file(MAKE_DIRECTORY "${_moviedb_boost_shim}")
  if(NOT EXISTS "${_moviedb_boost_shim}/boost")
    file(CREATE_LINK "${MOVIEDB_BOOST_INCLUDE_DIR}/boost" "${_moviedb_boost_shim}/boost" SYMBOLIC)
  endif()
  target_include_directories(moviedb_client_core SYSTEM PUBLIC "${_moviedb_boost_shim}")
  target_sources(moviedb_client_core PRIVATE "${MOVIEDB_CLIENT_DIR}/json_impl.cpp")
  target_compile_definitions(moviedb_client_core PUBLIC BOOST_ALL_NO_LIB)
else()
  if(NOT TARGET Boost::json)
    find_package(Boost 1.81 REQUIRED COMPONENTS json)
  endif()
  target_link_libraries(moviedb_client_core PUBLIC Boost::json)
endif()

# Native GoogleTest sources covering the core (registered by the top level).
set(MOVIEDB_CLIENT_TEST_SOURCES
  "${MOVIEDB_CLIENT_DIR}/tests/address_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/admin_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/admin_data_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/auth_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/bridge_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/browse_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/collections_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/format_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/health_state_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/movie_test.cpp"
  "${MOVIEDB_CLIENT_DIR}/tests/net_test.cpp"
)
