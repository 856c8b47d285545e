#include "modules/dossier/core/parents.hpp"

#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

struct Ymd {
    int64_t y = 0, m = 0, d = 0;
};

std::optional<Ymd> Parse(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    const auto y = ParseInt(s.substr(0, 4), 1900, 2200);
    const auto m = ParseInt(s.substr(5, 2), 1, 12);
    const auto d = ParseInt(s.substr(8, 2), 1, 31);
    if (!y || !m || !d) return std::nullopt;
    return Ymd{*y, *m, *d};
}

}  // namespace

std::optional<int> AgeOn(std::string_view birth_date, std::string_view today) {
    const auto b = Parse(birth_date);
    const auto t = Parse(today);
    if (!b || !t) return std::nullopt;
    int64_t age = t->y - b->y;
    if (t->m < b->m || (t->m == b->m && t->d < b->d)) --age;
    if (age < 0) return std::nullopt;
    return static_cast<int>(age);
}

ParentRule ParentRuleFor(int age) {
    if (age >= 18) return ParentRule::kStudentDecides;
    if (age >= 16) return ParentRule::kWhatIsShared;
    return ParentRule::kSummary;
}

std::string_view ParentRuleReason(ParentRule rule) {
    switch (rule) {
        case ParentRule::kSummary:
            return "Uw kind is jonger dan 16 jaar. U ziet daarom een samenvatting van het "
                   "loopbaandossier en wat in de loopbaangesprekken is afgesproken. Wat uw kind "
                   "zelf schreef, ziet u alleen als uw kind het met u deelt.";
        case ParentRule::kWhatIsShared:
            return "Uw kind is 16 jaar of ouder. U ziet alleen wat uw kind zelf met u deelt.";
        case ParentRule::kStudentDecides:
            return "Uw kind is 18 jaar of ouder en beslist zelf wat u ziet: alleen wat uw kind "
                   "met u deelt.";
    }
    return {};
}

}  // namespace koers::core
