using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using OutsourceHub.Core;
using OutsourceHub.Core.Imports;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Samples;

// What "Add a reference piece" (Create) and "Edit reference piece" (Edit) share: the fields, their rules and how
// they become the piece's details. The form is _SampleFields.cshtml. Each page's InputModel derives from
// SampleFields and its InputValidator includes SampleFieldsValidator, the way the job form is shared.

/// <summary>The fields of a reference piece as a form posts them. Bound, never an entity.</summary>
public class SampleFields
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

    /// <summary>Offered for an approved ghostwritten piece only; the owner's own pieces always count.</summary>
    [Display(Name = "Compare drafts with it in the voice match")]
    public bool InVoiceMatch { get; set; } = true;

    /// <summary>Set by the Edit page from the saved piece (never bound): whether <see cref="InVoiceMatch"/> is offered.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool IsGhostwritten { get; set; }

    public static IEnumerable<SelectListItem> KindOptions => EnumOptions.Of<ContentKind>(Labels.For);

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The name of the file field beside the text, and of the handler that reads it.</summary>
    public const string UploadField = "Upload";

    public const string TextAlreadyThere = "The full text box has text in it already: empty it to read a file into it.";

    /// <summary>
    /// Reads an uploaded file (.docx, .md, .txt, .html, .vtt, .srt) into the text for the owner to check before saving,
    /// and its name into an empty title. The reason it gives no text, or null when it was read. Never overwrites text.
    /// </summary>
    public async Task<string?> ReadFileAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return "Choose a file to read.";
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            return TextAlreadyThere;
        }

        if (upload.Length > FileImport.MaxBytes)
        {
            return FileImport.TooLarge;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var imported = FileImport.Read(buffer.ToArray(), upload.FileName);
            Text = imported.Markdown;
            if (string.IsNullOrWhiteSpace(Title) && imported.Title is { } title)
            {
                Title = title.Length > FieldLengths.Title ? title[..FieldLengths.Title] : title;
            }

            return null;
        }
        catch (ImportRefused refused)
        {
            return refused.Message;
        }
    }

    /// <summary>The form's values for a saved piece.</summary>
    public void CopyFrom(SampleDetails saved)
    {
        Title = saved.Title;
        Kind = saved.Kind.ToString();
        Url = saved.Url ?? string.Empty;
        Text = saved.Text.Markdown;
        PublishedOn = saved.PublishedOn?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;
        WhatToTake = saved.WhatToTake;
        InVoiceMatch = saved.InVoiceMatch;
    }

    /// <summary>The validated fields with the text rendered once, here, as it is stored.</summary>
    public SampleDetails ToDetails(MarkdownRenderer renderer) => new(
        Title,
        Enum.Parse<ContentKind>(Kind),
        Url,
        renderer.Render(Text),
        TryParseDate(PublishedOn, out var date) ? date : null,
        WhatToTake)
    {
        InVoiceMatch = InVoiceMatch || !IsGhostwritten,
    };
}

/// <summary>The rules of <see cref="SampleFields"/>; each page's InputValidator includes it.</summary>
public sealed class SampleFieldsValidator : AbstractValidator<SampleFields>
{
    public const string LinkOrText = "Give a link to the piece, paste its full text below, or both.";

    public SampleFieldsValidator(TimeProvider clock)
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
            .Must(value => string.IsNullOrWhiteSpace(value) || SampleFields.TryParseDate(value, out _))
            .WithMessage("Enter the date as year-month-day, e.g. 2025-03-14.")
            // A day of slack: the owner's today may already be tomorrow in UTC.
            .Must(value => !SampleFields.TryParseDate(value, out var date)
                || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("The publication date can't be in the future.");
        RuleFor(x => x.WhatToTake).NotEmpty().WithMessage("Tell the writer what to take from this piece, e.g. \"notice how I open with a story\".")
            .MaxChars(FieldLengths.Note);
    }
}
