using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Accounts;

/// <summary>Only one visitor becomes a fresh install's first owner.</summary>
public sealed class FirstOwnerTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    [Fact]
    public async Task The_first_account_of_the_install_may_be_its_owner()
    {
        var first = await database.AddUserAsync("Maya Owner");

        await database.WithDbAsync(async db =>
        {
            await new FirstOwner(db).EnsureOnlyAccountAsync(first.Id, default);
            return 0;
        });
    }

    [Fact]
    public async Task A_second_visitor_creating_the_first_owner_at_the_same_moment_is_refused()
    {
        await database.AddUserAsync("Maya Owner");
        var second = await database.AddUserAsync("Sam Second");

        var refused = await Assert.ThrowsAsync<DomainException>(() => database.WithDbAsync(async db =>
        {
            await new FirstOwner(db).EnsureOnlyAccountAsync(second.Id, default);
            return 0;
        }));

        Assert.Equal(FirstOwner.AlreadyCreated, refused.Message);
    }

    public void Dispose() => database.Dispose();
}
