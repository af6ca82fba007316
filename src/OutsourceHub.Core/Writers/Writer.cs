namespace OutsourceHub.Core.Writers;

/// <summary>A ghostwriter's profile, one per writer account. Name and email live on the account.</summary>
public sealed class Writer
{
    private Writer()
    {
    }

    public Writer(string userId, DateTime now)
    {
        UserId = userId;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string Bio { get; set; } = string.Empty;

    /// <summary>Comma-separated: "SaaS, newsletters, video scripts".</summary>
    public string Specialties { get; set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}
