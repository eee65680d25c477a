#pragma once

namespace moviedb::auth {

// libsodium must be initialised once before use; safe to call from any thread.
void ensure_sodium();

}  // namespace moviedb::auth
