using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Samples;

/// <summary>
/// Add a reference piece (a sample) to one of the owner's clients: a link and/or its full text, and what the
/// writer should take from it. Its <see cref="InputModel"/> and <see cref="InputValidator"/> are the sample
/// form; Edit binds the same ones, so both pages accept the same fields under the same rules.
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

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public static IEnumerable<SelectListItem> KindOptions => EnumOptions.Of<ContentKind>(Labels.For);

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken cancellationToken) =>
        await FindClientAsync(clientId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken cancellationToken)
    {
        if (!await FindClientAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var sample = new ReferencePiece(clientId, Input.Title.Trim(), Input.ParsedKind, Input.WhatToTake.Trim(), clock.GetUtcNow().UtcDateTime);
        Input.ApplyTo(sample, renderer);
        db.ReferencePieces.Add(sample);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Reference piece {SampleId} added to client {ClientId}", sample.Id, clientId);
        TempData["Flash"] = "Reference piece added.";
        return RedirectToPage("Details", new { id = sample.Id });
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

    public sealed class InputModel
    {
        public const string DateFormat = "yyyy-MM-dd";

        [Display(Name = "Title")]
        public string Title { get; set; } = string.Empty;

        /// <summary>Bound as the enum's name so an unknown value gets the validator's message, not a binding error.</summary>
        [Display(Name = "Kind")]
        public string Kind { get; set; } = nameof(ContentKind.BlogPost);

        [Display(Name = "Link")]
        public string Url { get; set; } = string.Empty;

        [Display(Name = "Full text")]
        public string Text { get; set; } = string.Empty;

        /// <summary>Bound as text (yyyy-MM-dd, what a date input sends) so a bad date keeps what was typed.</summary>
        [Display(Name = "Published on")]
        public string PublishedOn { get; set; } = string.Empty;

        [Display(Name = "What to take from it")]
        public string WhatToTake { get; set; } = string.Empty;

        public ContentKind ParsedKind => Enum.Parse<ContentKind>(Kind);

        public static bool TryParseDate(string value, out DateOnly date) =>
            DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        /// <summary>Copies valid input onto the sample, rendering its text once, here, as it is stored.</summary>
        public void ApplyTo(ReferencePiece sample, MarkdownRenderer renderer)
        {
            sample.Title = Title.Trim();
            sample.Kind = ParsedKind;
            sample.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
            sample.SetText(renderer.Render(Text));
            sample.PublishedOn = TryParseDate(PublishedOn, out var date) ? date : null;
            sample.WhatToTake = WhatToTake.Trim();
        }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public const string LinkOrText = "Give a link to the piece, paste its full text below, or both.";

        public InputValidator(TimeProvider clock)
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage("Give the piece a title.")
                .MaxChars(FieldLengths.Title);
            // Exact names only: Enum.TryParse would also take "3" or "blogpost".
            RuleFor(x => x.Kind)
                .Must(value => Enum.GetNames<ContentKind>().Contains(value, StringComparer.Ordinal))
                .WithMessage("Choose a kind from the list.");
            RuleFor(x => x.Url)
                .Must((input, url) => !string.IsNullOrWhiteSpace(url) || !string.IsNullOrWhiteSpace(input.Text))
                .WithMessage(LinkOrText)
                .HttpUrlOrEmpty()
                .MaxChars(FieldLengths.Url);
            RuleFor(x => x.Text).MaxChars(FieldLengths.Document);
            RuleFor(x => x.PublishedOn)
                .Must(value => string.IsNullOrWhiteSpace(value) || InputModel.TryParseDate(value, out _))
                .WithMessage("Enter the date as year-month-day, e.g. 2025-03-14.")
                // A day of slack: the owner's today may already be tomorrow in UTC.
                .Must(value => !InputModel.TryParseDate(value, out var date)
                    || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
                .WithMessage("The publication date can't be in the future.");
            RuleFor(x => x.WhatToTake).NotEmpty().WithMessage("Tell the writer what to take from this piece, e.g. \"notice how I open with a story\".")
                .MaxChars(FieldLengths.Note);
        }
    }
}
