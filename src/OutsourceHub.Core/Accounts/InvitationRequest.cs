namespace OutsourceHub.Core.Accounts;

/// <summary>Who invites, and to what: a writer to one of the owner's clients' rosters, or an owner to the install.</summary>
/// <param name="ClientId">The client a writer is invited to write for; null for an owner invitation.</param>
/// <param name="Note">The owner's personal note, plain text, shown on the join page and in the email.</param>
public sealed record InvitationRequest(InvitationKind Kind, string InvitedById, int? ClientId, string Email, string? Note);
