#include "modules/newsletter/core/newsletter.hpp"

#include <algorithm>

namespace koers::core {
namespace {

constexpr std::string_view kSectors[] = {"vo", "mbo", "hbo"};

bool Meets(const std::vector<std::string>& wanted, const std::vector<std::string>& offered) {
    if (wanted.empty() || offered.empty()) return true;
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
        return std::find(offered.begin(), offered.end(), w) != offered.end();
    });
}

// The known values of `chosen`, each once, in the order of `known`; a value not known adds
// `message` once.
template <class List>
std::vector<std::string> Known(const std::vector<std::string>& chosen, const List& known,
                               std::string_view field, std::string_view message, Validation& v) {
    std::vector<std::string> out;
    for (const auto& k : known)
        if (std::find(chosen.begin(), chosen.end(), k) != chosen.end()) out.emplace_back(k);
    const bool all_known = std::all_of(chosen.begin(), chosen.end(), [&](const std::string& c) {
        return std::find(std::begin(known), std::end(known), c) != std::end(known);
    });
    if (!all_known) v.Add(std::string(field), std::string(message));
    return out;
}

std::string_view Heading(std::string_view kind) {
    if (kind == kItemNews) return "Nieuws";
    if (kind == kItemKnowledge) return "Uit de kennisbank";
    return "In de agenda";
}

}  // namespace

std::span<const std::string_view> NewsletterSectors() { return kSectors; }

std::string JoinWords(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

std::vector<std::string> SplitWords(std::string_view text) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) out.emplace_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

Interests CheckedInterests(const std::vector<std::string>& sectors,
                           const std::vector<std::string>& themes,
                           std::span<const std::string> known_themes, Validation& v) {
    return {Known(sectors, kSectors, "sectors", "Kies een sector uit de lijst.", v),
            Known(themes, known_themes, "themes", "Kies een thema uit de lijst.", v)};
}

std::optional<Subscription> ValidateSubscription(const SubscribeForm& form,
                                                 std::span<const std::string> known_themes,
                                                 Validation& v) {
    Subscription s;
    s.email = AsciiLower(CheckedText(form.email, {"email", "uw e-mailadres", 254, true, false}, v));
    if (!s.email.empty() && v.For("email").empty() && !LooksLikeEmail(s.email))
        v.Add("email", "Vul een e-mailadres in zoals naam@school.nl.");
    s.name = CheckedText(form.name, {"name", "uw naam", 120, false, false}, v);
    s.interests = CheckedInterests(form.sectors, form.themes, known_themes, v);
    if (!v.ok()) return std::nullopt;
    return s;
}

bool Interested(const Interests& who, const IssueItem& item) {
    return Meets(who.sectors, item.sectors) && Meets(who.themes, item.themes);
}

std::vector<const IssueItem*> ItemsFor(const Interests& who, std::span<const IssueItem> items) {
    std::vector<const IssueItem*> out;
    for (const auto& item : items)
        if (Interested(who, item)) out.push_back(&item);
    return out;
}

std::optional<IssueText> ValidateIssue(std::string_view subject, std::string_view intro,
                                       size_t items, Validation& v) {
    IssueText t;
    t.subject =
        CheckedText(subject, {"subject", "het onderwerp", kMaxIssueSubject, true, false}, v);
    t.intro = CheckedText(intro, {"intro", "de inleiding", kMaxIssueIntro, false, true}, v);
    if (items == 0) v.Add("items", "Kies ten minste één bericht, kennisbankitem of bijeenkomst.");
    if (items > kMaxIssueItems)
        v.Add("items", "Een nieuwsbrief heeft ten hoogste " + std::to_string(kMaxIssueItems) +
                           " onderdelen. Kies er minder.");
    if (!v.ok()) return std::nullopt;
    return t;
}

std::string IssueMail(const IssueText& issue, const std::string& name,
                      const std::vector<const IssueItem*>& items, const MailLinks& links) {
    if (items.empty()) return {};
    std::string m = name.empty() ? "Beste lezer,\n\n" : "Beste " + name + ",\n\n";
    if (!issue.intro.empty()) m += issue.intro + "\n\n";
    for (std::string_view kind : {kItemNews, kItemKnowledge, kItemEvent}) {
        bool first = true;
        for (const IssueItem* item : items) {
            if (item->kind != kind) continue;
            if (first) {
                const std::string heading(Heading(kind));
                m += heading + "\n" + std::string(heading.size(), '=') + "\n\n";
                first = false;
            }
            m += item->title + "\n";
            if (!item->summary.empty()) m += item->summary + "\n";
            m += links.site + item->path + "\n\n";
        }
    }
    m += "--\nU krijgt deze nieuwsbrief van Koers omdat u zich ervoor aanmeldde.\n";
    m += "Uw voorkeuren wijzigen: " + links.preferences + "\n";
    m += "Afmelden: " + links.unsubscribe + "\n";
    return m;
}

}  // namespace koers::core
