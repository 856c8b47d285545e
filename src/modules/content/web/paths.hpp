#pragma once
// The content module's routes by name: registered from these and linked to with `.With(...)`.
// The lists and items of each kind ("/nieuws", "/nieuws/{slug}") come from the kinds table
// (core::ContentKinds, core::ContentPath).
#include "platform/web/http/route_path.hpp"

namespace koers::web::content_paths {

inline constexpr RoutePath kHome{"/"};
inline constexpr RoutePath kSearch{"/zoeken"};
inline constexpr RoutePath kAttachment{"/bijlagen/{attachment}/{name}"};
inline constexpr RoutePath kPage{"/{slug}"};  // pagina's, at the top level
inline constexpr RoutePath kNewsFeed{"/nieuws/feed.xml"};
inline constexpr RoutePath kSitemap{"/sitemap.xml"};
inline constexpr RoutePath kRobots{"/robots.txt"};

// The redactie.
inline constexpr RoutePath kRedactie{"/redactie"};
inline constexpr RoutePath kNewItem{"/redactie/nieuw"};
inline constexpr RoutePath kPreview{"/redactie/voorbeeld"};
inline constexpr RoutePath kItem{"/redactie/{item}"};
inline constexpr RoutePath kAttachments{"/redactie/{item}/bijlagen"};
inline constexpr RoutePath kRemoveAttachment{"/redactie/{item}/bijlagen/{attachment}/verwijderen"};
inline constexpr RoutePath kRevisions{"/redactie/{item}/revisies"};
inline constexpr RoutePath kCompare{"/redactie/{item}/revisies/vergelijk"};
inline constexpr RoutePath kRestore{"/redactie/{item}/revisies/{version}/herstellen"};

// The taxonomy (beheer).
inline constexpr RoutePath kTaxonomy{"/beheer/taxonomie"};
inline constexpr RoutePath kTerm{"/beheer/taxonomie/{term}"};

}  // namespace koers::web::content_paths
