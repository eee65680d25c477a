#pragma once
// The only door into the MongoDB adapter from outside store/mongo: no driver
// type appears here.
#include <memory>
#include <string_view>

#include "store/store.hpp"

namespace moviedb::store::mongo {

// `uri` is a standard mongodb:// or mongodb+srv:// URI; `workers` sizes the
// client pool; `workload` picks the socket timeout the URI does not set.
// Throws std::invalid_argument for a URI the driver rejects and
// StoreUnavailable when no server answers in time.
std::unique_ptr<Store> open_mongo_store(std::string_view uri, std::size_t workers,
                                        Workload workload);

}  // namespace moviedb::store::mongo
