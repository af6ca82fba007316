using System.Security.Cryptography;
using System.Text;

namespace OutsourceHub.Core.Accounts;

public enum InvitationKind
{
    Writer,
    Owner,
}

/// <summary>
/// A single-use link that lets someone join: a writer joins a client's roster, an owner joins the install.
/// Only the SHA-256 hash of the token is stored; the token itself is shown once, to the inviting owner.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>Said when a link that worked once is used again, or by two people at the same moment.</summary>
    public const string AlreadyUsed = "This invitation has already been used.";

    private Invitation()
    {
    }

    public int Id { get; private set; }

    public InvitationKind Kind { get; private set; }

    public string InvitedById { get; private set; } = string.Empty;

    /// <summary>The client a writer is invited to write for; null for an owner invitation.</summary>
    public int? ClientId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string? Note { get; private set; }

    public string TokenHash { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public string? AcceptedById { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Creates an invitation and returns it with the plain token, which is never stored.</summary>
    public static (Invitation Invitation, string Token) Create(
        InvitationKind kind, string invitedById, int? clientId, string email, string? note, DateTime now)
    {
        if (kind == InvitationKind.Writer && clientId is null)
        {
            throw new DomainException("A writer is invited to write for a client: choose the client.", nameof(ClientId));
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new Invitation
        {
            Kind = kind,
            InvitedById = invitedById,
            ClientId = kind == InvitationKind.Writer ? clientId : null,
            Email = email.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            TokenHash = HashToken(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    public static string HashToken(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsOpen(DateTime now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;

    public void Accept(string userId, DateTime now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException(AlreadyUsed);
        }

        if (RevokedAt is not null)
        {
            throw new DomainException("This invitation was withdrawn by the owner who sent it.");
        }

        if (now >= ExpiresAt)
        {
            throw new DomainException("This invitation has expired. Ask the owner for a new one.");
        }

        AcceptedAt = now;
        AcceptedById = userId;
    }

    public void Revoke(DateTime now)
    {
        if (AcceptedAt is not null)
        {
            throw new DomainException("This invitation has already been used and can no longer be withdrawn.");
        }

        RevokedAt ??= now;
    }
}
