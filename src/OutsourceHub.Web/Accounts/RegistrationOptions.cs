namespace OutsourceHub.Web.Accounts;

/// <summary>The "Registration" section of the settings. Read per request (IOptionsSnapshot), so a change needs no restart.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    public OwnerRegistration Owners { get; set; } = OwnerRegistration.InviteOnly;
}
