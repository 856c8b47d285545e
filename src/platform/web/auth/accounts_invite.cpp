// Accounts: inviting people by e-mail, one at a time or a school's students, staff or parents at
// once (the rest of Accounts is in accounts.cpp).
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/web/auth/accounts.hpp"

#include "platform/core/common/errors.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::web::auth {
namespace {

constexpr int64_t kInviteTtl = int64_t{7} * 24 * 60 * 60;  // one week

}  // namespace

int64_t Accounts::Invite(const core::Principal& inviter, const std::string& email_in,
                         const std::string& name, const std::string& address) {
    const std::string email = core::AsciiLower(core::Trim(email_in));
    if (users_.ByEmail(email))
        throw core::Conflict("Er bestaat al een account met dit e-mailadres.");
    // The account, its link, its mail and the audit line, or none of them: an account without
    // its mail could not be invited again ("already exists").
    int64_t id = 0;
    storage::InTransaction(db_, [&](storage::Database& tx) {
        storage::UserRepo users(tx);
        storage::AuthRepo auth(tx);
        storage::OutboxRepo outbox(tx);
        id = users.Add(email, name, std::nullopt, clock_.Now());
        outbox.Enqueue(email, "Uitnodiging voor Koers",
                       "Beste " + name + ",\n\n" + inviter.display_name +
                           " heeft u uitgenodigd voor Koers, het platform voor "
                           "loopbaanoriëntatie en -begeleiding. Via deze link kiest u binnen een "
                           "week uw wachtwoord:\n\n" +
                           NewOneTimeLink(auth, id, "invite", kInviteTtl) +
                           "\n\nMet vriendelijke groet,\nKoers\n",
                       clock_.Now());
        storage::AuditRepo(tx).Record(clock_.Now(), inviter.user_id,
                                      {"user.invited", "Persoon uitgenodigd"}, email, "", address);
    });
    return id;
}

int Accounts::InviteAll(const core::Principal& inviter, const std::string& school_name,
                        const std::vector<int64_t>& user_ids, const std::string& address,
                        const core::AuditAction& action,
                        const std::function<std::pair<std::string, std::string>(
                            const storage::UserRecord&, const std::string& link)>& mail) {
    int invited = 0;
    const int64_t now = clock_.Now();
    storage::InTransaction(db_, [&](storage::Database& tx) {
        storage::UserRepo users(tx);
        storage::AuthRepo auth(tx);
        storage::OutboxRepo outbox(tx);
        for (int64_t id : user_ids) {
            const auto user = users.ById(id);
            if (!user || user->password_hash || !user->active) continue;
            if (!core::IsMailAddress(user->email)) continue;  // their mentor hands out a code
            if (auth.CountTokens(id, "invite", now - kInviteTtl) > 0) continue;
            const auto [subject, body] =
                mail(*user, NewOneTimeLink(auth, id, "invite", kInviteTtl));
            outbox.Enqueue(user->email, subject, body, now);
            ++invited;
        }
        storage::AuditRepo(tx).Record(now, inviter.user_id, action, school_name,
                                      std::to_string(invited), address);
    });
    return invited;
}

int Accounts::InviteStudents(const core::Principal& inviter, const std::string& school_name,
                             const std::vector<int64_t>& user_ids, const std::string& address) {
    return InviteAll(
        inviter, school_name, user_ids, address, {"students.invited", "Leerlingen uitgenodigd"},
        [&](const storage::UserRecord& user, const std::string& link) {
            return std::pair{std::string("Je loopbaandossier in Koers"),
                             "Hoi " + user.display_name + ",\n\n" + school_name +
                                 " gebruikt Koers voor loopbaanoriëntatie. Daar houd je je "
                                 "loopbaandossier bij: wat je doet, wat je ervan leert en wat je "
                                 "kiest. Kies via deze link binnen een week je wachtwoord:\n\n" +
                                 link +
                                 "\n\nWerkt de link niet meer? Vraag je mentor om een "
                                 "nieuwe.\n\nGroet,\nKoers\n"};
        });
}

int Accounts::InviteStaff(const core::Principal& inviter, const std::string& school_name,
                          const std::vector<int64_t>& user_ids, const std::string& address) {
    return InviteAll(
        inviter, school_name, user_ids, address, {"staff.invited", "Medewerkers uitgenodigd"},
        [&](const storage::UserRecord& user, const std::string& link) {
            return std::pair{std::string("Uitnodiging voor Koers"),
                             "Beste " + user.display_name + ",\n\n" + school_name +
                                 " gebruikt Koers voor loopbaanoriëntatie en -begeleiding, en "
                                 "heeft u als medewerker toegevoegd. Via deze link kiest u binnen "
                                 "een week uw wachtwoord:\n\n" +
                                 link +
                                 "\n\nWerkt de link niet meer? Vraag de decaan of de "
                                 "schoolleiding om een nieuwe.\n\nMet vriendelijke groet,\n"
                                 "Koers\n"};
        });
}

int Accounts::InviteParents(const core::Principal& inviter, const std::string& school_name,
                            const std::vector<int64_t>& user_ids, const std::string& address) {
    return InviteAll(
        inviter, school_name, user_ids, address, {"parents.invited", "Ouders uitgenodigd"},
        [&](const storage::UserRecord& user, const std::string& link) {
            return std::pair{std::string("Meekijken met de loopbaanoriëntatie van uw kind"),
                             "Beste " + user.display_name + ",\n\n" + school_name +
                                 " gebruikt Koers voor loopbaanoriëntatie en -begeleiding. Als "
                                 "ouder of verzorger ziet u daar wat de regels toestaan: tot uw "
                                 "kind 16 is een samenvatting van het loopbaandossier en wat in "
                                 "de gesprekken is afgesproken, daarna wat uw kind met u deelt. "
                                 "Kies via deze link binnen een week een wachtwoord:\n\n" +
                                 link +
                                 "\n\nWerkt de link niet meer? Vraag de school om een "
                                 "nieuwe.\n\nMet vriendelijke groet,\nKoers\n"};
        });
}

}  // namespace koers::web::auth
