#pragma once
// View models for templates: kainjow::mustache data, under shorter names. Every {{value}} is
// HTML-escaped when rendered; templates never use triple mustaches except for `content`
// (already rendered HTML) in the layout.
#include <kainjow/mustache.hpp>

namespace koers::web {

using View = kainjow::mustache::data;
using ViewList = kainjow::mustache::list;

inline View Object() { return View(View::type::object); }

}  // namespace koers::web
