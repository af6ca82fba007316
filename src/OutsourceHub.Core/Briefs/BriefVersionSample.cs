namespace OutsourceHub.Core.Briefs;

/// <summary>A reference piece as sent with one brief version; kept even if the job's choice changes later.</summary>
public sealed class BriefVersionSample
{
    private BriefVersionSample()
    {
    }

    internal BriefVersionSample(int referencePieceId, int position)
    {
        ReferencePieceId = referencePieceId;
        Position = position;
    }

    public int BriefVersionId { get; private set; }

    public int ReferencePieceId { get; private set; }

    public int Position { get; private set; }
}
