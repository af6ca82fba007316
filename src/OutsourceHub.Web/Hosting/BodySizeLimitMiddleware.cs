using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace OutsourceHub.Web.Hosting;

/// <summary>Refuses a body larger than <see cref="RequestLimits.MaxBodyBytes"/> before anything reads it.</summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page is re-executed for the same request: let it through to say what happened.
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // Bodies without a length (chunked) are cut off by the server at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        }

        return next(context);
    }
}
