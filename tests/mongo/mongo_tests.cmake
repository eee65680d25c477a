# The MongoDB adapter's tests (ctest label `mongo`), included from
# tests/CMakeLists.txt after the store_contract library is defined.
#
# They run against moviedb-test-mongo (FerretDB embedded; build it with
# tests/mongo/build-test-server.sh, or `ninja moviedb-test-mongo`), or against
# the MongoDB that MOVIEDB_TEST_MONGODB_URI names. A missing test server is a
# failure, never a skip.
find_package(mongoc-1.0 1.23 CONFIG REQUIRED)

set(MOVIEDB_TEST_MONGO_BIN ${CMAKE_BINARY_DIR}/moviedb-test-mongo)
add_custom_target(moviedb-test-mongo
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/build-test-server.sh ${MOVIEDB_TEST_MONGO_BIN}
  COMMENT "Building moviedb-test-mongo (FerretDB) with the local Go toolchain"
  USES_TERMINAL)

add_library(moviedb_mongo_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/mongo_test_server.cpp)
target_include_directories(moviedb_mongo_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(moviedb_mongo_test_support PRIVATE
  MOVIEDB_TEST_MONGO_BIN_PATH="${MOVIEDB_TEST_MONGO_BIN}")
target_link_libraries(moviedb_mongo_test_support PUBLIC mongo::mongoc_shared GTest::gtest)

# The store contract suite, unchanged, against the MongoDB adapter.
add_executable(mongo_contract_tests ${CMAKE_CURRENT_LIST_DIR}/mongo_contract_test.cpp)
target_link_libraries(mongo_contract_tests PRIVATE
  store_contract moviedb_mongo_test_support GTest::gtest_main)
gtest_discover_tests(mongo_contract_tests TEST_PREFIX "mongo.contract."
  PROPERTIES LABELS "mongo;contract" TIMEOUT 120)

# Adapter-specific tests: driver configuration, indexes, topology, errors,
# concurrency, and faults (the test server stopped under traffic).
file(GLOB MOVIEDB_MONGO_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_test.cpp)
list(REMOVE_ITEM MOVIEDB_MONGO_TEST_SOURCES ${CMAKE_CURRENT_LIST_DIR}/mongo_contract_test.cpp)
add_executable(mongo_tests ${MOVIEDB_MONGO_TEST_SOURCES})
target_include_directories(mongo_tests PRIVATE ${PROJECT_SOURCE_DIR}/api)
target_link_libraries(mongo_tests PRIVATE
  moviedb_api_core moviedb_test_support moviedb_mongo_test_support GTest::gtest_main)
gtest_discover_tests(mongo_tests TEST_PREFIX "mongo."
  PROPERTIES LABELS mongo TIMEOUT 180)

# The HTTP endpoint suite, unchanged, against a server started with
# --store mongodb://… (the integration fixture reads MOVIEDB_TEST_STORE).
add_test(NAME mongo.integration
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/with-test-server.sh $<TARGET_FILE:integration_tests>)
set_tests_properties(mongo.integration PROPERTIES
  LABELS "mongo;integration" TIMEOUT 1200 RUN_SERIAL TRUE
  ENVIRONMENT "MOVIEDB_TEST_MONGO_BIN=${MOVIEDB_TEST_MONGO_BIN}")

# The topology simulator's own tests (tests/mongo/server/README.md): the Go
# driver against moviedb-test-mongo --replset/--mongos (routing by read
# preference, secondaries' refusals, stepdown and retried writes, staleness).
# Go only, no C++; the script rebuilds the binary first if it is stale.
add_test(NAME mongo.simulator
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/build-test-server.sh --test ${MOVIEDB_TEST_MONGO_BIN})
set_tests_properties(mongo.simulator PROPERTIES LABELS mongo TIMEOUT 600)
