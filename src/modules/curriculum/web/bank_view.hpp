#pragma once
// The views the opdrachtenbank's pages share: the list with its search box, facets and pages
// (a school's bank and the public one), and the reader's choices as they travel in the URL.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "modules/curriculum/web/assignment_bank.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

inline constexpr size_t kBankPageSize = 20;

// What a reader chose: words, facets, only the school's own, a page.
struct BankParams {
    std::string q;
    core::BankFilter filter;
    bool own_only = false;
    size_t page = 1;

    static BankParams From(const Target& target);
    // The list's URL with these choices and page `page` (1: none in the URL).
    std::string Url(std::string_view path, size_t page = 1) const;
};

// The list's view: {q, notice, total, cards, facets, pagination, filtered, clear_href}. A card
// links to `card_path` with its id (with the school's id first when `school` is given).
View BankListView(const BankPage& page, const BankParams& p, std::string_view path,
                  std::optional<int64_t> school);

}  // namespace koers::web
