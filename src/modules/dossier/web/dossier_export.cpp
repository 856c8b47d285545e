#include "modules/dossier/web/dossier_export.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <set>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/templates.hpp"
#include "platform/web/render/zip_archive.hpp"

namespace koers::web {
namespace {

namespace json = boost::json;

constexpr std::string_view kFormat = "koers-loopbaandossier";

std::vector<const storage::DossierEntry*> OldestFirst(const DossierExport& d) {
    std::vector<const storage::DossierEntry*> out;
    out.reserve(d.entries.size());
    for (const auto& e : d.entries) out.push_back(&e);
    std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
        return a->created_at != b->created_at ? a->created_at < b->created_at : a->id < b->id;
    });
    return out;
}

const std::vector<storage::DossierComment>& CommentsOf(const DossierExport& d, int64_t entry) {
    static const std::vector<storage::DossierComment> kNone;
    const auto it = d.comments.find(entry);
    return it == d.comments.end() ? kNone : it->second;
}

const std::vector<storage::EvidenceFile>& FilesOf(const DossierExport& d, int64_t entry) {
    static const std::vector<storage::EvidenceFile> kNone;
    const auto it = d.files.find(entry);
    return it == d.files.end() ? kNone : it->second;
}

std::string RoleOf(const storage::DossierComment& c) {
    return c.basis.empty() ? std::string("leerling") : c.basis;
}

json::object EntryJson(const DossierExport& d, const storage::DossierEntry& e) {
    const core::Form form = FormFor(e.kind, e.fields);
    json::object fields, labels;
    for (const auto& [name, value] : e.fields) {
        if (value.empty()) continue;
        fields[name] = value;
        if (const auto* spec = form.Find(name)) labels[name] = spec->label;
    }
    json::array comments;
    for (const auto& c : CommentsOf(d, e.id))
        comments.push_back(json::object{{"who", c.author_name},
                                        {"role", RoleOf(c)},
                                        {"at", core::FormatRfc3339(c.at)},
                                        {"text", c.body}});
    json::array files;
    for (const auto& f : FilesOf(d, e.id))
        files.push_back(json::object{{"name", f.name},
                                     {"media_type", f.media_type},
                                     {"size", f.size},
                                     {"path", EvidencePath(f)}});
    const auto& info = core::InfoOf(e.kind);
    return {{"kind", info.code},
            {"element", info.element},
            {"title", core::EntryTitle(e.kind, e.fields)},
            {"created_at", core::FormatRfc3339(e.created_at)},
            {"updated_at", core::FormatRfc3339(e.updated_at)},
            {"fields", std::move(fields)},
            {"labels", std::move(labels)},
            {"comments", std::move(comments)},
            {"files", std::move(files)}};
}

[[noreturn]] void Refuse(const std::string& why) { throw core::InvalidInput(why); }

const json::string* StringAt(const json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v == nullptr ? nullptr : v->if_string();
}

// A file a bewijs names, as {name, path}; the path must be one of the zip's "bestanden/".
std::vector<std::pair<std::string, std::string>> ReadFiles(const json::object& o,
                                                           const std::string& which) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto* files = o.if_contains("files");
    if (files == nullptr) return out;
    if (!files->is_array() || files->as_array().size() > 100)
        Refuse(which + ": de lijst van bestanden klopt niet.");
    for (const auto& f : files->as_array()) {
        const auto* file = f.if_object();
        const auto* name = file ? StringAt(*file, "name") : nullptr;
        const auto* path = file ? StringAt(*file, "path") : nullptr;
        const std::string_view p = path ? std::string_view(*path) : std::string_view();
        if (name == nullptr || name->empty() || name->size() > 200 ||
            !core::IsCleanText(*name, false) || !p.starts_with("bestanden/") || p.size() > 300 ||
            p.find('/', 10) != std::string_view::npos || p.find("..") != std::string_view::npos)
            Refuse(which + ": een bestand zonder geldige naam of plaats.");
        out.emplace_back(std::string(*name), std::string(p));
    }
    return out;
}

