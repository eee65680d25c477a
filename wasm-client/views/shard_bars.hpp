#pragma once
// Counts per shard drawn as one bar split by shard (chunks on the Placement
// screen, documents on the Cluster screen). A shard has the same colour in
// every bar of a screen: colours follow the sorted shard names.
#include <string>
#include <vector>

#include "net/wire.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

// Every shard the counts name, sorted.
std::vector<std::string> shard_order(const std::vector<const net::ShardCounts*>& counts);

// Draws the bar and the counts in words ("shard-a 4 · shard-b 4"), which it returns.
std::string shard_bar(const net::ShardCounts& counts, const std::vector<std::string>& order,
                      const ViewContext& ctx);

}  // namespace moviedb::client::views
