namespace OutsourceHub.Web.Display;

/// <summary>
/// A standalone HTML file for downloads: the already sanitised body, a title, and print-friendly styles. Opened
/// from disk it has no response headers, so it carries its own policy: no script, nothing fetched from anywhere
/// (an image in text stored before images became links stays unloaded).
/// </summary>
public static class StandaloneHtml
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static string Document(string encodedTitle, string sanitisedBody) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{{ContentSecurityPolicy}}">
        <title>{{encodedTitle}}</title>
        <style>
        body { font-family: Georgia, "Times New Roman", serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; color: #222; }
        h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
        a { color: #0b5cad; }
        @media print { a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; } }
        </style>
        </head>
        <body>
        {{sanitisedBody}}
        </body>
        </html>
        """;
}
