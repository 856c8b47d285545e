#pragma once
// Signing in through a federation (SURFconext, Entree Federatie) with OpenID Connect: the
// provider as the installation configures it, and the rules an id_token's claims must meet
// before Koers believes who it names (OpenID Connect Core 1.0, section 3.1.3.7). Decision 0042.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/access/roles.hpp"

namespace koers::core {

// One OpenID provider Koers is registered with, from the installation's configuration.
struct IdentityProvider {
    std::string id;             // in URLs: "surfconext", "entree"; lower case letters, digits, -
    std::string label;          // on the button: "SURFconext"
    std::string issuer;         // exactly as the discovery document and the id_token state it
    std::string client_id;      // Koers's client id at the provider
    std::string client_secret;  // never logged, never shown
    std::string scopes = "openid";
    // Where a school's federation attributes are: the claim holding the schac home
    // organisation (the institution's domain) and the affiliation ("student", "employee").
    std::string organisation_claim = "schac_home_organization";
    std::string affiliation_claim = "eduperson_affiliation";
};

// The origin of an http(s) URL ("https://connect.example.nl:8443"), "" when it has none.
std::string OriginOf(std::string_view url);

// Whether `id` may name a provider in a URL.
bool IsProviderId(std::string_view id);

// A school's names at the federations, as the beheerder types them, separated by commas: its
// schac home organisation at SURFconext, a domain name such as "veldzicht.nl", and/or its BRIN
// code at Entree Federatie ("21VZ"). Normalised ("veldzicht.nl, 21VZ"), or nullopt when one of
// them is neither.
std::optional<std::string> NormaliseOrganisations(std::string_view typed);
// Whether an identity of `organisation` may be the account of someone whose schools set
// `expected` (each a NormaliseOrganisations text): yes when none is set, else only when it is
// one of their names; a BRIN code also fits an identity of one of its vestigingen ("21VZ03").
bool OrganisationFits(std::string_view organisation, const std::vector<std::string>& expected);

// Whether an identity with `affiliations` (eduPersonAffiliation values, scoped as
// "student@school.nl" or not) may become the account of `who`: a student's identity never links
// to a staff account, nor a colleague's to a student's. Yes when the provider sent none, and for
// accounts that are neither (a parent, a beheerder).
bool AffiliationFits(const std::vector<std::string>& affiliations, const Principal& who);

// The claims Koers reads from a verified id_token.
struct IdTokenClaims {
    std::string issuer;
    std::string subject;
    std::vector<std::string> audience;
    std::string authorized_party;  // azp, when present
    std::string nonce;
    int64_t expires_at = 0;
    int64_t issued_at = 0;
    std::optional<int64_t> not_before;
    std::string name;
    std::string email;
    std::string organisation;  // schac home organisation, when the provider sends it
    std::vector<std::string> affiliations;
};

struct IdTokenExpectation {
    std::string issuer;
    std::string client_id;
    std::string nonce;
    int64_t now = 0;
    int64_t skew_seconds = 120;     // clocks of Koers and the provider may differ this much
    int64_t max_age_seconds = 600;  // a token issued longer ago than this is not a fresh sign-in
};

// Why a token is refused, for the log; the person signing in reads one Dutch sentence.
enum class IdTokenFault {
    kNone,
    kWrongIssuer,
    kNoSubject,
    kWrongAudience,
    kWrongAuthorizedParty,
    kWrongNonce,
    kExpired,
    kIssuedInTheFuture,
    kNotYetValid,
    kTooOld,
};

IdTokenFault CheckIdToken(const IdTokenClaims& claims, const IdTokenExpectation& expect);
std::string_view DescribeFault(IdTokenFault fault);

}  // namespace koers::core
