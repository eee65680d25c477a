#pragma once
// The embedded store: one SQLite file in WAL mode, readers in parallel, one
// writer. Methods are spread over files by collection (movies, people, users,
// interactions, audit/stats); this header is the one class they implement.
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>

#include "cache/versioned_cache.hpp"
#include "store/sqlite/connection_pool.hpp"
#include "store/sqlite/movie_rows.hpp"
#include "store/sqlite/movie_search.hpp"
#include "store/store.hpp"

namespace moviedb::store::sqlite {

class SqliteStore final : public Store {
 public:
  SqliteStore(std::string path, std::size_t max_readers);

  std::string_view adapter() const override { return "sqlite"; }
  bool reads_locally() const override { return true; }
  void ping() override;
  boost::json::object topology() override;
  boost::json::object placement() override;
  std::optional<boost::json::object> locate(Placed collection, const std::string& id) override;

  std::optional<domain::Movie> find_movie(const std::string& id) override;
  std::optional<MovieDetail> find_movie_detail(const std::string& id) override;
  std::vector<domain::Movie> find_movies(const std::vector<std::string>& ids) override;
  domain::Page<domain::Movie> search_movies(const domain::MovieQuery& query) override;
  std::int64_t count_movies(const domain::MovieQuery& query) override;
  std::vector<std::string> movie_ids(const domain::MovieQuery& query, std::int64_t limit) override;
  domain::Movie insert_movie(const domain::Movie& movie) override;
  std::optional<domain::Movie> update_movie(const domain::Movie& movie,
                                            std::int64_t expected_version) override;
  std::int64_t delete_movies(const std::vector<std::string>& ids) override;
  UpsertCounts upsert_movies(const std::vector<MovieWithCredits>& batch, bool dry_run) override;
  std::vector<std::string> existing_movie_ids(const std::vector<std::string>& ids) override;
  std::vector<domain::GenreCount> genres() override;
  std::optional<std::uint64_t> movies_version(bool with_counters) override;
  void begin_bulk_load() override;
  void end_bulk_load() override;

  std::vector<domain::Credit> credits_of(const std::string& movie_id) override;
  void replace_credits(const std::string& movie_id,
                       const std::vector<domain::Credit>& credits) override;
  std::int64_t add_credits(const std::vector<domain::Credit>& credits, bool dry_run) override;
  domain::Page<domain::Person> search_people(const std::string& q, std::int64_t page,
                                             std::int64_t page_size) override;
  std::optional<domain::Person> find_person(const std::string& id) override;
  std::vector<domain::Credit> filmography(const std::string& person_id) override;

  void insert_user(const UserRecord& user) override;
  std::optional<UserRecord> find_user(const std::string& id) override;
  std::optional<UserRecord> find_user_by_name(const std::string& username) override;
  domain::Page<domain::User> list_users(const UserQuery& query) override;
  std::optional<domain::User> update_user(const std::string& id, const UserPatch& patch) override;
  bool delete_user(const std::string& id) override;
  std::int64_t count_users(std::optional<domain::Role> role, bool enabled_only) override;
  void insert_session(const SessionRecord& session) override;
  std::optional<SessionRecord> find_session(const std::string& id) override;
  void delete_session(const std::string& id) override;
  void delete_sessions_of(const std::string& user_id) override;

  std::optional<domain::Interaction> find_interaction(const std::string& user_id,
                                                      const std::string& movie_id) override;
  std::optional<InteractionResult> set_reaction(const std::string& user_id,
                                                const std::string& movie_id,
                                                std::optional<domain::Reaction> reaction) override;
  std::optional<InteractionResult> set_watched(const std::string& user_id,
                                               const std::string& movie_id, bool watched) override;
  std::optional<InteractionResult> record_view(const std::string& user_id,
                                               const std::string& movie_id) override;
  domain::Page<domain::Interaction> list_interactions(const InteractionQuery& query) override;

  void append_audit(const domain::AuditEntry& entry) override;
  domain::Page<domain::AuditEntry> list_audit(const AuditQuery& query) override;
  domain::Stats stats() override;

 private:
  template <class F>
  auto read(F&& work) {
    return pool_.read(std::forward<F>(work));
  }
  template <class F>
  auto write(F&& work) {
    return pool_.write(std::forward<F>(work));
  }
  // Writes that change movies (or only their counters) retire cached answers:
  // the generation moves on once the transaction has committed.
  template <class F>
  auto write_movies(F&& work) {
    const Bump bump(movies_generation_);
    return write(std::forward<F>(work));
  }
  template <class F>
  auto write_counters(F&& work) {
    const Bump bump(counters_generation_);
    return write(std::forward<F>(work));
  }
  struct Bump {
    std::atomic<std::uint64_t>& generation;
    ~Bump() { ++generation; }
  };

  // Matches counted up to a bound; past it, `hits` estimates them all.
  struct MatchCount {
    std::int64_t total = 0;
    bool exact = true;
    std::int64_t hits = 0;
    static MatchCount exactly(std::int64_t n) { return {n, true, n}; }
  };
  struct SearchAnswer {
    std::vector<std::int64_t> rowids;
    MatchCount count;
  };
  std::uint64_t generation_of(const domain::MovieQuery& query);
  std::uint64_t foreign_generation();
  MatchCount cached_count(const std::string& key, const std::function<MatchCount()>& count,
                          bool cacheable);
  std::int64_t total_of(Connection& db, const domain::MovieQuery& query);
  MatchCount bounded_total_of(Connection& db, const domain::MovieQuery& query);
  TitlePlan plan_for(Connection& db, const domain::MovieQuery& query, std::int64_t hits);

  std::string path_;
  ConnectionPool pool_;
  // A bulk load into an empty store indexes its titles at the end; only the
  // writer thread reads or sets it.
  TitleIndex titles_ = TitleIndex::now;
  std::atomic<std::uint64_t> movies_generation_{0};
  std::atomic<std::uint64_t> counters_generation_{0};
  // Commits by other processes (e.g. `moviedb-api import` on the same file),
  // polled at most every kForeignPoll.
  static constexpr std::chrono::milliseconds kForeignPoll{50};
  std::mutex foreign_mutex_;
  std::chrono::steady_clock::time_point foreign_polled_;
  std::atomic<std::uint64_t> foreign_generation_{0};
  // Budgets in bytes: about 16k search pages and 16k totals with their keys.
  cache::VersionedCache<SearchAnswer> pages_{8u << 20};
  cache::VersionedCache<MatchCount> totals_{4u << 20};
  cache::VersionedCache<std::vector<domain::GenreCount>> genres_{1u << 20};
};

}  // namespace moviedb::store::sqlite
