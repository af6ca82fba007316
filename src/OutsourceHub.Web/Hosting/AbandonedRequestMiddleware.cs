using Microsoft.AspNetCore.Diagnostics;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// A request whose client went away (a closed tab, a load tool ending its run) stops where its work next checks the
/// request's cancellation token, with an OperationCanceledException. That is the client's choice, not a fault of
/// ours: it is answered 499 (client closed request, as nginx logs it) so the request log writes its one Information
/// line instead of an error with a stack trace, and the exception handler does not report a 500. Sits just inside
/// the request logging. Any other exception, and a cancellation while the client is still there, goes on as before.
/// </summary>
public sealed class AbandonedRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                // Nobody is there to read an error page: rendering one would be a second request's work and log line.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                {
                    statusCodePages.Enabled = false;
                }
            }
        }
    }
}
