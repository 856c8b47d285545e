#pragma once
// The pages of a long list as the partial "pagination" draws them: {show, pages: [{gap} or
// {number, href, current}], prev, next}. Around the current page, the first and the last; the
// rest is one gap each side, so a list of many pages is never an endless row of numbers.
#include <cstddef>
#include <functional>
#include <string>

#include "platform/web/render/view.hpp"

namespace koers::web {

// `url(n)` is page n's address; an empty view when everything fits on one page.
View PaginationView(size_t total, size_t page_size, size_t current,
                    const std::function<std::string(size_t)>& url);

}  // namespace koers::web
