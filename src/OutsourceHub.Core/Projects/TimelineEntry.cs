namespace OutsourceHub.Core.Projects;

/// <summary>One line of a job's timeline as shown: who did what, when.</summary>
public sealed record TimelineEntry(ProjectEventKind Kind, string Actor, DateTime At, string? Detail);
