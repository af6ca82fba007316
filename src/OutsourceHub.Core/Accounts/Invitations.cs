using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Accounts;

/// <summary>An invitation made: the absolute join link, shown to the owner once, and who it went to.</summary>
/// <param name="Client">The client a writer was invited to; null for an owner invitation.</param>
public sealed record InvitationSent(string Link, string Email, string? Client);

/// <summary>An invitation withdrawn, for the owner's confirmation.</summary>
public sealed record InvitationRevoked(string Email)
{
    public string Confirmation => $"The invitation to {Email} is withdrawn: its link no longer works.";
}

/// <summary>
/// Invitations, from the owner's invite to the invited person's first step in: sending one with its email (in one
/// save; the plain token exists only in the returned link and in that email), what its link shows, accepting it (a
/// writer's profile and roster entry, the owner's notice) and withdrawing it. Account creation itself is Identity's,
/// in Web; accepting runs inside that transaction.
/// </summary>
public sealed class Invitations(
    OutsourceHubDbContext db,
    TimeProvider clock,
    Notifier notifier,
    INoticeLinks links,
    ILookupNormalizer normalizer,
    ILogger<Invitations> logger)
{
    /// <summary>Said when inviting an owner at an address that already has an account, which could never use the link.</summary>
    public const string EmailHasAccount = "This email address already has an OutsourceHub account.";

    /// <summary>Said when a writer is invited to an archived client, which takes no new writer.</summary>
    public static string ClientArchived(string client) => $"{client} is archived: restore it from its page before inviting a writer to it.";

    /// <summary>Said when the invited email is already a writer on the client's roster.</summary>
    public static string AlreadyOnRoster(string client) => $"This writer already writes for {client}.";

    /// <summary>Said when the account accepting is not the one the invitation was sent to.</summary>
    public static string ForAnotherAccount(string email) => $"This invitation is for {email}: only that account can use it.";

    /// <summary>The role the account joining by an invitation of this kind has.</summary>
    public static string RoleOf(InvitationKind kind) => kind == InvitationKind.Writer ? AppRoles.Writer : AppRoles.Owner;

    /// <summary>
    /// Creates the invitation and queues its email, with the join link <paramref name="joinLink"/> makes from the
    /// token. A writer is invited to one of the inviting owner's active clients, unless the email already writes for
    /// it; an owner, unless the email already has an account. Null when the client is not the inviting owner's (the
    /// page answers 404); DomainException, about the <c>ClientId</c> or the <c>Email</c>, when a rule refuses.
    /// </summary>
    public async Task<InvitationSent?> SendAsync(InvitationRequest request, Func<string, string> joinLink, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(request.Email.Trim());
        string inviter;
        string? clientName = null;
        if (request.Kind == InvitationKind.Writer && request.ClientId is { } clientId)
        {
            var client = await db.ClientsOf(request.InvitedById).AsNoTracking()
                .Where(c => c.Id == clientId)
                .Select(c => new
                {
                    c.Name,
                    Archived = c.ArchivedAt != null,
                    Inviter = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).First(),
                    OnRoster = db.Roster.Any(r => r.ClientId == c.Id
                        && db.Writers.Any(w => w.Id == r.WriterId && db.Users.Any(u => u.Id == w.UserId && u.NormalizedEmail == normalized))),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (client is null)
            {
                return null;
            }

            if (client.Archived)
            {
                throw new DomainException(ClientArchived(client.Name), nameof(InvitationRequest.ClientId));
            }

            if (client.OnRoster)
            {
                throw new DomainException(AlreadyOnRoster(client.Name), nameof(InvitationRequest.Email));
            }

            inviter = client.Inviter;
            clientName = client.Name;
        }
        else
        {
            var owner = await db.Users.AsNoTracking()
                .Where(u => u.Id == request.InvitedById)
                .Select(u => new { u.DisplayName, EmailTaken = db.Users.Any(o => o.NormalizedEmail == normalized) })
                .SingleAsync(cancellationToken);
            // An owner invitation creates a new account, so an address that already has one could never use it.
            if (request.Kind == InvitationKind.Owner && owner.EmailTaken)
            {
                throw new DomainException(EmailHasAccount, nameof(InvitationRequest.Email));
            }

            inviter = owner.DisplayName;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, token) = Invitation.Create(request.Kind, request.InvitedById, request.ClientId, request.Email, request.Note, now);
        var link = joinLink(token);
        db.Invitations.Add(invitation);
        db.OutboxEmails.Add(new OutboxEmail(invitation.Email, Subject(invitation.Kind, inviter, clientName), Body(invitation, inviter, clientName, link), now));
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Invitation {InvitationId} ({Kind}) created by {UserId}", invitation.Id, invitation.Kind, request.InvitedById);
        logger.LogInformation("Invitation email to {Email} queued", invitation.Email);
        return new InvitationSent(link, invitation.Email, clientName);
    }

    /// <summary>
    /// What the link with this token shows, and where the visitor stands with it: <paramref name="viewerId"/> is the
    /// signed-in account, or null for an anonymous visitor. Changes nothing. The states come in the order
    /// <see cref="Invitation.Accept"/> checks, so what the page offers and what accepting refuses agree.
    /// </summary>
    public async Task<JoinStanding> OpenAsync(string token, string? viewerId, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashToken(token);
        var invitation = await db.Invitations.AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Select(i => new InvitationLink(
                i.Id,
                i.Kind,
                i.Email,
                db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == i.InvitedById).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                i.ExpiresAt,
                i.AcceptedAt != null,
                i.RevokedAt != null,
                i.Note))
            .SingleOrDefaultAsync(cancellationToken);
        return new JoinStanding(invitation, await StateOfAsync(invitation, viewerId, cancellationToken));
    }

    /// <summary>
    /// Accepts the invitation for the account <paramref name="userId"/>, which must be the invited email's with the
    /// invitation's role: a writer gets a profile if they have none and the roster entry, and the inviting owner a
    /// notice (in the app and by email). Runs in the caller's transaction (the one creating the account), else in its
    /// own: the invitation is read inside it, and its UPDATE checks that it is still unused and not withdrawn, so two
    /// people using the same link cannot both get in. DomainException when the invitation is used, withdrawn,
    /// expired or for another account; nothing is kept then.
    /// </summary>
    public async Task AcceptAsync(int invitationId, string userId, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AcceptOnceAsync(invitationId, userId, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request (on this instance or another) used or withdrew the link after it was read here.
            db.ChangeTracker.Clear();
            throw new DomainException(Invitation.AlreadyUsed);
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Withdraws an open invitation the owner may see (to one of their clients, or an owner invitation they sent): its
    /// link stops working. Null when it is not theirs; DomainException when it was used, or used or withdrawn while
    /// this ran.
    /// </summary>
    public async Task<InvitationRevoked?> RevokeAsync(string ownerId, int invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.InvitationsOf(ownerId).SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        invitation.Revoke(clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted (or withdrawn in another window) between loading and saving.
            db.ChangeTracker.Clear();
            throw new DomainException($"The invitation to {invitation.Email} was used or withdrawn a moment ago.");
        }

        logger.LogInformation("Invitation {InvitationId} revoked by {UserId}", invitation.Id, ownerId);
        return new InvitationRevoked(invitation.Email);
    }

    private async Task<JoinState> StateOfAsync(InvitationLink? invitation, string? viewerId, CancellationToken cancellationToken)
    {
        if (invitation is null)
        {
            return JoinState.Unknown;
        }

        if (invitation.Accepted)
        {
            return JoinState.Used;
        }

        if (invitation.Revoked)
        {
            return JoinState.Revoked;
        }

        if (clock.GetUtcNow().UtcDateTime >= invitation.ExpiresAt)
        {
            return JoinState.Expired;
        }

        if (viewerId is not null)
        {
            // An invitation is for one email. Anyone else holding the link (forwarded, or read from a log) must not
            // use it up, nor put themselves on the owner's roster; an owner invitation only ever makes a new account.
            return invitation.Kind == InvitationKind.Writer && await IsForAccountAsync(invitation.Kind, invitation.Email, viewerId, cancellationToken)
                ? JoinState.JoinClient
                : JoinState.WrongAccount;
        }

        var normalized = normalizer.NormalizeEmail(invitation.Email);
        if (!await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return JoinState.CreateAccount;
        }

        return invitation.Kind == InvitationKind.Writer ? JoinState.SignInFirst : JoinState.EmailTaken;
    }

    /// <summary>Whether the account has the invited email and the role the invitation gives.</summary>
    private Task<bool> IsForAccountAsync(InvitationKind kind, string email, string userId, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email);
        var role = RoleOf(kind);
        return db.Users.AnyAsync(
            u => u.Id == userId && u.NormalizedEmail == normalized
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)),
            cancellationToken);
    }

    private async Task AcceptOnceAsync(int invitationId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.SingleAsync(i => i.Id == invitationId, cancellationToken);
        invitation.Accept(userId, now);
        if (!await IsForAccountAsync(invitation.Kind, invitation.Email, userId, cancellationToken))
        {
            throw new DomainException(ForAnotherAccount(invitation.Email));
        }

        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        string text;
        if (invitation.Kind == InvitationKind.Writer)
        {
            var clientId = invitation.ClientId!.Value;
            var writer = await db.Writers.SingleOrDefaultAsync(w => w.UserId == userId, cancellationToken);
            if (writer is null)
            {
                writer = new Writer(userId, now);
                db.Writers.Add(writer);
                // The roster entry needs the writer's id; the transaction keeps this save and the next as one.
                await db.SaveChangesAsync(cancellationToken);
            }

            if (!await db.Roster.AnyAsync(r => r.ClientId == clientId && r.WriterId == writer.Id, cancellationToken))
            {
                db.Roster.Add(new RosterEntry(clientId, writer.Id, now));
            }

            var clientName = await db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync(cancellationToken);
            text = NoticeText.WriterJoined(name, clientName);
        }
        else
        {
            text = NoticeText.OwnerJoined(name);
        }

        await notifier.NotifyAsync(
            invitation.InvitedById,
            Notice.To(links.To(NoticePlace.Roster), NotificationKind.InvitationAccepted, text, projectId: null),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted by {UserId}", invitation.Id, userId);
    }

    private static string Subject(InvitationKind kind, string inviter, string? client) => kind == InvitationKind.Writer
        ? $"{inviter} invites you to write for {client} on OutsourceHub"
        : $"{inviter} invites you to OutsourceHub as an owner";

    private static string Body(Invitation invitation, string inviter, string? client, string link)
    {
        var what = invitation.Kind == InvitationKind.Writer
            ? $"{inviter} invites you to write for {client} on OutsourceHub, where you will get each job's kickoff brief, the reference pieces that show the voice, and one place for questions and drafts."
            : $"{inviter} invites you to OutsourceHub as an owner: you will keep your own clients, their voice and their jobs, and work with your writers.";
        var note = invitation.Note is null ? string.Empty : $"A note from {inviter}:\n\n{invitation.Note}\n\n";
        var expires = invitation.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"{what}\n\n{note}Join here:\n{link}\n\nThe link works once and expires on {expires}. If you did not expect this email, you can ignore it.\n";
    }
}
