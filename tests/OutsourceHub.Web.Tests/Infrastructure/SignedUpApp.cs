namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>One app shared by a test class, past first run. Tests create their own users, so they do not meet.</summary>
public sealed class SignedUpApp : IAsyncLifetime
{
    public AppFactory App { get; } = new();

    public async Task InitializeAsync() => await App.CreateUserAsync(OutsourceHub.Core.Accounts.AppRoles.Owner);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
