#pragma once
// Admin: the store's topology (GET /admin/cluster). The embedded store shows
// its facts and collection counts; MongoDB its shards, replica-set members with
// their states, per-shard counts and balancer, each as the server reports it,
// and a warning for each part the server could not read.
//
// Bridge items: cluster.refresh. Texts: cluster.status, cluster.adapter,
// cluster.server_version, cluster.path, cluster.count.<collection>,
// cluster.row.<i> ("group: text"), cluster.note.<i>, cluster.unavailable.<i>,
// cluster.documents.<collection> (a sharded collection's documents per shard,
// "shard-a 120 · shard-b 80", with a bar). Where the chunks are: the
// Placement screen.
#include "state/admin.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminClusterView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
