// The test bridge's keys and JSON shape (window.moviedbUi).
#include "bridge/bridge.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace moviedb::client::bridge {
namespace {

TEST(ItemKey, VisibleLabelOrExplicitId) {
  EXPECT_EQ(item_key("Retry"), "Retry");
  EXPECT_EQ(item_key("Retry##health"), "Retry");
  EXPECT_EQ(item_key("Sign in###login.submit"), "login.submit");
  EXPECT_EQ(item_key("##search"), "");
}

TEST(AccessibleName, VisibleLabelOrTheKeyInWords) {
  EXPECT_EQ(accessible_name("Sign in###login.submit"), "Sign in");
  EXPECT_EQ(accessible_name("Retry##health"), "Retry");
  EXPECT_EQ(accessible_name("Search"), "Search");
  EXPECT_EQ(accessible_name("###login.username"), "username");
  EXPECT_EQ(accessible_name("###filter.score_min"), "score min");
  EXPECT_EQ(accessible_name("##search"), "search");
}

TEST(Recorder, PublishesTheDocumentedShape) {
  Recorder recorder;
  recorder.begin_frame();
  recorder.add_item("Retry", {10, 20.004, 80, 30});
  recorder.add_item("Retry", {10, 60, 80, 30},
                    {Role::checkbox, "Retry", true, true, std::nullopt, true, Cell{7, 2, -1}},
                    {.cut = true, .partial = true});
  recorder.add_item("Score", {10, 100, 80, 30},
                    {Role::slider, "score", {}, false, Range{8, 0, 10, "8.0 or more"}});
  recorder.add_item("Name", {10, 140, 80, 30},
                    {.role = Role::textbox, .name = "name", .active = true});
  recorder.set_text("server.version", "0.1.0");
  recorder.set_text("server.version", "0.2.0");
  recorder.name_columns(7, {"Title", "Year", ""});
  recorder.name_columns(7, {"ignored"});

  const auto json = recorder.to_json({true, "login", 42, 2.0, {"hello"}, 3.14159, 12.5});
  const auto value = boost::json::parse(json);
  const auto& root = value.as_object();
  EXPECT_EQ(root.at("ready").as_bool(), true);
  EXPECT_EQ(root.at("screen").as_string(), "login");
  EXPECT_EQ(root.at("frame").to_number<int>(), 42);
  EXPECT_EQ(root.at("pixelRatio").as_double(), 2.0);
  EXPECT_DOUBLE_EQ(root.at("frameMs").as_double(), 3.14);
  EXPECT_DOUBLE_EQ(root.at("frameMsMax").as_double(), 12.5);
  EXPECT_EQ(root.at("toasts").as_array().size(), 1u);
  EXPECT_EQ(root.at("text").at("server.version").as_string(), "0.2.0");
  const auto& items = root.at("items").as_object();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_DOUBLE_EQ(items.at("Retry").at("y").as_double(), 20.0);
  EXPECT_DOUBLE_EQ(items.at("Retry #2").at("y").as_double(), 60.0);
  EXPECT_EQ(items.at("Retry").at("role").as_string(), "button");
  EXPECT_FALSE(items.at("Retry").as_object().contains("checked"));
  EXPECT_EQ(items.at("Retry #2").at("role").as_string(), "checkbox");
  EXPECT_EQ(items.at("Retry #2").at("name").as_string(), "Retry");
  EXPECT_EQ(items.at("Retry #2").at("checked").as_bool(), true);
  EXPECT_EQ(items.at("Retry #2").at("disabled").as_bool(), true);
  EXPECT_FALSE(items.at("Retry").as_object().contains("cut"));
  EXPECT_EQ(items.at("Retry #2").at("cut").as_bool(), true);
  EXPECT_FALSE(items.at("Retry").as_object().contains("partial"));
  EXPECT_EQ(items.at("Retry #2").at("partial").as_bool(), true);
  EXPECT_FALSE(items.at("Retry").as_object().contains("focused"));
  EXPECT_EQ(items.at("Retry #2").at("focused").as_bool(), true);
  EXPECT_EQ(items.at("Retry #2").at("cell"), (boost::json::array{7, 2, -1}));
  EXPECT_EQ(root.at("tables"), (boost::json::object{{"7", {"Title", "Year", ""}}}));
  EXPECT_EQ(items.at("Score").at("role").as_string(), "slider");
  EXPECT_DOUBLE_EQ(items.at("Score").at("value").as_double(), 8.0);
  EXPECT_DOUBLE_EQ(items.at("Score").at("max").as_double(), 10.0);
  EXPECT_EQ(items.at("Score").at("valueText").as_string(), "8.0 or more");
  EXPECT_FALSE(items.at("Score").as_object().contains("active"));
  EXPECT_EQ(items.at("Name").at("active").as_bool(), true);

  recorder.begin_frame();
  EXPECT_TRUE(recorder.items().empty());
  EXPECT_TRUE(recorder.texts().empty());
  EXPECT_TRUE(boost::json::parse(recorder.to_json({})).at("tables").as_object().empty());
}

}  // namespace
}  // namespace moviedb::client::bridge
