using Serilog.AspNetCore;
using Serilog.Events;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// One log line per request, without secrets: a path that carries an invitation token is written with the
/// token left out, so the log never holds a link that would let its reader join as someone else.
/// </summary>
public static class RequestLogging
{
    public const string JoinPrefix = "/Join/";

    public static void Configure(RequestLoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(Redact(path))),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
    }

    public static string Redact(string path) =>
        path.StartsWith(JoinPrefix, StringComparison.OrdinalIgnoreCase) ? JoinPrefix + "{token}" : path;
}
