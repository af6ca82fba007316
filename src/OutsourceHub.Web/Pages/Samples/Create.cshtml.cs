using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// Add a reference piece (a sample) to one of the owner's clients: a link and/or its full text, and what the
/// writer should take from it.
/// </summary>
public sealed class CreateModel(
    OutsourceHubDbContext db,
    ReferencePieces samples,
    MarkdownRenderer renderer,
    IValidator<CreateModel.InputModel> validator,
    ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken cancellationToken) =>
        await FindClientAsync(clientId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken cancellationToken)
    {
        if (!await FindClientAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        var id = await samples.CreateAsync(User.UserId(), clientId, Input.ToDetails(renderer), cancellationToken);
        if (id is null)
        {
            return NotFound();
        }

        logger.LogInformation("Reference piece {SampleId} added to client {ClientId}", id, clientId);
        this.Flash("Reference piece added.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>Reads the chosen file into the text (nothing is saved): the owner checks it, then saves.</summary>
    public async Task<IActionResult> OnPostReadAsync(int clientId, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (!await FindClientAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        this.ReadFile(await Input.ReadFileAsync(upload, cancellationToken));
        return Page();
    }

    /// <summary>Loads the client's name through the ownership check; false means 404.</summary>
    private async Task<bool> FindClientAsync(int clientId, CancellationToken cancellationToken)
    {
        var name = await db.ClientsOf(User.UserId()).AsNoTracking()
            .Where(c => c.Id == clientId)
            .Select(c => c.Name)
            .SingleOrDefaultAsync(cancellationToken);
        ClientId = clientId;
        ClientName = name ?? string.Empty;
        return name is not null;
    }

    public sealed class InputModel : SampleFields;

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider clock) => Include(new SampleFieldsValidator(clock));
    }
}
