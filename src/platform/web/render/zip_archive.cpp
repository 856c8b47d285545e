#include "platform/web/render/zip_archive.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace koers::web {
namespace {

bool SafeName(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos) return false;
    size_t at = 0;
    while (at <= name.size()) {
        const size_t slash = std::min(name.find('/', at), name.size());
        const std::string part = name.substr(at, slash - at);
        if (part.empty() || part == "." || part == "..") return false;
        at = slash + 1;
    }
    return true;
}

[[noreturn]] void Fail(const char* what, zip_error_t* error) {
    const std::string message = std::string(what) + ": " + zip_error_strerror(error);
    throw std::runtime_error(message);
}

}  // namespace

std::string ZipArchive(const std::vector<ZipFile>& files) {
    for (const auto& f : files)
        if (!SafeName(f.name)) throw std::invalid_argument("ongeldige bestandsnaam: " + f.name);
    zip_error_t error;
    zip_error_init(&error);
    // The archive is written into this buffer source, which outlives the archive (keep).
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr) Fail("zip", &error);
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr) Fail("zip", &error);
    for (const auto& f : files) {
        zip_source_t* data = zip_source_buffer(archive, f.data.data(), f.data.size(), 0);
        if (data == nullptr) {
            zip_discard(archive);
            throw std::runtime_error("zip: geen geheugen");
        }
        if (zip_file_add(archive, f.name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(data);
            const std::string message = zip_strerror(archive);
            zip_discard(archive);
            throw std::runtime_error("zip: " + message);
        }
    }
    if (zip_close(archive) < 0) {
        const std::string message = zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error("zip: " + message);
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
        throw std::runtime_error("zip: het archief is niet te lezen");
    std::string out(stat.size, '\0');
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        throw std::runtime_error("zip: het archief is niet te lezen");
    return out;
}

ZipRead ReadZip(std::string_view bytes, const ZipLimits& limits) {
    auto fail = [](ZipProblem p) { return ZipRead{{}, p}; };
    if (bytes.size() < 22) return fail(ZipProblem::kNotZip);  // shorter than an empty archive
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) return fail(ZipProblem::kNotZip);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source);
        return fail(ZipProblem::kNotZip);
    }
    const std::unique_ptr<zip_t, decltype(&zip_discard)> keep(archive, zip_discard);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count < 0) return fail(ZipProblem::kNotZip);
    if (static_cast<zip_uint64_t>(count) > limits.max_files) return fail(ZipProblem::kTooMany);
    ZipRead out;
    size_t total = 0;
    std::string chunk(size_t{64} * 1024, '\0');
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, i, 0, &stat) < 0 || (stat.valid & ZIP_STAT_NAME) == 0)
            return fail(ZipProblem::kNotZip);
        std::string name = stat.name;
        if (!name.empty() && name.back() == '/') continue;  // a folder
        if (!SafeName(name)) return fail(ZipProblem::kUnsafeName);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
            return fail(ZipProblem::kEncrypted);
        zip_file_t* file = zip_fopen_index(archive, i, 0);
        if (file == nullptr) return fail(ZipProblem::kNotZip);
        const std::unique_ptr<zip_file_t, decltype(&zip_fclose)> close(file, zip_fclose);
        ZipFile read{std::move(name), {}};
        for (;;) {
            const zip_int64_t n = zip_fread(file, chunk.data(), chunk.size());
            if (n < 0) return fail(ZipProblem::kNotZip);  // damaged, or a wrong checksum
            if (n == 0) break;
            const auto got = static_cast<size_t>(n);
            total += got;
            if (read.data.size() + got > limits.max_file_bytes || total > limits.max_total_bytes)
                return fail(ZipProblem::kTooLarge);
            read.data.append(chunk.data(), got);
        }
        out.files.push_back(std::move(read));
    }
    return out;
}

}  // namespace koers::web
