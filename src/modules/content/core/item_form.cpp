#include "modules/content/core/item_form.hpp"

#include <string>

#include "modules/content/core/content.hpp"

namespace koers::core {

const Form& ItemForm() {
    static const Form kForm{{
        Line("title", "Titel"),
        Line("slug", "Webadres"),
        Text("summary", "Samenvatting"),
        Typed(FieldType::kChoice, "status", "Status", {},
              {{std::string(kConcept), std::string(StatusLabel(kConcept))},
               {std::string(kPublished), std::string(StatusLabel(kPublished))},
               {std::string(kArchived), std::string(StatusLabel(kArchived))}}),
        Line("publish_at", "Publicatiedatum"),
        Line("school_name", "School"),
        Line("cover_alt", "Beschrijving van de afbeelding"),
        Typed(FieldType::kChoice, "highlighted", "Uitgelicht", {}, {{"ja", "ja"}}),
    }};
    return kForm;
}

}  // namespace koers::core
