#pragma once
// Dutch date formatting for display ("22 november 2026", "22-11-2026 15:04"). Times are stored
// as Unix seconds (UTC) and shown in Europe/Amsterdam time; the UTC offset rule (CET/CEST, last
// Sunday of March and October at 01:00 UTC) is computed here so core needs no time-zone database.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace koers::core {

// "22 november 2026"
std::string FormatDateLong(int64_t unix_seconds);
// A stored date "2026-11-22" as "22 november 2026" and a month "2027-06" as "juni 2027";
// anything else is returned as it is.
std::string FormatIsoDateLong(std::string_view iso);
// "22-11-2026 16:04" in Amsterdam time.
std::string FormatDateTime(int64_t unix_seconds);
// "22 november 2026 om 16:04" in Amsterdam time: for people rather than tables.
std::string FormatDateTimeLong(int64_t unix_seconds);
// Seconds to add to UTC for Amsterdam at that moment (3600 or 7200).
int64_t AmsterdamOffset(int64_t unix_seconds);
// The calendar year in Amsterdam.
int YearOf(int64_t unix_seconds);
// "2026-11-22T16:04" in Amsterdam time: the value of an <input type="datetime-local">.
std::string FormatLocalInput(int64_t unix_seconds);
// Parses "2026-11-22T16:04" or "2026-11-22" (midnight) as Amsterdam time; nullopt when it is
// not a real date and time.
std::optional<int64_t> ParseLocalInput(std::string_view text);
// "2026-11-22T15:04:00Z", for feeds and sitemaps.
std::string FormatRfc3339(int64_t unix_seconds);
// The inverse of FormatRfc3339: exactly "YYYY-MM-DDTHH:MM:SSZ" (UTC); nullopt otherwise.
std::optional<int64_t> ParseRfc3339(std::string_view text);

}  // namespace koers::core
