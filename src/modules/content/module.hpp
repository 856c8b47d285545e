#pragma once
// Content and search: the knowledge base, news, practice examples, vacancies and pages, the
// site search, feeds and sitemap, the redactie with revisions, and the taxonomy.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Content();

}  // namespace koers::modules
