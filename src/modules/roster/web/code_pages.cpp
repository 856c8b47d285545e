// Activation codes on paper (decision 0018): the mentor of a group, or the decaan, picks the
// students who have no account yet and gets a sheet to print and cut, one slip per student with
// their sign-in name and a code that works once, for two weeks. A new code replaces the old one;
// the codes are stored only as hashes, so this sheet is the one place they can be read.
#include <algorithm>
#include <string>

#include "modules/roster/web/paths.hpp"
#include "modules/roster/web/routes.hpp"
#include "platform/core/account/activation.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace roster_paths;
using core::Permission;
namespace {

struct GroupWithStudents {
    storage::GroupRecord group;
    std::vector<storage::StudentRecord> waiting;  // current students without an account
};

GroupWithStudents LoadGroup(Ctx& ctx) {
    GroupWithStudents out{GroupOf(ctx), {}};
    for (auto& s : ctx.app.students.InGroup(out.group.id))
        if (!s.activated && !s.left_at) out.waiting.push_back(std::move(s));
    return out;
}

Response CodesForm(Ctx& ctx, const GroupWithStudents& g, const std::string& error, int status) {
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("group", g.group.name);
    v.set("school_path", platform_paths::kSchool.With(g.group.school_id));
    v.set("action", kCodes.With(g.group.school_id, g.group.id));
    ViewList rows;
    for (const auto& s : g.waiting) {
        View row = Object();
        row.set("id", std::to_string(s.id));
        row.set("name", s.name);
        const bool mail = core::IsMailAddress(s.sign_in_name);
        row.set("sign_in", s.sign_in_name);
        row.set("how", mail ? std::string("kan ook een uitnodiging per e-mail krijgen")
                            : std::string("geen e-mailadres: alleen met een code"));
        row.set("checked", !mail);
        rows.push_back(std::move(row));
    }
    v.set("has_waiting", !rows.empty());
    v.set("waiting", std::move(rows));
    v.set("days", std::to_string(auth::Accounts::kActivationCodeTtl / 86400));
    if (!error.empty()) v.set("error", error);
    return RenderPage(ctx, "roster/codes", std::move(v), "Activeringscodes " + g.group.name,
                      status);
}

Response Codes(Ctx& ctx) { return CodesForm(ctx, LoadGroup(ctx), "", 200); }

Response IssueCodes(Ctx& ctx) {
    const GroupWithStudents g = LoadGroup(ctx);
    std::vector<int64_t> users;
    for (const auto& value : ctx.FieldValues("leerling")) {
        const auto id = core::ParseInt(value, 1);
        const auto found = std::find_if(g.waiting.begin(), g.waiting.end(),
                                        [&](const auto& s) { return id && s.id == *id; });
        // Only this group's students without an account: anything else in the form is ignored.
        if (found != g.waiting.end() &&
            std::find(users.begin(), users.end(), found->user_id) == users.end())
            users.push_back(found->user_id);
    }
    if (users.empty())
        return CodesForm(ctx, g, "Kies de leerlingen voor wie u een code wilt maken.", 400);
    const auto school = SchoolParam(ctx);
    const auto issued = ctx.app.accounts.IssueActivationCodes(*ctx.user, school.name, users,
                                                              ctx.req.remote_address);
    View v = Object();
    v.set("school", school.name);
    v.set("group", g.group.name);
    v.set("codes_path", kCodes.With(g.group.school_id, g.group.id));
    v.set("activate_url", ctx.app.config.public_url + platform_paths::kActivate.With());
    v.set("until", core::FormatDateLong(ctx.app.clock.Now() + auth::Accounts::kActivationCodeTtl));
    ViewList slips;
    for (const auto& code : issued) {
        View slip = Object();
        slip.set("name", code.name);
        slip.set("sign_in", code.sign_in_name);
        slip.set("code", code.code);
        slips.push_back(std::move(slip));
    }
    v.set("count", std::to_string(slips.size()));
    v.set("slips", std::move(slips));
    return RenderPage(ctx, "roster/code_sheet", std::move(v), "Activeringscodes " + g.group.name);
}

}  // namespace

void AddRosterCodeRoutes(Router& r) {
    const auto coach = Access::School(Permission::kCoachStudent, "school").Within(GroupParam);
    r.Get(kCodes, coach, Codes);
    r.Post(kCodes, coach, IssueCodes);
}

}  // namespace koers::web
