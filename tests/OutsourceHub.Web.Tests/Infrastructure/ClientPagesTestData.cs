using AngleSharp.Dom;
using OutsourceHub.Core.Accounts;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>What the Clients and Samples page tests share: a signed-in owner, valid forms and checks.</summary>
public static class ClientPagesTestData
{
    public static Dictionary<string, string> ValidClientForm(string name = "Juniper & Oak Coffee") => new()
    {
        ["Input.Name"] = name,
        ["Input.Website"] = "https://juniperandoak.example",
        ["Input.Audience"] = "Home brewers who want better coffee",
        ["Input.ToneWords"] = "warm, plain-spoken, a little cheeky",
        ["Input.PointOfView"] = "FirstPersonPlural",
        ["Input.SignatureWords"] = "honest cup, dial it in",
        ["Input.WordsToAvoid"] = "artisanal, elevate",
        ["Input.CaresAbout"] = "Good coffee for **everyone**.",
        ["Input.StandingExpectations"] = "- Open with a small, real moment.",
        ["Input.StandingSpecialRequests"] = "Never name competitors.",
    };

    public static Dictionary<string, string> ValidSampleForm(string title = "The Sunday Pour, issue 12") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "Newsletter",
        ["Input.Url"] = "https://juniperandoak.example/sunday-pour/12",
        ["Input.Text"] = "Morning, friend.\n\nThis week a reader asked whether grinders **matter**.",
        ["Input.PublishedOn"] = "2025-03-14",
        ["Input.WhatToTake"] = "The rhythm: short paragraphs and a single tip at the end.",
    };

    /// <summary>A new owner account, signed in on its own browser.</summary>
    public static async Task<(AppUser Owner, TestBrowser Browser)> SignInNewOwnerAsync(this AppFactory app)
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);
        return (owner, browser);
    }

    /// <summary>The page's main content, where user text is shown (the layout's own scripts are outside it).</summary>
    public static IElement MainContent(this HtmlPage page) =>
        page.Document.QuerySelector("main") ?? throw new InvalidOperationException($"No <main> on {page.Url}.");

    /// <summary>No script element and no event-handler attribute in the page's main content.</summary>
    public static void AssertNoActiveContent(this HtmlPage page)
    {
        var main = page.MainContent();
        Assert.Empty(main.QuerySelectorAll("script, iframe, object, embed, svg"));
        var handlers = main.Descendants<IElement>()
            .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"))
            .ToList();
        Assert.Empty(handlers);
        var scriptUrls = main.Descendants<IElement>()
            .SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction"))
            .Select(a => new string(a.Value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()))
            .Where(v => v.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                || v.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(scriptUrls);
        Assert.Empty(main.QuerySelectorAll("[style]"));
    }
}
