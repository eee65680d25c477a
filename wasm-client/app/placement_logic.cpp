// The Placement screen's logic (state/placement.hpp): the placement of every
// collection while the screen is shown, and the title lookups asked from
// anywhere in the admin workspace.
#include <any>
#include <memory>
#include <string>

#include "app/screen_logic.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "state/placement.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

namespace {

class PlacementLogic final : public ScreenLogic {
 public:
  explicit PlacementLogic(ScreenKit& kit) : kit_(kit) {}

  void show() override {
    if (placement().load.wanted()) load();
  }
  void reload() override { load(); }
  void handle(const std::any& action) override {
    if (const auto* locate = std::any_cast<LocateTitle>(&action)) find(locate->id);
  }

 private:
  PlacementState& placement() { return kit_.state.admin.placement; }

  void load() {
    const auto generation = placement().load.begin();
    kit_.api.get(net::api_url(paths::kAdminPlacement),
                 [this, generation](const net::HttpResponse& response) {
                   auto& load = placement().load;
                   if (!load.current(generation)) return;
                   std::string why;
                   auto facts =
                       response.ok() ? net::decode_placement(response.body, &why) : std::nullopt;
                   if (!facts) return load.fail(net::failure_text(response, why));
                   placement().facts = std::move(*facts);
                   load.succeed();
                 });
  }

  void find(const std::string& id) {
    auto& locate = placement().locate;
    locate = {.id = id, .load = std::move(locate.load), .where = {}};
    if (id.empty()) return locate.load.reset();
    const auto generation = locate.load.begin();
    kit_.api.get(net::api_url(paths::fill_path(paths::kAdminDocumentPlacement, {"movies", id})),
                 [this, generation](const net::HttpResponse& response) {
                   auto& locate = placement().locate;
                   if (!locate.load.current(generation)) return;
                   std::string why;
                   auto where =
                       response.ok() ? net::decode_location(response.body, &why) : std::nullopt;
                   if (!where) return locate.load.fail(net::failure_text(response, why));
                   locate.where = std::move(*where);
                   locate.load.succeed();
                 });
  }

  ScreenKit& kit_;
};

}  // namespace

std::unique_ptr<ScreenLogic> make_admin_placement_logic(ScreenKit& kit) {
  return std::make_unique<PlacementLogic>(kit);
}

}  // namespace moviedb::client
