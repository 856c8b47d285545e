// The composition root: picks the command and hands over. All logic lives in the libraries.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.hpp"

namespace {

constexpr const char* kHelp =
    "Koers: platform voor loopbaanoriëntatie en -begeleiding\n\n"
    "Gebruik: koers OPDRACHT [opties]\n\n"
    "Opdrachten:\n"
    "  serve        start de webserver\n"
    "  migrate      werk het databaseschema bij\n"
    "  user add     voeg een gebruiker toe (wachtwoord via standaardinvoer)\n"
    "  backup FILE  maak een consistente back-up van een SQLite-database\n"
    "  restore FILE zet zo'n back-up terug (stop Koers eerst)\n\n"
    "Zie 'koers OPDRACHT --help' voor de opties.\n";

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kHelp;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    std::span<const std::string> rest(args.data() + 1, args.size() - 1);
    if (command == "serve") return koers::app::Serve(rest);
    if (command == "migrate") return koers::app::Migrate(rest);
    if (command == "backup") return koers::app::Backup(rest);
    if (command == "restore") return koers::app::Restore(rest);
    if (command == "user" && !rest.empty() && rest[0] == "add")
        return koers::app::UserAdd(rest.subspan(1));
    std::cerr << "koers: onbekende opdracht '" << command << "' (zie koers --help)\n";
    return 2;
}
