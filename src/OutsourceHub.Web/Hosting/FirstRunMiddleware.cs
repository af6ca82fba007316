namespace OutsourceHub.Web.Hosting;

/// <summary>While no account exists, every page leads to "Create your owner account".</summary>
public sealed class FirstRunMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/Account/Setup";

    public async Task InvokeAsync(HttpContext context, FirstRun firstRun)
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase);
        if (!exempt && await firstRun.IsPendingAsync(context.RequestAborted))
        {
            context.Response.Redirect(SetupPath);
            return;
        }

        await next(context);
    }
}
