#pragma once
#include <span>
#include <string>

namespace moviedb::cli {

// `moviedb-api import [options] FILE...`: returns the process exit code
// (0 done, even with rejected records; 1 failure, or rejections with --strict).
int run_import(std::span<const std::string> args);

}  // namespace moviedb::cli
