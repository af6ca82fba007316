namespace OutsourceHub.Core.Writers;

/// <summary>A writer who writes regularly for a client. Jobs of that client can be assigned to them.</summary>
public sealed class RosterEntry
{
    private RosterEntry()
    {
    }

    public RosterEntry(int clientId, int writerId, DateTime now)
    {
        ClientId = clientId;
        WriterId = writerId;
        AddedAt = now;
    }

    public int ClientId { get; private set; }

    public int WriterId { get; private set; }

    public DateTime AddedAt { get; private set; }
}
