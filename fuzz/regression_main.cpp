// Runs a fuzz target without libFuzzer, so every test build exercises it: each file of its
// corpus (seeds and former crashes), then a fixed number of deterministic mutations of them.
// Usage: <binary> CORPUS_DIR
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "gebruik: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    std::vector<std::string> inputs;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream in(entry.path(), std::ios::binary);
        inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (inputs.empty()) inputs.emplace_back();
    auto run = [](const std::string& s) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    };
    for (const auto& s : inputs) run(s);
    std::mt19937 rng(20261122);
    const std::string alphabet = "%{}#^/>!&=;+ \t\r\n\x00\x7f\xc3\xa9\xff<>\"'abc01/?.";
    for (int i = 0; i < 20000; ++i) {
        std::string s = inputs[rng() % inputs.size()];
        for (int edits = 1 + static_cast<int>(rng() % 4); edits > 0; --edits) {
            size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
            switch (rng() % 3) {
                case 0:
                    s.insert(pos, 1, alphabet[rng() % alphabet.size()]);
                    break;
                case 1:
                    if (pos < s.size()) s.erase(pos, 1 + rng() % 3);
                    break;
                default:
                    if (pos < s.size()) s[pos] = static_cast<char>(rng());
                    break;
            }
        }
        run(s);
    }
    std::printf("%zu corpus inputs and 20000 mutations: no crash\n", inputs.size());
    return 0;
}
