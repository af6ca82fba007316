using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Hosting;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>The request log holds no secret: an invitation link is logged without its token.</summary>
public sealed class RequestLogTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly string logs = Path.Combine(Path.GetTempPath(), "outsourcehub-tests", "request-logs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_invitation_link_is_logged_without_its_token()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com");
        using var logged = app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(logs, "requests-.log"),
        })));
        using var http = logged.CreateClient();

        var page = await http.GetAsync(new Uri($"/Join/{token}", UriKind.Relative));
        var clients = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, clients.StatusCode);
        // The line is written as the request ends, which can be just after the answer reached us: wait for it.
        var log = await LogWithAsync("/Account/Login");
        Assert.Contains("HTTP GET /Join/{token} responded 200", log, StringComparison.Ordinal);
        Assert.DoesNotContain(token, log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Join/abc123", "/Join/{token}")]
    [InlineData("/join/abc123", "/Join/{token}")]
    [InlineData("/Projects/Details/4", "/Projects/Details/4")]
    [InlineData("/Joinery", "/Joinery")]
    public void Only_paths_that_carry_a_token_are_changed(string path, string logged) =>
        Assert.Equal(logged, RequestLogging.Redact(path));

    public void Dispose()
    {
        app.Dispose();
        try
        {
            Directory.Delete(logs, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean with the temp folder.
        }
    }

    private async Task<string> LogWithAsync(string expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var text = string.Concat(Directory.Exists(logs) ? Directory.GetFiles(logs).Select(Read) : []);
            if (text.Contains(expected, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No log line for {expected} in {logs}.");
    }

    private static string Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
