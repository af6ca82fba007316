namespace OutsourceHub.Core.Accounts;

/// <summary>What an invitation link shows of its invitation, and where the visitor stands with it.</summary>
public sealed record JoinStanding(InvitationLink? Invitation, JoinState State);

/// <summary>
/// An invitation as its link shows it. <see cref="Note"/> is the owner's plain text, to be shown encoded.
/// </summary>
/// <param name="Client">The client a writer is invited to; null for an owner invitation.</param>
/// <param name="InvitedBy">The inviting owner's name.</param>
public sealed record InvitationLink(
    int Id, InvitationKind Kind, string Email, string? Client, string InvitedBy, DateTime ExpiresAt, bool Accepted, bool Revoked, string? Note)
{
    /// <summary>The note's paragraphs (split at blank lines), each as its lines, so the page keeps the owner's breaks.</summary>
    public IReadOnlyList<string[]> NoteParagraphs => string.IsNullOrWhiteSpace(Note)
        ? []
        : Note.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('\n', StringSplitOptions.TrimEntries))
            .ToList();
}
