#include "support/test_db.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <stdexcept>
#include <vector>

#include "app/modules.hpp"
#include "platform/storage/migrations.hpp"

namespace koers::testing {
namespace {

std::atomic<int> counter{0};

std::string AdminUrl() {
    const char* file = std::getenv("KOERS_TEST_PG_URL_FILE");
    std::string url;
    if (file) {
        std::ifstream in(file);
        std::getline(in, url);
    }
    if (url.empty() && std::getenv("CI"))
        throw std::runtime_error("CI: geen PostgreSQL-testcluster (KOERS_TEST_PG_URL_FILE)");
    return url;
}

}  // namespace

namespace {

// The folders this process made, removed when it ends (a test's databases are closed by then; a
// run used to leave thousands behind).
class ScratchFolders {
public:
    ~ScratchFolders() {
        std::error_code ignored;
        for (const auto& f : folders_) std::filesystem::remove_all(f, ignored);
    }
    void Add(std::string folder) {
        std::lock_guard lock(mutex_);
        folders_.push_back(std::move(folder));
    }

private:
    std::mutex mutex_;
    std::vector<std::string> folders_;
};

}  // namespace

// A fresh, empty folder. Names made of the pid alone are not enough: ctest runs each test in
// its own process, pids get reused, and a reused folder would hand a test an old database.
std::string NewSqlitePath() {
    static ScratchFolders scratch;
    std::string tmpl = (std::filesystem::temp_directory_path() / "koers-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp mislukt");
    scratch.Add(tmpl);
    return tmpl + "/koers.db";
}

std::string SourcePath(const std::string& relative) {
    return std::string(KOERS_SOURCE_DIR) + "/" + relative;
}

std::string NewPostgresUrl() {
    std::string admin = AdminUrl();
    if (admin.empty()) return "";
    // Unique across processes even when pids are reused (a clash would fail, not mix data).
    std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" +
                       std::to_string(std::random_device{}() % 1000000);
    auto db = storage::OpenDatabase(admin, 1);
    db->With([&](storage::Connection& c) { c.ExecScript("CREATE DATABASE " + name); });
    auto pos = admin.find("/postgres");
    return admin.substr(0, pos) + "/" + name + admin.substr(pos + 9);
}

std::unique_ptr<storage::Database> NewTestDatabase(const std::string& kind, int pool_size) {
    std::string url = kind == "sqlite" ? NewSqlitePath() : NewPostgresUrl();
    if (url.empty()) return nullptr;
    auto db = storage::OpenDatabase(url, pool_size);
    storage::ApplyMigrations(*db, web::SchemaOf(app::Modules()), 1'700'000'000);
    return db;
}

}  // namespace koers::testing
