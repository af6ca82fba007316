using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Display;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Marks read the notices a page answers when the signed-in user opens it (<see cref="NoticeReading"/>), whatever
/// link brought them: after the page's GET handler has shown the page, before the layout counts the badge. Pages
/// stay unaware of it; the page-to-place table is <see cref="NoticeLinks"/>.
/// </summary>
public sealed class ReadOnOpenFilter(NoticeReading reading) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        // Only the page itself, shown: not a download (a file result), a 404 or a redirect, nor a form post.
        if (executed.Exception is not null || executed.Result is not PageResult || !HttpMethods.IsGet(http.Request.Method)
            || http.User.Identity?.IsAuthenticated != true
            || NoticeLinks.PlaceOf(context.ActionDescriptor.ViewEnginePath) is not { } place)
        {
            return;
        }

        await reading.MarkShownAsync(
            http.User.UserId(), place, RouteNumber(context, "projectId"), RouteNumber(context, "number"), http.RequestAborted);
    }

    private static int? RouteNumber(PageHandlerExecutingContext context, string key) =>
        context.RouteData.Values.TryGetValue(key, out var value)
        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
