#include "ui/fonts.hpp"

#include <imgui.h>

namespace moviedb::client::ui {

namespace {

// Latin-1 + Latin Extended-A, plus the typography movie data uses
// (dashes, quotes, bullets, ellipsis, euro, stars).
constexpr ImWchar kBodyRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022,
    0x2026, 0x2026, 0x20AC, 0x20AC, 0x25CF, 0x25CF, 0x2605, 0x2606, 0,
};
constexpr ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0};

}  // namespace

Fonts::Update Fonts::update(Platform& platform, double pixel_ratio) {
  if (state_ == AssetState::loading) {
    state_ = platform.take_font(&ttf_);
    if (state_ == AssetState::loading) return Update::loading;
  }
  if (built_for_ == pixel_ratio) return Update::unchanged;
  build(platform, pixel_ratio);
  return Update::rebuilt;
}

void Fonts::build(Platform& platform, double pixel_ratio) {
  const float scale = static_cast<float>(pixel_ratio);
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();

  if (state_ == AssetState::ready && !ttf_.empty()) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // both sizes share ttf_
    config.OversampleH = scale >= 2.0f ? 1 : 2;
    config.OversampleV = 1;
    body_ = atlas.AddFontFromMemoryTTF(ttf_.data(), static_cast<int>(ttf_.size()),
                                       kBodyCssPx * scale, &config, kBodyRanges);
    title_ = atlas.AddFontFromMemoryTTF(ttf_.data(), static_cast<int>(ttf_.size()),
                                        kTitleCssPx * scale, &config, kTitleRanges);
  }
  if (body_ == nullptr || title_ == nullptr || state_ != AssetState::ready) {
    state_ = AssetState::failed;
    atlas.Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    body_ = title_ = atlas.AddFontDefault(&config);
  }
  atlas.Build();
  ImGui::GetIO().FontDefault = body_;
  built_for_ = pixel_ratio;
  platform.reload_font_texture();
}

}  // namespace moviedb::client::ui
