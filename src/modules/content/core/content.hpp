#pragma once
// The content model: the kinds of item Koers publishes, their statuses and the rules for a
// valid item. Taxonomy terms (sector, thema, soort) are data; see taxonomy.hpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/validation.hpp"

namespace koers::core {

struct ContentKind {
    std::string_view code;      // "nieuws"
    std::string_view singular;  // "Nieuwsbericht"
    std::string_view plural;    // "Nieuws"
    std::string_view path;      // "/nieuws"; pagina's live at the top level ("/over-ons")
};

std::span<const ContentKind> ContentKinds();
const ContentKind* FindKind(std::string_view code);

inline constexpr std::string_view kConcept = "concept";
inline constexpr std::string_view kPublished = "gepubliceerd";
inline constexpr std::string_view kArchived = "gearchiveerd";
bool IsStatus(std::string_view s);
std::string_view StatusLabel(std::string_view status);  // "Concept", "Gepubliceerd", ...

// The public URL path of an item.
std::string ContentPath(std::string_view kind, std::string_view slug);
// Published and due: what anonymous readers may see.
bool IsPublic(std::string_view status, std::optional<int64_t> publish_at, int64_t now);

// One taxonomy term, as the validation needs it.
struct TermRef {
    int64_t id = 0;
    std::string vocabulary;  // "sector", "thema", "soort"
    std::string slug;
    std::string label;
};

// What an editor submits.
struct ContentInput {
    std::string kind;
    std::string title;
    std::string slug;  // empty: made from the title
    std::string summary;
    std::string body;  // Markdown
    std::string status;
    std::string publish_at;  // "2026-11-22T09:00" (Amsterdam) or empty
    std::vector<int64_t> term_ids;
    std::string school_name;  // praktijkvoorbeeld
    std::optional<int64_t> region_id;
    std::optional<int64_t> cover_id;
    std::string cover_alt;
    bool highlighted = false;
};

inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxSummary = 600;
inline constexpr size_t kMaxBody = 200'000;

// Checks an item; fills in the slug from the title when empty. `terms` are all known terms.
// The publication moment: the given date, else `now` when publishing, else none.
Validation ValidateContent(ContentInput& in, std::span<const TermRef> terms, int64_t now,
                           std::optional<int64_t>& publish_at);

}  // namespace koers::core
