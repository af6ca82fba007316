namespace OutsourceHub.Core.Projects;

/// <summary>A reference piece chosen for a job, in the order the writer should read them.</summary>
public sealed class ProjectSample
{
    private ProjectSample()
    {
    }

    internal ProjectSample(int referencePieceId, int position)
    {
        ReferencePieceId = referencePieceId;
        Position = position;
    }

    public int ProjectId { get; private set; }

    public int ReferencePieceId { get; private set; }

    public int Position { get; private set; }

    internal void MoveTo(int position) => Position = position;
}
