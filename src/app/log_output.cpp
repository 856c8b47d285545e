#include "app/log_output.hpp"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>

namespace koers::app {
namespace {

constexpr size_t kWriteAt = size_t{64} * 1024;

// Formats each line into one buffer and writes the buffer in one go.
class CollectedLines final : public spdlog::sinks::base_sink<std::mutex> {
public:
    ~CollectedLines() override { WriteOut(); }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        formatter_->format(msg, lines_);
        if (lines_.size() >= kWriteAt) WriteOut();
    }
    void flush_() override { WriteOut(); }

private:
    void WriteOut() {
        if (lines_.size() == 0) return;
        std::fwrite(lines_.data(), 1, lines_.size(), stdout);
        std::fflush(stdout);
        lines_.clear();
    }
    spdlog::memory_buf_t lines_;
};

}  // namespace

void UseServerLogOutput() {
    if (isatty(STDOUT_FILENO) != 0) return;  // spdlog's own: coloured, a line at a time
    auto logger = std::make_shared<spdlog::logger>("", std::make_shared<CollectedLines>());
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
    spdlog::flush_every(std::chrono::seconds(1));
}

void FlushLog() { spdlog::default_logger()->flush(); }

}  // namespace koers::app
