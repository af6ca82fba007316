using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Samples;

/// <summary>How content kinds and points of view read in sentences, in pages and in the brief alike.</summary>
public static class ContentKindText
{
    public static string Label(ContentKind kind) => kind switch
    {
        ContentKind.Article => "Article",
        ContentKind.BlogPost => "Blog post",
        ContentKind.Newsletter => "Newsletter",
        ContentKind.Video => "Video",
        ContentKind.SocialPost => "Social post",
        ContentKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string Label(PointOfView pointOfView) => pointOfView switch
    {
        PointOfView.FirstPersonSingular => "First person singular (I)",
        PointOfView.FirstPersonPlural => "First person plural (we)",
        PointOfView.SecondPerson => "Second person (you)",
        PointOfView.ThirdPerson => "Third person (she, he, they, the brand)",
        _ => pointOfView.ToString(),
    };
}
