#pragma once
// A loopbaandossier that travels: the student's dossier at one school as a JSON document
// (format "koers-loopbaandossier", version 1; its schema is served at kSchema and kept in
// modules/dossier/schemas) and as one readable HTML page, together in a zip; and reading such a
// document back to carry the student's own entries into their dossier at another school or
// another Koers. See docs/loopbaandossier-export.md.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/dossier/storage/conversation_repo.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/dossier/storage/evidence_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {

// Everything a dossier export holds.
struct DossierExport {
    const storage::StudentRecord& student;
    std::string school_name;
    std::string school_brin;
    const std::vector<storage::DossierEntry>& entries;
    const std::map<int64_t, std::vector<storage::DossierComment>>& comments;
    const std::vector<storage::DossierLook>& looks;
    const std::map<int64_t, std::vector<storage::EvidenceFile>>& files;  // of bewijzen, by entry
    int64_t now = 0;
    std::string source;  // the installation's public address
};

// The JSON document (UTF-8), the oldest entry first.
std::string ExportJson(const DossierExport& d);
// One self-contained HTML page (no scripts, no outside files) for reading and printing.
std::string ExportHtml(const DossierExport& d);
// Where a bewijs's file sits in the zip: "bestanden/<entry>-<file>-<name>".
std::string EvidencePath(const storage::EvidenceFile& f);
// A zip of the page (index.html), the document (loopbaandossier.json), a short LEESMIJ.txt and
// the files of the bewijzen (`data` gives a file's bytes by id).
std::string ExportZip(const DossierExport& d,
                      const std::function<std::optional<std::string>(int64_t)>& data);

// A file of a bewijs that a document names: where it is in the zip, and its name.
struct CarriedFile {
    size_t entry = 0;  // index into CarriedDossier::entries
    std::string name;
    std::string path;  // "bestanden/<entry>-<file>-<name>"
};

// What a document brings, read and checked.
struct CarriedDossier {
    std::string school_name;
    std::vector<storage::CarriedEntry> entries;  // the student's own kinds only
    int skipped_talks = 0;                       // gesprekken stay in the readable export
    std::vector<CarriedFile> files;              // the bewijzen's files the document names
    // The files' bytes by path: from the zip (ReadCarriedZip); empty for the document alone.
    std::map<std::string, std::string, std::less<>> data;
};

inline constexpr size_t kMaxCarriedBytes = size_t{5} * 1024 * 1024;
inline constexpr size_t kMaxCarriedEntries = 5000;
// The zip as downloaded, with the bewijzen's files: what an upload may carry.
inline constexpr size_t kMaxCarriedZipBytes = size_t{12} * 1024 * 1024;

// Reads a document; throws core::InvalidInput with a Dutch message (naming the entry) when it is
// not JSON, not this format or version, too large, or holds an entry its form would refuse.
CarriedDossier ReadCarried(std::string_view json);
// Reads the zip of a download: its loopbaandossier.json as ReadCarried does, and the files the
// document names (nothing else of the zip is read). Throws core::InvalidInput with a Dutch
// message for a zip that is damaged, holds no document, climbs out of itself or inflates past
// its limits.
CarriedDossier ReadCarriedZip(std::string_view zip);
// Whether uploaded bytes are a zip archive (rather than the JSON document).
bool LooksLikeZip(std::string_view bytes);

}  // namespace koers::web
