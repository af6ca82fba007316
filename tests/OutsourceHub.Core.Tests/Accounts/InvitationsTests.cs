using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Accounts;

/// <summary>
/// Invitations on real SQLite, from the owner's invite to the invited person's first step in: the email with its link,
/// what the link shows to whom, accepting (the roster entry, the owner's notice) and withdrawing.
/// </summary>
public sealed class InvitationsTests : IAsyncLifetime
{
    private const string Link = "https://hub.example.com/Join/";

    private JobWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        await AddRoleAsync(world.Owner.Id, AppRoles.Owner);
        await AddRoleAsync(world.WriterUser.Id, AppRoles.Writer);
    }

    public Task DisposeAsync()
    {
        world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Inviting_a_writer_keeps_only_the_tokens_hash_and_queues_the_email_with_the_link()
    {
        var sent = await SendAsync(new InvitationRequest(InvitationKind.Writer, world.Owner.Id, world.ClientId, "  new.writer@example.com ", "Loved your cold brew piece."));

        Assert.NotNull(sent);
        Assert.Equal("new.writer@example.com", sent.Email);
        Assert.Equal("Juniper & Oak", sent.Client);
        Assert.StartsWith(Link, sent.Link, StringComparison.Ordinal);
        var token = sent.Link[Link.Length..];
        var invitation = await world.Database.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync());
        Assert.Equal(Invitation.HashToken(token), invitation.TokenHash);
        Assert.Equal((InvitationKind.Writer, world.ClientId, world.Owner.Id), (invitation.Kind, invitation.ClientId, invitation.InvitedById));
        var email = Assert.Single(await world.EmailsToAsync("new.writer@example.com"));
        Assert.Equal("Maya Owner invites you to write for Juniper & Oak on OutsourceHub", email.Subject);
        Assert.Contains(sent.Link, email.Body, StringComparison.Ordinal);
        Assert.Contains("A note from Maya Owner:\n\nLoved your cold brew piece.", email.Body, StringComparison.Ordinal);
        Assert.Contains("expires on 9 December 2026", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_an_owner_invites_them_to_the_install()
    {
        var sent = await SendAsync(new InvitationRequest(InvitationKind.Owner, world.Owner.Id, null, "partner@example.com", null));

        Assert.Null(sent!.Client);
        var email = Assert.Single(await world.EmailsToAsync("partner@example.com"));
        Assert.Equal("Maya Owner invites you to OutsourceHub as an owner", email.Subject);
        Assert.DoesNotContain("A note from", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writer_already_on_the_roster_is_refused_beside_the_email()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            SendAsync(new InvitationRequest(InvitationKind.Writer, world.Owner.Id, world.ClientId, world.WriterUser.Email!.ToUpperInvariant(), null)));

        Assert.Equal(Invitations.AlreadyOnRoster("Juniper & Oak"), refused.Message);
        Assert.Equal("Email", refused.About);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task An_archived_client_takes_no_new_writer_and_the_refusal_is_beside_the_client()
    {
        await world.Database.WithDbAsync(async db =>
        {
            (await db.Clients.SingleAsync(c => c.Id == world.ClientId)).Archive(JobWorld.Now);
            return await db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            SendAsync(new InvitationRequest(InvitationKind.Writer, world.Owner.Id, world.ClientId, "new.writer@example.com", null)));

        Assert.Equal("Juniper & Oak is archived: restore it from its page before inviting a writer to it.", refused.Message);
        Assert.Equal("ClientId", refused.About);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task An_owner_is_not_invited_at_an_address_that_has_an_account()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            SendAsync(new InvitationRequest(InvitationKind.Owner, world.Owner.Id, null, world.WriterUser.Email!, null)));

        Assert.Equal(Invitations.EmailHasAccount, refused.Message);
        Assert.Equal("Email", refused.About);
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task Another_owners_client_finds_nothing_and_nothing_is_sent()
    {
        var other = await world.AnotherOwnerAsync();

        Assert.Null(await SendAsync(new InvitationRequest(InvitationKind.Writer, other.Id, world.ClientId, "new.writer@example.com", null)));
        await AssertNoInvitationAsync();
    }

    [Fact]
    public async Task The_link_says_where_each_visitor_stands()
    {
        var token = await SendWriterInvitationAsync("new.writer@example.com");
        var known = await SendWriterInvitationAsync(world.WriterUser.Email!, await SecondClientAsync());
        var stranger = await NewAccountAsync("stranger@example.com", "Stranger", AppRoles.Writer);

        Assert.Equal(JoinState.Unknown, (await OpenAsync("not-a-token", null)).State);
        var anonymous = await OpenAsync(token, null);
        Assert.Equal(JoinState.CreateAccount, anonymous.State);
        Assert.Equal(("new.writer@example.com", "Juniper & Oak", "Maya Owner"), (anonymous.Invitation!.Email, anonymous.Invitation.Client, anonymous.Invitation.InvitedBy));
        Assert.Equal(JoinState.SignInFirst, (await OpenAsync(known, null)).State);
        Assert.Equal(JoinState.JoinClient, (await OpenAsync(known, world.WriterUser.Id)).State);
        Assert.Equal(JoinState.WrongAccount, (await OpenAsync(known, stranger)).State);
        Assert.Equal(JoinState.WrongAccount, (await OpenAsync(known, world.Owner.Id)).State);
        Assert.Equal(JoinState.Expired, (await OpenAsync(token, null, new TestClock(JobWorld.Now + Invitation.Lifetime))).State);
    }

    [Fact]
    public async Task An_owner_invitation_to_an_address_that_got_an_account_meanwhile_says_so()
    {
        var sent = await SendAsync(new InvitationRequest(InvitationKind.Owner, world.Owner.Id, null, "partner@example.com", null));
        await NewAccountAsync("partner@example.com", "Partner", AppRoles.Writer);

        Assert.Equal(JoinState.EmailTaken, (await OpenAsync(sent!.Link[Link.Length..], null)).State);
    }

    [Fact]
    public async Task A_writer_accepting_joins_the_clients_roster_and_the_owner_is_told()
    {
        var second = await SecondClientAsync();
        var token = await SendWriterInvitationAsync(world.WriterUser.Email!, second);

        await AcceptAsync(await InvitationIdAsync(token), world.WriterUser.Id);

        Assert.True(await world.Database.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == second && r.WriterId == world.WriterId)));
        Assert.Equal(1, await world.Database.WithDbAsync(db => db.Writers.CountAsync(w => w.UserId == world.WriterUser.Id)));
        var invitation = await world.Database.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync());
        Assert.Equal((JobWorld.Now, world.WriterUser.Id), (invitation.AcceptedAt, invitation.AcceptedById));
        var notice = Assert.Single(await world.NotificationsOfAsync(world.Owner.Id));
        Assert.Equal(NotificationKind.InvitationAccepted, notice.Kind);
        Assert.Equal("Sam Writer accepted your invitation and now writes for Second Client.", notice.Text);
        Assert.Equal("/Roster", notice.Url);
        Assert.Single(await world.EmailsToAsync(world.Owner.Email!));
    }

    [Fact]
    public async Task A_new_writer_account_gets_its_writer_profile_on_accepting()
    {
        var token = await SendWriterInvitationAsync("new.writer@example.com");
        var account = await NewAccountAsync("new.writer@example.com", "Nia New", AppRoles.Writer);

        await AcceptAsync(await InvitationIdAsync(token), account);

        var writerId = await world.Database.WithDbAsync(db => db.Writers.Where(w => w.UserId == account).Select(w => w.Id).SingleAsync());
        Assert.True(await world.Database.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == world.ClientId && r.WriterId == writerId)));
    }

    [Fact]
    public async Task A_new_owner_accepting_tells_the_inviting_owner_and_joins_no_roster()
    {
        var sent = await SendAsync(new InvitationRequest(InvitationKind.Owner, world.Owner.Id, null, "partner@example.com", null));
        var account = await NewAccountAsync("partner@example.com", "Pat Partner", AppRoles.Owner);

        await AcceptAsync(await InvitationIdAsync(sent!.Link[Link.Length..]), account);

        Assert.False(await world.Database.WithDbAsync(db => db.Writers.AnyAsync(w => w.UserId == account)));
        Assert.Equal("Pat Partner accepted your invitation and now has an owner account.", Assert.Single(await world.NotificationsOfAsync(world.Owner.Id)).Text);
    }

    [Fact]
    public async Task A_link_works_once()
    {
        var token = await SendWriterInvitationAsync(world.WriterUser.Email!, await SecondClientAsync());
        var id = await InvitationIdAsync(token);
        await AcceptAsync(id, world.WriterUser.Id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AcceptAsync(id, world.WriterUser.Id));

        Assert.Equal(Invitation.AlreadyUsed, refused.Message);
        Assert.Equal(JoinState.Used, (await OpenAsync(token, null)).State);
        Assert.Single(await world.NotificationsOfAsync(world.Owner.Id));
    }

    [Fact]
    public async Task An_account_the_invitation_was_not_sent_to_cannot_use_it_and_nothing_is_kept()
    {
        var second = await SecondClientAsync();
        var token = await SendWriterInvitationAsync("new.writer@example.com", second);
        var id = await InvitationIdAsync(token);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AcceptAsync(id, world.WriterUser.Id));

        Assert.Equal(Invitations.ForAnotherAccount("new.writer@example.com"), refused.Message);
        Assert.Null((await world.Database.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync())).AcceptedAt);
        Assert.False(await world.Database.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == second)));
        Assert.Empty(await world.NotificationsOfAsync(world.Owner.Id));
    }

    [Fact]
    public async Task The_owner_withdraws_an_open_invitation_and_its_link_stops_working()
    {
        var token = await SendWriterInvitationAsync("new.writer@example.com");

        var revoked = await RevokeAsync(world.Owner.Id, await InvitationIdAsync(token));

        Assert.Equal("The invitation to new.writer@example.com is withdrawn: its link no longer works.", revoked!.Confirmation);
        Assert.Equal(JoinState.Revoked, (await OpenAsync(token, null)).State);
        var refused = await Assert.ThrowsAsync<DomainException>(async () =>
        {
            var account = await NewAccountAsync("new.writer@example.com", "Nia New", AppRoles.Writer);
            await AcceptAsync(await InvitationIdAsync(token), account);
        });
        Assert.Equal("This invitation was withdrawn by the owner who sent it.", refused.Message);
    }

    [Fact]
    public async Task A_used_invitation_cannot_be_withdrawn_and_another_owners_is_not_found()
    {
        var token = await SendWriterInvitationAsync(world.WriterUser.Email!, await SecondClientAsync());
        var id = await InvitationIdAsync(token);
        var other = await world.AnotherOwnerAsync();
        await AcceptAsync(id, world.WriterUser.Id);

        Assert.Null(await RevokeAsync(other.Id, id));
        var refused = await Assert.ThrowsAsync<DomainException>(() => RevokeAsync(world.Owner.Id, id));

        Assert.Equal("This invitation has already been used and can no longer be withdrawn.", refused.Message);
        Assert.Null((await world.Database.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync())).RevokedAt);
    }

    private Invitations NewInvitations(OutsourceHubDbContext db, TimeProvider? clock = null)
    {
        clock ??= world.Clock;
        return new(db, clock, new Notifier(db, clock), new FakeNoticeLinks(), new UpperInvariantLookupNormalizer(), NullLogger<Invitations>.Instance);
    }

    private Task<InvitationSent?> SendAsync(InvitationRequest request) =>
        world.Database.WithDbAsync(db => NewInvitations(db).SendAsync(request, token => Link + token, default));

    /// <summary>Sends a writer invitation to the client (the world's by default) and returns its token.</summary>
    private async Task<string> SendWriterInvitationAsync(string email, int? clientId = null)
    {
        var sent = await SendAsync(new InvitationRequest(InvitationKind.Writer, world.Owner.Id, clientId ?? world.ClientId, email, null));
        return sent!.Link[Link.Length..];
    }

    private Task<JoinStanding> OpenAsync(string token, string? viewerId, TimeProvider? clock = null) =>
        world.Database.WithDbAsync(db => NewInvitations(db, clock).OpenAsync(token, viewerId, default));

    private Task<int> AcceptAsync(int invitationId, string userId) =>
        world.Database.WithDbAsync(async db =>
        {
            await NewInvitations(db).AcceptAsync(invitationId, userId, default);
            return 0;
        });

    private Task<InvitationRevoked?> RevokeAsync(string ownerId, int invitationId) =>
        world.Database.WithDbAsync(db => NewInvitations(db).RevokeAsync(ownerId, invitationId, default));

    private Task<int> InvitationIdAsync(string token)
    {
        var hash = Invitation.HashToken(token);
        return world.Database.WithDbAsync(db => db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Id).SingleAsync());
    }

    private Task<int> SecondClientAsync() =>
        world.Database.WithDbAsync(async db =>
        {
            var client = new Client(world.Owner.Id, "Second Client", JobWorld.Now);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

    /// <summary>An account as Identity makes it (normalized email, one role), without its profile.</summary>
    private async Task<string> NewAccountAsync(string email, string name, string role)
    {
        var user = new AppUser
        {
            UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = name, CreatedAt = JobWorld.Now,
        };
        await world.Database.WithDbAsync(async db =>
        {
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        await AddRoleAsync(user.Id, role);
        return user.Id;
    }

    private Task AddRoleAsync(string userId, string role) =>
        world.Database.WithDbAsync(async db =>
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleId });
            return await db.SaveChangesAsync();
        });

    private async Task AssertNoInvitationAsync()
    {
        Assert.False(await world.Database.WithDbAsync(db => db.Invitations.AnyAsync()));
        Assert.False(await world.Database.WithDbAsync(db => db.OutboxEmails.AnyAsync()));
    }
}
