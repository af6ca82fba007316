using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>An owner with a client, two samples, a writer on the roster and a job ready to brief, plus the people who must not see it.</summary>
public sealed record BriefScenario(
    AppUser Owner,
    Client Client,
    ReferencePiece[] Samples,
    AppUser WriterUser,
    Writer Writer,
    Project Job)
{
    public static async Task<BriefScenario> CreateAsync(AppFactory app, bool assignWriter = true, int sampleCount = 2)
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Owner");
        var client = await app.CreateClientAsync(owner.Id);
        var samples = new List<ReferencePiece>();
        for (var i = 1; i <= sampleCount; i++)
        {
            samples.Add(await app.CreateSampleAsync(client.Id, $"Sample piece {i}"));
        }

        var (writerUser, writer) = await app.CreateWriterAsync(client.Id, "Sam Writer");
        var job = await app.CreateJobAsync(client, writerId: assignWriter ? writer.Id : null, sampleIds: samples.Select(s => s.Id).ToArray());
        return new BriefScenario(owner, client, samples.ToArray(), writerUser, writer, job);
    }

    public async Task<TestBrowser> OwnerBrowserAsync(AppFactory app)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(Owner.Email!);
        return browser;
    }

    public async Task<TestBrowser> WriterBrowserAsync(AppFactory app)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(WriterUser.Email!);
        return browser;
    }

    /// <summary>Issues the brief through the page, as the owner would.</summary>
    public async Task IssueAsync(TestBrowser owner)
    {
        var issued = await owner.SubmitAsync(await owner.GetAsync($"/Briefs/Preview/{Job.Id}"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, issued.StatusCode);
    }
}
