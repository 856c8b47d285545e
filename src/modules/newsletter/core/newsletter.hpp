#pragma once
// The nieuwsbrief's rules: who wants to hear about what (sectors and themes; none chosen means
// everything), what a valid subscription and issue are, which of an issue's items go to whom,
// and the text of the mail one subscriber receives (plain text, with the links to change their
// preferences and to unsubscribe).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/validation.hpp"

namespace koers::core {

// "vo", "mbo", "hbo".
std::span<const std::string_view> NewsletterSectors();

// What a subscriber chose: sectors of NewsletterSectors() and thema slugs of the kennisbank.
// An empty list means all of them.
struct Interests {
    std::vector<std::string> sectors;
    std::vector<std::string> themes;
};

// Stored as words separated by spaces ("vo mbo"); slugs and sectors hold no spaces.
std::string JoinWords(const std::vector<std::string>& words);
std::vector<std::string> SplitWords(std::string_view text);

// What the subscription form posts.
struct SubscribeForm {
    std::string email;
    std::string name;
    std::vector<std::string> sectors;
    std::vector<std::string> themes;
};

struct Subscription {
    std::string email;  // lower case
    std::string name;   // may be empty
    Interests interests;
};

// The interests of a form: only known sectors and themes, each once (anything else is a
// message for that field).
Interests CheckedInterests(const std::vector<std::string>& sectors,
                           const std::vector<std::string>& themes,
                           std::span<const std::string> known_themes, Validation& v);
std::optional<Subscription> ValidateSubscription(const SubscribeForm& form,
                                                 std::span<const std::string> known_themes,
                                                 Validation& v);

// What an issue holds: one news item, kennisbank item or event, as it was when the issue was
// composed (a later change of the source does not change a sent issue).
inline constexpr std::string_view kItemNews = "nieuws";
inline constexpr std::string_view kItemKnowledge = "kennisbank";
inline constexpr std::string_view kItemEvent = "bijeenkomst";

struct IssueItem {
    std::string kind;  // kItemNews, kItemKnowledge or kItemEvent
    std::string title;
    std::string summary;               // one paragraph; for an event its date and place first
    std::string path;                  // "/nieuws/...", "/agenda/12"
    std::vector<std::string> sectors;  // of the source; empty: for every sector
    std::vector<std::string> themes;   // of the source; empty: for every theme
};

// Whether `item` is for someone with these interests: a sector and a theme in common, where an
// empty list on either side matches everything.
bool Interested(const Interests& who, const IssueItem& item);
// The items for this subscriber, in the issue's order.
std::vector<const IssueItem*> ItemsFor(const Interests& who, std::span<const IssueItem> items);

// The editor's subject and opening text.
inline constexpr size_t kMaxIssueSubject = 150;
inline constexpr size_t kMaxIssueIntro = 4000;
inline constexpr size_t kMaxIssueItems = 30;
struct IssueText {
    std::string subject;
    std::string intro;
};
std::optional<IssueText> ValidateIssue(std::string_view subject, std::string_view intro,
                                       size_t items, Validation& v);

// The links one mail carries, absolute.
struct MailLinks {
    std::string site;         // "https://koers.example"
    std::string preferences;  // the subscriber's own page
    std::string unsubscribe;  // one click
};

// The plain-text mail for one subscriber: the greeting, the intro, their items under a heading
// per kind, and the links. Empty when none of the items is for them.
std::string IssueMail(const IssueText& issue, const std::string& name,
                      const std::vector<const IssueItem*>& items, const MailLinks& links);

}  // namespace koers::core
