using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Web.Display;

/// <summary>How revision points' categories and brief sections read on screen.</summary>
public static class ReviewText
{
    public static string Category(RevisionCategory category) => category switch
    {
        RevisionCategory.Voice => "Voice",
        RevisionCategory.Facts => "Facts",
        RevisionCategory.Structure => "Structure",
        RevisionCategory.Length => "Length",
        RevisionCategory.Keywords => "Keywords",
        _ => "Other",
    };

    public static string Section(BriefSection section, string? sampleTitle = null) => section switch
    {
        BriefSection.TheJob => "The job",
        BriefSection.Voice => "Voice",
        BriefSection.Expectations => "Expectations",
        BriefSection.SpecialRequests => "Special requests",
        BriefSection.ReferencePiece => sampleTitle is null ? "A reference piece" : $"Reference piece “{sampleTitle}”",
        _ => "New request — not in the brief",
    };
}
