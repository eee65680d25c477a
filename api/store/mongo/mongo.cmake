# The MongoDB adapter: its sources join moviedb_api_core and link libmongoc
# (Debian's libmongoc-dev 1.23). Included from api/CMakeLists.txt after
# moviedb_api_core is defined.
find_package(mongoc-1.0 1.23 CONFIG REQUIRED)
file(GLOB MOVIEDB_MONGO_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
target_sources(moviedb_api_core PRIVATE ${MOVIEDB_MONGO_SOURCES})
target_link_libraries(moviedb_api_core PRIVATE mongo::mongoc_shared)
# MD5, for the hashed shard keys of the placement lookup (shard_key.cpp).
find_package(OpenSSL REQUIRED)
target_link_libraries(moviedb_api_core PRIVATE OpenSSL::Crypto)
