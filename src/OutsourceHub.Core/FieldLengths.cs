namespace OutsourceHub.Core;

/// <summary>
/// Maximum lengths of every text column. EF configurations and the page validators both read these,
/// so a form refuses exactly what the database could not store.
/// </summary>
public static class FieldLengths
{
    public const int DisplayName = 100;
    public const int Email = 256;
    public const int Name = 200;
    public const int Title = 200;
    public const int Url = 2_000;
    /// <summary>One line of prose: an audience, a goal, a list of tone words.</summary>
    public const int Line = 500;
    /// <summary>A short plain-text note: what to take from a sample, a personal note on an invitation.</summary>
    public const int Note = 2_000;
    /// <summary>A Markdown field written in a form: voice, expectations, requests, comments, messages.</summary>
    public const int Markdown = 20_000;
    /// <summary>A whole piece of writing: a sample's full text, a draft, an issued brief.</summary>
    public const int Document = 200_000;
    public const int EnumName = 40;
    public const int TokenHash = 64;
    /// <summary>Who holds an outbox email: machine, process and pass.</summary>
    public const int ClaimToken = 100;

    /// <summary>
    /// "Keep this to 2,000 characters or fewer; it has 100,000.": the limit and what was typed, so the person knows
    /// how much to cut. Every length limit of the app, in a validator or a use case, is worded this way.
    /// </summary>
    public static string TooLong(int max, int length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Keep this to {max:N0} characters or fewer; it has {length:N0}.");
}
