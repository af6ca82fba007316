using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Post a job": first which client (the rest of the form depends on it), then the job's fields, writer and
/// reference pieces. Creates the job in Setup and shows it.
/// </summary>
public sealed class CreateModel(
    OutsourceHubDbContext db,
    Jobs jobs,
    MarkdownRenderer renderer,
    IValidator<CreateModel.InputModel> validator,
    ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The chosen client's writers and reference pieces; null while the client is still to be chosen.</summary>
    public JobChoices? Choices { get; private set; }

    /// <summary>The owner's clients, when the first question is "which client?".</summary>
    public IReadOnlyList<ClientOption> Clients { get; private set; } = [];

    public bool CanChangeClient { get; private set; }

    /// <summary>Said when a link named an archived client, above the choice of the others.</summary>
    public string? ArchivedClientNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? clientId, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return NotFound(); // ?clientId=abc names no client
        }

        var ownerId = User.UserId();
        if (clientId is not null && await IsArchivedAsync(ownerId, clientId.Value, cancellationToken))
        {
            // A link from before the client was archived: choose among the active clients instead.
            ArchivedClientNotice = "That client is archived: restore it on its page to post jobs for it, or choose another.";
            clientId = null;
        }

        if (clientId is null)
        {
            Clients = await ActiveClients(ownerId)
                .OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new ClientOption(c.Id, c.Name))
                .ToListAsync(cancellationToken);
            if (Clients.Count != 1)
            {
                return Page();
            }

            clientId = Clients[0].Id;
        }

        Choices = await JobChoices.LoadAsync(db, ownerId, clientId.Value, currentWriterId: null, currentSampleIds: [], cancellationToken);
        if (Choices is null)
        {
            return NotFound();
        }

        Input.ClientId = Choices.ClientId;
        Input.Audience = Choices.ClientAudience;
        Input.AskOwner(Choices);
        CanChangeClient = await ActiveClients(ownerId).CountAsync(cancellationToken) > 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        Choices = Input.ClientId is int clientId
            ? await JobChoices.LoadAsync(db, ownerId, clientId, currentWriterId: null, currentSampleIds: [], cancellationToken)
            : null;
        if (Choices is null)
        {
            return NotFound();
        }

        if (Input.OwnerWords.Count == 0)
        {
            Input.AskOwner(Choices);
        }

        await this.ValidAsync(validator, Input, cancellationToken);
        Choices.Check(Input, ModelState, nameof(Input));
        if (ModelState.IsValid)
        {
            try
            {
                var id = await jobs.CreateAsync(ownerId, Choices.ClientId, Input.ToDetails(renderer), Input.WriterId, Input.SampleIds, cancellationToken);
                if (id is null)
                {
                    return NotFound();
                }

                logger.LogInformation(
                    "Job {JobId} posted for client {ClientId} with {SampleCount} reference pieces and writer {WriterId}",
                    id, Choices.ClientId, Input.SampleIds.Distinct().Count(), Input.WriterId);
                return RedirectToPage("Details", new { id });
            }
            catch (DomainException refused)
            {
                // An archived client takes no new job; one archived while this form was open keeps what was typed.
                this.Refused(refused);
            }
        }

        CanChangeClient = await ActiveClients(ownerId).CountAsync(cancellationToken) > 1;
        return Page();
    }

    private IQueryable<Core.Clients.Client> ActiveClients(string ownerId) =>
        db.ClientsOf(ownerId).AsNoTracking().Where(c => c.ArchivedAt == null);

    private Task<bool> IsArchivedAsync(string ownerId, int clientId, CancellationToken cancellationToken) =>
        db.ClientsOf(ownerId).AnyAsync(c => c.Id == clientId && c.ArchivedAt != null, cancellationToken);

    public sealed record ClientOption(int Id, string Name);

    public sealed class InputModel : JobFields
    {
        /// <summary>Chosen in the first step; checked against the owner's clients on every post.</summary>
        [Display(Name = "Client")]
        public int? ClientId { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(TimeProvider clock) => Include(new JobFieldsValidator(clock));
    }
}
