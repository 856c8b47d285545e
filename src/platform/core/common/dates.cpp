#include "platform/core/common/dates.hpp"

#include <array>
#include <cstdio>

#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

struct Civil {
    int64_t year;
    unsigned month, day, hour, minute;
};

// Days since 1970-01-01 to civil date (Howard Hinnant's algorithm).
Civil ToCivil(int64_t t) {
    int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    int64_t secs = t - days * 86400;
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int64_t>(yoe) + era * 400 + (m <= 2), m, d,
            static_cast<unsigned>(secs / 3600), static_cast<unsigned>((secs % 3600) / 60)};
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// Unix time of the last Sunday of `month` at 01:00 UTC.
int64_t LastSundayAt1Utc(int64_t year, unsigned month) {
    int64_t first_next =
        DaysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1);
    int64_t last = first_next - 1;
    int64_t weekday = (last + 4) % 7;  // 1970-01-01 was a Thursday (4); Sunday = 0
    if (weekday < 0) weekday += 7;
    return (last - weekday) * 86400 + 3600;
}

constexpr std::array<const char*, 12> kMonths = {"januari",   "februari", "maart",    "april",
                                                 "mei",       "juni",     "juli",     "augustus",
                                                 "september", "oktober",  "november", "december"};

}  // namespace

int64_t AmsterdamOffset(int64_t t) {
    int64_t year = ToCivil(t).year;
    bool summer = t >= LastSundayAt1Utc(year, 3) && t < LastSundayAt1Utc(year, 10);
    return summer ? 7200 : 3600;
}

std::string FormatDateLong(int64_t t) {
    Civil c = ToCivil(t + AmsterdamOffset(t));
    return std::to_string(c.day) + " " + kMonths[c.month - 1] + " " + std::to_string(c.year);
}

std::string FormatIsoDateLong(std::string_view iso) {
    if (iso.size() == 10) {
        if (const auto t = ParseLocalInput(iso)) return FormatDateLong(*t);
    } else if (iso.size() == 7 && iso[4] == '-') {
        const auto year = ParseInt(iso.substr(0, 4), 1, 9999);
        const auto month = ParseInt(iso.substr(5), 1, 12);
        if (year && month)
            return std::string(kMonths[static_cast<size_t>(*month - 1)]) + " " +
                   std::to_string(*year);
    }
    return std::string(iso);
}

std::string FormatDateTime(int64_t t) {
    Civil c = ToCivil(t + AmsterdamOffset(t));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02u-%02u-%04lld %02u:%02u", c.day, c.month,
                  static_cast<long long>(c.year), c.hour, c.minute);
    return buf;
}

std::string FormatDateTimeLong(int64_t t) {
    return FormatDateLong(t) + " om " + FormatDateTime(t).substr(11);
}

int YearOf(int64_t t) { return static_cast<int>(ToCivil(t + AmsterdamOffset(t)).year); }

std::string FormatLocalInput(int64_t t) {
    Civil c = ToCivil(t + AmsterdamOffset(t));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u", static_cast<long long>(c.year),
                  c.month, c.day, c.hour, c.minute);
    return buf;
}

std::optional<int64_t> ParseLocalInput(std::string_view s) {
    auto num = [&](size_t pos, size_t len) -> int {
        int v = 0;
        for (size_t i = pos; i < pos + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    if (s.size() != 10 && s.size() != 16) return std::nullopt;
    if (s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = num(0, 4), m = num(5, 2), d = num(8, 2), h = 0, mi = 0;
    if (s.size() == 16) {
        if (s[10] != 'T' || s[13] != ':') return std::nullopt;
        h = num(11, 2);
        mi = num(14, 2);
    }
    if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return std::nullopt;
    const auto um = static_cast<unsigned>(m);
    const int64_t next_month = DaysFromCivil(um == 12 ? y + 1 : y, um == 12 ? 1 : um + 1, 1);
    if (d > next_month - DaysFromCivil(y, um, 1)) return std::nullopt;
    const int64_t local = DaysFromCivil(y, um, static_cast<unsigned>(d)) * 86400 +
                          int64_t{h} * 3600 + int64_t{mi} * 60;
    // The offset that applies at that local time (checked from the UTC guess).
    int64_t utc = local - 3600;
    utc = local - AmsterdamOffset(utc);
    return local - AmsterdamOffset(utc);
}

std::string FormatRfc3339(int64_t t) {
    Civil c = ToCivil(t);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02lldZ",
                  static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute,
                  static_cast<long long>(((t % 60) + 60) % 60));
    return buf;
}

std::optional<int64_t> ParseRfc3339(std::string_view s) {
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return std::nullopt;
    // The date part is checked by the local-input parser's rules; the time is UTC.
    const auto y = ParseInt(s.substr(0, 4), 1970, 9999);
    const auto mo = ParseInt(s.substr(5, 2), 1, 12);
    const auto d = ParseInt(s.substr(8, 2), 1, 31);
    const auto h = ParseInt(s.substr(11, 2), 0, 23);
    const auto mi = ParseInt(s.substr(14, 2), 0, 59);
    const auto se = ParseInt(s.substr(17, 2), 0, 59);
    if (s[4] != '-' || s[7] != '-' || !y || !mo || !d || !h || !mi || !se) return std::nullopt;
    const auto um = static_cast<unsigned>(*mo);
    const int64_t next_month = DaysFromCivil(um == 12 ? *y + 1 : *y, um == 12 ? 1 : um + 1, 1);
    if (*d > next_month - DaysFromCivil(*y, um, 1)) return std::nullopt;
    return DaysFromCivil(*y, um, static_cast<unsigned>(*d)) * 86400 + *h * 3600 + *mi * 60 + *se;
}

}  // namespace koers::core
