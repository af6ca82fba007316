using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using OutsourceHub.Core;

namespace OutsourceHub.Web.Hosting;

/// <summary>
/// Limits on what one client may send: at most <c>RateLimits:SignInPostsPerMinute</c> (10) form posts a minute
/// to the pages that take a password or an invitation, answered 429; and a request body no larger than the
/// largest field needs, answered 413. Both answers are the readable error page. And for the server as a whole, at
/// most <c>RateLimits:ConcurrentRequests</c> (16) requests past the static files at a time, the rest queued in order.
/// </summary>
public static class RequestLimits
{
    public const string SignInPolicy = "sign-in";

    /// <summary>The largest form: a whole draft (FieldLengths.Document characters), URL-encoded, with room to spare.</summary>
    public const long MaxBodyBytes = FieldLengths.Document * 12L + 64 * 1024;

    /// <summary>A form that uploads a file (multipart): the file's limit beside the form's, so an upload a little over the
    /// file's limit gets the sentence beside the field rather than the 413 page.</summary>
    public const long MaxUploadBodyBytes = MaxBodyBytes + (2L * Core.Imports.FileImport.MaxBytes);

    /// <summary>The limit for this request's body.</summary>
    public static long BodyLimitFor(HttpRequest request) =>
        request.HasFormContentType && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true
            ? MaxUploadBodyBytes
            : MaxBodyBytes;

    /// <summary>The pages an attacker would hammer: passwords and invitation tokens.</summary>
    public static readonly string[] LimitedPages =
        ["/Account/Login", "/Account/Setup", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword", "/Join/Index"];

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<FormOptions>(options => options.ValueLengthLimit = (int)MaxBodyBytes);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Two cores answer no faster with 64 requests in flight than with 16, but each request in flight holds a
            // database connection, and each pooled SQLite connection keeps its own page cache: bounding the requests
            // bounds the memory (docs/performance.md). Waiting requests queue, oldest first; 0 turns the limit off.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
                var permits = configuration.GetValue("RateLimits:ConcurrentRequests", 16);
                return permits <= 0
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetConcurrencyLimiter("requests", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = permits,
                        QueueLimit = configuration.GetValue("RateLimits:QueuedRequests", 1000),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    });
            });
            options.AddPolicy(SignInPolicy, context =>
            {
                // Only posts count: reading the sign-in page is harmless, guessing passwords is not.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:SignInPostsPerMinute", 10);
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Applies the sign-in limit to the pages in <see cref="LimitedPages"/>.</summary>
    public static void LimitSignInPages(this Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions)
    {
        foreach (var page in LimitedPages)
        {
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SignInPolicy)));
        }
    }
}
