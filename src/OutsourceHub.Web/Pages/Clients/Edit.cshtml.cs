using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>
/// Edit a client. The form carries the version it was opened at; if someone saved in between, the save is
/// refused, their version is shown beside the form, and what this person typed stays in it. The form then
/// carries the newer version, so saving again deliberately keeps this person's text.
/// </summary>
public sealed class EditModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    IValidator<EditModel.InputModel> validator,
    TimeProvider clock,
    ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int Id { get; private set; }

    /// <summary>The name as saved, for the heading: the form's Name may be mid-edit or empty.</summary>
    public string SavedName { get; private set; } = string.Empty;

    /// <summary>The other person's saved values, when this save lost a race; otherwise null.</summary>
    public IReadOnlyList<ChangedField>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var saved = await ReadSavedAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        Id = id;
        SavedName = saved.Name;
        Input = saved.ToInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        // Ownership first: another owner's id answers 404 whatever the form holds.
        var client = await db.ClientsOf(User.UserId()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return NotFound();
        }

        Id = id;
        SavedName = client.Name;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(client, renderer, clock.GetUtcNow().UtcDateTime);
        db.ExpectVersion(client, Input.Version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var saved = await ReadSavedAsync(id, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            logger.LogInformation("Client {ClientId} was saved by someone else; version {Version} refused", id, Input.Version);
            SavedName = saved.Name;
            Changes = saved.DifferencesFrom(Input);
            // The hidden field would otherwise show the posted (stale) version from model state.
            ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
            Input.Version = saved.Version;
            return Page();
        }

        logger.LogInformation("Client {ClientId} updated to version {Version}", client.Id, client.Version);
        TempData["Flash"] = "Changes saved.";
        return RedirectToPage("Details", new { id = client.Id });
    }

    private Task<SavedClient?> ReadSavedAsync(int id, CancellationToken cancellationToken) =>
        db.ClientsOf(User.UserId()).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new SavedClient(
                c.Name,
                c.Website,
                c.Audience,
                c.Voice.ToneWords,
                c.Voice.PointOfView,
                c.Voice.SignatureWords,
                c.Voice.WordsToAvoid,
                c.Voice.CaresAbout.Markdown,
                c.StandingExpectations.Markdown,
                c.StandingSpecialRequests.Markdown,
                c.Version))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The client form plus the version it was opened at.</summary>
    public sealed class InputModel : CreateModel.InputModel
    {
        public int Version { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() => Include(new CreateModel.InputValidator());
    }

    /// <summary>The client's fields as they are in the database.</summary>
    public sealed record SavedClient(
        string Name,
        string? Website,
        string Audience,
        string ToneWords,
        PointOfView PointOfView,
        string SignatureWords,
        string WordsToAvoid,
        string CaresAbout,
        string StandingExpectations,
        string StandingSpecialRequests,
        int Version)
    {
        public InputModel ToInput() => new()
        {
            Name = Name,
            Website = Website ?? string.Empty,
            Audience = Audience,
            ToneWords = ToneWords,
            PointOfView = PointOfView.ToString(),
            SignatureWords = SignatureWords,
            WordsToAvoid = WordsToAvoid,
            CaresAbout = CaresAbout,
            StandingExpectations = StandingExpectations,
            StandingSpecialRequests = StandingSpecialRequests,
            Version = Version,
        };

        /// <summary>
        /// The saved values that differ from what this person submitted, with the labels the form uses:
        /// what they would overwrite by saving again.
        /// </summary>
        public IReadOnlyList<ChangedField> DifferencesFrom(InputModel typed)
        {
            var saved = ToInput();
            var fields = new (string Label, string Saved, string Typed, string Shown)[]
            {
                ("Name", saved.Name, typed.Name, saved.Name),
                ("Website", saved.Website, typed.Website, saved.Website),
                ("Audience", saved.Audience, typed.Audience, saved.Audience),
                ("Tone words", saved.ToneWords, typed.ToneWords, saved.ToneWords),
                ("Point of view", saved.PointOfView, typed.PointOfView, Labels.For(PointOfView)),
                ("Signature words and phrases", saved.SignatureWords, typed.SignatureWords, saved.SignatureWords),
                ("Words to avoid", saved.WordsToAvoid, typed.WordsToAvoid, saved.WordsToAvoid),
                ("What I care about", saved.CaresAbout, typed.CaresAbout, saved.CaresAbout),
                ("Standing expectations", saved.StandingExpectations, typed.StandingExpectations, saved.StandingExpectations),
                ("Standing special requests", saved.StandingSpecialRequests, typed.StandingSpecialRequests, saved.StandingSpecialRequests),
            };
            return fields
                .Where(f => !SameText(f.Saved, f.Typed))
                .Select(f => new ChangedField(f.Label, f.Shown.Length == 0 ? "(empty)" : f.Shown))
                .ToList();
        }

        /// <summary>Browsers send line breaks as CRLF and the form trims: neither is a change worth showing.</summary>
        private static bool SameText(string saved, string typed) =>
            string.Equals(Normalise(saved), Normalise(typed), StringComparison.Ordinal);

        private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }
}
