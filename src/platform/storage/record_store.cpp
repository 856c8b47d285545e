#include "platform/storage/record_store.hpp"

namespace koers::storage {

int64_t RecordStore::Insert(const core::Fields& fields, std::string_view status,
                            std::span<const ColumnValue> columns, const Author& by, int64_t now,
                            std::string_view note) {
    const std::string body = core::EncodeFields(fields);
    std::string names =
        std::string(scope_.column) + ", body, status, version, updated_at, " + "updated_by";
    std::string marks = "?, ?, ?, 1, ?, ?";
    std::vector<Value> params = {scope_.value, body, std::string(status), now, by.name};
    for (const auto& [column, value] : columns) {
        names += ", " + std::string(column);
        marks += ", ?";
        params.push_back(value);
    }
    auto row = c_.Query("INSERT INTO " + std::string(tables_.records) + " (" + names +
                            ") VALUES (" + marks + ") RETURNING id",
                        params);
    if (row.empty()) throw DbError("INSERT ... RETURNING returned no row");
    const int64_t id = row.front().Int("id");
    AddRevision(id, 1, status, body, by, now, note);
    return id;
}

bool RecordStore::Update(int64_t id, int version, const core::Fields& fields,
                         std::string_view status, std::span<const ColumnValue> columns,
                         const Author& by, int64_t now, std::string_view note) {
    const std::string body = core::EncodeFields(fields);
    std::string sql = "UPDATE " + std::string(tables_.records) + " SET body = ?, status = ?";
    std::vector<Value> params = {body, std::string(status)};
    for (const auto& [column, value] : columns) {
        sql += ", " + std::string(column) + " = ?";
        params.push_back(value);
    }
    sql += ", version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND " +
           std::string(scope_.column) + " = ? AND version = ? AND deleted_at IS NULL";
    params.insert(params.end(), {now, by.name, id, scope_.value, int64_t{version}});
    if (c_.Execute(sql, params) == 0) return false;
    AddRevision(id, version + 1, status, body, by, now, note);
    return true;
}

bool RecordStore::Delete(int64_t id, int version, const Author& by, int64_t now) {
    const std::string table(tables_.records);
    auto row =
        c_.QueryOne("SELECT status, body FROM " + table + " WHERE id = ? AND " +
                        std::string(scope_.column) + " = ? AND version = ? AND deleted_at IS NULL",
                    {id, scope_.value, int64_t{version}});
    if (!row) return false;
    const std::string children =
        tables_.parent.empty() ? std::string() : " OR " + std::string(tables_.parent) + " = ?";
    std::vector<Value> params = {now, now, by.name, id};
    if (!children.empty()) params.emplace_back(id);
    params.emplace_back(scope_.value);
    c_.Execute("UPDATE " + table +
                   " SET deleted_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
                   "WHERE (id = ?" +
                   children + ") AND " + std::string(scope_.column) + " = ? AND deleted_at IS NULL",
               params);
    AddRevision(id, version + 1, row->Text("status"), row->Text("body"), by, now, "verwijderd");
    return true;
}

void RecordStore::Revisions(std::optional<int64_t> record_id, int limit,
                            std::span<const std::string_view> also,
                            const std::function<void(Revision, const Row&)>& read) {
    std::string columns;
    for (auto column : also) columns += ", r." + std::string(column);
    const auto rows = c_.Query(
        "SELECT v.record_id, v.version, v.status, v.body, v.at, v.user_name, v.note" + columns +
            " FROM " + std::string(tables_.revisions) + " v JOIN " + std::string(tables_.records) +
            " r ON r.id = v.record_id WHERE r." + std::string(scope_.column) +
            " = ? AND (? = 0 OR v.record_id = ?) ORDER BY v.at DESC, v.id DESC LIMIT ?",
        {scope_.value, record_id.value_or(0), record_id.value_or(0), int64_t{limit}});
    for (const auto& r : rows)
        read({r.Int("record_id"), static_cast<int>(r.Int("version")), r.Text("status"),
              core::DecodeFields(r.Text("body")), r.Int("at"), r.Text("user_name"), r.Text("note")},
             r);
}

void RecordStore::AddRevision(int64_t id, int version, std::string_view status,
                              std::string_view body, const Author& by, int64_t now,
                              std::string_view note) {
    c_.Execute("INSERT INTO " + std::string(tables_.revisions) +
                   " (record_id, version, status, body, at, user_id, user_name, note) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               {id, int64_t{version}, std::string(status), std::string(body), now, Opt(by.user_id),
                by.name, std::string(note)});
}

}  // namespace koers::storage
