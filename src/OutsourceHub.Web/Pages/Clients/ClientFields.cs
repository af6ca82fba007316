using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Forms;

namespace OutsourceHub.Web.Pages.Clients;

// What "Add a client" (Create) and "Edit client" (Edit) share: the fields, their rules and how they become the
// client's details. The form is _ClientFields.cshtml. Each page's InputModel derives from ClientFields and its
// InputValidator includes ClientFieldsValidator, the way the job form is shared (Projects/JobFields.cs).

/// <summary>The fields of a client as a form posts them. Bound, never an entity.</summary>
public class ClientFields
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

    /// <summary>One prompt a line; starts as the default three.</summary>
    [Display(Name = "Questions each job asks you to answer in your own words")]
    public string OwnerPrompts { get; set; } = string.Join('\n', OwnerWords.DefaultPrompts);

    public static IEnumerable<SelectListItem> PointOfViewOptions => EnumOptions.Of<PointOfView>(Labels.For);

    /// <summary>The form's values for a saved client.</summary>
    public void CopyFrom(ClientDetails saved)
    {
        Name = saved.Name;
        Website = saved.Website ?? string.Empty;
        Audience = saved.Audience;
        ToneWords = saved.Voice.ToneWords;
        PointOfView = saved.Voice.PointOfView.ToString();
        SignatureWords = saved.Voice.SignatureWords;
        WordsToAvoid = saved.Voice.WordsToAvoid;
        CaresAbout = saved.Voice.CaresAbout.Markdown;
        StandingExpectations = saved.StandingExpectations.Markdown;
        StandingSpecialRequests = saved.StandingSpecialRequests.Markdown;
        OwnerPrompts = string.Join('\n', Client.PromptsOf(saved.OwnerPrompts));
    }

    /// <summary>The validated fields with each Markdown field rendered once, here, as it is stored.</summary>
    public ClientDetails ToDetails(MarkdownRenderer renderer) => new(
        Name,
        Website,
        Audience,
        new VoiceProfile
        {
            ToneWords = ToneWords,
            PointOfView = Enum.Parse<PointOfView>(PointOfView),
            SignatureWords = SignatureWords,
            WordsToAvoid = WordsToAvoid,
            CaresAbout = renderer.Render(CaresAbout),
        },
        renderer.Render(StandingExpectations),
        renderer.Render(StandingSpecialRequests))
    {
        OwnerPrompts = OwnerPrompts,
    };

    /// <summary>
    /// The fields of this saved client that differ from what this person submitted, with the labels the form uses:
    /// what they would overwrite by saving again.
    /// </summary>
    public IReadOnlyList<ChangedField> DifferencesFrom(ClientFields typed)
    {
        var pointOfView = Enum.TryParse<PointOfView>(PointOfView, out var saved) ? Labels.For(saved) : PointOfView;
        var fields = new (string Label, string Saved, string Typed, string Shown)[]
        {
            ("Name", Name, typed.Name, Name),
            ("Website", Website, typed.Website, Website),
            ("Audience", Audience, typed.Audience, Audience),
            ("Tone words", ToneWords, typed.ToneWords, ToneWords),
            ("Point of view", PointOfView, typed.PointOfView, pointOfView),
            ("Signature words and phrases", SignatureWords, typed.SignatureWords, SignatureWords),
            ("Words to avoid", WordsToAvoid, typed.WordsToAvoid, WordsToAvoid),
            ("What I care about", CaresAbout, typed.CaresAbout, CaresAbout),
            ("Standing expectations", StandingExpectations, typed.StandingExpectations, StandingExpectations),
            ("Standing special requests", StandingSpecialRequests, typed.StandingSpecialRequests, StandingSpecialRequests),
            ("Questions each job asks you", OwnerPrompts, typed.OwnerPrompts, OwnerPrompts),
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

/// <summary>The rules of <see cref="ClientFields"/>; each page's InputValidator includes it.</summary>
public sealed class ClientFieldsValidator : AbstractValidator<ClientFields>
{
    public ClientFieldsValidator()
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
        RuleFor(x => x.OwnerPrompts)
            .Must(prompts => JobText.Lines(prompts).Count <= OwnerWords.MaxPrompts)
            .WithMessage((_, prompts) => $"Keep it to {OwnerWords.MaxPrompts} questions, one per line: there are {JobText.Lines(prompts).Count}.")
            .Must(prompts => JobText.Lines(prompts).All(line => line.Length <= OwnerWords.MaxPromptLength))
            .WithMessage($"Keep each question to one line of up to {OwnerWords.MaxPromptLength} characters.")
            .MaxChars(FieldLengths.Note);
    }
}
