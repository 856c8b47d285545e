#include "platform/web/auth/accounts.hpp"
#include "platform/storage/db/unit_of_work.hpp"

#include "platform/core/account/activation.hpp"
#include "platform/core/account/password_policy.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/federation_repo.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::web::auth {
namespace {

constexpr int64_t kResetTtl = int64_t{60} * 60;  // one hour
constexpr int64_t kResetWindow = int64_t{60} * 60;
constexpr int kResetsPerWindow = 3;

std::string AccountKey(const std::string& email) { return "acct:" + core::AsciiLower(email); }

core::Validation CheckPair(const std::string& next, const std::string& repeat,
                           const storage::UserRecord& user) {
    core::Validation v;
    if (auto e = core::CheckNewPassword(next, user.email, user.display_name))
        v.Add("password", *e);
    else if (next != repeat)
        v.Add("repeat", "De twee wachtwoorden zijn niet gelijk.");
    return v;
}

}  // namespace

LoginResult Accounts::Login(const std::string& email_in, const std::string& password,
                            const std::string& address) {
    const int64_t now = clock_.Now();
    const std::string email = core::AsciiLower(core::Trim(email_in));
    const int64_t since = now - throttle_.window_seconds;
    const std::string key = AccountKey(email);
    const core::FailureCounts failures{auth_.CountPairFailures(key, address, since),
                                       auth_.CountAddressFailures(address, since),
                                       auth_.CountAccountFailures(key, since)};
    if (core::IsThrottled(throttle_, failures)) {
        audit_.Record(now, std::nullopt,
                      {"login.throttled", "Inloggen tijdelijk geblokkeerd na te veel pogingen"},
                      email, "", address);
        return {LoginResult::Status::kThrottled, {}};
    }
    auto user = users_.ByEmail(email);
    bool ok = false;
    if (user && user->active && user->password_hash)
        ok = VerifyPassword(*user->password_hash, password);
    else
        VerifyPassword(DummyPasswordHash(), password);  // same cost either way
    if (!ok) {
        auth_.RecordLoginFailure(AccountKey(email), address, now);
        audit_.Record(now, user ? std::optional(user->id) : std::nullopt,
                      {"login.failed", "Inloggen mislukt"}, email, "", address);
        return {LoginResult::Status::kRejected, {}};
    }
    auth_.ClearAccountFailures(AccountKey(email));
    if (!storage::FederationRepo(db_).PasswordsAllowed(user->id)) {
        audit_.Record(now, user->id,
                      {"login.password_off",
                       "Inloggen met wachtwoord geweigerd: de school logt in via een federatie"},
                      email, "", address);
        return {LoginResult::Status::kFederationOnly, {}};
    }
    return {LoginResult::Status::kOk, OpenSession(*user, {"login", "Ingelogd"}, "", address)};
}

std::string Accounts::OpenSession(const storage::UserRecord& user, const core::AuditAction& how,
                                  const std::string& detail, const std::string& address) {
    const int64_t now = clock_.Now();
    std::string token = random_.Token(kLinkTokenChars);
    auth_.CreateSession({HashToken(token), user.id, random_.Token(24), now, now});
    audit_.Record(now, user.id, how, user.email, detail, address);
    return token;
}

std::optional<ActiveSession> Accounts::Resolve(const std::string& session_token) {
    if (session_token.empty() || session_token.size() > 128) return std::nullopt;
    const int64_t now = clock_.Now();
    std::string hash = HashToken(session_token);
    if (auto cached = sessions_.Get(hash, clock_.NowMillis())) {
        if (!core::SessionExpired(session_rules_, cached->times, now) &&
            !core::SessionNeedsTouch(session_rules_, cached->times, now))
            return ActiveSession{std::move(cached->principal), std::move(cached->csrf_token), hash};
    }
    auto found = auth_.SessionWithPrincipal(hash);
    if (!found) {
        sessions_.Forget(hash);
        return std::nullopt;  // unknown, or the user is no longer active
    }
    auto& [s, principal] = *found;
    core::SessionTimes times{s.created_at, s.last_seen_at};
    if (core::SessionExpired(session_rules_, times, now)) {
        auth_.DeleteSession(hash);
        sessions_.Forget(hash);
        return std::nullopt;
    }
    if (core::SessionNeedsTouch(session_rules_, times, now)) {
        auth_.TouchSession(hash, now);
        times.last_seen_at = now;
    }
    sessions_.Put(hash, {principal, s.csrf_token, times}, clock_.NowMillis());
    return ActiveSession{std::move(principal), std::move(s.csrf_token), hash};
}

int64_t Accounts::PruneExpired() {
    const int64_t now = clock_.Now();
    return auth_.Prune(now - session_rules_.idle_seconds, now - session_rules_.absolute_seconds,
                       now - throttle_.window_seconds, now - int64_t{24} * 3600);
}

