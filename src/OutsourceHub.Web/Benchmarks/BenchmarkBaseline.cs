using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Data.Sqlite;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Benchmarks;

/// <summary>
/// The load runs' yardstick (docs/performance.md), mapped only when the `Benchmarks` setting is true: the owner
/// dashboard's first page, the same rows read with raw ADO.NET (Microsoft.Data.Sqlite, one command holding the
/// page's own query shapes, hand-written) and the same HTML written with a StringBuilder, through the same middleware (cookie, authorization,
/// antiforgery token for the sign-out form). What the real page costs above this is what EF Core and Razor cost.
/// Never on in production: with the setting off the path is not mapped and answers 404.
/// </summary>
public static class BenchmarkBaseline
{
    public const string SettingKey = "Benchmarks";
    public const string Path = "/benchmarks/dashboard-raw";

    private const int PageSize = 25;

    private const string Sql = """
        SELECT p.Status, COUNT(*) FROM Projects AS p
        WHERE EXISTS (SELECT 1 FROM Clients AS c WHERE c.Id = p.ClientId AND c.OwnerId = $owner)
        GROUP BY p.Status;

        SELECT p.Id, p.Title, (SELECT c.Name FROM Clients AS c WHERE c.Id = p.ClientId), p.Status, p.DueOn,
               (SELECT u.DisplayName FROM Writers AS w JOIN AspNetUsers AS u ON u.Id = w.UserId WHERE w.Id = p.WriterId)
        FROM Projects AS p
        WHERE p.Id IN (
            SELECT p2.Id FROM Projects AS p2
            WHERE EXISTS (SELECT 1 FROM Clients AS c WHERE c.Id = p2.ClientId AND c.OwnerId = $owner)
            ORDER BY p2.DueOn, p2.Id
            LIMIT $take)
        ORDER BY p.DueOn, p.Id;

        SELECT c.Id, c.Name FROM Clients AS c WHERE c.OwnerId = $owner ORDER BY c.Name, c.Id;

        SELECT w.Id, u.DisplayName FROM Writers AS w JOIN AspNetUsers AS u ON u.Id = w.UserId
        WHERE EXISTS (SELECT 1 FROM Roster AS r JOIN Clients AS c ON c.Id = r.ClientId WHERE r.WriterId = w.Id AND c.OwnerId = $owner)
        ORDER BY u.DisplayName, w.Id;

        SELECT COUNT(*) FROM Notifications WHERE UserId = $owner AND ReadAt IS NULL;
        """;

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>(SettingKey);

    /// <summary>Maps the baseline when the setting is on; otherwise nothing, so the path is an ordinary 404.</summary>
    public static void MapBenchmarkBaseline(this WebApplication app)
    {
        if (!IsOn(app.Configuration))
        {
            return;
        }

        var connectionString = DatabaseSetup.SqliteConnectionString(app.Configuration, app.Environment);
        app.MapGet(Path, (HttpContext context, IAntiforgery antiforgery, TimeProvider clock, CancellationToken cancellationToken) =>
                WriteDashboardAsync(context, antiforgery, clock, connectionString, cancellationToken))
            .RequireAuthorization(AppRoles.Owner);
        app.Logger.LogWarning("{Setting} is on: {Path} answers. Never turn it on in production", SettingKey, Path);
    }

    private static async Task WriteDashboardAsync(
        HttpContext context, IAntiforgery antiforgery, TimeProvider clock, string connectionString, CancellationToken cancellationToken)
    {
        var ownerId = context.User.UserId();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counts = new Dictionary<ProjectStatus, int>();
        var rows = new List<(int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn, string? Writer)>(PageSize);
        var clients = new List<(int Id, string Name)>();
        var writers = new List<(int Id, string Name)>();
        int unread;

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Parameters.AddWithValue("$owner", ownerId);
            command.Parameters.AddWithValue("$take", PageSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[Enum.Parse<ProjectStatus>(reader.GetString(0))] = reader.GetInt32(1);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), Enum.Parse<ProjectStatus>(reader.GetString(3)),
                    DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                clients.Add((reader.GetInt32(0), reader.GetString(1)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                writers.Add((reader.GetInt32(0), reader.GetString(1)));
            }

            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            unread = reader.GetInt32(0);
        }

        var total = counts.Values.Sum();
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        var e = HtmlEncoder.Default;
        var html = new StringBuilder(24_000);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n<title>Your jobs · OutsourceHub</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/lib/bootstrap/dist/css/bootstrap.min.css\" />\n<link rel=\"stylesheet\" href=\"/css/site.css\" />\n</head>\n<body>\n")
            .Append("<a class=\"visually-hidden-focusable\" href=\"#main\">Skip to content</a>\n<header><nav class=\"navbar navbar-expand-sm navbar-light bg-white border-bottom mb-4\" aria-label=\"Main\"><div class=\"container\">")
            .Append("<a class=\"navbar-brand fw-semibold\" href=\"/\">OutsourceHub</a><div id=\"main-nav\" class=\"navbar-collapse collapse\"><ul class=\"navbar-nav flex-grow-1\">")
            .Append("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/Projects\">Your jobs</a></li><li class=\"nav-item\"><a class=\"nav-link\" href=\"/Clients\">Clients</a></li>")
            .Append("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/Writers\">Writers</a></li></ul><div class=\"me-3\"><a class=\"nav-link\" href=\"/Notifications\">Notifications");
        if (unread > 0)
        {
            html.Append(" <span class=\"badge rounded-pill text-bg-danger\">").Append(unread).Append("<span class=\"visually-hidden\"> unread</span></span>");
        }

