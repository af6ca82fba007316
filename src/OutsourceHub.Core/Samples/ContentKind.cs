namespace OutsourceHub.Core.Samples;

/// <summary>The kind of a piece of content, for reference pieces and for jobs alike.</summary>
public enum ContentKind
{
    Article,
    BlogPost,
    Newsletter,
    Video,
    SocialPost,
    Other,
}
