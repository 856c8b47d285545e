#pragma once
// koers_fold(text) in SQL: core::FoldForSearch on both databases, so a search in the database
// compares text as the rest of Koers folds it ("danielle" finds "Daniëlle", "OZIL" finds "Özil").
// SQLite calls the C++ function itself (registered on every connection); PostgreSQL gets a SQL
// function written from the same folding when the migrations run. Search with
// `koers_fold(column) LIKE ? ESCAPE '!'` and LikeContaining(words) (db/like.hpp).
#include <string>

namespace koers::storage {

// CREATE OR REPLACE FUNCTION koers_fold(text) for PostgreSQL: every letter core::FoldForSearch
// changes, mapped as it maps it (replace() for the ones that become two letters, then one
// translate() for the rest). NULL stays NULL.
std::string PostgresFoldFunction();

}  // namespace koers::storage