        html.Append("</a></div><a class=\"nav-link me-3\" href=\"/Account/Manage\">").Append(e.Encode(context.User.DisplayName())).Append("</a>")
            .Append("<form method=\"post\" class=\"d-inline\" action=\"/Account/Logout\"><button type=\"submit\" class=\"btn btn-outline-secondary btn-sm\">Sign out</button>")
            .Append("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"").Append(token).Append("\" /></form></div></div></nav></header>\n")
            .Append("<div class=\"container\"><main id=\"main\" class=\"pb-4\">\n")
            .Append("<div class=\"d-flex flex-wrap align-items-center gap-2 mb-3\"><h1 class=\"h3 mb-0 flex-grow-1\">Your jobs</h1><a class=\"btn btn-primary\" href=\"/Projects/Create\">Post a job</a></div>\n")
            .Append("<nav aria-label=\"Jobs by status\" class=\"mb-3\"><ul class=\"nav nav-pills flex-wrap small\" id=\"status-counts\">")
            .Append("<li class=\"nav-item\"><a class=\"nav-link active\" href=\"/Projects\" data-status-count=\"All\" aria-current=\"page\">All <span class=\"badge text-bg-light border\" data-count>")
            .Append(total).Append("</span></a></li>");
        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            html.Append("<li class=\"nav-item\"><a class=\"nav-link \" href=\"/Projects?status=").Append(status).Append("\" data-status-count=\"").Append(status).Append("\">")
                .Append(e.Encode(Labels.For(status))).Append(" <span class=\"badge text-bg-light border\" data-count>").Append(counts.GetValueOrDefault(status)).Append("</span></a></li>");
        }

        html.Append("</ul></nav>\n<form method=\"get\" class=\"row g-2 align-items-end mb-3\" role=\"search\" id=\"filters\">")
            .Append("<div class=\"col-md-3\"><label for=\"q\" class=\"form-label\">Title contains</label><input type=\"search\" id=\"q\" name=\"q\" value=\"\" maxlength=\"200\" class=\"form-control\" /></div>")
            .Append("<div class=\"col-md-2\"><label for=\"status\" class=\"form-label\">Status</label><select id=\"status\" name=\"status\" class=\"form-select\"><option value=\"\">Any status</option>");
        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            html.Append("<option value=\"").Append(status).Append("\">").Append(e.Encode(Labels.For(status))).Append("</option>");
        }

        html.Append("</select></div><div class=\"col-md-3\"><label for=\"clientId\" class=\"form-label\">Client</label><select id=\"clientId\" name=\"clientId\" class=\"form-select\"><option value=\"\">All clients</option>");
        foreach (var (id, name) in clients)
        {
            html.Append("<option value=\"").Append(id).Append("\">").Append(e.Encode(name)).Append("</option>");
        }

        html.Append("</select></div><div class=\"col-md-2\"><label for=\"writerId\" class=\"form-label\">Writer</label><select id=\"writerId\" name=\"writerId\" class=\"form-select\"><option value=\"\">All writers</option>");
        foreach (var (id, name) in writers)
        {
            html.Append("<option value=\"").Append(id).Append("\">").Append(e.Encode(name)).Append("</option>");
        }

        html.Append("</select></div><div class=\"col-md-2 d-flex gap-2\"><button type=\"submit\" class=\"btn btn-outline-primary\">Filter</button></div></form>\n")
            .Append("<p class=\"small text-muted\" id=\"showing\">Showing 1–").Append(rows.Count).Append(" of ").Append(total).Append(", soonest due first</p>\n")
            .Append("<div class=\"table-responsive\"><table class=\"table align-middle\"><thead><tr><th scope=\"col\">Job</th><th scope=\"col\">Client</th><th scope=\"col\">Writer</th><th scope=\"col\">Status</th><th scope=\"col\">Due</th></tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr data-job-id=\"").Append(row.Id).Append("\"><td><a href=\"/Projects/Details/").Append(row.Id).Append("\">").Append(e.Encode(row.Title)).Append("</a></td><td>")
                .Append(e.Encode(row.Client)).Append("</td><td>").Append(e.Encode(row.Writer ?? "Not assigned")).Append("</td><td><span class=\"badge\">")
                .Append(e.Encode(Labels.For(row.Status))).Append("</span></td><td><time datetime=\"").Append(row.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                .Append(e.Encode(Dates.Relative(row.DueOn, today))).Append(" <span class=\"text-muted\">(").Append(row.DueOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)).Append(")</span></time>");
            if (Project.Overdue(row.DueOn, row.Status, today))
            {
                html.Append("<span class=\"badge text-bg-danger ms-1\">Overdue</span>");
            }

            html.Append("</td></tr>\n");
        }

        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        html.Append("</tbody></table></div>\n");
        if (pages > 1)
        {
            html.Append("<nav aria-label=\"Pages\"><ul class=\"pagination\"><li class=\"page-item disabled\"><a class=\"page-link\" href=\"/Projects?p=0\">Previous</a></li>")
                .Append("<li class=\"page-item active\" aria-current=\"page\"><span class=\"page-link\">Page 1 of ").Append(pages).Append("</span></li>")
                .Append("<li class=\"page-item\"><a class=\"page-link\" href=\"/Projects?p=2\">Next</a></li></ul></nav>\n");
        }

        html.Append("</main></div>\n<script src=\"/lib/jquery/dist/jquery.min.js\"></script>\n<script src=\"/lib/bootstrap/dist/js/bootstrap.bundle.min.js\"></script>\n<script src=\"/js/site.js\"></script>\n</body>\n</html>\n");

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString(), cancellationToken);
    }
}
