#pragma once
// The UI fonts. ImGui works in framebuffer pixels, so fonts are rasterised at
// their CSS size × device pixel ratio and drawn 1:1: crisp on HiDPI screens.
// The atlas is rebuilt when the ratio changes (zoom, another monitor).
#include <vector>

#include "platform/platform.hpp"

struct ImFont;

namespace moviedb::client::ui {

class Fonts {
 public:
  static constexpr float kBodyCssPx = 16.0f;
  static constexpr float kHeadingCssPx = 20.0f;
  static constexpr float kTitleCssPx = 30.0f;

  enum class Update { loading, unchanged, rebuilt };

  // `loading` until the platform delivered the font file (or failed to: then
  // ImGui's built-in font stands in); `rebuilt` when the atlas was (re)built
  // for `pixel_ratio` this call.
  Update update(Platform& platform, double pixel_ratio);

  bool using_fallback() const { return state_ == AssetState::failed; }
  ImFont* body() const { return body_; }
  ImFont* heading() const { return heading_; }
  ImFont* title() const { return title_; }

 private:
  void build(Platform& platform, double pixel_ratio);

  AssetState state_ = AssetState::loading;
  std::vector<unsigned char> ttf_;  // kept: the atlas reads it again on rebuilds
  double built_for_ = 0;
  ImFont* body_ = nullptr;
  ImFont* heading_ = nullptr;
  ImFont* title_ = nullptr;
};

}  // namespace moviedb::client::ui
