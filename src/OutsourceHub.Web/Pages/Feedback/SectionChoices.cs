using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using OutsourceHub.Core;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Web.Pages.Feedback;

/// <summary>
/// The parts of the brief a revision point may hold the draft to, as the review form's list offers them: the brief's
/// sections, each reference piece the latest brief sent ("Sample-{id}"), and "new request" (the scope guard).
/// </summary>
public static class SectionChoices
{
    private const string SamplePrefix = "Sample-";

    public static IReadOnlyList<SelectListItem> For(DraftReview review) =>
    [
        .. new[] { BriefSection.TheJob, BriefSection.Voice, BriefSection.Expectations, BriefSection.SpecialRequests }
            .Select(s => new SelectListItem(Labels.For(s), s.ToString())),
        .. review.Pieces.Select(p => new SelectListItem(Labels.For(BriefSection.ReferencePiece, p.Title), SamplePrefix + p.Id.ToString(CultureInfo.InvariantCulture))),
        new(Labels.For(BriefSection.NewRequest), nameof(BriefSection.NewRequest)),
    ];

    /// <summary>The section and piece of a value the form offered (the validator has checked it is one).</summary>
    public static (BriefSection Section, int? SampleId) Parse(string value) =>
        value.StartsWith(SamplePrefix, StringComparison.Ordinal)
            ? (BriefSection.ReferencePiece, int.Parse(value[SamplePrefix.Length..], CultureInfo.InvariantCulture))
            : (Enum.Parse<BriefSection>(value), null);
}
