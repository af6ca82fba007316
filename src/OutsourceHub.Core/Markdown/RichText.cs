namespace OutsourceHub.Core.Markdown;

/// <summary>
/// User-written Markdown stored with the HTML the safe renderer made of it when it was written,
/// so no read request renders Markdown. Only <see cref="MarkdownRenderer"/> creates non-empty values.
/// </summary>
public sealed record RichText(string Markdown, string Html)
{
    public static RichText Empty { get; } = new(string.Empty, string.Empty);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}
