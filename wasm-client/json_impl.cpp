// Boost.JSON's implementation, compiled header-only for the WebAssembly build
// (native builds link Boost::json instead). Exactly one TU may include it.
#include <boost/json/src.hpp>
