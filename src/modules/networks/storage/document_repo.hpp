#pragma once
// A network's shared documents (networks_documents): added within the network's limits, read
// back only through the network they belong to (a document id of another network finds
// nothing). Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct NetworkDocument {
    int64_t id = 0;
    int64_t network_id = 0;
    std::string title;       // what the regiocoördinator called it
    std::string name;        // the file's safe name
    std::string media_type;  // judged by content
    int64_t size = 0;
    int64_t uploaded_at = 0;
};

struct DocumentLimits {
    int documents_per_network = 100;
    int64_t bytes_per_network = int64_t{250} * 1024 * 1024;
};

// Why a document was not added.
enum class DocumentRefusal { kNoNetwork, kTooMany, kFull };

class DocumentRepo {
public:
    explicit DocumentRepo(Database& db) : db_(db) {}

    // Adds the file to the network; the refusal (writing nothing) when the network is gone or a
    // limit would be passed. Two uploads at once are checked one after the other. `user_id`: who
    // uploaded it (none for the demo's).
    std::variant<int64_t, DocumentRefusal> Add(const NetworkDocument& doc, const std::string& data,
                                               std::optional<int64_t> user_id,
                                               const DocumentLimits& limits);
    // The latest first.
    std::vector<NetworkDocument> Of(int64_t network_id);
    std::optional<NetworkDocument> Find(int64_t network_id, int64_t document_id);
    std::optional<std::string> Data(int64_t network_id, int64_t document_id);
    // False when the network has no such document.
    bool Remove(int64_t network_id, int64_t document_id);
    // For the access walk: how many documents and bytes are stored.
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
