namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// A clock that runs with the real one until a test moves it ahead. Given to the security stamp validator only, so a
/// test can say "a minute later" without waiting a minute; cookies are still issued on the real clock.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan ahead;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;

    public void Advance(TimeSpan by) => ahead += by;
}
