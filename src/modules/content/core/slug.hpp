#pragma once
// Slugs: the stable last part of an item's URL ("regiobijeenkomst-amstelland-2026").
#include <string>
#include <string_view>

namespace koers::core {

// Folded words of `text` joined by '-', at most 80 bytes, cut at a word boundary.
std::string Slugify(std::string_view text);
// 2 to 80 bytes of a-z, 0-9 and single '-' between them.
bool IsValidSlug(std::string_view slug);
// First path segments Koers uses itself; a pagina cannot take them.
bool IsReservedTopLevel(std::string_view slug);

}  // namespace koers::core
