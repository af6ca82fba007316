using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace OutsourceHub.Web.Hosting;

/// <summary>Refuses a body larger than <see cref="RequestLimits.BodyLimitFor"/> allows before anything reads it.</summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page is re-executed for the same request: let it through to say what happened.
        var max = RequestLimits.BodyLimitFor(context.Request);
        if (context.Request.ContentLength > max && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // Bodies without a length (chunked) are cut off by the server at the same size.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        return next(context);
    }
}
