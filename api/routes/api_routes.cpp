#include "routes/api_routes.hpp"

#include "routes/admin_data_routes.hpp"
#include "routes/admin_user_routes.hpp"
#include "routes/auth_routes.hpp"
#include "routes/discovery_routes.hpp"
#include "routes/import_routes.hpp"
#include "routes/interaction_routes.hpp"
#include "routes/movie_routes.hpp"
#include "routes/system_routes.hpp"

namespace moviedb::routes {

void add_api_routes(http::Router& router, Services& services) {
  add_system_routes(router, services.store, services.metrics);
  add_auth_routes(router, services);
  add_movie_routes(router, services);
  add_interaction_routes(router, services);
  add_discovery_routes(router, services);
  add_admin_user_routes(router, services);
  add_admin_data_routes(router, services);
  add_import_routes(router, services);
}

}  // namespace moviedb::routes
