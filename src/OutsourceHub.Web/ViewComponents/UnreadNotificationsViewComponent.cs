using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.ViewComponents;

/// <summary>The navigation's "Notifications" link with the number not yet read.</summary>
public sealed class UnreadNotificationsViewComponent(OutsourceHubDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.UserId();
        var unread = await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, HttpContext.RequestAborted);
        return View(unread);
    }
}
