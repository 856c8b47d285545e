#include "platform/storage/db/database.hpp"

namespace koers::storage {

std::unique_ptr<Database> OpenSqlite(const std::string& path, int pool_size);
std::unique_ptr<Database> OpenPostgres(const std::string& url, int pool_size);

std::unique_ptr<Database> OpenDatabase(const std::string& url, int pool_size) {
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
        return OpenPostgres(url, pool_size);
    std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
    return OpenSqlite(path, pool_size);
}

}  // namespace koers::storage
