using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Infrastructure;

public static class Notices
{
    /// <summary>A notice pointing at a page: a relative link for the app, an absolute one for the email.</summary>
    public static Notice NoticeFor(this PageModel page, NotificationKind kind, string text, string pageName, object routeValues, int projectId)
    {
        var url = page.Url.Page(pageName, routeValues) ?? throw new InvalidOperationException($"No page {pageName}.");
        var absolute = page.HttpContext.RequestServices.GetRequiredService<PublicLinks>().Absolute(page.HttpContext, url);
        return new(kind, text, url, absolute, projectId);
    }

}
