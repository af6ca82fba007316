using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Data;

/// <summary>The top of every page about one job, for its owner or its assigned writer.</summary>
public sealed record JobHeader(
    int Id, string Title, string ClientName, ProjectStatus Status, int BriefVersionsIssued, int? WriterId, bool ViewerIsOwner);
