# The MongoDB adapter is part of the store layer (api/CMakeLists.txt) and
# links libmongoc (Debian's libmongoc-dev 1.23).
find_package(mongoc-1.0 1.23 CONFIG REQUIRED)
target_link_libraries(moviedb_store PRIVATE mongo::mongoc_shared)
# MD5, for the hashed shard keys of the placement lookup (shard_key.cpp).
find_package(OpenSSL REQUIRED)
target_link_libraries(moviedb_store PRIVATE OpenSSL::Crypto)
