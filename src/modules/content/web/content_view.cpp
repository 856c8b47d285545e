#include "modules/content/web/content_view.hpp"

#include <cstdio>

#include "modules/content/core/content.hpp"
#include "modules/content/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace content_paths;

std::string TermLabels::Label(std::string_view vocabulary, std::string_view slug) const {
    if (vocabulary == "type") {
        const core::ContentKind* k = core::FindKind(slug);
        return k ? std::string(k->plural) : std::string(slug);
    }
    for (const auto& t : *terms_)
        if (t.vocabulary == vocabulary && t.slug == slug) return t.label;
    return std::string(slug);
}

ViewList TermLabels::Options(std::string_view vocabulary,
                             const std::vector<int64_t>& chosen) const {
    ViewList out;
    for (const auto& t : *terms_) {
        if (t.vocabulary != vocabulary) continue;
        bool checked = false;
        for (auto c : chosen) checked = checked || c == t.id;
        out.push_back(ChoiceView(std::to_string(t.id), t.label, checked));
    }
    return out;
}

ListParams ListParams::From(const Target& target) {
    ListParams p;
    auto get = [&](std::string_view k) { return Find(target.query, k).value_or(""); };
    p.q = get("q");
    p.type = get("type");
    p.soort = get("soort");
    p.sector = get("sector");
    p.thema = get("thema");
    p.jaar = get("jaar");
    p.sorteer = get("sorteer");
    const std::string page = get("pagina");
    if (auto n = core::ParseInt(page, 1, 100000)) p.pagina = static_cast<size_t>(*n);
    return p;
}

std::string ListParams::With(std::string_view path, std::string_view key,
                             std::string_view value) const {
    ListParams c = *this;
    c.pagina = 1;
    if (key == "q") c.q = value;
    if (key == "type") c.type = value;
    if (key == "soort") c.soort = value;
    if (key == "sector") c.sector = value;
    if (key == "thema") c.thema = value;
    if (key == "jaar") c.jaar = value;
    if (key == "sorteer") c.sorteer = value;
    return c.Page(path, 1);
}

std::string ListParams::Page(std::string_view path, size_t page) const {
    return WithQuery(path, {{"q", q},
                            {"type", type},
                            {"soort", soort},
                            {"sector", sector},
                            {"thema", thema},
                            {"jaar", jaar},
                            {"sorteer", sorteer},
                            {"pagina", page > 1 ? std::to_string(page) : ""}});
}

View HitView(const core::SearchHit& hit, const TermLabels& labels) {
    const auto& d = hit.doc;
    View v = Object();
    v.set("title", d.title);
    v.set("href", core::ContentPath(d.kind, d.slug));
    v.set("summary", d.summary);
    v.set("date", core::FormatDateLong(d.publish_at));
    v.set("date_iso", core::FormatRfc3339(d.publish_at));
    const core::ContentKind* kind = core::FindKind(d.kind);
    v.set("kind", std::string(kind ? kind->singular : ""));
    // Every field is set, also when empty: a card never shows the enclosing page's soort.
    v.set("soort", d.subtype.empty() ? std::string() : labels.Label("soort", d.subtype));
    v.set("school", d.school_name);
    ViewList tags;
    for (const auto& s : d.sectors) tags.push_back(View(labels.Label("sector", s)));
    for (const auto& t : d.themes) tags.push_back(View(labels.Label("thema", t)));
    v.set("tags", std::move(tags));
    ViewList snippet;
    for (const auto& s : hit.snippet) {
        View seg = Object();
        seg.set("text", s.text);
        seg.set("mark", s.mark);
        snippet.push_back(std::move(seg));
    }
    v.set("snippet", std::move(snippet));
    v.set("in_attachment", hit.snippet_in_attachment);
    return v;
}

ViewList FacetViews(const core::SearchFacets& f, const ListParams& p, std::string_view path,
                    const TermLabels& labels, bool with_kind) {
    ViewList out;
    auto block = [&](std::string title, std::string_view key, std::string_view vocabulary,
                     const std::vector<core::FacetValue>& values, const std::string& chosen) {
        if (values.empty()) return;
        View b = Object();
        b.set("title", std::move(title));
        b.set("key", std::string(key));
        ViewList list;
        for (const auto& v : values) {
            View item = Object();
            const bool selected = v.value == chosen;
            item.set("label", vocabulary.empty() ? v.value : labels.Label(vocabulary, v.value));
            item.set("count", std::to_string(v.count));
            item.set("selected", selected);
            item.set("href", p.With(path, key, selected ? "" : v.value));
            list.push_back(std::move(item));
        }
        b.set("values", std::move(list));
        out.push_back(std::move(b));
    };
    if (with_kind) block("Type", "type", "type", f.kind, p.type);
    block("Soort", "soort", "soort", f.subtype, p.soort);
    block("Sector", "sector", "sector", f.sector, p.sector);
    block("Thema", "thema", "thema", f.thema, p.thema);
    block("Jaar", "jaar", "", f.year, p.jaar);
    return out;
}

std::string AttachmentUrl(int64_t id, std::string_view filename) {
    return kAttachment.With(id, filename);
}

}  // namespace koers::web
