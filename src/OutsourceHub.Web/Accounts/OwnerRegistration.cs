namespace OutsourceHub.Web.Accounts;

public enum OwnerRegistration
{
    /// <summary>Owners join only by another owner's invitation.</summary>
    InviteOnly,

    /// <summary>Anyone may create an owner account at /Account/Register.</summary>
    Open,
}
