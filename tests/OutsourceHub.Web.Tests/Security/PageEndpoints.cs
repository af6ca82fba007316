using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

// Every Razor Page the running app serves, read from its EndpointDataSource: the route, who the authorization
// metadata lets in, each handler (GET and every POST, named or not) and whether it takes an id. The security
// tables are checked against this, so a new page or handler cannot be added without a decision in them.

/// <summary>Who a page lets in before its own code runs, as its authorization metadata says.</summary>
public enum Guard
{
    /// <summary>[AllowAnonymous]: anyone, signed in or not.</summary>
    Anonymous,

    /// <summary>The fallback policy: any signed-in user.</summary>
    SignedIn,

    /// <summary>The Owner role (folder convention or [Authorize(Roles = Owner)]): writers are sent to Access denied.</summary>
    Owners,

    /// <summary>The Writer role (the /MyJobs folder convention): owners are sent to Access denied.</summary>
    Writers,
}

/// <summary>One handler of a page: GET or POST, the default one or a named one ("?handler=Acknowledge").</summary>
public sealed record PageHandler(string Method, string? Name, bool TakesId)
{
    public string Query => Name is null ? string.Empty : $"?handler={Name}";
}

/// <summary>One page as the app routes it.</summary>
public sealed record PageRoute(string Page, string Route, bool HasParameters, Guard Guard, bool IgnoresAntiforgery, IReadOnlyList<PageHandler> Handlers)
{
    /// <summary>How a table names one handler of this page: "POST /Briefs/Version/{projectId}/{number?}?handler=Acknowledge".</summary>
    public string KeyOf(PageHandler handler) => $"{handler.Method} {Route}{handler.Query}";
}

public static class PageEndpoints
{
    /// <summary>Every page of the app, one per page (an Index page's two routes are one page, named by the shorter).</summary>
    public static IReadOnlyList<PageRoute> Read(AppFactory app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(e => e.Descriptor is not null)
            .ToList();
        Assert.NotEmpty(endpoints); // the host has started and its pages are compiled

        return endpoints
            .GroupBy(e => e.Descriptor!.ViewEnginePath)
            .Select(page =>
            {
                var (endpoint, descriptor) = page.OrderBy(e => e.Endpoint.RoutePattern.RawText?.Length ?? 0).First();
                var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return new PageRoute(
                    page.Key,
                    Display(endpoint.RoutePattern),
                    routeParameters.Count > 0,
                    GuardOf(endpoint.Metadata),
                    IgnoresAntiforgery(endpoint.Metadata),
                    descriptor!.HandlerMethods
                        .Select(h => new PageHandler(h.HttpMethod.ToUpperInvariant(), h.Name, TakesId(h, descriptor, routeParameters)))
                        .OrderBy(h => h.Method, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal)
                        .ToList());
            })
            .OrderBy(p => p.Route, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"/Drafts/View/{projectId}/{number}": the route without its constraints.</summary>
    public static string Display(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}{(parameter.IsOptional ? "?" : string.Empty)}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"Unexpected route part {part}."),
        }))));

    private static Guard GuardOf(EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Guard.Anonymous;
        }

        var roles = metadata.GetOrderedMetadata<IAuthorizeData>()
            .SelectMany(a => new[] { a.Policy, a.Roles })
            .Where(name => !string.IsNullOrEmpty(name))
            .SelectMany(name => name!.Split(',', StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return roles switch
        {
            [] => Guard.SignedIn,
            [AppRoles.Owner] => Guard.Owners,
            [AppRoles.Writer] => Guard.Writers,
            _ => throw new InvalidOperationException($"A page guarded by {string.Join(" and ", roles)}: teach the security tests what that means."),
        };
    }

    /// <summary>Razor Pages validate the antiforgery token of every POST unless the page says [IgnoreAntiforgeryToken].</summary>
    private static bool IgnoresAntiforgery(EndpointMetadataCollection metadata) =>
        metadata.GetMetadata<IgnoreAntiforgeryTokenAttribute>() is not null
        || (metadata.GetMetadata<AutoValidateAntiforgeryTokenAttribute>() is null && metadata.GetMetadata<ValidateAntiForgeryTokenAttribute>() is null);

    /// <summary>
    /// Whether the handler reads an id that is not in the route: a handler parameter, or a bound property (or a
    /// property of a bound input model) whose name says id ("id", "ClientId", "SampleIds", "token", "number").
    /// </summary>
    private static bool TakesId(
        Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerMethodDescriptor handler,
        CompiledPageActionDescriptor page,
        IReadOnlySet<string> routeParameters)
    {
        if (handler.Parameters.Any(p => !routeParameters.Contains(p.Name) && IsIdName(p.Name)))
        {
            return true;
        }

        var isGet = string.Equals(handler.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        return page.BoundProperties
            .OfType<Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageBoundPropertyDescriptor>()
            .Where(p => !isGet || BindsOnGet(p.Property))
            .Any(p => (!routeParameters.Contains(p.Name) && IsIdName(p.Name)) || InnerIdProperties(p.Property.PropertyType).Any());
    }

    private static bool BindsOnGet(PropertyInfo property) =>
        property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet
        ?? property.DeclaringType?.GetCustomAttribute<BindPropertiesAttribute>()?.SupportsGet
        ?? false;

    /// <summary>Id-named properties of one of our input models, and of the items of its lists (Input.Points[0].Id).</summary>
    private static IEnumerable<string> InnerIdProperties(Type type, int depth = 0)
    {
        var model = ItemType(type) ?? type;
        if (depth > 2 || !model.IsClass || model.Namespace?.StartsWith("OutsourceHub", StringComparison.Ordinal) != true)
        {
            return [];
        }

        return model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.ModelBinding.BindNeverAttribute>() is null)
            .SelectMany(p => IsIdName(p.Name) ? [p.Name] : InnerIdProperties(p.PropertyType, depth + 1).Select(inner => $"{p.Name}.{inner}"));
    }

    private static Type? ItemType(Type type) =>
        type == typeof(string)
            ? null
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
                .GetGenericArguments()[0];

    private static bool IsIdName(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase)
        || name.Equals("token", StringComparison.OrdinalIgnoreCase)
        || name.Equals("number", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Id", StringComparison.Ordinal)
        || name.EndsWith("Ids", StringComparison.Ordinal);
}
