#pragma once
// Admin: the store's topology (GET /admin/cluster). The embedded store shows
// its facts and collection counts; MongoDB its shards, replica-set members with
// their states, per-shard counts and balancer, each as the server reports it,
// and a warning for each part the server could not read.
//
// Bridge items: cluster.refresh. Texts: cluster.status, cluster.adapter,
// cluster.server_version, cluster.path, cluster.count.<collection>,
// cluster.row.<i> ("group: text"), cluster.note.<i>, cluster.unavailable.<i>,
// cluster.placement.note and cluster.placement.<collection> (where it lives:
// "all on shard-a" or "sharded, 8 chunks: shard-a 4 shard-b 4", with a bar).
#include "state/admin.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminClusterView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  static void draw_placement(const ClusterInfo& info, const ViewContext& ctx);
};

}  // namespace moviedb::client::views
