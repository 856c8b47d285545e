#include "modules/content/core/content.hpp"

#include <algorithm>
#include <array>

#include "modules/content/core/slug.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

constexpr std::array<ContentKind, 5> kKinds{{
    {"nieuws", "Nieuwsbericht", "Nieuws", "/nieuws"},
    {"kennisbank", "Kennisbank-item", "Kennisbank", "/kennisbank"},
    {"praktijkvoorbeeld", "Praktijkvoorbeeld", "Praktijkvoorbeelden", "/praktijkvoorbeelden"},
    {"vacature", "Vacature", "Vacatures", "/vacatures"},
    {"pagina", "Pagina", "Pagina's", ""},
}};

const TermRef* FindTerm(std::span<const TermRef> terms, int64_t id) {
    for (const auto& t : terms)
        if (t.id == id) return &t;
    return nullptr;
}

}  // namespace

std::span<const ContentKind> ContentKinds() { return kKinds; }

const ContentKind* FindKind(std::string_view code) {
    for (const auto& k : kKinds)
        if (k.code == code) return &k;
    return nullptr;
}

bool IsStatus(std::string_view s) { return s == kConcept || s == kPublished || s == kArchived; }

std::string_view StatusLabel(std::string_view s) {
    if (s == kPublished) return "Gepubliceerd";
    if (s == kArchived) return "Gearchiveerd";
    return "Concept";
}

std::string ContentPath(std::string_view kind, std::string_view slug) {
    const ContentKind* k = FindKind(kind);
    return std::string(k ? k->path : "") + "/" + std::string(slug);
}

bool IsPublic(std::string_view status, std::optional<int64_t> publish_at, int64_t now) {
    return status == kPublished && publish_at && *publish_at <= now;
}

Validation ValidateContent(ContentInput& in, std::span<const TermRef> terms, int64_t now,
                           std::optional<int64_t>& publish_at) {
    Validation v;
    in.title = Trim(in.title);
    in.summary = Trim(in.summary);
    in.slug = Trim(in.slug);
    in.school_name = Trim(in.school_name);
    in.cover_alt = Trim(in.cover_alt);
    if (!FindKind(in.kind)) v.Add("kind", "Kies een soort inhoud.");
    if (Utf8Length(in.title) < 3 || Utf8Length(in.title) > kMaxTitle ||
        !IsCleanText(in.title, false))
        v.Add("title", "Geef een titel van 3 tot " + std::to_string(kMaxTitle) + " tekens.");
    if (Utf8Length(in.summary) < 10 || Utf8Length(in.summary) > kMaxSummary ||
        !IsCleanText(in.summary, false))
        v.Add("summary", "Geef een samenvatting van 10 tot " + std::to_string(kMaxSummary) +
                             " tekens; die staat in overzichten en zoekresultaten.");
    if (in.body.size() > kMaxBody || !IsCleanText(in.body, true))
        v.Add("body", "De tekst is te lang of bevat tekens die niet in een tekst horen.");
    if (in.slug.empty()) in.slug = Slugify(in.title);
    if (!IsValidSlug(in.slug))
        v.Add("slug",
              "Een webadres bestaat uit 2 tot 80 kleine letters, cijfers en streepjes, zoals "
              "'regiobijeenkomst-2026'.");
    else if (in.kind == "pagina" && IsReservedTopLevel(in.slug))
        v.Add("slug", "Dit webadres is al in gebruik door Koers zelf; kies een ander.");
    if (!IsStatus(in.status)) v.Add("status", "Kies concept, gepubliceerd of gearchiveerd.");

    publish_at.reset();
    if (!in.publish_at.empty()) {
        publish_at = ParseLocalInput(in.publish_at);
        if (!publish_at) v.Add("publish_at", "Geef de publicatiedatum als dag en tijd.");
    } else if (in.status == kPublished) {
        publish_at = now;
    }

    std::sort(in.term_ids.begin(), in.term_ids.end());
    in.term_ids.erase(std::unique(in.term_ids.begin(), in.term_ids.end()), in.term_ids.end());
    int soorten = 0, sectors = 0;
    for (int64_t id : in.term_ids) {
        const TermRef* t = FindTerm(terms, id);
        if (!t) {
            v.Add("terms", "Een gekozen sector, thema of soort bestaat niet (meer).");
            break;
        }
        soorten += t->vocabulary == "soort";
        sectors += t->vocabulary == "sector";
    }
    if (in.kind == "kennisbank" && soorten != 1)
        v.Add("soort", "Kies precies één soort voor een kennisbank-item.");
    if (in.kind != "kennisbank" && soorten > 0)
        v.Add("soort", "Alleen kennisbank-items hebben een soort.");
    if (in.kind == "praktijkvoorbeeld") {
        if (Utf8Length(in.school_name) < 2 || Utf8Length(in.school_name) > 200 ||
            !IsCleanText(in.school_name, false))
            v.Add("school_name", "Noem de school van dit praktijkvoorbeeld.");
        if (sectors == 0) v.Add("sector", "Kies minstens één sector voor een praktijkvoorbeeld.");
    }
    if (in.cover_id && (Utf8Length(in.cover_alt) < 3 || Utf8Length(in.cover_alt) > 300))
        v.Add("cover_alt",
              "Beschrijf de afbeelding in een alternatieve tekst (3 tot 300 tekens) voor wie "
              "haar niet kan zien.");
    return v;
}

}  // namespace koers::core
