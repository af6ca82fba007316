using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Display;

/// <summary>
/// The page behind each <see cref="NoticePlace"/>, both ways: the links Core's notices carry (relative for the app,
/// absolute for the email), and, for <see cref="ReadOnOpenFilter"/>, the place a page being opened is.
/// </summary>
public sealed class NoticeLinks(LinkGenerator links, PublicLinks publicLinks, IHttpContextAccessor httpContextAccessor) : INoticeLinks
{
    private static readonly Dictionary<NoticePlace, string> Pages = new()
    {
        [NoticePlace.Brief] = "/Briefs/Version",
        [NoticePlace.Draft] = "/Drafts/View",
        [NoticePlace.Review] = "/Feedback/Give",
        [NoticePlace.Editor] = "/Drafts/Submit",
        [NoticePlace.Thread] = "/Thread/Index",
        [NoticePlace.WriterJob] = "/MyJobs/Job",
        [NoticePlace.Roster] = "/Writers/Index",
        [NoticePlace.WriterJobs] = "/MyJobs/Index",
    };

    private static readonly Dictionary<string, NoticePlace> Places =
        Pages.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The place a page is, by its page name ("/Briefs/Version"), or null for a page no notice points at.</summary>
    public static NoticePlace? PlaceOf(string? pageName) =>
        pageName is not null && Places.TryGetValue(pageName, out var place) ? place : null;

    public NoticeLink To(NoticePlace place, int? projectId = null, int? number = null)
    {
        var httpContext = httpContextAccessor.HttpContext ?? throw new InvalidOperationException("Notice links are built while a request is handled.");
        // Not the overload taking the HttpContext: the current request's route values must not leak into the link.
        var url = links.GetPathByPage(Pages[place], handler: null, values: new { projectId, number })
            ?? throw new InvalidOperationException($"No route to {Pages[place]}.");
        return new NoticeLink(url, publicLinks.Absolute(httpContext, url));
    }
}