void Accounts::Logout(const core::Principal& who, const std::string& session_hash,
                      const std::string& address) {
    auth_.DeleteSession(session_hash);
    sessions_.Forget(session_hash);
    audit_.Record(clock_.Now(), who.user_id, {"logout", "Uitgelogd"}, who.email, "", address);
}

void Accounts::LogoutEverywhere(const core::Principal& who, const std::string& address) {
    auth_.DeleteSessionsOf(who.user_id);
    sessions_.ForgetUser(who.user_id);
    audit_.Record(clock_.Now(), who.user_id, {"logout.everywhere", "Op alle apparaten uitgelogd"},
                  who.email, "", address);
}

core::Validation Accounts::ChangePassword(const core::Principal& who,
                                          const std::string& session_hash,
                                          const std::string& current, const std::string& next,
                                          const std::string& repeat, const std::string& address) {
    auto user = users_.ById(who.user_id);
    if (!user) throw core::NotFound();
    core::Validation v;
    if (!user->password_hash || !VerifyPassword(*user->password_hash, current)) {
        v.Add("current", "Het huidige wachtwoord klopt niet.");
        return v;
    }
    v = CheckPair(next, repeat, *user);
    if (!v.ok()) return v;
    users_.SetPasswordHash(user->id, HashPassword(next));
    auth_.DeleteSessionsOf(user->id, session_hash);
    sessions_.ForgetUser(user->id);
    audit_.Record(clock_.Now(), user->id, {"password.changed", "Wachtwoord gewijzigd"}, user->email,
                  "andere sessies beëindigd", address);
    return v;
}

std::string Accounts::NewOneTimeLink(storage::AuthRepo& auth, int64_t user_id,
                                     const std::string& purpose, int64_t ttl) {
    const int64_t now = clock_.Now();
    std::string token = random_.Token(32);
    auth.CreateToken(HashToken(token), user_id, purpose, now, now + ttl);
    return public_url_ + "/wachtwoord-instellen?soort=" + purpose + "&code=" + token;
}

void Accounts::RequestReset(const std::string& email_in, const std::string& address) {
    const std::string email = core::AsciiLower(core::Trim(email_in));
    auto user = users_.ByEmail(email);
    audit_.Record(clock_.Now(), user ? std::optional(user->id) : std::nullopt,
                  {"password.reset_requested", "Nieuw wachtwoord aangevraagd"}, email, "", address);
    if (!user || !user->active) return;
    // Nobody's mailbox is flooded: a few reset mails per hour per account, silently (the answer
    // stays the same, so it reveals nothing about the account either).
    if (auth_.CountTokens(user->id, "reset", clock_.Now() - kResetWindow) >= kResetsPerWindow) {
        audit_.Record(clock_.Now(), user->id,
                      {"password.reset_throttled",
                       "Wachtwoordherstel tijdelijk geblokkeerd na te veel aanvragen"},
                      email, "", address);
        return;
    }
    const auto principal = users_.LoadPrincipal(user->id);
    const bool je = principal && principal->SaysJe();
    storage::InTransaction(db_, [&](storage::Database& tx) {  // the link and its mail, or neither
        storage::AuthRepo auth(tx);
        storage::OutboxRepo outbox(tx);
        const std::string link = NewOneTimeLink(auth, user->id, "reset", kResetTtl);
        outbox.Enqueue(
            user->email, "Nieuw wachtwoord instellen voor Koers",
            je ? "Hoi " + user->display_name +
                     ",\n\nJij (of iemand anders) vroeg om een nieuw wachtwoord voor Koers. Met "
                     "deze link kies je binnen een uur een nieuw wachtwoord:\n\n" +
                     link +
                     "\n\nHeb je hier niet om gevraagd? Dan hoef je niets te doen; je wachtwoord "
                     "blijft hetzelfde.\n\nGroeten,\nKoers\n"
               : "Beste " + user->display_name +
                     ",\n\nU (of iemand anders) vroeg om een nieuw wachtwoord voor Koers. Via "
                     "deze link stelt u binnen een uur een nieuw wachtwoord in:\n\n" +
                     link +
                     "\n\nVroeg u hier niet om? Dan kunt u dit bericht negeren; uw wachtwoord "
                     "blijft dan hetzelfde.\n\nMet vriendelijke groet,\nKoers\n",
            clock_.Now());
    });
}

