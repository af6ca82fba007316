using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Messages;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Thread;

/// <summary>The job's thread: the open line between the owner and the assigned writer, newest last.</summary>
public sealed class IndexModel(OutsourceHubDbContext db, Threads threads, IValidator<IndexModel.InputModel> validator) : PageModel
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

        // Reading the thread's newest page marks its messages read for this user (for unread counts).
        if (Messages.Items.Count > 0 && !Messages.HasNext)
        {
            await threads.MarkReadAsync(User.UserId(), projectId, Messages.Items[^1].Id, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, CancellationToken cancellationToken)
    {
        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return await ShowAgainAsync(projectId, cancellationToken);
        }

        MessagePosted? posted;
        try
        {
            posted = await threads.PostAsync(User.UserId(), projectId, Input.Body, cancellationToken);
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
            return await ShowAgainAsync(projectId, cancellationToken);
        }

        return posted is null ? NotFound() : Redirect(Url.Page("/Thread/Index", new { projectId }) + $"#message-{posted.Id}");
    }

    /// <summary>A refused message: the thread again, with what was typed in the box (a post reads the thread only then).</summary>
    private async Task<IActionResult> ShowAgainAsync(int projectId, CancellationToken cancellationToken) =>
        await LoadAsync(projectId, cancellationToken) ? Page() : NotFound();

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
            RuleFor(x => x.Body).NotEmpty().WithMessage(Threads.NothingWritten)
                .MaxChars(FieldLengths.Markdown);
        }
    }
}
