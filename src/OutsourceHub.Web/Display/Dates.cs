using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace OutsourceHub.Web.Display;

/// <summary>
/// Dates as people read them: relative first ("3 hours ago", "in 5 days"), the exact date beside it, in a
/// &lt;time&gt; element machines can read. Times are UTC and say so.
/// </summary>
public static class Dates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Relative(DateTime utc, DateTime now)
    {
        var span = now - utc;
        var future = span < TimeSpan.Zero;
        var size = future ? -span : span;
        string amount;
        if (size < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }
        else if (size < TimeSpan.FromHours(1))
        {
            amount = Plural((int)size.TotalMinutes, "minute");
        }
        else if (size < TimeSpan.FromDays(1))
        {
            amount = Plural((int)size.TotalHours, "hour");
        }
        else if (size < TimeSpan.FromDays(60))
        {
            amount = Plural((int)size.TotalDays, "day");
        }
        else
        {
            amount = Plural((int)(size.TotalDays / 30), "month");
        }

        return future ? $"in {amount}" : $"{amount} ago";
    }

    public static string Relative(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 and var days => $"in {days} days",
        var days => $"{-days} days ago",
    };

    /// <summary>
    /// How long something took, in the largest unit that reads naturally: "under a minute", "40 minutes", "5.5 hours",
    /// "3 days". Never "0 hours" for a job approved within the hour.
    /// </summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return "under a minute";
        }

        if (span < TimeSpan.FromHours(1))
        {
            return Plural((int)span.TotalMinutes, "minute");
        }

        return span < TimeSpan.FromDays(1) ? Decimal(span.TotalHours, "hour") : Decimal(span.TotalDays, "day");
    }

    /// <summary>A moment: "2 hours ago (25 Nov 2026, 20:13 UTC)".</summary>
    public static IHtmlContent When(this IHtmlHelper html, DateTime utc)
    {
        var now = Now(html);
        var absolute = utc.ToString("d MMM yyyy, HH:mm 'UTC'", Invariant);
        return Time(utc.ToString("O", Invariant), Relative(utc, now), absolute);
    }

    /// <summary>A day: "in 5 days (9 Dec 2026)".</summary>
    public static IHtmlContent When(this IHtmlHelper html, DateOnly day)
    {
        var today = DateOnly.FromDateTime(Now(html));
        return Time(day.ToString("yyyy-MM-dd", Invariant), Relative(day, today), day.ToString("d MMM yyyy", Invariant));
    }

    private static DateTime Now(IHtmlHelper html) =>
        html.ViewContext.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static HtmlString Time(string machine, string relative, string absolute)
    {
        var content = new HtmlContentBuilder()
            .AppendHtml($"<time datetime=\"{machine}\">")
            .Append(relative)
            .AppendHtml(" <span class=\"text-muted\">(")
            .Append(absolute)
            .AppendHtml(")</span></time>");
        using var writer = new StringWriter(Invariant);
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return new HtmlString(writer.ToString());
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    private static string Decimal(double amount, string unit)
    {
        var text = amount.ToString("0.#", Invariant);
        return text == "1" ? $"1 {unit}" : $"{text} {unit}s";
    }
}
