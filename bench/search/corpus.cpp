#include "bench/search/corpus.hpp"

#include <cctype>
#include <cmath>
#include <random>

namespace koers::bench {
namespace {

// Vocabulary: frequent function words, LOB words (with inflections and compounds) grouped in
// topics, and a long tail of 20,000 rarer words, drawn with Zipf-like distributions.
const std::vector<std::string> kCommon = {
    "de",   "het", "een", "en",  "van", "in",  "op",   "voor", "met",  "dat", "die", "is", "te",
    "zijn", "aan", "om",  "ook", "als", "bij", "door", "naar", "over", "wat", "hoe", "we"};
const std::vector<std::string> kTopical = {"loopbaan",
                                           "loopbaangesprek",
                                           "loopbaangesprekken",
                                           "loopbaanbegeleiding",
                                           "leerling",
                                           "leerlingen",
                                           "student",
                                           "studenten",
                                           "mentor",
                                           "mentoren",
                                           "decaan",
                                           "decanen",
                                           "school",
                                           "scholen",
                                           "opleiding",
                                           "opleidingen",
                                           "keuze",
                                           "keuzes",
                                           "studiekeuze",
                                           "beroep",
                                           "beroepen",
                                           "stage",
                                           "stages",
                                           "ouders",
                                           "visie",
                                           "beleid",
                                           "kwaliteit",
                                           "kwaliteitszorg",
                                           "doorstroom",
                                           "doorstromen",
                                           "overstap",
                                           "regio",
                                           "regionale",
                                           "samenwerking",
                                           "netwerk",
                                           "vmbo",
                                           "havo",
                                           "vwo",
                                           "mbo",
                                           "hbo",
                                           "team",
                                           "teams",
                                           "werkplan",
                                           "werkplannen",
                                           "evaluatie",
                                           "evalueren",
                                           "reflectie",
                                           "reflecteren",
                                           "competenties",
                                           "kwaliteiten",
                                           "motieven",
                                           "werkexploratie",
                                           "loopbaansturing",
                                           "netwerken",
                                           "gesprek",
                                           "gesprekken",
                                           "begeleiding",
                                           "begeleiders",
                                           "onderzoek",
                                           "handreiking",
                                           "wegwijzer",
                                           "instrument",
                                           "subsidie",
                                           "bijeenkomst",
                                           "conferentie",
                                           "webinar",
                                           "professionalisering",
                                           "scholing",
                                           "financiële",
                                           "ondersteuning",
                                           "kansengelijkheid",
                                           "uitval",
                                           "switchen",
                                           "arbeidsmarkt",
                                           "bedrijven",
                                           "werkgevers",
                                           "praktijk",
                                           "voorbeeld",
                                           "praktijkvoorbeeld",
                                           "curriculum",
                                           "leerlijn",
                                           "doorlopende",
                                           "activiteiten",
                                           "meeloopdag",
                                           "proefstuderen",
                                           "open",
                                           "dag",
                                           "dagen",
                                           "informatie",
                                           "voorlichting",
                                           "ouderavond",
                                           "mentorles",
                                           "dossier",
                                           "loopbaandossier",
                                           "portfolio",
                                           "profielkeuze",
                                           "sectorkeuze",
                                           "examen",
                                           "examenklas"};

std::string Rare(std::mt19937& rng) {
    static const char* syll[] = {"ka",  "ver", "lo",  "pen", "ste", "ri", "mo", "del", "tra",
                                 "gen", "wi",  "zon", "bra", "sch", "ui", "ee", "plo", "ning"};
    std::uniform_int_distribution<int> n(2, 4), s(0, 17);
    std::string w;
    for (int i = n(rng); i > 0; --i) w += syll[s(rng)];
    return w;
}

// A document is about two topics: most of its topical words come from those (texts are
// "bursty": a word that occurs once in a text tends to occur again), the rest from anywhere.
constexpr size_t kTopics = 12;

std::string Words(std::mt19937& rng, int count, const std::vector<std::string>& rare,
                  size_t topic_a, size_t topic_b) {
    std::uniform_real_distribution<double> u(0, 1);
    const size_t per_topic = kTopical.size() / kTopics;
    std::string out;
    for (int i = 0; i < count; ++i) {
        const double x = u(rng);
        const std::string* w;
        if (x < 0.50) {
            w = &kCommon[static_cast<size_t>(std::pow(u(rng), 2) * kCommon.size())];
        } else if (x < 0.80) {
            const size_t topic = u(rng) < 0.9 ? (u(rng) < 0.6 ? topic_a : topic_b)
                                              : static_cast<size_t>(u(rng) * kTopics);
            w = &kTopical[topic * per_topic + static_cast<size_t>(u(rng) * per_topic)];
        } else {
            w = &rare[static_cast<size_t>(std::pow(u(rng), 3) * rare.size())];
        }
        if (!out.empty()) out += ' ';
        out += *w;
    }
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out + ".";
}

}  // namespace

std::vector<Doc> Generate(size_t n) {
    std::mt19937 rng(20261122);
    std::vector<std::string> rare;
    for (int i = 0; i < 20000; ++i) rare.push_back(Rare(rng));
    std::uniform_int_distribution<int> tl(5, 10), sl(18, 30), bl(120, 220);
    std::uniform_int_distribution<size_t> topic(0, kTopics - 1);
    std::vector<Doc> docs;
    docs.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const size_t a = topic(rng), b = topic(rng);
        docs.push_back(
            {Words(rng, tl(rng), rare, a, b), Words(rng, sl(rng), rare, a, b),
             Words(rng, bl(rng), rare, a, b) + "\n\n" + Words(rng, bl(rng) / 2, rare, a, b)});
    }
    return docs;
}

}  // namespace koers::bench
