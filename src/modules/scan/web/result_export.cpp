#include "modules/scan/web/result_export.hpp"

#include <cmath>

namespace koers::web {
namespace {

Cell CountCell(int64_t n) { return static_cast<double>(n); }

Cell Mean(const std::optional<double>& v) {
    if (!v) return std::monostate{};
    return std::round(*v * 100) / 100;
}

Sheet Themes(const RoundResults& r) {
    Sheet s{"Thema's", {}};
    s.rows.push_back({std::string("Thema"), std::string("Gerealiseerd of geborgd (%)"),
                      std::string("Gemiddelde fase (1-4)"), std::string("Beoordelingen"),
                      std::string("Weet ik niet"), std::string("Vorige ronde (%)"),
                      std::string("Verschil (procentpunt)"),
                      std::string("Scholen in de sector (%)"),
                      std::string("Scholen in de regio (%)")});
    const auto& ins = *r.instrument;
    for (size_t t = 0; t < ins.themes.size(); ++t) {
        const auto& tally = r.result.themes[t];
        TableRow row = {ins.themes[t].title, PercentCell(tally.Percent()), Mean(tally.MeanPhase()),
                        CountCell(tally.Rated()), CountCell(tally.counts[0])};
        if (r.comparison) {
            row.push_back(PercentCell(r.comparison->themes[t].before));
            row.push_back(PercentCell(r.comparison->themes[t].Delta()));
        } else {
            row.insert(row.end(), {std::monostate{}, std::monostate{}});
        }
        row.push_back(t < r.sector_peers.size() ? PercentCell(r.sector_peers[t].percent) : Cell{});
        row.push_back(t < r.region_peers.size() ? PercentCell(r.region_peers[t].percent) : Cell{});
        s.rows.push_back(std::move(row));
    }
    return s;
}

Sheet StatementSheet(const RoundResults& r) {
    const auto& ins = *r.instrument;
    Sheet s{"Stellingen", {}};
    TableRow header = {std::string("Stelling"), std::string("Thema"), std::string("Code"),
                       std::string("Doelgroep")};
    // One column per point of the scale, named on every scale in use ("Niet gestart / Klopt
    // niet"): leerlingen, ouders and alumni answer on their own.
    for (int v = 1; v <= core::kPhases; ++v) {
        std::string label(ins.AnswerLabel(v));
        for (auto a : core::kAllAudiences)
            if (a != core::Audience::kStaff && ins.HasOwnQuestions(a) &&
                label.find(ins.AnswerLabel(v, a)) == std::string::npos)
                label += " / " + std::string(ins.AnswerLabel(v, a));
        header.emplace_back(std::move(label));
    }
    header.insert(header.end(),
                  {std::string("Weet ik niet"), std::string("Gerealiseerd of geborgd (%)"),
                   std::string("Gemiddelde fase (1-4)"),
                   std::string("Verschil met vorige ronde (procentpunt)")});
    s.rows.push_back(std::move(header));
    for (size_t i = 0; i < ins.StatementCount(); ++i) {
        const auto& tally = r.result.statements[i];
        TableRow row = {ins.At(i).text, ins.themes[ins.ThemeOf(i)].title, ins.At(i).code,
                        core::AudienceLabel(ins.At(i).audience, ins.sector)};
        if (tally.hidden) {  // too few answers to show (core/scoring.hpp)
            row.emplace_back(std::string("te weinig antwoorden om te tonen"));
            s.rows.push_back(std::move(row));
            continue;
        }
        for (size_t v = 1; v <= core::kPhases; ++v) row.push_back(CountCell(tally.counts.at(v)));
        row.push_back(CountCell(tally.counts[0]));
        row.push_back(PercentCell(tally.Percent()));
        row.push_back(Mean(tally.MeanPhase()));
        row.push_back(r.comparison ? PercentCell(r.comparison->statements[i].Delta()) : Cell{});
        s.rows.push_back(std::move(row));
    }
    return s;
}

Sheet Groups(const RoundResults& r) {
    const auto& ins = *r.instrument;
    Sheet s{"Groepen", {}};
    TableRow header = {std::string("Groep"), std::string("Respondenten")};
    for (const auto& t : ins.themes) header.emplace_back(t.title + " (%)");
    s.rows.push_back(std::move(header));
    for (const auto& g : r.result.groups) {
        TableRow row = {g.label, CountCell(g.respondents)};
        for (const auto& t : g.themes) row.push_back(PercentCell(t.Percent()));
        s.rows.push_back(std::move(row));
    }
    return s;
}

Sheet Comments(const RoundResults& r) {
    Sheet s{"Toelichtingen", {}};
    s.rows.push_back({std::string("Stelling"), std::string("Toelichting")});
    for (const auto& [code, text] : r.comments) {
        auto i = r.instrument->IndexOf(code);
        s.rows.push_back({i ? r.instrument->At(*i).text : code, text});
    }
    return s;
}

}  // namespace

std::vector<Sheet> ResultSheets(const RoundResults& r) {
    if (!r.Visible()) return {};
    return {Themes(r), StatementSheet(r), Groups(r), Comments(r)};
}

}  // namespace koers::web
