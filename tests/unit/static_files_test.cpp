#include <gtest/gtest.h>

#include <filesystem>

#include "http/mime_types.hpp"
#include "http/static_files.hpp"
#include "support/temp_dir.hpp"

using namespace moviedb::http;
using moviedb::test::TempDir;
using moviedb::test::write_file;

namespace fs = std::filesystem;

class StaticResolve : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "web" / "index.html", "<html>");
    write_file(dir_.path() / "web" / "app" / "client.wasm", "wasm");
    write_file(dir_.path() / "web" / ".secret", "hidden");
    write_file(dir_.path() / "outside.txt", "secret");
    fs::create_symlink(dir_.path() / "outside.txt", dir_.path() / "web" / "link.txt");
  }
  fs::path root() const { return dir_.path() / "web"; }
  TempDir dir_;
};

TEST_F(StaticResolve, DirectoriesServeTheirIndex) {
  const auto file = StaticFiles::resolve(root(), "/");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->filename(), "index.html");
  EXPECT_TRUE(StaticFiles::resolve(root(), "/app/client.wasm"));
}

TEST_F(StaticResolve, NeverLeavesTheRoot) {
  EXPECT_FALSE(StaticFiles::resolve(root(), "/../outside.txt"));
  EXPECT_FALSE(StaticFiles::resolve(root(), "/app/../../outside.txt"));
  EXPECT_FALSE(StaticFiles::resolve(root(), "/link.txt"));  // symlink out of the root
  EXPECT_FALSE(StaticFiles::resolve(root(), "/..\\outside.txt"));
  EXPECT_FALSE(StaticFiles::resolve(root(), "/.secret"));
  EXPECT_FALSE(StaticFiles::resolve(root(), "/missing.js"));
}

TEST(MimeTypes, ClientFilesGetTheirTypes) {
  EXPECT_EQ(mime_type_for("moviedb-client.wasm"), "application/wasm");
  EXPECT_EQ(mime_type_for("moviedb-client.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(mime_type_for("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(mime_type_for("DejaVuSans.ttf"), "font/ttf");
  EXPECT_EQ(mime_type_for("noextension"), "application/octet-stream");
}
