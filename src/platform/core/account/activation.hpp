#pragma once
// Accounts for students without an e-mail address (decision 0018). Such a student signs in with
// a sign-in name Koers gives ("100105.20ab": the school's leerlingnummer and BRIN), which never
// holds an '@' and so can never be mistaken for, or receive, mail. Their mentor hands them a
// one-time activation code on paper instead of an invitation mail: twelve characters from an
// alphabet without look-alikes (no 0/O, no 1/I), 60 bits, typed in any case, with or without
// the dashes and spaces of the printed form.
#include <optional>
#include <string>
#include <string_view>

namespace koers::core {

inline constexpr size_t kActivationCodeLength = 12;

// An activation code from a random token (URL-safe base64, at least 12 characters): each
// character picks one of the 32 letters, evenly.
std::string ActivationCodeFrom(std::string_view random_token);
// "ABCD-EFGH-JKLM", as the code sheet prints it.
std::string FormatActivationCode(std::string_view code);
// What a student typed, as the code it means; nullopt when it cannot be a code at all.
std::optional<std::string> ReadActivationCode(std::string_view typed);

// The sign-in name of a student without e-mail; nullopt when the leerlingnummer holds anything
// but letters, digits, '-' and '_' (such a student needs an e-mail address).
std::optional<std::string> StudentSignInName(std::string_view local_id, std::string_view brin);
// Whether an account's sign-in name is an address mail can go to (else a given sign-in name).
bool IsMailAddress(std::string_view sign_in_name);

}  // namespace koers::core
