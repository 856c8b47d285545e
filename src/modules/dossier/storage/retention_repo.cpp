#include "modules/dossier/storage/retention_repo.hpp"

#include <string>

#include "modules/dossier/core/retention.hpp"

namespace koers::storage {

namespace {

// The enrolment s's dossier holds something to keep (or erase): entries, or looks at it.
constexpr const char* kHolds =
    "(EXISTS (SELECT 1 FROM dossier_entries e WHERE e.student_id = s.id) OR EXISTS (SELECT 1 "
    "FROM dossier_views v WHERE v.student_id = s.id))";

}  // namespace

int RetentionRepo::Years(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        const auto r = c.QueryOne(
            "SELECT retention_years FROM dossier_settings WHERE school_id = ?", {school_id});
        if (!r) return core::kDefaultRetentionYears;
        return core::RetentionYears(r->Int("retention_years"))
            .value_or(core::kDefaultRetentionYears);
    });
}

void RetentionRepo::SetYears(int64_t school_id, int years) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO dossier_settings (school_id, retention_years) VALUES (?, ?) "
            "ON CONFLICT (school_id) DO UPDATE SET retention_years = excluded.retention_years",
            {school_id, int64_t{years}});
    });
}

std::vector<LeaverDossier> RetentionRepo::Leavers() {
    return db_.Use([&](Connection& c) {
        std::vector<LeaverDossier> out;
        for (const auto& r :
             c.Query("SELECT s.id, s.school_id, sc.name AS school_name, u.display_name, u.email, "
                     "s.left_at, ds.retention_years, r.warned_left_at, CASE WHEN " +
                     std::string(kHolds) +
                     " THEN 1 ELSE 0 END AS holds "
                     "FROM students s JOIN users u ON u.id = s.user_id "
                     "JOIN schools sc ON sc.id = s.school_id "
                     "LEFT JOIN dossier_settings ds ON ds.school_id = s.school_id "
                     "LEFT JOIN dossier_retention r ON r.student_id = s.id "
                     "WHERE s.left_at IS NOT NULL ORDER BY s.id")) {
            LeaverDossier l;
            l.student_id = r.Int("id");
            l.school_id = r.Int("school_id");
            l.school_name = r.Text("school_name");
            l.name = r.Text("display_name");
            l.email = r.Text("email");
            l.left_at = r.Int("left_at");
            l.years = r.IsNull("retention_years") ? core::kDefaultRetentionYears
                                                  : core::RetentionYears(r.Int("retention_years"))
                                                        .value_or(core::kDefaultRetentionYears);
            if (!r.IsNull("warned_left_at")) l.warned_left_at = r.Int("warned_left_at");
            l.holds = r.Int("holds") != 0;
            out.push_back(std::move(l));
        }
        return out;
    });
}

bool RetentionRepo::Holds(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        return c
            .QueryOne("SELECT 1 FROM students s WHERE s.id = ? AND " + std::string(kHolds),
                      {student_id})
            .has_value();
    });
}

bool RetentionRepo::MarkWarned(int64_t student_id, int64_t left_at) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "INSERT INTO dossier_retention (student_id, warned_left_at) VALUES (?, ?) "
                   "ON CONFLICT (student_id) DO UPDATE SET warned_left_at = "
                   "excluded.warned_left_at WHERE dossier_retention.warned_left_at IS NULL OR "
                   "dossier_retention.warned_left_at <> excluded.warned_left_at",
                   {student_id, left_at}) > 0;
    });
}

int64_t RetentionRepo::Erase(int64_t student_id, int64_t now) {
    int64_t entries = 0;
    db_.Transaction([&](Connection& c) {
        entries = c.QueryOne("SELECT COUNT(*) AS n FROM dossier_entries WHERE student_id = ?",
                             {student_id})
                      ->Int("n");
        c.Execute("DELETE FROM dossier_comments WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_actions_done WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_parent_shares WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_files WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_shares WHERE student_id = ?", {student_id});
        c.Execute(
            "DELETE FROM dossier_revisions WHERE record_id IN (SELECT id FROM dossier_entries "
            "WHERE student_id = ?)",
            {student_id});
        c.Execute("DELETE FROM dossier_entries WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_views WHERE student_id = ?", {student_id});
        c.Execute("DELETE FROM dossier_talk_requests WHERE student_id = ?", {student_id});
        c.Execute(
            "INSERT INTO dossier_retention (student_id, erased_at) VALUES (?, ?) "
            "ON CONFLICT (student_id) DO UPDATE SET erased_at = excluded.erased_at",
            {student_id, now});
    });
    return entries;
}

}  // namespace koers::storage
