using System.Net;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Performance;

/// <summary>
/// SQLite writes wait for each other in <see cref="OutsourceHub.Core.Data.SqliteWriteGate"/>: many posts at once all
/// land, and a save refused as stale (the Version check) lets the next one through rather than holding the gate.
/// </summary>
public sealed class WriteGateTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    [Fact]
    public async Task Twenty_messages_posted_at_once_all_land()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var thread = await writer.GetAsync($"/Thread/{scenario.Job.Id}");
        var token = thread.Document.QuerySelector("main form[method=post] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var posts = Enumerable.Range(1, 20).Select(async i =>
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Body"] = $"Message {i}", ["__RequestVerificationToken"] = token });
            using var response = await writer.Http.PostAsync(new Uri($"/Thread/{scenario.Job.Id}", UriKind.Relative), content);
            return response.StatusCode;
        });

        Assert.All(await Task.WhenAll(posts), status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(20, await app.WithDbAsync(db => Task.FromResult(db.Messages.Count(m => m.ProjectId == scenario.Job.Id))));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
