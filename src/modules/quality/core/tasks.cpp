#include "modules/quality/core/tasks.hpp"

#include <array>

namespace koers::core {
namespace {

constexpr std::array<TaskCategory, 4> kCategories = {{
    {"begeleidend", "Begeleidend"},
    {"coordinerend", "Coördinerend en specialistisch"},
    {"beleidsmatig", "Beleidsmatig"},
    {"management", "Management"},
}};

constexpr std::array<TaskActor, 11> kActors = {{
    {"bestuur", "Bestuur"},
    {"schoolleiding", "Schoolleiding"},
    {"teamleider", "Teamleider"},
    {"decaan", "Decaan/LOB-coördinator"},
    {"mentor", "Mentor/SLB'er"},
    {"vakdocent", "Vakdocent"},
    {"ondersteuners", "Onderwijsondersteuners"},
    {"ouders", "Ouders"},
    {"onderwijs", "Toeleverend en vervolgonderwijs"},
    {"bedrijfsleven", "Bedrijfsleven"},
    {"gemeente", "Gemeente"},
}};

// Written for Koers: the tasks a school typically divides, in plain words.
constexpr std::array<StarterTask, 16> kStarterTasks = {{
    {"begeleidend", "Loopbaangesprekken voeren met leerlingen of studenten"},
    {"begeleidend", "Leerlingen helpen reflecteren op ervaringen (stage, meeloopdag, open dag)"},
    {"begeleidend", "Het loopbaandossier of portfolio met de leerling bijhouden"},
    {"begeleidend", "Ouders betrekken bij keuzes (ouderavond, driehoeksgesprek)"},
    {"coordinerend", "Het LOB-programma per leerjaar samenstellen en afstemmen"},
    {"coordinerend", "Leerlingen met een moeilijke of late keuze extra begeleiden"},
    {"coordinerend", "Contacten met vervolgonderwijs en bedrijven onderhouden"},
    {"coordinerend", "Doorstroomgegevens verzamelen en met teams bespreken"},
    {"beleidsmatig", "LOB-visie en -beleid opstellen en bijstellen"},
    {"beleidsmatig", "LOB verbinden met mentoraat, stage en burgerschap"},
    {"beleidsmatig", "Jaarlijks LOB evalueren, met de MR of studentenraad"},
    {"beleidsmatig", "Afspraken maken in de regio over aansluiting en overstap"},
    {"management", "Tijd, geld en ruimte voor LOB vrijmaken"},
    {"management", "Professionalisering in loopbaangesprekken mogelijk maken"},
    {"management", "Rollen en taken voor LOB beleggen en bewaken"},
    {"management", "Het gesprek over LOB in de schoolleiding agenderen"},
}};

}  // namespace

std::span<const TaskCategory> TaskCategories() { return kCategories; }
std::span<const TaskActor> TaskActors() { return kActors; }
std::span<const StarterTask> StarterTasks() { return kStarterTasks; }

std::string CarryField(std::string_view actor) { return "rol_" + std::string(actor); }
std::string NoteField(std::string_view actor) { return "notitie_" + std::string(actor); }

std::string_view CarryLetter(std::string_view carry) {
    if (carry == kUitvoerend) return "U";
    if (carry == kVerantwoordelijk) return "V";
    if (carry == kBetrokken) return "B";
    return "";
}

bool Unassigned(const Fields& task) {
    for (const auto& a : kActors) {
        const auto carry = FieldOf(task, CarryField(a.code));
        if (carry == kUitvoerend || carry == kVerantwoordelijk) return false;
    }
    return true;
}

Fields StarterTaskFields(const StarterTask& task) {
    return {{"categorie", std::string(task.category)}, {"taak", std::string(task.text)}};
}

}  // namespace koers::core
