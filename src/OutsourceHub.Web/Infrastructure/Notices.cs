using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Infrastructure;

public static class Notices
{
    /// <summary>A notice pointing at a page: a relative link for the app, an absolute one for the email.</summary>
    public static Notice NoticeFor(this PageModel page, NotificationKind kind, string text, string pageName, object routeValues, int projectId) =>
        new(
            kind,
            text,
            page.Url.Page(pageName, routeValues) ?? throw new InvalidOperationException($"No page {pageName}."),
            page.Url.PageLink(pageName, values: routeValues) ?? throw new InvalidOperationException($"No page {pageName}."),
            projectId);
}
