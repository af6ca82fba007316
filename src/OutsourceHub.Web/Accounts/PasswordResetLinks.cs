using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Pages.Account;

namespace OutsourceHub.Web.Accounts;

/// <summary>
/// Single-use password reset links (Identity's reset token, checked by the ResetPassword page): made for the reset
/// email, and printed on the server by <c>--reset-link address</c>, the way back for an owner who forgot their
/// password where the server sends no email. The command runs after the migrations and exits without serving.
/// </summary>
public static class PasswordResetLinks
{
    public const string Switch = "--reset-link";

    /// <summary>Printed in place of <c>App:PublicUrl</c> when it is not set: plainly not a real address.</summary>
    public const string PlaceholderRoot = "https://YOUR-OUTSOURCEHUB-ADDRESS";

    /// <summary>The app-relative link, /Account/ResetPassword?userId=…&amp;token=…, with a new token.</summary>
    public static async Task<string> PathForAsync(UserManager<AppUser> users, AppUser user)
    {
        // Identity's token is standard Base64 ('+', '/', '='), which some mail programs break; Base64Url survives.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        // The account id, not the email, goes in the link: it never changes and says nothing about the person.
        return QueryHelpers.AddQueryString(ResetPasswordModel.PageName, new Dictionary<string, string?>
        {
            ["userId"] = user.Id,
            ["token"] = encoded,
        });
    }

    /// <summary>True when the app was started as the command rather than to serve.</summary>
    public static bool IsAsked(IReadOnlyList<string> args) => args.Contains(Switch, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Prints a reset link for the address that follows the switch and returns the exit code: 0 with the link,
    /// 1 when no account uses the address, 2 when no address was given. Logs that a link was made, never the link.
    /// </summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var at = args.Select((arg, index) => (arg, index)).First(a => string.Equals(a.arg, Switch, StringComparison.OrdinalIgnoreCase)).index;
        var address = at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1].Trim() : string.Empty;
        if (address.Length == 0)
        {
            await output.WriteLineAsync($"Give the email address of the account after {Switch}, for example: {Switch} owner@example.com");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByEmailAsync(address);
        if (user is null)
        {
            await output.WriteLineAsync($"No account uses {address}. Check the address the person signs in with; no link was made.");
            return 1;
        }

        var path = await PathForAsync(users, user);
        var root = provider.GetRequiredService<PublicLinks>().ConfiguredRoot;
        var lifespan = provider.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;
        var expires = (provider.GetRequiredService<TimeProvider>().GetUtcNow() + lifespan).ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture);

        await output.WriteLineAsync($"Password reset link for {user.Email} ({user.DisplayName}). It works once, until {expires}:");
        await output.WriteLineAsync();
        await output.WriteLineAsync((root ?? PlaceholderRoot) + path);
        await output.WriteLineAsync();
        if (root is null)
        {
            await output.WriteLineAsync($"{PublicLinks.SettingKey} is not set: replace {PlaceholderRoot} with the address people open OutsourceHub at.");
        }

        await output.WriteLineAsync("Give it to them privately: whoever holds it can choose the account's password. A new password ends it.");
        provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PasswordResetLinks))
            .LogInformation("Password reset link printed on the server for account {UserId}", user.Id);
        return 0;
    }
}
