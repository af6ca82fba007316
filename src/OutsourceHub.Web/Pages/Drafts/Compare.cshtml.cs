using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Drafts;

/// <summary>A draft against the one before it, word by word: what the revision changed.</summary>
public sealed class CompareModel(OutsourceHubDbContext db, TextDiffs diffs) : PageModel
{
    public JobHeader Job { get; private set; } = null!;

    public int Number { get; private set; }

    public IReadOnlyList<DiffPiece> Changes { get; private set; } = [];

    public int WordsBefore { get; private set; }

    public int WordsAfter { get; private set; }

    public async Task<IActionResult> OnGetAsync(int projectId, int number, CancellationToken cancellationToken)
    {
        var job = await db.FindVisibleJobAsync(projectId, User.UserId(), cancellationToken);
        if (job is null || number < 2)
        {
            return NotFound();
        }

        var drafts = await db.Drafts.AsNoTracking()
            .Where(d => d.ProjectId == projectId && (d.Number == number || d.Number == number - 1))
            .Select(d => new { d.Number, d.Body.Markdown, d.WordCount })
            .ToListAsync(cancellationToken);
        if (drafts.Count != 2)
        {
            return NotFound();
        }

        var before = drafts.Single(d => d.Number == number - 1);
        var after = drafts.Single(d => d.Number == number);
        Job = job;
        Number = number;
        WordsBefore = before.WordCount;
        WordsAfter = after.WordCount;
        Changes = diffs.Words(before.Markdown, after.Markdown);
        return Page();
    }
}
