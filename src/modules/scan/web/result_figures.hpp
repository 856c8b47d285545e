#pragma once
// The figures of a visible round's results page: the themes at a glance, the staff beside
// leerlingen and ouders, the largest differences, the groups and every statement. They are most
// of the page (about 120 of 150 KB) and the same for every reader, so they are rendered once per
// making of the results (RoundResults::made) and print mode, and kept; the page around them
// (forms, action points, advice with the reader's links) is made per request. Thread-safe.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "modules/scan/web/scan_service.hpp"

namespace koers::web {

class ResultFigures {
public:
    static constexpr size_t kMaxKept = 256;

    // The HTML of the figures of `r`, which must be Visible(); `print` unfolds every comment.
    std::shared_ptr<const std::string> Html(const RoundResults& r, bool print);

private:
    struct Kept {
        uint64_t made = 0;
        std::shared_ptr<const std::string> html;
    };
    std::mutex mu_;
    std::map<std::pair<int64_t, bool>, Kept> kept_;  // by round id and print mode
};

}  // namespace koers::web
