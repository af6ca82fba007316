using OutsourceHub.Core.Accounts;

namespace OutsourceHub.Core.Tests.Accounts;

public sealed class InvitationTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_token_is_random_and_only_its_hash_is_kept()
    {
        var (first, token1) = Invitation.Create(InvitationKind.Writer, "owner", 1, "w@example.com", null, Now);
        var (_, token2) = Invitation.Create(InvitationKind.Writer, "owner", 1, "w@example.com", null, Now);

        Assert.NotEqual(token1, token2);
        Assert.True(token1.Length >= 43); // 256 bits in base64url
        Assert.Equal(Invitation.HashToken(token1), first.TokenHash);
        Assert.DoesNotContain(token1, first.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_is_used_once_and_expires_after_fourteen_days()
    {
        var (invitation, _) = Invitation.Create(InvitationKind.Owner, "owner", null, "o@example.com", null, Now);

        Assert.True(invitation.IsOpen(Now.AddDays(13)));
        Assert.False(invitation.IsOpen(Now.AddDays(14)));
        Assert.Throws<DomainException>(() => invitation.Accept("late", Now.AddDays(15)));

        invitation.Accept("user", Now);
        var reuse = Assert.Throws<DomainException>(() => invitation.Accept("other", Now));
        Assert.Contains("already been used", reuse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_invitation_names_a_client() =>
        Assert.Throws<DomainException>(() => Invitation.Create(InvitationKind.Writer, "owner", null, "w@example.com", null, Now));
}
