namespace OutsourceHub.Web.Accounts;

/// <summary>What a person types to get an account.</summary>
public sealed record NewAccount(string Name, string Email, string Password);
