// Fuzz target: what a quality-cycle form receives and stores. The bytes are a stored record body
// (DecodeFields, which must read anything a damaged database could hold) and posted fields for
// one of the forms (Normalise, Validate); encoding what was decoded must read back the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/record.hpp"
#include "modules/quality/core/rollover.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace koers::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Fields decoded = DecodeFields(text);
    if (DecodeFields(EncodeFields(decoded)) != decoded) std::abort();
    std::vector<std::pair<std::string, std::string>> posted(decoded.begin(), decoded.end());
    // The forms are data, not input: built once. The first byte picks the form, so each
    // execution goes through one form's rules instead of all eight.
    static const std::vector<std::pair<Kind, Form>> kForms = [] {
        std::vector<std::pair<Kind, Form>> out;
        for (Kind kind : {Kind::kVisie, Kind::kBeleid, Kind::kDoel, Kind::kWerkplan,
                          Kind::kActiviteit, Kind::kEvaluatie, Kind::kLeiderschap, Kind::kTaak})
            out.emplace_back(kind, FormOf(kind, "vo"));
        return out;
    }();
    const auto& [kind, form] = kForms[size > 0 ? data[0] % kForms.size() : 0];
    const Fields fields = Normalise(form, posted);
    (void)Validate(form, fields);
    (void)Gaps(kind, fields);
    (void)Changes(form, decoded, fields);
    Record r{.id = 1, .kind = kind};
    (void)ApplyEdit(r, fields);
    (void)RollOver({r});
    (void)ShiftMonth(text.substr(0, 7), static_cast<int>(size % 25));
    return 0;
}
