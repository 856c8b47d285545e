#include "platform/core/lob/vocabulary.hpp"

namespace koers::core {

const std::vector<Option>& LoopbaanCompetencies() {
    static const std::vector<Option> kCompetencies = {{"kwaliteiten", "Kwaliteitenreflectie"},
                                                      {"motieven", "Motievenreflectie"},
                                                      {"werkexploratie", "Werkexploratie"},
                                                      {"loopbaansturing", "Loopbaansturing"},
                                                      {"netwerken", "Netwerken"}};
    return kCompetencies;
}

const std::vector<Option>& LeeromgevingElements() {
    static const std::vector<Option> kElements = {
        {"ervaren", "Ervaren"}, {"reflecteren", "Reflecteren"}, {"kiezen", "Kiezen"}};
    return kElements;
}

}  // namespace koers::core
