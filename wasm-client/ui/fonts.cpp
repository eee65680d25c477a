#include "ui/fonts.hpp"

#include <imgui.h>

namespace moviedb::client::ui {

namespace {

// Latin-1 + Latin Extended-A, plus the typography movie data uses (dashes,
// quotes, bullets, ellipsis, euro) and the UI's symbols (arrows, triangles,
// circle, stars, heart, check and cross marks).
constexpr ImWchar kBodyRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026,
    0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193, 0x25B2, 0x25B2, 0x25BC, 0x25BC, 0x25CF, 0x25CF,
    0x2605, 0x2606, 0x2665, 0x2665, 0x2713, 0x2713, 0x2715, 0x2715, 0,
};
constexpr ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2013, 0x2014,
                                    0x2018, 0x201E, 0x2026, 0x2026, 0};

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
    heading_ = atlas.AddFontFromMemoryTTF(ttf_.data(), static_cast<int>(ttf_.size()),
                                          kHeadingCssPx * scale, &config, kTitleRanges);
    title_ = atlas.AddFontFromMemoryTTF(ttf_.data(), static_cast<int>(ttf_.size()),
                                        kTitleCssPx * scale, &config, kTitleRanges);
  }
  if (body_ == nullptr || heading_ == nullptr || title_ == nullptr || state_ != AssetState::ready) {
    state_ = AssetState::failed;
    atlas.Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    body_ = heading_ = title_ = atlas.AddFontDefault(&config);
  }
  atlas.Build();
  ImGui::GetIO().FontDefault = body_;
  built_for_ = pixel_ratio;
  platform.reload_font_texture();
}

}  // namespace moviedb::client::ui
