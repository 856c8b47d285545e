#pragma once
// View building shared by the public content pages, the search page and the editor: labels of
// taxonomy terms, result cards, facet links and pagination with stable URLs.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "modules/content/core/content.hpp"
#include "modules/content/core/search/index.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/pages/uploaded_file.hpp"  // HumanSize
#include "platform/web/render/view.hpp"

namespace koers::web {

// Labels of taxonomy slugs and kinds, from the terms a page read (web/terms, or the table).
class TermLabels {
public:
    explicit TermLabels(std::shared_ptr<const std::vector<core::TermRef>> terms)
        : terms_(std::move(terms)) {}
    explicit TermLabels(std::vector<core::TermRef> terms)
        : terms_(std::make_shared<const std::vector<core::TermRef>>(std::move(terms))) {}
    std::string Label(std::string_view vocabulary, std::string_view slug) const;
    const std::vector<core::TermRef>& terms() const { return *terms_; }
    // The terms of one vocabulary, as {id, label, checked} for checkboxes.
    ViewList Options(std::string_view vocabulary, const std::vector<int64_t>& chosen) const;

private:
    std::shared_ptr<const std::vector<core::TermRef>> terms_;
};

// The query parameters of a list or search page, in a fixed order, so a URL names one page.
struct ListParams {
    std::string q, type, soort, sector, thema, jaar, sorteer;
    size_t pagina = 1;

    static ListParams From(const Target& target);
    // The path with these parameters, `key` set to `value` ("" removes it), page back to 1.
    std::string With(std::string_view path, std::string_view key, std::string_view value) const;
    std::string Page(std::string_view path, size_t page) const;
};

inline constexpr size_t kPageSize = 10;

View HitView(const core::SearchHit& hit, const TermLabels& labels);
// Facet blocks ({title, values: [{label, count, href, selected}]}) for the given vocabularies.
ViewList FacetViews(const core::SearchFacets& f, const ListParams& p, std::string_view path,
                    const TermLabels& labels, bool with_kind);
// The download URL of an attachment.
std::string AttachmentUrl(int64_t id, std::string_view filename);

}  // namespace koers::web
