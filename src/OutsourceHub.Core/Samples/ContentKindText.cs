namespace OutsourceHub.Core.Samples;

/// <summary>How content kinds read on screen, in pages and in the brief alike.</summary>
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
}
