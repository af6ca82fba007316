namespace OutsourceHub.Core.Accounts;

/// <summary>The two roles. Their rows are seeded by the initial migration with these fixed ids.</summary>
public static class AppRoles
{
    public const string Owner = "Owner";
    public const string Writer = "Writer";

    internal const string OwnerId = "6f0a4a8e-2f5b-4d0e-9d84-3f1c1d7a0001";
    internal const string WriterId = "6f0a4a8e-2f5b-4d0e-9d84-3f1c1d7a0002";
}