storage::CarriedEntry ReadEntry(const json::value& v, size_t index) {
    const std::string which = "Stuk " + std::to_string(index + 1);
    const auto* o = v.if_object();
    if (o == nullptr) Refuse(which + " is geen stuk uit een loopbaandossier.");
    const auto* kind_code = StringAt(*o, "kind");
    const auto kind = kind_code ? core::EntryKindFromCode(*kind_code) : std::nullopt;
    if (!kind) Refuse(which + " heeft een soort die Koers niet kent.");
    const auto* created = StringAt(*o, "created_at");
    const auto at = created ? core::ParseRfc3339(*created) : std::nullopt;
    if (!at) Refuse(which + " heeft geen geldige datum (created_at).");
    const auto* raw = o->if_contains("fields");
    if (raw == nullptr || !raw->is_object()) Refuse(which + " heeft geen velden.");
    core::Fields fields;
    for (const auto& [name, value] : raw->as_object()) {
        if (!value.is_string())
            Refuse(which + ": het veld “" + std::string(name) + "” is geen tekst.");
        fields[std::string(name)] = std::string(value.as_string());
    }
    // Only the fields the form of its kind knows, checked like a posted form.
    const core::Form form = FormFor(*kind, fields);
    core::Fields known;
    for (const auto& spec : form.fields)
        if (const auto it = fields.find(spec.name); it != fields.end())
            known[spec.name] = it->second;
    const auto errors = core::CheckEntry(*kind, form, known);
    if (!errors.ok())
        Refuse(which + " (“" + core::EntryTitle(*kind, known) +
               "”): " + errors.errors().front().message);
    return {*kind, std::move(known), *at};
}

}  // namespace

std::string ExportJson(const DossierExport& d) {
    const auto& s = d.student;
    json::array entries;
    for (const auto* e : OldestFirst(d)) entries.push_back(EntryJson(d, *e));
    json::array looks;
    for (const auto& l : d.looks)
        looks.push_back(json::object{{"who", l.viewer_name},
                                     {"basis", l.basis},
                                     {"what", l.what},
                                     {"at", core::FormatRfc3339(l.at)}});
    const json::object doc{
        {"$schema", d.source + "/schemas/loopbaandossier-v1.json"},
        {"format", kFormat},
        {"version", 1},
        {"exported_at", core::FormatRfc3339(d.now)},
        {"source", d.source},
        {"school", json::object{{"name", d.school_name}, {"brin", d.school_brin}}},
        {"student", json::object{{"name", s.name},
                                 {"birth_date", s.birth_date},
                                 {"onderwijstype", s.onderwijstype},
                                 {"leerjaar", s.leerjaar},
                                 {"group", s.group_name}}},
        {"entries", std::move(entries)},
        {"looks", std::move(looks)},
    };
    return json::serialize(doc);
}

std::string ExportHtml(const DossierExport& d) {
    ViewList entries;
    for (const auto* e : OldestFirst(d)) {
        const auto& info = core::InfoOf(e->kind);
        View item = Object();
        item.set("title", core::EntryTitle(e->kind, e->fields));
        item.set("kind", std::string(info.label));
        item.set("element", std::string(info.element));
        item.set("written", core::FormatDateLong(e->created_at));
        item.set("read", ReadViews(FormFor(e->kind, e->fields), e->fields));
        ViewList comments;
        for (const auto& c : CommentsOf(d, e->id)) {
            View comment = Object();
            comment.set("who", c.author_name);
            comment.set("role", RoleOf(c));
            comment.set("when", core::FormatDateLong(c.at));
            comment.set("text", c.body);
            comments.push_back(std::move(comment));
        }
        ViewList files;
        for (const auto& f : FilesOf(d, e->id)) {
            View file = Object();
            file.set("path", EvidencePath(f));
            file.set("name", f.name);
            files.push_back(std::move(file));
        }
        item.set("has_files", !files.empty());
        item.set("files", std::move(files));
        item.set("has_comments", !comments.empty());
        item.set("comments", std::move(comments));
        entries.push_back(std::move(item));
    }
    View v = Object();
    v.set("name", d.student.name);
    v.set("school", d.school_name);
    v.set("about", d.student.onderwijstype + ", leerjaar " + std::to_string(d.student.leerjaar));
    v.set("exported", core::FormatDateLong(d.now));
    v.set("has_entries", !entries.empty());
    v.set("entries", std::move(entries));
    return Templates::Render("dossier/export_document", v);
}

std::string EvidencePath(const storage::EvidenceFile& f) {
    return "bestanden/" + std::to_string(f.entry_id) + "-" + std::to_string(f.id) + "-" + f.name;
}

std::string ExportZip(const DossierExport& d,
                      const std::function<std::optional<std::string>(int64_t)>& data) {
    std::vector<ZipFile> zip = {
        {"index.html", ExportHtml(d)},
        {"loopbaandossier.json", ExportJson(d)},
        {"LEESMIJ.txt",
         "Je loopbaandossier van " + d.school_name +
             ", gemaakt met Koers.\n\n"
             "index.html             open je in een browser: alles wat in je dossier staat.\n"
             "loopbaandossier.json   lees je in bij een volgende school die Koers gebruikt\n"
             "                       (Mijn loopbaandossier > Dossier meenemen).\n"
             "bestanden/             de bestanden van je bewijzen.\n"},
    };
    for (const auto& e : d.entries)
        for (const auto& f : FilesOf(d, e.id))
            if (auto bytes = data(f.id)) zip.push_back({EvidencePath(f), std::move(*bytes)});
    return ZipArchive(zip);
}

