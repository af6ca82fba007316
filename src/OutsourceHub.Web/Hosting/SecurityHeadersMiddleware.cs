namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Headers every response carries (OWASP ASVS 14.4): a Content-Security-Policy with no inline script or style,
/// no framing, no MIME sniffing, and a referrer that never leaves the path. Pages may tighten a header
/// (the invitation pages send no referrer at all) but not loosen one. Images come only from the app itself and
/// data: URIs (Bootstrap's own icons): the renderer turns every Markdown image into a link, and this is the wall for
/// HTML stored before it did, so no reader's browser fetches a tracking pixel from someone else's server.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
