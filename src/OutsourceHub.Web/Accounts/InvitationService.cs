using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Writers;
using OutsourceHub.Web.Display;

namespace OutsourceHub.Web.Accounts;

/// <summary>
/// Sending and accepting invitations, shared by the two invite pages and the join page. Sending writes the
/// invitation and its email in one save; the plain token exists only in the returned link and in that email.
/// </summary>
public sealed class InvitationService(
    OutsourceHubDbContext db,
    LinkGenerator links,
    PublicLinks publicLinks,
    Notifier notifier,
    INoticeLinks noticeLinks,
    TimeProvider clock,
    ILogger<InvitationService> logger)
{
    public const string JoinPage = "/Join/Index";

    /// <summary>Creates the invitation, queues its email and returns the absolute join link to show the owner once.</summary>
    public async Task<string> SendAsync(InvitationRequest request, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (invitation, token) = Invitation.Create(
            request.Kind, request.InvitedById, request.ClientId, request.Email, request.Note, now);
        var link = publicLinks.Absolute(
            httpContext, links.GetPathByPage(JoinPage, handler: null, values: new { token }) ?? throw new InvalidOperationException("The join page has no route."));

        db.Invitations.Add(invitation);
        db.OutboxEmails.Add(new OutboxEmail(invitation.Email, Subject(request), Body(request, invitation, link), now));
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Invitation {InvitationId} ({Kind}) created by {UserId}", invitation.Id, invitation.Kind, request.InvitedById);
        logger.LogInformation("Invitation email to {Email} queued", invitation.Email);
        return link;
    }

    /// <summary>
    /// Accepts the invitation for this account: a writer gets a profile if they have none and the roster entry,
    /// and the inviting owner a notice (in the app and by email). Run it in a transaction: the invitation is read here, inside it,
    /// so two people using the same link cannot both get in. Throws DomainException when the invitation is
    /// used, withdrawn or expired.
    /// </summary>
    public async Task AcceptAsync(int invitationId, AppUser user, CancellationToken cancellationToken)
    {
        try
        {
            await AcceptOnceAsync(invitationId, user, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request (on this instance or another) used or withdrew the link after it was read here: the
            // row's AcceptedAt and RevokedAt are checked by the UPDATE, so only one of them saved.
            throw new DomainException("This invitation has already been used.");
        }
    }

    private async Task AcceptOnceAsync(int invitationId, AppUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.SingleAsync(i => i.Id == invitationId, cancellationToken);
        invitation.Accept(user.Id, now);

        string text;
        if (invitation.Kind == InvitationKind.Writer)
        {
            var clientId = invitation.ClientId!.Value;
            var writer = await db.Writers.SingleOrDefaultAsync(w => w.UserId == user.Id, cancellationToken);
            if (writer is null)
            {
                writer = new Writer(user.Id, now);
                db.Writers.Add(writer);
                // The roster entry needs the writer's id.
                await db.SaveChangesAsync(cancellationToken);
            }

            if (!await db.Roster.AnyAsync(r => r.ClientId == clientId && r.WriterId == writer.Id, cancellationToken))
            {
                db.Roster.Add(new RosterEntry(clientId, writer.Id, now));
            }

            var clientName = await db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync(cancellationToken);
            text = NoticeText.WriterJoined(user.DisplayName, clientName);
        }
        else
        {
            text = NoticeText.OwnerJoined(user.DisplayName);
        }

        await notifier.NotifyAsync(
            invitation.InvitedById,
            Notice.To(noticeLinks.To(NoticePlace.Roster), NotificationKind.InvitationAccepted, text, projectId: null),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted by {UserId}", invitation.Id, user.Id);
    }

    private static string Subject(InvitationRequest request) => request.Kind == InvitationKind.Writer
        ? $"{request.InvitedByName} invites you to write for {request.ClientName} on OutsourceHub"
        : $"{request.InvitedByName} invites you to OutsourceHub as an owner";

    private static string Body(InvitationRequest request, Invitation invitation, string link)
    {
        var what = request.Kind == InvitationKind.Writer
            ? $"{request.InvitedByName} invites you to write for {request.ClientName} on OutsourceHub, where you will get each job's kickoff brief, the reference pieces that show the voice, and one place for questions and drafts."
            : $"{request.InvitedByName} invites you to OutsourceHub as an owner: you will keep your own clients, their voice and their jobs, and work with your writers.";
        var note = invitation.Note is null ? string.Empty : $"A note from {request.InvitedByName}:\n\n{invitation.Note}\n\n";
        var expires = invitation.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"{what}\n\n{note}Join here:\n{link}\n\nThe link works once and expires on {expires}. If you did not expect this email, you can ignore it.\n";
    }
}
