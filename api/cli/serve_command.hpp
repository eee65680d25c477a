#pragma once
#include <span>
#include <string>

namespace moviedb::cli {

// `moviedb-api serve`: returns the process exit code.
int run_serve(std::span<const std::string> args);

}  // namespace moviedb::cli
