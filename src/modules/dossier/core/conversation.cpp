#include "modules/dossier/core/conversation.hpp"

namespace koers::core {

Form CommentForm(bool by_student) {
    return {{Required(Text("reactie", by_student ? "Je reactie" : "Uw reactie aan de leerling",
                           by_student ? "Bijvoorbeeld een vraag aan je mentor, of wat je nog "
                                        "wilt aanvullen."
                                      : "De leerling leest dit in het eigen dossier. Schrijf "
                                        "zo dat de leerling het begrijpt."))}};
}

Form TalkRequestForm() {
    return {{Text("onderwerp", "Waar wil je over praten? (dat mag je ook leeg laten)",
                  "Alleen je mentor en je decaan lezen dit.")}};
}

}  // namespace koers::core
