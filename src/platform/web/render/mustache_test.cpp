#include "platform/web/render/mustache.hpp"

#include "platform/web/render/rows.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace koers::web {
namespace {

std::string Render(std::string_view tmpl, const View& v,
                   const std::map<std::string, std::string>& partials = {}) {
    std::string error;
    auto t = MustacheTemplate::Compile(tmpl, error);
    EXPECT_TRUE(t.has_value()) << error;
    std::map<std::string, MustacheTemplate, std::less<>> compiled;
    for (const auto& [name, src] : partials)
        compiled.emplace(name, *MustacheTemplate::Compile(src, error));
    std::string out;
    t->Render(
        v,
        [&](std::string_view name) -> const MustacheTemplate* {
            auto it = compiled.find(name);
            return it == compiled.end() ? nullptr : &it->second;
        },
        out);
    return out;
}

TEST(Mustache, EscapesVariablesButNotRawOnes) {
    View v = Object();
    v.set("x", "<b a=\"1\">'&'</b>");
    EXPECT_EQ(Render("{{x}}", v), "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
    EXPECT_EQ(Render("{{{x}}}|{{& x}}", v), "<b a=\"1\">'&'</b>|<b a=\"1\">'&'</b>");
    EXPECT_EQ(Render("[{{missing}}]", v), "[]");
    // Every byte value: only the five get an entity, the rest (UTF-8, controls, NUL) stays.
    std::string all;
    for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
    std::string expected;
    for (char c : all) {
        if (c == '&')
            expected += "&amp;";
        else if (c == '<')
            expected += "&lt;";
        else if (c == '>')
            expected += "&gt;";
        else if (c == '"')
            expected += "&quot;";
        else if (c == '\'')
            expected += "&#39;";
        else
            expected.push_back(c);
    }
    std::string escaped;
    AppendEscaped(all, escaped);
    EXPECT_EQ(escaped, expected);
    escaped = "voor ";
    AppendEscaped("", escaped);
    AppendEscaped("&", escaped);
    AppendEscaped("zonder", escaped);
    EXPECT_EQ(escaped, "voor &amp;zonder");
}

TEST(Mustache, SectionsOverListsObjectsBooleansAndStrings) {
    View v = Object();
    ViewList rows;
    for (const char* name : {"a", "b"}) {
        View row = Object();
        row.set("name", name);
        rows.push_back(std::move(row));
    }
    v.set("rows", std::move(rows));
    v.set("yes", true);
    v.set("no", false);
    v.set("empty", "");
    v.set("outer", "O");
    EXPECT_EQ(Render("{{#rows}}<{{name}}{{outer}}>{{/rows}}", v), "<aO><bO>");
    EXPECT_EQ(Render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}", v), "Y!N");
    EXPECT_EQ(Render("{{#empty}}E{{/empty}}{{^empty}}leeg{{/empty}}", v), "leeg");
    EXPECT_EQ(Render("{{#outer}}[{{.}}]{{/outer}}", v), "[O]");
    EXPECT_EQ(Render("{{^rows}}geen{{/rows}}{{#missing}}x{{/missing}}", v), "");
}

TEST(Mustache, PartialsSeeTheEnclosingContext) {
    View v = Object();
    v.set("csrf", "T");
    View item = Object();
    item.set("id", "7");
    v.set("items", ListOf(std::move(item)));
    EXPECT_EQ(Render("{{#items}}{{> field}}{{/items}}", v, {{"field", "{{id}}:{{csrf}}"}}), "7:T");
    EXPECT_EQ(Render("a{{> unknown}}b{{! commentaar }}", v), "ab");
}

TEST(Mustache, DottedNamesReachFieldsAndListItems) {
    View v = Object();
    View inner = Object();
    inner.set("name", "Amstelland");
    v.set("region", std::move(inner));
    v.set("items", ListOf(View("a"), View("b")));
    v.set("empty", ViewList{});
    EXPECT_EQ(Render("{{region.name}} {{items.1}} {{items.x}}{{items.9}}", v), "Amstelland b ");
    EXPECT_EQ(Render("{{#items.0}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/items.0}}", v),
              "<ul><li>a</li><li>b</li></ul>");
    EXPECT_EQ(Render("{{#empty.0}}x{{/empty.0}}{{^empty.0}}leeg{{/empty.0}}", v), "leeg");
}

TEST(Mustache, AnItemTestDoesNotLendTheFirstItemsFields) {
    View v = Object();
    View first = Object();
    first.set("soort", "Video");
    View second = Object();
    second.set("title", "Nieuws");
    v.set("hits", ListOf(std::move(first), std::move(second)));
    EXPECT_EQ(Render("{{#hits.0}}{{#hits}}[{{soort}}]{{/hits}}{{/hits.0}}", v), "[Video][]");
}

// The bug class of issue 14: a card without a soort showed the page's soort. A field that
// some item of a list has is that item's own: absent, it stays empty; names no item has
// (the page's csrf_token, say) still come from outside.
TEST(Mustache, AListItemNeverBorrowsAFieldItsSiblingsHave) {
    View v = Object();
    v.set("soort", "Wegwijzer");
    v.set("csrf", "t0k3n");
    View news = Object();
    news.set("title", "Nieuws");
    View guide = Object();
    guide.set("title", "Gids");
    guide.set("soort", "Handreiking");
    v.set("hits", ListOf(std::move(news), std::move(guide)));
    EXPECT_EQ(Render("{{#hits}}[{{title}}{{#soort}} · {{soort}}{{/soort}} {{csrf}}]{{/hits}}", v),
              "[Nieuws t0k3n][Gids · Handreiking t0k3n]");
    // Nested lists: the inner item's siblings decide first, then the outer item's.
    View outer = Object();
    View a = Object();
    a.set("label", "a");
    View b = Object();
    b.set("label", "b");
    b.set("href", "/b");
    View group = Object();
    group.set("href", "/groep");
    group.set("links", ListOf(std::move(a), std::move(b)));
    outer.set("groups", ListOf(std::move(group)));
    EXPECT_EQ(Render("{{#groups}}{{#links}}<{{label}}:{{href}}>{{/links}}{{/groups}}", outer),
              "<a:><b:/b>");
}

TEST(Mustache, ReportsSyntaxErrors) {
    std::string error;
    EXPECT_FALSE(MustacheTemplate::Compile("{{#a}}x", error));
    EXPECT_NE(error.find("niet gesloten"), std::string::npos);
    EXPECT_FALSE(MustacheTemplate::Compile("{{#a}}{{/b}}", error));
    EXPECT_FALSE(MustacheTemplate::Compile("{{a", error));
    EXPECT_TRUE(MustacheTemplate::Compile("geen tags { } }}", error));
}

TEST(Mustache, SetReplacesAnEarlierValue) {
    View v = Object();
    v.set("x", "1");
    v.set("x", "2");
    EXPECT_EQ(Render("{{x}}", v), "2");
}

// A view is never copied, and a field's name is a literal the view points at; a name made at run
// time is kept by the view, through moves and after the string it came from is gone.
static_assert(!std::is_copy_constructible_v<View> && std::is_nothrow_move_constructible_v<View>);
static_assert(!std::is_convertible_v<std::string, ViewKey>);
static_assert(!std::is_convertible_v<const char*, ViewKey>);

TEST(Mustache, ANameMadeAtRunTimeIsKeptByTheView) {
    ViewList list;
    {
        View item = Object();
        for (const std::string field : {"titel", "een_veld_met_een_lange_naam_voorbij_sso"}) {
            item.SetNamed("error_" + field, "Vul " + field + " in.");
            item.SetNamed("error_" + field, "Vul de " + field + " in.");  // replaces
        }
        item.set("error_titel", View(std::string("Te lang.")));  // a literal finds the same field
        list.push_back(std::move(item));
    }
    for (int i = 0; i < 40; ++i) list.push_back(Object());  // the list moves its first item
    View v = Object();
    v.set("items", std::move(list));
    EXPECT_EQ(Render("{{#items.0}}{{items.0.error_titel}}|"
                     "{{items.0.error_een_veld_met_een_lange_naam_voorbij_sso}}{{/items.0}}",
                     v),
              "Te lang.|Vul de een_veld_met_een_lange_naam_voorbij_sso in.");
}

// A shared string (made once, held by many pages) is a string to the template in every way.
TEST(Mustache, ASharedStringRendersAsAString) {
    auto html = std::make_shared<const std::string>("<b>a & b</b>");
    View v = Object();
    v.set("shared", html);
    v.set("empty", std::make_shared<const std::string>());
    v.set("none", std::shared_ptr<const std::string>());
    EXPECT_EQ(Render("{{{shared}}}|{{shared}}", v), "<b>a & b</b>|&lt;b&gt;a &amp; b&lt;/b&gt;");
    EXPECT_EQ(Render("{{#shared}}ja{{/shared}}{{^empty}}leeg{{/empty}}{{^none}}niets{{/none}}", v),
              "jaleegniets");
    EXPECT_EQ(v.Find("shared")->kind(), View::Kind::kString);
    EXPECT_EQ(&v.Find("shared")->string(), html.get()) << "held, not copied";
}

struct Place {
    int id = 0;
    std::string name;
    std::string note;  // empty for most
};

constexpr RowField<Place> kPlaceRow[] = {
    {"name", [](const Place& p, std::string&) -> std::string_view { return p.name; }},
    {"path",
     [](const Place& p, std::string& made) -> std::string_view {
         return made = "/plaatsen/" + std::to_string(p.id);
     }},
    {"label",
     [](const Place& p, std::string& made) -> std::string_view {
         return made = "Plaats " + std::to_string(p.id);
     }},
    {"note", [](const Place& p, std::string&) -> std::string_view { return p.note; }},
};

TEST(Mustache, RowsReadInPlaceRenderAsAList) {
    View v = Object();
    v.set("places",
          RowList(std::vector<Place>{{1, "Delft & Gouda", ""}, {2, "Ede", "let op"}}, kPlaceRow));
    v.set("token", "t0");
    v.set("note", "van de pagina");
    // Made fields side by side each keep their own text; a text in a row is escaped.
    EXPECT_EQ(
        Render("{{#places}}<a href=\"{{path}}?t={{token}}\">{{label}}: {{name}}</a>{{/places}}", v),
        "<a href=\"/plaatsen/1?t=t0\">Plaats 1: Delft &amp; Gouda</a>"
        "<a href=\"/plaatsen/2?t=t0\">Plaats 2: Ede</a>");
    // A field the rows have is the row's own, empty or not: never the page's "note".
    EXPECT_EQ(Render("{{#places}}[{{note}}]{{/places}}", v), "[][let op]");
    // An empty text is false; a text as a section is its "."; a row's field has no fields.
    EXPECT_EQ(Render("{{#places}}{{#note}}({{.}}){{/note}}{{^note}}-{{/note}}{{/places}}", v),
              "-(let op)");
    EXPECT_EQ(Render("{{#places}}[{{name.x}}]{{/places}}", v), "[][]");
    // A row can be tested by its index, not entered.
    EXPECT_EQ(Render("{{#places.1}}twee{{/places.1}}{{#places.2}}drie{{/places.2}}", v), "twee");
    EXPECT_EQ(Render("[{{places.0}}][{{places.0.name}}]", v), "[][]");
    View none = Object();
    none.set("places", RowList(std::vector<Place>{}, kPlaceRow));
    EXPECT_EQ(Render("{{#places}}x{{/places}}{{^places}}geen{{/places}}", none), "geen");
    EXPECT_EQ(none.Find("places")->kind(), View::Kind::kList);
    EXPECT_TRUE(none.Find("places")->items().empty());
}

}  // namespace
}  // namespace koers::web
