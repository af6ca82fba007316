using Microsoft.AspNetCore.Mvc;
using OutsourceHub.Core.Briefs;

namespace OutsourceHub.Web.Display;

public static class BriefLinkUrls
{
    /// <summary>The brief's links: the job's thread and each sample's full-text page.</summary>
    public static BriefLinks BriefLinks(this IUrlHelper url, int projectId) => new(
        url.Page("/Thread/Index", new { projectId }) ?? throw new InvalidOperationException("No thread page."),
        sampleId => url.Page("/Briefs/Sample", new { projectId, sampleId }) ?? throw new InvalidOperationException("No sample page."));
}
