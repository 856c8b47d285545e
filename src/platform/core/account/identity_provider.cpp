#include "platform/core/account/identity_provider.hpp"

#include <algorithm>

#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"
#include "platform/core/records/fields.hpp"

namespace koers::core {

std::string OriginOf(std::string_view url) {
    const size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return "";
    const std::string_view name = url.substr(0, scheme);
    if (name != "https" && name != "http") return "";
    const size_t end = url.find_first_of("/?#", scheme + 3);
    const std::string_view origin = url.substr(0, end);
    return origin.size() > scheme + 3 ? std::string(origin) : "";
}

bool IsProviderId(std::string_view id) {
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

namespace {

bool IsDomain(std::string_view d) {
    if (d.size() < 3 || d.size() > 253 || d.find('.') == std::string_view::npos) return false;
    if (d.front() == '.' || d.back() == '.' || d.front() == '-' ||
        d.find("..") != std::string_view::npos)
        return false;
    return std::all_of(d.begin(), d.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

std::vector<std::string> Names(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& part : SplitChoices(text))
        if (auto name = Trim(part); !name.empty()) out.push_back(std::move(name));
    return out;
}

}  // namespace

std::optional<std::string> NormaliseOrganisations(std::string_view typed) {
    std::string out;
    for (const auto& name : Names(typed)) {
        std::string n = AsciiUpper(name);
        if (!IsValidBrin(n)) {
            n = AsciiLower(name);
            if (!IsDomain(n)) return std::nullopt;
        }
        out += (out.empty() ? "" : ", ") + n;
    }
    return out;
}

bool OrganisationFits(std::string_view organisation, const std::vector<std::string>& expected) {
    bool any = false;
    const std::string upper = AsciiUpper(organisation), lower = AsciiLower(organisation);
    for (const auto& text : expected) {
        for (const auto& name : Names(text)) {
            any = true;
            if (IsValidBrin(name)
                    ? (upper.size() == 4 || upper.size() == 6) && upper.compare(0, 4, name) == 0
                    : lower == name)
                return true;
        }
    }
    return !any;
}

bool AffiliationFits(const std::vector<std::string>& affiliations, const Principal& who) {
    if (affiliations.empty()) return true;
    bool student = false, staff = false;
    for (const auto& scoped : affiliations) {
        const std::string_view a = std::string_view(scoped).substr(0, scoped.find('@'));
        student = student || a == "student";
        staff = staff || a == "employee" || a == "faculty" || a == "staff";
    }
    bool student_account = who.Has(Role::kLeerling), staff_account = false;
    for (const auto& m : who.memberships)
        staff_account = staff_account || m.role == Role::kSchoolleider || m.role == Role::kDecaan ||
                        m.role == Role::kTeamleider || m.role == Role::kMentor ||
                        m.role == Role::kDocent;
    if (staff_account && !student_account) return staff;
    if (student_account && !staff_account) return student;
    return true;
}

IdTokenFault CheckIdToken(const IdTokenClaims& c, const IdTokenExpectation& e) {
    if (c.issuer != e.issuer) return IdTokenFault::kWrongIssuer;
    if (c.subject.empty() || c.subject.size() > 255) return IdTokenFault::kNoSubject;
    if (std::find(c.audience.begin(), c.audience.end(), e.client_id) == c.audience.end())
        return IdTokenFault::kWrongAudience;
    // With more than one audience, the party it was issued to must be Koers (section 3.1.3.7,
    // points 4 and 5); when azp is there it must be Koers in any case.
    if ((c.audience.size() > 1 || !c.authorized_party.empty()) && c.authorized_party != e.client_id)
        return IdTokenFault::kWrongAuthorizedParty;
    if (e.nonce.empty() || c.nonce != e.nonce) return IdTokenFault::kWrongNonce;
    if (c.expires_at <= e.now - e.skew_seconds) return IdTokenFault::kExpired;
    if (c.issued_at > e.now + e.skew_seconds) return IdTokenFault::kIssuedInTheFuture;
    if (c.not_before && *c.not_before > e.now + e.skew_seconds) return IdTokenFault::kNotYetValid;
    if (c.issued_at < e.now - e.skew_seconds - e.max_age_seconds) return IdTokenFault::kTooOld;
    return IdTokenFault::kNone;
}

std::string_view DescribeFault(IdTokenFault fault) {
    switch (fault) {
        case IdTokenFault::kNone:
            return "valid";
        case IdTokenFault::kWrongIssuer:
            return "iss is not the provider";
        case IdTokenFault::kNoSubject:
            return "sub is missing or too long";
        case IdTokenFault::kWrongAudience:
            return "aud does not name Koers";
        case IdTokenFault::kWrongAuthorizedParty:
            return "azp is not Koers";
        case IdTokenFault::kWrongNonce:
            return "nonce does not match the sign-in";
        case IdTokenFault::kExpired:
            return "exp has passed";
        case IdTokenFault::kIssuedInTheFuture:
            return "iat is in the future";
        case IdTokenFault::kNotYetValid:
            return "nbf is in the future";
        case IdTokenFault::kTooOld:
            return "iat is too long ago";
    }
    return "unknown";
}

}  // namespace koers::core
