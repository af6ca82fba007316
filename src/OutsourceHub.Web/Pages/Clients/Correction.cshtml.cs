using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>
/// One recurring correction, every time it was made, and the one step that makes it standing guidance for the
/// client: a standing expectation or a word to avoid, in the wording the owner settles on here.
/// </summary>
public sealed class CorrectionModel(
    OutsourceHubDbContext db, Corrections corrections, IValidator<CorrectionModel.InputModel> validator) : PageModel
{
    /// <summary>The longest word or phrase to avoid taken from a correction.</summary>
    public const int MaxWordLength = 100;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    public ClientCorrection Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, key, cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Guidance = Item.Correction.Word is null ? CorrectionGuidance.Expectation : CorrectionGuidance.WordToAvoid,
            Wording = Item.Correction.Word ?? Item.Correction.Latest.Text,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, key, cancellationToken))
        {
            return NotFound();
        }

        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        try
        {
            if (await corrections.AdoptAsync(User.UserId(), id, key, Input.Guidance!.Value, Input.Wording, cancellationToken) is null)
            {
                return NotFound();
            }
        }
        catch (DomainException refused)
        {
            this.Refused(refused);
            return Page();
        }

        this.Flash(Input.Guidance == CorrectionGuidance.WordToAvoid
            ? $"“{Input.Wording.Trim()}” is now a word to avoid for {ClientName}. The next brief you issue carries it."
            : $"Added to {ClientName}'s standing expectations. The next brief you issue carries it.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>The owner's client and its correction named <paramref name="key"/>; false for anyone else's or none.</summary>
    private async Task<bool> LoadAsync(int id, int key, CancellationToken cancellationToken)
    {
        var found = await corrections.ForClientAsync(User.UserId(), id, cancellationToken);
        var item = found?.FirstOrDefault(c => c.Correction.Key == key);
        if (item is null)
        {
            return false;
        }

        Item = item;
        ClientId = id;
        ClientName = await db.ClientsOf(User.UserId()).Where(c => c.Id == id).Select(c => c.Name).SingleAsync(cancellationToken);
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Add it as")]
        public CorrectionGuidance? Guidance { get; set; }

        [Display(Name = "Wording")]
        public string Wording { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Guidance).NotNull().WithMessage("Choose a standing expectation or a word to avoid.")
                .IsInEnum().WithMessage("Choose a standing expectation or a word to avoid.");
            RuleFor(x => x.Wording).NotEmpty().WithMessage("Write the guidance as the writer should read it.")
                .MaxChars(FieldLengths.Note);
            RuleFor(x => x.Wording)
                .Must(w => w.Trim().Length <= MaxWordLength && !w.Contains(',', StringComparison.Ordinal) && !w.Contains('\n', StringComparison.Ordinal))
                .When(x => x.Guidance == CorrectionGuidance.WordToAvoid && !string.IsNullOrWhiteSpace(x.Wording))
                .WithMessage($"A word to avoid is one word or a short phrase (up to {MaxWordLength} characters, no commas).");
        }
    }
}
