#include "modules/content/demo_content.hpp"

#include <stdexcept>

#include "modules/content/core/content.hpp"
#include "modules/content/core/slug.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/attachment_text.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/embedded.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/render/zip_archive.hpp"

namespace koers::modules {
namespace content_demo_files {
const std::vector<EmbeddedFile>& Files();
}  // namespace content_demo_files

namespace {

std::string Field(const DemoItem& item, std::string_view key) {
    for (const auto& [k, v] : item.fields)
        if (k == key) return v;
    return {};
}

std::vector<std::string> List(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(',', start);
        if (end == std::string::npos) end = s.size();
        std::string part = core::Trim(s.substr(start, end - start));
        if (!part.empty()) out.push_back(part);
        start = end + 1;
    }
    return out;
}

}  // namespace

std::vector<DemoItem> ParseDemoContent(std::string_view text) {
    std::vector<DemoItem> items;
    bool in_body = false;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.rfind("=== ", 0) == 0) {
            const size_t bar = line.find('|');
            if (bar == std::string_view::npos) throw std::runtime_error("demo: kopregel zonder |");
            items.push_back(
                {core::Trim(line.substr(4, bar - 4)), core::Trim(line.substr(bar + 1)), {}, {}});
            in_body = false;
        } else if (items.empty()) {
            continue;
        } else if (!in_body && line == "---") {
            in_body = true;
        } else if (!in_body) {
            const size_t colon = line.find(':');
            if (colon != std::string_view::npos)
                items.back().fields.emplace_back(core::Trim(line.substr(0, colon)),
                                                 core::Trim(line.substr(colon + 1)));
        } else {
            items.back().body += std::string(line) + "\n";
        }
    }
    for (auto& item : items)
        while (!item.body.empty() && item.body.back() == '\n') item.body.pop_back();
    return items;
}

namespace {

constexpr std::string_view kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A Word document (the smallest one Word opens) with one paragraph per comma-separated part.
std::string DemoDocx(const std::string& text) {
    std::string body;
    for (const auto& line : List(text)) body += "<w:p><w:r><w:t>" + line + "</w:t></w:r></w:p>";
    return web::ZipArchive(
        {{"[Content_Types].xml",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
         {"_rels/.rels",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
         {"word/document.xml",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
              body + "</w:body></w:document>"}});
}

// "bijlage: Titel | eerste alinea, tweede alinea": a Word attachment, read as an upload is.
void AddDemoAttachment(storage::ContentRepo& content, int64_t item, const std::string& spec,
                       std::optional<int64_t> author, int64_t now) {
    const size_t bar = spec.find('|');
    if (bar == std::string::npos) throw std::runtime_error("demo: bijlage zonder '|'");
    const std::string title = core::Trim(spec.substr(0, bar));
    const std::string docx = DemoDocx(spec.substr(bar + 1));
    content.AddAttachment(item,
                          {core::Slugify(title) + ".docx", title, std::string(kDocxType),
                           web::AttachmentText(docx, kDocxType)},
                          docx, author, now);
}

}  // namespace

int SeedDemoContent(storage::Database& db, int64_t now) {
    storage::ContentRepo content(db);
    storage::TaxonomyRepo taxonomy(db);
    storage::OrgRepo orgs(db);
    storage::UserRepo users(db);
    const auto terms = taxonomy.All();
    const auto regions = orgs.Regions();
    const auto author = users.ByEmail("redacteur@demo.koers.nl");
    int count = 0;
    for (const auto& file : content_demo_files::Files()) {
        for (const DemoItem& item : ParseDemoContent(file.content)) {
            core::ContentInput in;
            in.kind = item.kind;
            in.slug = item.slug;
            in.title = Field(item, "titel");
            in.summary = Field(item, "samenvatting");
            in.body = item.body;
            in.status = Field(item, "status").empty() ? std::string(core::kPublished)
                                                      : Field(item, "status");
            const std::string date = Field(item, "datum");
            std::optional<int64_t> planned;
            if (date.rfind('+', 0) == 0) {  // "+9d": scheduled, days from now
                const auto days = date.back() == 'd'
                                      ? core::ParseInt(date.substr(1, date.size() - 2), 1, 3650)
                                      : std::nullopt;
                if (!days) throw std::runtime_error("demo: datum " + date + " is geen +<n>d");
                planned = now + *days * 86400;
            } else if (date.size() == 10)
                in.publish_at = date + "T09:00";
            else
                in.publish_at = date;
            for (const auto& [vocabulary, key] :
                 {std::pair{"sector", "sectoren"}, {"thema", "themas"}, {"soort", "soort"}})
                for (const auto& slug : List(Field(item, key)))
                    for (const auto& t : terms)
                        if (t.vocabulary == vocabulary && t.slug == slug)
                            in.term_ids.push_back(t.id);
            in.school_name = Field(item, "school");
            for (const auto& r : regions)
                if (r.name == Field(item, "regio")) in.region_id = r.id;
            in.highlighted = Field(item, "uitgelicht") == "ja";

            std::optional<int64_t> publish_at;
            const core::Validation v = core::ValidateContent(in, terms, now, publish_at);
            if (!v.ok())
                throw std::runtime_error("demo-item " + item.slug + ": " +
                                         v.errors().front().message);
            storage::ContentRecord rec;
            rec.kind = in.kind;
            rec.slug = in.slug;
            rec.title = in.title;
            rec.summary = in.summary;
            rec.body = in.body;
            rec.status = in.status;
            rec.publish_at = planned ? planned : publish_at;
            rec.term_ids = in.term_ids;
            rec.school_name = in.school_name;
            rec.region_id = in.region_id;
            rec.highlighted = in.highlighted;
            if (author) rec.author_id = author->id;
            const int64_t at = rec.publish_at && *rec.publish_at < now ? *rec.publish_at : now;
            const int64_t id = content.Create(rec, at);
            if (const auto spec = Field(item, "bijlage"); !spec.empty())
                AddDemoAttachment(content, id, spec, rec.author_id, at);
            ++count;
        }
    }
    return count;
}

}  // namespace koers::modules