std::vector<IssuedCode> Accounts::IssueActivationCodes(const core::Principal& by,
                                                       const std::string& school_name,
                                                       const std::vector<int64_t>& user_ids,
                                                       const std::string& address) {
    std::vector<IssuedCode> out;
    const int64_t now = clock_.Now();
    storage::InTransaction(db_, [&](storage::Database& tx) {
        storage::UserRepo users(tx);
        storage::AuthRepo auth(tx);
        for (int64_t id : user_ids) {
            const auto user = users.ById(id);
            if (!user || user->password_hash || !user->active) continue;
            auth.DeleteUnusedTokens(id, "invite");
            const std::string code = core::ActivationCodeFrom(random_.Token(16));
            auth.CreateToken(HashToken(code), id, "invite", now, now + kActivationCodeTtl);
            out.push_back({id, user->display_name, user->email, core::FormatActivationCode(code)});
        }
        storage::AuditRepo(tx).Record(
            now, by.user_id, {"students.codes_issued", "Activeringscodes voor leerlingen gemaakt"},
            school_name, std::to_string(out.size()), address);
    });
    return out;
}

Activation Accounts::Activate(const std::string& typed_code, const std::string& next,
                              const std::string& repeat, const std::string& address) {
    Activation out;
    const int64_t now = clock_.Now();
    const int failures = auth_.CountAddressFailures(address, now - throttle_.window_seconds);
    if (core::IsThrottled(throttle_, {.address = failures})) {
        audit_.Record(
            now, std::nullopt,
            {"activation.throttled", "Activeren tijdelijk geblokkeerd na te veel pogingen"}, "", "",
            address);
        out.throttled = true;
        out.errors.Add("code",
                       "Er zijn te veel verkeerde codes ingevuld. Wacht een kwartier en probeer "
                       "het dan opnieuw.");
        return out;
    }
    const auto code = core::ReadActivationCode(typed_code);
    const auto user_id = code ? auth_.PeekToken(HashToken(*code), "invite", now) : std::nullopt;
    const auto user = user_id ? users_.ById(*user_id) : std::nullopt;
    if (!user || !user->active) {
        auth_.RecordLoginFailure("code:", address, now);
        audit_.Record(now, std::nullopt, {"activation.failed", "Activeringscode niet herkend"}, "",
                      "", address);
        out.errors.Add("code",
                       "Deze code klopt niet of is al gebruikt. Kijk of je elk teken goed hebt "
                       "overgenomen, of vraag je mentor om een nieuwe code.");
        return out;
    }
    out.errors = RedeemForPassword(*code, "invite", next, repeat, address);
    if (out.errors.ok()) out.sign_in_name = user->email;
    return out;
}

bool Accounts::TokenUsable(const std::string& token, const std::string& purpose) {
    if (token.size() < kLinkTokenChars || token.size() > 128) return false;
    return auth_.PeekToken(HashToken(token), purpose, clock_.Now()).has_value();
}

core::Validation Accounts::SetPasswordWithToken(const std::string& token,
                                                const std::string& purpose, const std::string& next,
                                                const std::string& repeat,
                                                const std::string& address) {
    if (token.size() < kLinkTokenChars) {  // an activation code: only at /activeren
        core::Validation v;
        v.Add("code", "Deze link is verlopen of al gebruikt. Vraag een nieuwe link aan.");
        return v;
    }
    return RedeemForPassword(token, purpose, next, repeat, address);
}

core::Validation Accounts::RedeemForPassword(const std::string& token, const std::string& purpose,
                                             const std::string& next, const std::string& repeat,
                                             const std::string& address) {
    core::Validation v;
    auto user_id = token.size() <= 128 ? auth_.PeekToken(HashToken(token), purpose, clock_.Now())
                                       : std::nullopt;
    auto user = user_id ? users_.ById(*user_id) : std::nullopt;
    if (!user) {
        v.Add("code", "Deze link is verlopen of al gebruikt. Vraag een nieuwe link aan.");
        return v;
    }
    v = CheckPair(next, repeat, *user);
    if (!v.ok()) return v;
    // Redeem only now, so a rejected password does not use up the link; redemption is atomic,
    // so a replayed or raced request still cannot use it twice.
    if (!auth_.RedeemToken(HashToken(token), purpose, clock_.Now())) {
        v.Add("code", "Deze link is verlopen of al gebruikt. Vraag een nieuwe link aan.");
        return v;
    }
    users_.SetPasswordHash(user->id, HashPassword(next));
    auth_.DeleteSessionsOf(user->id);
    sessions_.ForgetUser(user->id);
    audit_.Record(
        clock_.Now(), user->id,
        purpose == "invite"  // RedeemToken accepted only "invite" or "reset"
            ? core::AuditAction{"password.set_invite", "Wachtwoord ingesteld na een uitnodiging"}
            : core::AuditAction{"password.set_reset", "Wachtwoord ingesteld met een herstellink"},
        user->email, "", address);
    return v;
}

}  // namespace koers::web::auth
