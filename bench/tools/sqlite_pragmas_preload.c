/* Profiling aid, not part of the product: an LD_PRELOAD shim that runs extra
 * SQL (e.g. PRAGMAs) on every SQLite connection the server or importer opens,
 * so a setting can be measured before anyone changes api/store/sqlite.
 *
 *   cc -O2 -shared -fPIC -o /tmp/sqlite_pragmas.so bench/tools/sqlite_pragmas_preload.c -ldl
 *   BENCH_SQLITE_SQL='PRAGMA cache_size=-65536; PRAGMA mmap_size=2147483648;' \
 *     LD_PRELOAD=/tmp/sqlite_pragmas.so build/native/moviedb-api serve ...
 *
 * The server's own PRAGMAs (journal_mode, synchronous, ...) run after these and
 * are unaffected; cache_size and mmap_size are per connection and stay as set.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

int sqlite3_open_v2(const char* filename, sqlite3** db, int flags, const char* vfs) {
  static int (*real)(const char*, sqlite3**, int, const char*);
  if (!real) real = (int (*)(const char*, sqlite3**, int, const char*))dlsym(RTLD_NEXT, "sqlite3_open_v2");
  const int rc = real(filename, db, flags, vfs);
  const char* sql = getenv("BENCH_SQLITE_SQL");
  if (rc == SQLITE_OK && db && *db && sql && *sql) {
    char* error = NULL;
    if (sqlite3_exec(*db, sql, NULL, NULL, &error) != SQLITE_OK) {
      fprintf(stderr, "sqlite_pragmas_preload: %s\n", error ? error : "error");
      sqlite3_free(error);
    }
  }
  return rc;
}
