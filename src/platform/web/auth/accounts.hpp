#pragma once
// Sign-in, sessions, passwords, invitations and resets: the account flows, built on the
// repositories, the core rules and libsodium. Thread-safe. Every flow writes the audit log.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/core/account/session_rules.hpp"
#include "platform/core/account/throttle.hpp"
#include "platform/core/common/audit_action.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/auth_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/session_cache.hpp"

namespace koers::web::auth {

struct LoginResult {
    // kFederationOnly: the password was right, but the person's school signs in through a
    // federation only (told only after a right password, so it reveals nothing to a guesser).
    enum class Status { kOk, kRejected, kThrottled, kFederationOnly } status;
    std::string session_token;  // set when kOk: goes into the cookie, never stored
};

// An activation code as the mentor's sheet prints it; the code itself is stored only as a hash.
struct IssuedCode {
    int64_t user_id = 0;
    std::string name;
    std::string sign_in_name;
    std::string code;  // "ABCD-EFGH-JKLM"
};

// The outcome of activating an account with a code: on success the sign-in name to use.
struct Activation {
    core::Validation errors;
    std::string sign_in_name;
    bool throttled = false;
};

struct ActiveSession {
    core::Principal principal;
    std::string csrf_token;
    std::string token_hash;
};

class Accounts {
public:
    // `db` is the database the repositories use: what must happen together runs in one
    // transaction on it (storage::InTransaction).
    Accounts(storage::Database& db, storage::UserRepo& users, storage::AuthRepo& auth,
             storage::AuditRepo& audit, core::Clock& clock, core::Random& random,
             std::string public_url)
        : db_(db),
          users_(users),
          auth_(auth),
          audit_(audit),
          clock_(clock),
          random_(random),
          public_url_(std::move(public_url)) {}

    LoginResult Login(const std::string& email, const std::string& password,
                      const std::string& address);
    // A new session for an active account that proved who it is another way (a federation's
    // id_token): its token for the cookie, audit-logged as `how` with `detail`.
    std::string OpenSession(const storage::UserRecord& user, const core::AuditAction& how,
                            const std::string& detail, const std::string& address);
    // The session for a cookie value; nullopt when unknown, expired or its user is inactive.
    std::optional<ActiveSession> Resolve(const std::string& session_token);
    void Logout(const core::Principal& who, const std::string& session_hash,
                const std::string& address);

    // Ends every session of `who`, this one too ("overal uitloggen").
    void LogoutEverywhere(const core::Principal& who, const std::string& address);

    // On success every other session of `who` ends: whoever knew the old password is out.
    core::Validation ChangePassword(const core::Principal& who, const std::string& session_hash,
                                    const std::string& current, const std::string& next,
                                    const std::string& repeat, const std::string& address);
    // Always succeeds from the caller's view; mails a link only when the account exists.
    void RequestReset(const std::string& email, const std::string& address);
    // Creates the account (without password) and mails a one-time link to set one.
    // Returns the new user id; throws core::Conflict when the e-mail address is taken.
    int64_t Invite(const core::Principal& inviter, const std::string& email,
                   const std::string& name, const std::string& address);
    // Invites students whose accounts a school made (an imported student list): every account
    // of `user_ids` without a password and without an invitation of the last week gets a
    // one-time link to set one, in words for a student. Links, mails and the audit line are
    // stored together; the outbox sends them in batches. Returns how many were invited.
    int InviteStudents(const core::Principal& inviter, const std::string& school_name,
                       const std::vector<int64_t>& user_ids, const std::string& address);
    // The same for staff a staff list added, in words for a colleague ("u").
    int InviteStaff(const core::Principal& inviter, const std::string& school_name,
                    const std::vector<int64_t>& user_ids, const std::string& address);
    // The same for parents and verzorgers an import linked, in words for a parent ("u").
    int InviteParents(const core::Principal& inviter, const std::string& school_name,
                      const std::vector<int64_t>& user_ids, const std::string& address);
    // A one-time activation code for each account of `user_ids` that has no password yet, for a
    // mentor to hand out on paper (students without e-mail; decision 0018). A new code replaces
    // the account's earlier codes and invitation links. Codes and the audit line are stored
    // together; the returned sheet is the only place the codes are readable.
    std::vector<IssuedCode> IssueActivationCodes(const core::Principal& by,
                                                 const std::string& school_name,
                                                 const std::vector<int64_t>& user_ids,
                                                 const std::string& address);
    // Sets the first password with an activation code as the student typed it. Wrong codes
    // count as failed sign-ins from `address`, so guessing stops at the login throttle.
    Activation Activate(const std::string& typed_code, const std::string& next,
                        const std::string& repeat, const std::string& address);
    static constexpr int64_t kActivationCodeTtl = int64_t{14} * 24 * 60 * 60;
    // A one-time link's token has at least this many characters (32 random bytes). Anything
    // shorter is an activation code, which works only through Activate, where wrong guesses
    // count: the links' pages neither accept nor confirm one.
    static constexpr size_t kLinkTokenChars = 32;
    // For the set-password page: whether the link is still usable ("invite" or "reset").
    bool TokenUsable(const std::string& token, const std::string& purpose);
    // Sets the password through a one-time link. On success the link is used up and every
    // session of the user ends.
    core::Validation SetPasswordWithToken(const std::string& token, const std::string& purpose,
                                          const std::string& next, const std::string& repeat,
                                          const std::string& address);

    // Call after changing a person's roles: their sessions in this process see it at once
    // (other processes within a second).
    void RolesChanged(int64_t user_id) { sessions_.ForgetUser(user_id); }

    // Deletes expired sessions, login failures outside the throttle window and one-time links
    // that can no longer be used (kept a day for the audit trail). Returns the rows deleted.
    int64_t PruneExpired();

    const core::SessionRules& session_rules() const { return session_rules_; }

private:
    // Mails each account of `user_ids` without a password, with an address and without an
    // invitation of the last week a one-time link, in words `mail` gives (subject, body with the
    // link); audit-logged as `action`. Returns how many were invited.
    int InviteAll(const core::Principal& inviter, const std::string& school_name,
                  const std::vector<int64_t>& user_ids, const std::string& address,
                  const core::AuditAction& action,
                  const std::function<std::pair<std::string, std::string>(
                      const storage::UserRecord&, const std::string& link)>& mail);
    core::Validation RedeemForPassword(const std::string& token, const std::string& purpose,
                                       const std::string& next, const std::string& repeat,
                                       const std::string& address);
    std::string NewOneTimeLink(storage::AuthRepo& auth, int64_t user_id, const std::string& purpose,
                               int64_t ttl);

    storage::Database& db_;
    storage::UserRepo& users_;
    storage::AuthRepo& auth_;
    storage::AuditRepo& audit_;
    core::Clock& clock_;
    core::Random& random_;
    std::string public_url_;
    core::SessionRules session_rules_;
    core::ThrottleRule throttle_;
    SessionCache sessions_;
};

}  // namespace koers::web::auth
