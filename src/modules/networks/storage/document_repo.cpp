#include "modules/networks/storage/document_repo.hpp"

namespace koers::storage {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, network_id, title, name, media_type, size, uploaded_at FROM networks_documents ";

NetworkDocument ToDocument(const Row& r) {
    return {r.Int("id"),          r.Int("network_id"), r.Text("title"),     r.Text("name"),
            r.Text("media_type"), r.Int("size"),       r.Int("uploaded_at")};
}

}  // namespace

std::variant<int64_t, DocumentRefusal> DocumentRepo::Add(const NetworkDocument& doc,
                                                         const std::string& data,
                                                         std::optional<int64_t> user_id,
                                                         const DocumentLimits& limits) {
    std::variant<int64_t, DocumentRefusal> out = DocumentRefusal::kNoNetwork;
    db_.Transaction([&](Connection& c) {
        // The network's row serialises two uploads that check the same limits.
        if (!c.QueryOne(std::string("SELECT id FROM networks_networks WHERE id = ?") +
                            std::string(c.ForUpdate()),
                        {doc.network_id}))
            return;
        const auto counts = c.QueryOne(
            "SELECT COUNT(*) AS documents, COALESCE(SUM(size), 0) AS bytes FROM "
            "networks_documents WHERE network_id = ?",
            {doc.network_id});
        if (counts->Int("documents") >= limits.documents_per_network) {
            out = DocumentRefusal::kTooMany;
            return;
        }
        if (counts->Int("bytes") + static_cast<int64_t>(data.size()) > limits.bytes_per_network) {
            out = DocumentRefusal::kFull;
            return;
        }
        out = c.InsertReturningId(
            "INSERT INTO networks_documents (network_id, title, name, media_type, size, data, "
            "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {doc.network_id, doc.title, doc.name, doc.media_type, static_cast<int64_t>(data.size()),
             Blob{data}, Opt(user_id), doc.uploaded_at});
    });
    return out;
}

std::vector<NetworkDocument> DocumentRepo::Of(int64_t network_id) {
    return db_.Use([&](Connection& c) {
        std::vector<NetworkDocument> out;
        for (const auto& r : c.Query(
                 std::string(kSelect) + "WHERE network_id = ? ORDER BY uploaded_at DESC, id DESC",
                 {network_id}))
            out.push_back(ToDocument(r));
        return out;
    });
}

std::optional<NetworkDocument> DocumentRepo::Find(int64_t network_id, int64_t document_id) {
    return db_.Use([&](Connection& c) -> std::optional<NetworkDocument> {
        auto r = c.QueryOne(std::string(kSelect) + "WHERE id = ? AND network_id = ?",
                            {document_id, network_id});
        if (!r) return std::nullopt;
        return ToDocument(*r);
    });
}

std::optional<std::string> DocumentRepo::Data(int64_t network_id, int64_t document_id) {
    return db_.Use([&](Connection& c) -> std::optional<std::string> {
        auto r = c.QueryOne("SELECT data FROM networks_documents WHERE id = ? AND network_id = ?",
                            {document_id, network_id});
        if (!r) return std::nullopt;
        return r->Text("data");
    });
}

bool DocumentRepo::Remove(int64_t network_id, int64_t document_id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM networks_documents WHERE id = ? AND network_id = ?",
                         {document_id, network_id}) > 0;
    });
}

std::vector<int64_t> DocumentRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT COUNT(*) AS documents, COALESCE(SUM(size), 0) AS bytes FROM "
            "networks_documents");
        return std::vector<int64_t>{n->Int("documents"), n->Int("bytes")};
    });
}

}  // namespace koers::storage
