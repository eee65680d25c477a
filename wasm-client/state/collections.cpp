#include "state/collections.hpp"

namespace moviedb::client {

std::string_view to_string(ListKind kind) {
  switch (kind) {
    case ListKind::liked:
      return "liked";
    case ListKind::disliked:
      return "disliked";
    case ListKind::watched:
      return "watched";
  }
  return "unknown";
}

std::pair<std::string, std::string> list_filter(ListKind kind) {
  switch (kind) {
    case ListKind::liked:
      return {"reaction", "like"};
    case ListKind::disliked:
      return {"reaction", "dislike"};
    case ListKind::watched:
      return {"watched", "true"};
  }
  return {"reaction", "like"};
}

bool belongs(ListKind kind, const domain::Interaction& interaction) {
  switch (kind) {
    case ListKind::liked:
      return interaction.reaction == domain::Reaction::like;
    case ListKind::disliked:
      return interaction.reaction == domain::Reaction::dislike;
    case ListKind::watched:
      return interaction.watched;
  }
  return false;
}

}  // namespace moviedb::client
