namespace OutsourceHub.Web.Display;

/// <summary>
/// The absolute link of an invitation's token, /Join/{token}, which Core's <c>Invitations.SendAsync</c> puts in the
/// email and returns for the owner: Core knows the token, only Web knows the page's address.
/// </summary>
public sealed class JoinLinks(LinkGenerator links, PublicLinks publicLinks)
{
    public const string JoinPage = "/Join/Index";

    /// <summary>Makes join links for the request being handled (its host is the links' root without <c>App:PublicUrl</c>).</summary>
    public Func<string, string> For(HttpContext httpContext) => token =>
        // Not the overload taking the HttpContext: the current request's route values must not leak into the link.
        publicLinks.Absolute(
            httpContext, links.GetPathByPage(JoinPage, handler: null, values: new { token }) ?? throw new InvalidOperationException("The join page has no route."));
}
