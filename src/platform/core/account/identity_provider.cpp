#include "platform/core/account/identity_provider.hpp"

#include <algorithm>

namespace koers::core {

bool IsProviderId(std::string_view id) {
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool IsOrganisationDomain(std::string_view d) {
    if (d.size() < 3 || d.size() > 253 || d.find('.') == std::string_view::npos) return false;
    if (d.front() == '.' || d.back() == '.' || d.front() == '-' ||
        d.find("..") != std::string_view::npos)
        return false;
    return std::all_of(d.begin(), d.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

bool OrganisationFits(std::string_view organisation, const std::vector<std::string>& expected) {
    if (expected.empty()) return true;
    auto lower = [](std::string_view s) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    };
    const std::string mine = lower(organisation);
    return !mine.empty() && std::any_of(expected.begin(), expected.end(),
                                        [&](const auto& e) { return lower(e) == mine; });
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