CarriedDossier ReadCarried(std::string_view text) {
    if (text.size() > kMaxCarriedBytes)
        Refuse(
            "Dit bestand is groter dan 5 MB. Een loopbaandossier uit Koers is veel kleiner; "
            "kies het bestand loopbaandossier.json.");
    json::parse_options options;
    options.max_depth = 16;
    boost::system::error_code ec;
    const json::value doc = json::parse(text, ec, {}, options);
    const auto* root = ec ? nullptr : doc.if_object();
    if (root == nullptr)
        Refuse(
            "Dit bestand kan Koers niet lezen. Kies het bestand loopbaandossier.json uit de "
            "download van je dossier.");
    const auto* format = StringAt(*root, "format");
    if (format == nullptr || *format != kFormat)
        Refuse("Dit is geen loopbaandossier uit Koers. Kies het bestand loopbaandossier.json.");
    const auto* version = root->if_contains("version");
    if (version == nullptr || !version->is_int64() || version->as_int64() != 1)
        Refuse("Deze versie van het loopbaandossier kent deze Koers nog niet.");
    CarriedDossier out;
    if (const auto* school = root->if_contains("school"); school && school->is_object())
        if (const auto* name = StringAt(school->as_object(), "name")) out.school_name = *name;
    if (out.school_name.empty() || out.school_name.size() > 200 ||
        !core::IsCleanText(out.school_name, false))
        out.school_name = "een andere school";
    const auto* entries = root->if_contains("entries");
    if (entries == nullptr || !entries->is_array())
        Refuse("In dit bestand staan geen stukken uit een loopbaandossier.");
    if (entries->as_array().size() > kMaxCarriedEntries)
        Refuse("In dit bestand staan meer dan 5.000 stukken. Dat kan geen loopbaandossier zijn.");
    size_t index = 0;
    for (const auto& e : entries->as_array()) {
        auto carried = ReadEntry(e, index);
        const auto files = ReadFiles(e.as_object(), "Stuk " + std::to_string(++index));
        if (!core::InfoOf(carried.kind).by_student) {
            ++out.skipped_talks;
            continue;
        }
        out.entries.push_back(std::move(carried));
        if (out.entries.back().kind != core::EntryKind::kBewijs) continue;
        for (const auto& [name, path] : files)
            out.files.push_back({out.entries.size() - 1, name, path});
    }
    return out;
}

bool LooksLikeZip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

CarriedDossier ReadCarriedZip(std::string_view zip) {
    if (zip.size() > kMaxCarriedZipBytes)
        Refuse(
            "Dit zip-bestand is groter dan 12 MB. Neem dan alleen het bestand "
            "loopbaandossier.json mee (zonder de bestanden van je bewijzen).");
    const ZipRead read = ReadZip(zip, {.max_files = 2000,
                                       .max_file_bytes = core::kMaxAttachmentBytes,
                                       .max_total_bytes = size_t{100} * 1024 * 1024});
    if (read.problem) {
        switch (*read.problem) {
            case ZipProblem::kTooLarge:
                Refuse(
                    "In dit zip-bestand zit meer dan Koers uitpakt (een bestand boven 10 MB, of "
                    "samen meer dan 100 MB). Kies de download van je loopbaandossier.");
            case ZipProblem::kTooMany:
                Refuse(
                    "In dit zip-bestand zitten meer dan 2.000 bestanden. Dat is geen download "
                    "van een loopbaandossier.");
            case ZipProblem::kEncrypted:
                Refuse(
                    "Dit zip-bestand heeft een wachtwoord. Kies de download zoals Koers hem "
                    "gaf.");
            case ZipProblem::kUnsafeName:
            case ZipProblem::kNotZip:
                break;
        }
        Refuse(
            "Dit zip-bestand kan Koers niet lezen (het is beschadigd of geen download van een "
            "loopbaandossier).");
    }
    const auto doc = std::find_if(read.files.begin(), read.files.end(), [](const ZipFile& f) {
        return f.name == "loopbaandossier.json";
    });
    if (doc == read.files.end())
        Refuse(
            "In dit zip-bestand staat geen loopbaandossier.json. Kies de download van je "
            "loopbaandossier zoals Koers hem gaf.");
    CarriedDossier out = ReadCarried(doc->data);
    std::set<std::string_view> wanted;
    for (const auto& f : out.files) wanted.insert(f.path);
    for (const auto& z : read.files)
        if (wanted.count(z.name)) out.data.emplace(z.name, z.data);
    return out;
}

}  // namespace koers::web
