namespace OutsourceHub.Core.Accounts;

/// <summary>Where a visitor stands with an invitation link, which decides what the join page offers.</summary>
public enum JoinState
{
    /// <summary>No invitation has this token.</summary>
    Unknown,
    Used,
    Revoked,
    Expired,

    /// <summary>Anonymous, and the invited email has no account yet: name and password make one.</summary>
    CreateAccount,

    /// <summary>Anonymous, and the invited email already has an account: sign in, then come back.</summary>
    SignInFirst,

    /// <summary>An owner invitation for an email that already has an account; it can only make a new one.</summary>
    EmailTaken,

    /// <summary>A signed-in writer with the invited email: one button adds them to the client's roster.</summary>
    JoinClient,

    /// <summary>
    /// Signed in with an account that cannot take this invitation: an owner on a writer's link, a writer whose email
    /// is not the invited one, anyone on an owner's.
    /// </summary>
    WrongAccount,
}
