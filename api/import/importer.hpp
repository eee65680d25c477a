#pragma once
// Streaming import of movie files into any Store. Valid records are kept,
// each bad one is reported with its index; ids make it idempotent. Memory
// stays bounded by the batch size and the largest record, whatever the file
// size (dry runs also keep an 8-byte hash per title id).
#include <cstdint>
#include <functional>
#include <optional>

#include "import/byte_source.hpp"
#include "import/format.hpp"
#include "import/import_report.hpp"
#include "store/store.hpp"

namespace moviedb::importer {

struct ImportProgress {
  std::uint64_t bytes_read = 0;
  std::optional<std::uint64_t> total_bytes;  // when every source knows its size
  std::int64_t records = 0;
};

struct ImportOptions {
  bool dry_run = false;                    // count what would change, write nothing
  std::size_t batch_size = 2000;           // records per store transaction
  std::size_t max_record_bytes = 8 << 20;  // a larger record is rejected, not buffered
  std::function<void(const ImportProgress&)> on_progress;  // called every few thousand records
};

// `main` is the file (netflix: titles.csv, or credits.csv alone to attach
// credits to stored titles); `credits` is netflix's credits.csv or null.
// Throws ImportFailed when the input cannot be read as `format` at all, and
// the store's exceptions when it fails; batches written before stay written.
ImportReport import_movies(store::Store& store, Format format, ByteSource& main,
                           ByteSource* credits, const ImportOptions& options);

}  // namespace moviedb::importer
