namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary><see cref="SignedUpApp"/> on a server that sends email (<see cref="AppFactory.WithEmail"/>).</summary>
public sealed class SignedUpAppWithEmail : IAsyncLifetime
{
    public AppFactory App { get; } = AppFactory.WithEmail();

    public async Task InitializeAsync() => await App.CreateUserAsync(OutsourceHub.Core.Accounts.AppRoles.Owner);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
