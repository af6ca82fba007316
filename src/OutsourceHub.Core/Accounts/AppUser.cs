using Microsoft.AspNetCore.Identity;

namespace OutsourceHub.Core.Accounts;

/// <summary>Everyone who signs in: an owner or a writer (the role says which).</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
}
