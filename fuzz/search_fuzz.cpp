// Fuzz target: the search-query parser and the index answering any query, plus text folding,
// slugs, snippets and the text of an attachment's XML on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "modules/content/core/document_text.hpp"
#include "modules/content/core/search/index.hpp"
#include "modules/content/core/search/query.hpp"
#include "modules/content/core/search/text.hpp"
#include "modules/content/core/slug.hpp"

namespace {

koers::core::SearchIndex& Index() {
    static koers::core::NoStemmer stemmer;
    static koers::core::SearchIndex index(stemmer);
    static bool filled = false;
    if (!filled) {
        const char* texts[] = {"Het loopbaangesprek met ouders", "Financiële steun voor studie",
                               "Visie en beleid: LOB-scan in de regio"};
        for (int i = 0; i < 3; ++i) {
            koers::core::SearchDocument d;
            d.id = i + 1;
            d.kind = "nieuws";
            d.title = texts[i];
            d.text = std::string(texts[2 - i]) + " " + texts[i];
            index.Upsert(d);
        }
        filled = true;
    }
    return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string in(reinterpret_cast<const char*>(data), size);
    using namespace koers::core;
    ParsedQuery q = ParseQuery(in);
    if (q.clauses.size() > kMaxQueryClauses) __builtin_trap();
    SearchRequest req;
    req.query = q;
    req.now = 1;
    SearchResult r = Index().Search(req);
    if (r.hits.size() > r.total) __builtin_trap();
    ParseQuery(QueryToString(q));
    if (!IsValidSlug(Slugify(in)) && !Slugify(in).empty() && Slugify(in).size() >= 2)
        __builtin_trap();
    FoldText(in);
    std::string xml_text;
    AppendXmlText(in, xml_text, 64);
    if (xml_text.size() > 64) __builtin_trap();
    return 0;
}
