using System.Security.Claims;

namespace OutsourceHub.Web.Hosting;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id. Only called on pages that require a signed-in user.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in user.");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? string.Empty;
}
