namespace OutsourceHub.Testing;

/// <summary>
/// The XSS corpus, in one place: the renderer's unit tests (OutsourceHub.Core.Tests, through a linked copy of
/// this file) and the end-to-end stored-XSS tests (OutsourceHub.Web.Tests) both read it. Each payload is named
/// by what it tries, so a failure says which attack got through.
/// </summary>
public static class XssPayloads
{
    public static IReadOnlyList<(string Attack, string Text)> All { get; } =
    [
        ("script element", "<script>alert(1)</script>"),
        ("script element inside a paragraph", "Hello <script>alert(1)</script> world"),
        ("img onerror", "<img src=x onerror=alert(1)>"),
        ("svg onload", "<svg onload=alert(1)>"),
        ("script inside svg", "<svg><script>alert(1)</script></svg>"),
        ("iframe", "<iframe src=\"https://evil.example\"></iframe>"),
        ("iframe with a javascript src", "<iframe src=\"javascript:alert(1)\"></iframe>"),
        ("raw anchor with a javascript href", "<a href=\"javascript:alert(1)\">x</a>"),
        ("javascript link", "[click](javascript:alert(1))"),
        ("mixed-case javascript link", "[click](JaVaScRiPt:alert(1))"),
        ("decimal entity javascript link", "[click](&#106;avascript:alert(1))"),
        ("hex entity javascript link", "[click](&#x6A;&#x61;vascript:alert(1))"),
        ("named entity colon", "[click](javascript&colon;alert(1))"),
        ("entity-encoded tab inside the scheme", "[click](java&#x09;script:alert(1))"),
        ("entity-encoded newline inside the scheme", "[click](java&#10;script:alert(1))"),
        ("literal tab inside the scheme", "[click](java\tscript:alert(1))"),
        ("spaces inside an angle-bracket destination", "[click](<java script:alert(1)>)"),
        ("angle-bracket javascript destination", "[click](<javascript:alert(1)>)"),
        ("leading control character", "[click](\u0001javascript:alert(1))"),
        ("entity-encoded leading control character", "[click](&#1;javascript:alert(1))"),
        ("unicode line separator in the scheme", "[click](java\u2028script:alert(1))"),
        ("percent-encoded scheme", "[click](%6Aavascript:alert(1))"),
        ("javascript image", "![x](javascript:alert(1))"),
        ("data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
        ("data html link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
        ("vbscript link", "[x](vbscript:msgbox(1))"),
        ("file link", "[x](file:///etc/passwd)"),
        ("reference-style javascript link", "[click][evil]\n\n[evil]: javascript:alert(1)"),
        ("reference-style entity-encoded link", "[click][evil]\n\n[evil]: &#106;avascript:alert(1) \"title\""),
        ("collapsed reference to a data url", "[evil][]\n\n[evil]: data:text/html,<script>alert(1)</script>"),
        ("reference-style image", "![pic][evil]\n\n[evil]: javascript:alert(1)"),
        ("javascript autolink", "<javascript:alert(1)>"),
        ("mixed-case vbscript autolink", "<VbScript:msgbox(1)>"),
        ("data autolink", "<data:text/html,alert(1)>"),
        ("bare url autolinks with another scheme", "see ftp://evil.example/x and www.example.com"),
        ("html inside a code span", "`<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`"),
        ("html inside a fenced code block", "```html\n<script>alert(1)</script>\n```"),
        ("html inside a link title", "[a](https://ok.example \"<script>alert(1)</script>\")"),
        ("quote breaking out of a link title", "[a](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")"),
        ("quote breaking out of an image title", "![a](https://ok.example/a.png \"\\\" onerror=\\\"alert(1)\")"),
        ("html in image alt text", "![<img src=x onerror=alert(1)>](https://ok.example/a.png)"),
        ("raw style attribute", "<p style=\"background:url(javascript:alert(1))\">x</p>"),
        ("style element", "<style>body{background:url(javascript:alert(1))}</style>"),
        ("generic attributes event handler on a heading", "# Title {onclick=\"alert(1)\"}"),
        ("generic attributes style on a link", "[a](https://ok.example){style=\"position:fixed;top:0\" onmouseover=\"alert(1)\"}"),
        ("generic attributes overriding href", "[a](https://ok.example){href=\"javascript:alert(1)\"}"),
        ("generic attributes src and formaction", "Text {src=\"javascript:alert(1)\" formaction=\"javascript:alert(1)\"}"),
        ("custom container with an event handler", "::: warning {onclick=\"alert(1)\"}\nHi\n:::"),
        ("media link to a video host", "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"),
        ("html comment hiding a script", "<!-- --><script>alert(1)</script><!-- -->"),
        ("mutation payload", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        ("javascript link inside a table", "| a |\n|---|\n| [x](javascript:alert(1)) |"),
        ("javascript link inside a footnote", "Text[^1]\n\n[^1]: [x](javascript:alert(1))"),

        // Aimed at the pages rather than the renderer: plain text written into an attribute, a textarea, an
        // option or the title, where an encoding slip would let it close the element and open its own.
        ("double quote breaking out of an attribute", "\" onmouseover=\"alert(1)\" x=\""),
        ("single quote breaking out of an attribute", "' onfocus='alert(1)' autofocus x='"),
        ("closing a textarea", "</textarea><script>alert(1)</script>"),
        ("closing the title", "</title><script>alert(1)</script>"),
        ("closing an option and its select", "</option></select><img src=x onerror=alert(1)>"),
        ("closing a script", "</script><script>alert(1)</script>"),
        ("bare javascript url", "javascript:alert(1)"),
    ];

    /// <summary>Every payload in one text, each its own Markdown block, for a field that takes them all at once.</summary>
    public static string Joined => string.Join(Separator, All.Select(p => p.Text));

    private const string Separator = "\n\n";

    /// <summary>
    /// The payloads packed into as few texts as possible of at most <paramref name="maxLength"/> characters each,
    /// in order: saving every chunk through a short field saves every payload through it.
    /// </summary>
    public static IReadOnlyList<string> Chunks(int maxLength)
    {
        var chunks = new List<string>();
        var current = string.Empty;
        foreach (var (attack, text) in All)
        {
            if (text.Length > maxLength)
            {
                throw new ArgumentOutOfRangeException(nameof(maxLength), $"\"{attack}\" alone is longer than {maxLength} characters.");
            }

            var joined = current.Length == 0 ? text : current + Separator + text;
            if (joined.Length <= maxLength)
            {
                current = joined;
            }
            else
            {
                chunks.Add(current);
                current = text;
            }
        }

        chunks.Add(current);
        return chunks;
    }
}
