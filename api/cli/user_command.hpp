#pragma once
#include <span>
#include <string>

namespace moviedb::cli {

// `moviedb-api user create`: returns the process exit code.
int run_user(std::span<const std::string> args);

}  // namespace moviedb::cli
