#include "bridge/bridge.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <cmath>

namespace moviedb::client::bridge {

namespace {

// CSS pixels to 1/100 px keeps the JSON short and stable across frames.
double round2(double v) {
  return std::round(v * 100.0) / 100.0;
}

constexpr const char* kRoleNames[] = {"button", "link", "checkbox", "textbox", "slider"};

}  // namespace

std::string accessible_name(std::string_view label) {
  const auto hidden = label.find("##");
  std::string_view visible = label.substr(0, hidden);
  while (!visible.empty() && visible.back() == ' ') visible.remove_suffix(1);
  if (!visible.empty() || hidden == std::string_view::npos) return std::string(visible);
  const auto start = label.find_first_not_of('#', hidden);
  if (start == std::string_view::npos) return {};
  std::string id(label.substr(start));
  if (const auto dot = id.rfind('.'); dot != std::string::npos) id.erase(0, dot + 1);
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

std::string item_key(std::string_view label) {
  if (const auto id = label.find("###"); id != std::string_view::npos) {
    return std::string(label.substr(id + 3));
  }
  if (const auto hidden = label.find("##"); hidden != std::string_view::npos) {
    return std::string(label.substr(0, hidden));
  }
  return std::string(label);
}

void Recorder::begin_frame() {
  items_.clear();
  texts_.clear();
  columns_.clear();
}

void Recorder::name_columns(std::uint32_t table, std::vector<std::string> columns) {
  if (!named_columns(table)) columns_.emplace_back(table, std::move(columns));
}

bool Recorder::named_columns(std::uint32_t table) const {
  return std::any_of(columns_.begin(), columns_.end(),
                     [table](const auto& entry) { return entry.first == table; });
}

void Recorder::add_item(std::string_view key, Rect rect, Semantics semantics, Shown shown) {
  std::string unique(key);
  const auto taken = [this](const std::string& k) {
    return std::any_of(items_.begin(), items_.end(),
                       [&k](const auto& item) { return item.key == k; });
  };
  for (int n = 2; taken(unique); ++n) unique = std::string(key) + " #" + std::to_string(n);
  items_.push_back({std::move(unique), rect, std::move(semantics), shown});
}

void Recorder::set_text(std::string_view key, std::string_view value) {
  for (auto& [k, v] : texts_) {
    if (k == key) {
      v = value;
      return;
    }
  }
  texts_.emplace_back(std::string(key), std::string(value));
}

std::string Recorder::to_json(const Frame& frame) const {
  boost::json::object items;
  for (const auto& [key, r, semantics, shown] : items_) {
    boost::json::object item{{"x", round2(r.x)},
                             {"y", round2(r.y)},
                             {"w", round2(r.w)},
                             {"h", round2(r.h)},
                             {"role", kRoleNames[static_cast<int>(semantics.role)]},
                             {"name", semantics.name}};
    if (semantics.checked) item["checked"] = *semantics.checked;
    if (semantics.disabled) item["disabled"] = true;
    if (const auto& range = semantics.range) {
      item["value"] = range->value;
      item["min"] = range->min;
      item["max"] = range->max;
      item["valueText"] = range->text;
    }
    if (semantics.focused) item["focused"] = true;
    if (semantics.active) item["active"] = true;
    if (const auto& cell = semantics.cell) {
      item["cell"] = boost::json::array{cell->table, cell->row, cell->column};
    }
    if (shown.cut) item["cut"] = true;
    if (shown.partial) item["partial"] = true;
    items[key] = std::move(item);
  }
  boost::json::object texts;
  for (const auto& [key, value] : texts_) texts[key] = value;
  boost::json::object tables;
  for (const auto& [table, columns] : columns_) {
    tables[std::to_string(table)] = boost::json::array(columns.begin(), columns.end());
  }
  boost::json::array toasts;
  for (const auto& toast : frame.toasts) toasts.emplace_back(toast);

  boost::json::object root;
  root["ready"] = frame.ready;
  root["screen"] = frame.screen;
  root["frame"] = frame.frame;
  root["items"] = std::move(items);
  root["tables"] = std::move(tables);
  root["toasts"] = std::move(toasts);
  root["text"] = std::move(texts);
  root["pixelRatio"] = frame.pixel_ratio;
  root["frameMs"] = round2(frame.frame_ms);
  root["frameMsMax"] = round2(frame.frame_ms_max);
  return boost::json::serialize(root);
}

}  // namespace moviedb::client::bridge
