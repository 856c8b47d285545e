// Beheer of the taxonomy: sectoren, thema's and soorten are data the beheerder extends.
#include "modules/content/core/slug.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

struct Vocabulary {
    std::string_view code, title;
};
constexpr Vocabulary kVocabularies[] = {
    {"thema", "Thema's"}, {"sector", "Sectoren"}, {"soort", "Soorten (kennisbank)"}};

Response TaxonomyPage(Ctx& ctx, const core::Validation& errors, int status) {
    View v = Object();
    const auto terms = ContentOf(ctx).taxonomy.All();
    const auto usage = ContentOf(ctx).taxonomy.Usage();
    ViewList vocabularies;
    for (const auto& voc : kVocabularies) {
        View b = ChoiceView(std::string(voc.code), std::string(voc.title),
                            ctx.Field("vocabulary") == voc.code);
        ViewList list;
        for (const auto& t : terms) {
            if (t.vocabulary != voc.code) continue;
            int64_t count = 0;
            for (const auto& [id, n] : usage)
                if (id == t.id) count = n;
            View item = Object();
            item.set("id", std::to_string(t.id));
            item.set("action", kTerm.With(t.id));
            item.set("label", t.label);
            item.set("slug", t.slug);
            item.set("count", std::to_string(count));
            list.push_back(std::move(item));
        }
        b.set("terms", std::move(list));
        vocabularies.push_back(std::move(b));
    }
    v.set("vocabularies", std::move(vocabularies));
    v.set("label", ctx.Field("label"));
    AddErrors(v, errors);
    return RenderPage(ctx, "admin/taxonomy", std::move(v), "Taxonomie", status);
}

Response ShowTaxonomy(Ctx& ctx) { return TaxonomyPage(ctx, {}, 200); }

Response AddTerm(Ctx& ctx) {
    core::Validation v;
    const std::string vocabulary = ctx.Field("vocabulary");
    const std::string label = core::Trim(ctx.Field("label"));
    bool known = false;
    for (const auto& voc : kVocabularies) known |= voc.code == vocabulary;
    if (!known) v.Add("vocabulary", "Kies thema, sector of soort.");
    const std::string slug = core::Slugify(label);
    if (label.size() < 2 || label.size() > 80 || !core::IsCleanText(label, false) ||
        !core::IsValidSlug(slug))
        v.Add("label", "Geef een naam van 2 tot 80 tekens, met minstens twee letters of cijfers.");
    if (v.ok()) {
        try {
            ContentOf(ctx).taxonomy.Add(vocabulary, slug, label, ctx.app.clock.Now());
            TermsChanged(ctx);
        } catch (const storage::ConstraintError&) {
            v.Add("label", "Deze naam bestaat al in dit onderdeel.");
        }
    }
    if (!v.ok()) return TaxonomyPage(ctx, v, 400);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"taxonomy.added", "Term toegevoegd"}, label, vocabulary,
                         ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kTaxonomy.With());
}

Response RenameTerm(Ctx& ctx) {
    const int64_t id = ctx.Id("term");
    bool exists = false;
    for (const auto& t : ContentOf(ctx).taxonomy.All()) exists |= t.id == id;
    if (!exists) throw core::NotFound();
    const std::string label = core::Trim(ctx.Field("label"));
    if (label.size() < 2 || label.size() > 80 || !core::IsCleanText(label, false)) {
        core::Validation v;
        v.Add("label", "Geef een naam van 2 tot 80 tekens.");
        return TaxonomyPage(ctx, v, 400);
    }
    // The slug (and so every URL with this term) stays; only the shown name changes.
    ContentOf(ctx).taxonomy.Rename(id, label);
    TermsChanged(ctx);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"taxonomy.renamed", "Term hernoemd"}, label, "", ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kTaxonomy.With());
}

}  // namespace

void AddTaxonomyRoutes(Router& r) {
    r.Get(kTaxonomy, Access::Beheer(), ShowTaxonomy);
    r.Post(kTaxonomy, Access::Beheer(), AddTerm);
    r.Post(kTerm, Access::Beheer(), RenameTerm);
}

}  // namespace koers::web
