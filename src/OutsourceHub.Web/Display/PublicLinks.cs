namespace OutsourceHub.Web.Display;

/// <summary>
/// Absolute links for emails. With <c>App:PublicUrl</c> set (production), every emailed link starts with it,
/// whatever Host header a request carried, so nobody can make the app email a link to another site. Without
/// it (development, a single machine), the request's own scheme and host are used.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    public const string SettingKey = "App:PublicUrl";

    private readonly Uri? publicUrl = Parse(configuration[SettingKey]);

    public bool IsConfigured => publicUrl is not null;

    /// <summary><c>App:PublicUrl</c> without its trailing slash, or null when unset: for links made outside a request.</summary>
    public string? ConfiguredRoot => publicUrl?.ToString().TrimEnd('/');

    /// <summary>The absolute form of an app-relative path such as "/Briefs/Version/3/1".</summary>
    public string Absolute(HttpContext context, string relativePath)
    {
        var root = ConfiguredRoot
            ?? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return root + relativePath;
    }

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"{SettingKey} must be an absolute http or https address, such as https://hub.example.com.");
    }
}
