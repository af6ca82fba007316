using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Notifications;

/// <summary>What happened on the user's jobs, newest first. Opening one marks it read.</summary>
public sealed class IndexModel(OutsourceHubDbContext db, NoticeReading reading) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<NotificationRow> Notifications { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id)
            .Select(n => new NotificationRow(n.Id, n.Text, n.CreatedAt, n.ReadAt == null))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    /// <summary>Marks the notification read and goes where it points. Another user's id answers 404.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        var url = await reading.OpenAsync(User.UserId(), id, cancellationToken);
        if (url is null)
        {
            return NotFound();
        }

        return LocalRedirect(Url.IsLocalUrl(url) ? url : "/");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await reading.MarkAllReadAsync(User.UserId(), cancellationToken);
        return RedirectToPage();
    }

    public sealed record NotificationRow(long Id, string Text, DateTime CreatedAt, bool IsUnread);
}
