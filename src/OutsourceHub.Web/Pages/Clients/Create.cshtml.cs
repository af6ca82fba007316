using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
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
/// Add a client: name, website, audience, the voice profile and the standing expectations and requests.
/// Its <see cref="InputModel"/> and <see cref="InputValidator"/> are the client form; Edit extends them
/// with the version it was opened at, so both pages accept exactly the same fields under the same rules.
/// </summary>
public sealed class CreateModel(
    OutsourceHubDbContext db,
    MarkdownRenderer renderer,
    IValidator<CreateModel.InputModel> validator,
    TimeProvider clock,
    ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static IEnumerable<SelectListItem> PointOfViewOptions => EnumOptions.Of<PointOfView>(Labels.For);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var client = new Client(User.UserId(), Input.Name.Trim(), now);
        Input.ApplyTo(client, renderer, now);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Client {ClientId} created", client.Id);
        TempData["Flash"] = "Client added.";
        return RedirectToPage("Details", new { id = client.Id });
    }

    /// <summary>The client form. Not sealed: Edit's input adds the version the form was opened at.</summary>
    public class InputModel
    {
        [Display(Name = "Name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Website")]
        public string Website { get; set; } = string.Empty;

        [Display(Name = "Audience")]
        public string Audience { get; set; } = string.Empty;

        [Display(Name = "Tone words")]
        public string ToneWords { get; set; } = string.Empty;

        /// <summary>Bound as the enum's name so an unknown value gets the validator's message, not a binding error.</summary>
        [Display(Name = "Point of view")]
        public string PointOfView { get; set; } = nameof(Core.Clients.PointOfView.FirstPersonSingular);

        [Display(Name = "Signature words and phrases")]
        public string SignatureWords { get; set; } = string.Empty;

        [Display(Name = "Words to avoid")]
        public string WordsToAvoid { get; set; } = string.Empty;

        [Display(Name = "What I care about")]
        public string CaresAbout { get; set; } = string.Empty;

        [Display(Name = "Standing expectations")]
        public string StandingExpectations { get; set; } = string.Empty;

        [Display(Name = "Standing special requests")]
        public string StandingSpecialRequests { get; set; } = string.Empty;

        /// <summary>Copies valid input onto the client, rendering each Markdown field once, here, as it is stored.</summary>
        public void ApplyTo(Client client, MarkdownRenderer renderer, DateTime now)
        {
            client.Name = Name.Trim();
            client.Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
            client.Audience = Audience.Trim();
            client.Voice = new VoiceProfile
            {
                ToneWords = ToneWords.Trim(),
                PointOfView = Enum.Parse<PointOfView>(PointOfView),
                SignatureWords = SignatureWords.Trim(),
                WordsToAvoid = WordsToAvoid.Trim(),
                CaresAbout = renderer.Render(CaresAbout),
            };
            client.StandingExpectations = renderer.Render(StandingExpectations);
            client.StandingSpecialRequests = renderer.Render(StandingSpecialRequests);
            client.UpdatedAt = now;
        }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {

        public InputValidator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the client's name.")
                .MaxChars(FieldLengths.Name);
            RuleFor(x => x.Website).HttpUrlOrEmpty()
                .MaxChars(FieldLengths.Url);
            RuleFor(x => x.Audience).MaxChars(FieldLengths.Line);
            RuleFor(x => x.ToneWords).MaxChars(FieldLengths.Line);
            // Exact names only: Enum.TryParse would also take "7" or "firstpersonsingular".
            RuleFor(x => x.PointOfView)
                .Must(value => Enum.GetNames<PointOfView>().Contains(value, StringComparer.Ordinal))
                .WithMessage("Choose a point of view from the list.");
            RuleFor(x => x.SignatureWords).MaxChars(FieldLengths.Note);
            RuleFor(x => x.WordsToAvoid).MaxChars(FieldLengths.Note);
            RuleFor(x => x.CaresAbout).MaxChars(FieldLengths.Markdown);
            RuleFor(x => x.StandingExpectations).MaxChars(FieldLengths.Markdown);
            RuleFor(x => x.StandingSpecialRequests).MaxChars(FieldLengths.Markdown);
        }
    }
}
