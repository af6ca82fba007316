using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Thread;

/// <summary>The job's thread: the open line between the owner and the assigned writer, newest last.</summary>
public sealed class IndexModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    IValidator<IndexModel.InputModel> validator,
    Notifier notifier,
    INoticeLinks noticeLinks,
    TimeProvider clock,
    ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 50;

    public JobHeader Job { get; private set; } = null!;

    public PageOf<MessageView> Messages { get; private set; } = new([], 1, PageSize, 0);

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int? PageNumber { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(projectId, cancellationToken))
        {
            return NotFound();
        }

        await MarkReadAsync(projectId, cancellationToken);
        return Page();
    }

    /// <summary>Reading the thread's newest page marks its messages read for this user (for unread counts).</summary>
    private async Task MarkReadAsync(int projectId, CancellationToken cancellationToken)
    {
        if (Messages.Items.Count == 0 || Messages.HasNext)
        {
            return;
        }

        var userId = User.UserId();
        var marker = await db.ThreadReadMarkers.SingleOrDefaultAsync(m => m.ProjectId == projectId && m.UserId == userId, cancellationToken);
        if (marker is null)
        {
            marker = new ThreadReadMarker(projectId, userId);
            db.ThreadReadMarkers.Add(marker);
        }

        var newest = Messages.Items[^1].Id;
        if (marker.LastReadMessageId < newest)
        {
            marker.ReadUpTo(newest);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same user read the thread in another tab at the same moment: that tab's marker stands.
            }
        }
    }

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        // A post reads only the job's header; the thread itself is read again only to show a message that failed.
        if (await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            await LoadAsync(projectId, cancellationToken);
            return Page();
        }

        var message = new Message(projectId, User.UserId(), renderer.Render(Input.Body), clock.GetUtcNow().UtcDateTime);
        db.Messages.Add(message);
        if ((await notifier.PartiesAsync(projectId, cancellationToken)).Other(User.UserId()) is { } recipient)
        {
            await notifier.NotifyAsync(
                recipient,
                Notice.To(noticeLinks.To(NoticePlace.Thread, projectId), NotificationKind.NewMessage, NoticeText.NewMessage(User.DisplayName(), Job.Title), projectId),
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Message {MessageId} posted on job {JobId}", message.Id, projectId);
        return Redirect(Url.Page("/Thread/Index", new { projectId }) + $"#message-{message.Id}");
    }

    private async Task<bool> LoadAsync(int projectId, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null)
        {
            return false;
        }

        Job = job;
        var userId = User.UserId();
        var query = db.Messages.AsNoTracking().Where(m => m.ProjectId == projectId);
        // Newest last, and the page with the newest messages first: that is where a conversation is read.
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (total + PageSize - 1) / PageSize);
        Messages = await query
            .OrderBy(m => m.Id)
            .Select(m => new MessageView(
                m.Id,
                db.Users.Where(u => u.Id == m.AuthorId).Select(u => u.DisplayName).First(),
                m.AuthorId == userId,
                m.Body.Html,
                m.SentAt))
            .ToPageAsync(PageNumber ?? lastPage, PageSize, cancellationToken);
        return true;
    }

    public sealed record MessageView(long Id, string Author, bool IsMine, string Html, DateTime SentAt);

    public sealed class InputModel
    {
        [Display(Name = "Your message")]
        public string Body { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Body).NotEmpty().WithMessage("Write your message first.")
                .MaxChars(FieldLengths.Markdown);
        }
    }
}
