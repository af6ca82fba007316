using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OutsourceHub.BrowserTests;

/// <summary>What every journey checks on the pages it visits: accessibility, no dialogs, and the screenshots.</summary>
public static class Screens
{
    /// <summary>Runs axe-core on the page; fails on any violation of impact serious or critical.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility on {page.Url}:\n{string.Join("\n", serious)}");
    }

    /// <summary>Records every page the person's tab lands on, to check each of them for accessibility at the end.</summary>
    public static List<string> TrackVisits(this IPage page)
    {
        var visited = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                visited.Add(frame.Url.Split('#')[0]);
            }
        };
        return visited;
    }

    /// <summary>Opens again every page visited and runs axe on each: no page of a journey escapes the check.</summary>
    public static async Task AssertEveryVisitedPageAccessibleAsync(this IPage page, IEnumerable<string> visited)
    {
        foreach (var url in visited.Distinct().ToList())
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    /// <summary>
    /// Saves a screenshot: into docs/screenshots when UPDATE_SCREENSHOTS=1 (to refresh the README's pictures),
    /// otherwise into the test output folder, so a run never changes the repository by accident.
    /// </summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Fails the test if any page of the context opens a dialog (alert, confirm, prompt): a script ran.</summary>
    public static List<string> CollectDialogs(this IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return dialogs;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OutsourceHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OutsourceHub.sln not found above the test output.");
    }
}
