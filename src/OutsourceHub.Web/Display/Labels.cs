using Microsoft.AspNetCore.Mvc.Rendering;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Web.Display;

/// <summary>How the domain's enums read on screen, and the option lists built from them.</summary>
public static class Labels
{
    public static string For(ContentKind kind) => ContentKindText.Label(kind);

    public static string For(PointOfView pointOfView) => PointOfViewText.Label(pointOfView);

    /// <summary>A line of a job's timeline: what happened, as the owner and the writer would say it.</summary>
    public static string For(ProjectEventKind kind) => kind switch
    {
        ProjectEventKind.Created => "Job posted",
        ProjectEventKind.Edited => "Details edited",
        ProjectEventKind.WriterAssigned => "Writer assigned",
        ProjectEventKind.BriefIssued => "Brief issued",
        ProjectEventKind.BriefAcknowledged => "Brief acknowledged",
        ProjectEventKind.DraftSubmitted => "Draft submitted",
        ProjectEventKind.RevisionRequested => "Revision requested",
        ProjectEventKind.Approved => "Approved",
        ProjectEventKind.Cancelled => "Job cancelled",
        _ => kind.ToString(),
    };

    public static IEnumerable<SelectListItem> Options<TEnum>(Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString()));
}
