namespace OutsourceHub.Web.Infrastructure;

public enum OwnerRegistration
{
    /// <summary>Owners join only by another owner's invitation.</summary>
    InviteOnly,

    /// <summary>Anyone may create an owner account at /Account/Register.</summary>
    Open,
}

/// <summary>The "Registration" section of the settings. Read per request (IOptionsSnapshot), so a change needs no restart.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    public OwnerRegistration Owners { get; set; } = OwnerRegistration.InviteOnly;
}
