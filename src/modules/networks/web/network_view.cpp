#include "modules/networks/web/network_view.hpp"

#include "modules/networks/web/network_progress.hpp"
#include "modules/networks/web/networks_parts.hpp"
#include "modules/networks/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/uploaded_file.hpp"

namespace koers::web {

using namespace networks_paths;

View NetworkView(const Ctx& ctx, const core::Network& n, const NetworkReader& reader) {
    const auto& region = reader.region;
    auto& repo = NetworksOf(ctx).networks;
    View v = Object();
    v.set("name", n.name);
    v.set("description", n.description);
    v.set("cycle", n.cycle);
    v.set("goals", n.goals);
    v.set("manage", region.has_value());
    ViewList members;
    std::vector<int64_t> schools;
    for (const auto& m : repo.Members(n.id)) {
        if (m.school_id) schools.push_back(*m.school_id);
        View item = Object();
        item.set("organisation", m.organisation);
        item.set("school", m.school_id.has_value());
        item.set("contact_name", m.contact_name);
        item.set("contact_email", m.contact_email);
        item.set("coordinator", m.coordinator);
        item.set("remove_action", region ? kRemoveMember.With(*region, n.id, m.id) : std::string());
        members.push_back(std::move(item));
    }
    v.set("has_members", !members.empty());
    v.set("progress", NetworkProgress(ctx, schools));
    v.set("members", std::move(members));
    ViewList meetings;
    for (const auto& m : repo.Meetings(n.id)) {
        View item = Object();
        item.set("date", core::FormatIsoDateLong(m.held_on));
        item.set("kind", m.kind);
        item.set("agenda", m.agenda);
        item.set("notes", m.notes);
        item.set("agreements", m.agreements);
        item.set("edit_href", region ? kMeeting.With(*region, n.id, m.id) : std::string());
        meetings.push_back(std::move(item));
    }
    v.set("has_meetings", !meetings.empty());
    v.set("meetings", std::move(meetings));
    ViewList actions;
    for (const auto& a : repo.Actions(n.id)) {
        View item = Object();
        item.set("what", a.what);
        item.set("owner", a.owner);
        item.set("due", a.due.empty() ? std::string() : core::FormatIsoDateLong(a.due));
        item.set("done", a.done);
        item.set("toggle_action", region ? kAction.With(*region, n.id, a.id) : std::string());
        actions.push_back(std::move(item));
    }
    v.set("has_actions", !actions.empty());
    v.set("actions", std::move(actions));
    ViewList documents;
    for (const auto& d : NetworksOf(ctx).documents.Of(n.id)) {
        View item =
            StoredFileView(d, region ? kDocument.With(*region, n.id, d.id)
                                     : kSchoolDocument.With(reader.school.value_or(0), n.id, d.id));
        item.set("remove_action",
                 region ? kRemoveDocument.With(*region, n.id, d.id) : std::string());
        documents.push_back(std::move(item));
    }
    v.set("has_documents", !documents.empty());
    v.set("documents", std::move(documents));
    v.set("document_action", region ? kDocuments.With(*region, n.id) : std::string());
    return v;
}

core::Network MemberNetwork(const Ctx& ctx, int64_t school) {
    const int64_t id = ctx.Id("netwerk");
    for (auto& n : NetworksOf(ctx).networks.OfSchool(school))
        if (n.id == id) return std::move(n);
    throw core::NotFound();
}

}  // namespace koers::web
