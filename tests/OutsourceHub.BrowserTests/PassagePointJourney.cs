using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>
/// Journey: the owner points at a passage of the draft and suggests wording; the writer sees the passage, takes the
/// wording in one step and submits; the owner sees the passage then and now.
/// </summary>
public sealed class PassagePointJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string DraftOne =
        "For two years I eyeballed my coffee. Let's be real: it was fine.\n\n" +
        "The beans were stale and the water was hard.\n\n" +
        "So I started weighing it again, gram by gram.";

    [BrowserFact]
    public async Task A_point_on_a_selected_passage_reaches_the_writer_whose_wording_use_the_owner_then_sees()
    {
        var world = await app.OwnerWorldAsync("Beans: a passage to point at");
        var writerEmail = await app.WriterOnRosterAsync(world);
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await writer.GetByLabel("Your draft").FillAsync(DraftOne);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();

        // The owner selects a sentence of the draft and adds a point on it, with the wording they would like.
        var owner = await app.NewPersonAsync();
        var dialogs = owner.CollectDialogs();
        await owner.SignInAsync(world.OwnerEmail);
        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/1");
        await owner.Locator("#draft-text p").Nth(1).SelectTextAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add a point here" }).ClickAsync();
        await Expect(owner.GetByLabel("Passage of the draft").First).ToHaveValueAsync("The beans were stale and the water was hard.");
        await Expect(owner.Locator("#draft-text mark.passage-mark")).ToHaveTextAsync("The beans were stale and the water was hard.");
        await Expect(owner.GetByLabel("What to change").First).ToBeFocusedAsync();
        await owner.GetByLabel("What to change").First.FillAsync("Say which beans, and how old.");
        await owner.GetByLabel("Suggested wording").First.FillAsync("The beans were three weeks old and the water was hard.");
        await owner.GetByLabel("Category").First.SelectOptionAsync(new SelectOptionValue { Label = "Facts" });
        await owner.GetByLabel("Holds the draft to").First.SelectOptionAsync(new SelectOptionValue { Label = "Expectations" });
        await owner.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByText("Revision requested. The writer has been told.")).ToBeVisibleAsync();

        // The draft page marks the passage for both sides, and the point brings it into view.
        await Expect(owner.Locator("#draft-text mark.passage-mark")).ToHaveTextAsync("The beans were stale and the water was hard.");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Show in the draft" }).ClickAsync();
        await Expect(owner.Locator("#draft-text mark.passage-mark").First).ToBeFocusedAsync();

        // The writer sees the passage and the suggestion, and takes the wording in one step.
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        var point = writer.Locator("[data-point-passage]").First;
        await Expect(point.Locator(".point-passage")).ToHaveTextAsync("The beans were stale and the water was hard.");
        await writer.GetByLabel("Your draft").FillAsync(DraftOne);
        await Expect(point.Locator(".passage-status")).ToHaveTextAsync("Still in your text.");
        await point.GetByRole(AriaRole.Button, new() { Name = "Use this wording" }).ClickAsync();
        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync(DraftOne.Replace("The beans were stale", "The beans were three weeks old", StringComparison.Ordinal));
        await Expect(point.Locator(".use-wording-status")).ToContainTextAsync("Wording used in your text.");
        await Expect(point.Locator(".passage-status")).ToHaveTextAsync("No longer in your text as it was.");
        await writer.AssertAccessibleAsync();
        await writer.GetByLabel("Addressed in this draft").First.CheckAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 2 submitted.")).ToBeVisibleAsync();

        // The owner reviews draft 2: the passage then, and now.
        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/2");
        var handled = owner.Locator(".passage-then-now").First;
        await Expect(handled).ToContainTextAsync("Passage then: “The beans were stale and the water was hard.”");
        await Expect(handled).ToContainTextAsync("Now, rewritten: “The beans were three weeks old and the water was hard.”");
        await Expect(owner.Locator("#draft-text mark.passage-mark")).ToHaveTextAsync("The beans were three weeks old and the water was hard.");
        await handled.GetByRole(AriaRole.Link, new() { Name = "Show in the draft" }).ClickAsync();
        await Expect(owner.Locator("#draft-text mark.passage-mark")).ToBeFocusedAsync();
        await owner.ScreenshotAsync("passage-then-and-now");

        // The word diff marks the passage as draft 2 has it.
        await owner.GotoAsync($"/Drafts/Compare/{world.JobId}/2");
        await Expect(owner.Locator("#carried-points")).ToContainTextAsync("The beans were three weeks old and the water was hard. (rewritten)");
        await Expect(owner.Locator("#draft-text mark.passage-mark").First).ToBeVisibleAsync();
        // The deleted words between the kept ones leave two spaces where the new draft has one.
        var marked = System.Text.RegularExpressions.Regex.Replace(string.Concat(await owner.Locator("#draft-text mark.passage-mark").AllTextContentsAsync()), @"\s+", " ");
        Assert.Equal("The beans were three weeks old and the water was hard.", marked);
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task A_passage_is_chosen_by_keyboard_or_typed_and_its_mark_and_row_lead_to_each_other()
    {
        var world = await app.OwnerWorldAsync("Beans: a passage chosen by keyboard");
        var writerEmail = await app.WriterOnRosterAsync(world);
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await writer.GetByLabel("Your draft").FillAsync(DraftOne);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();

        // By keyboard: into the draft, down a line, Shift+End selects the second paragraph; Tab reaches "Add a point here".
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);
        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/1");
        await owner.Locator("#draft-text").FocusAsync();
        await owner.Keyboard.PressAsync("ArrowDown");
        await owner.Keyboard.PressAsync("Shift+End");
        // The button comes alive once the browser reports the selection, as the user sees.
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Add a point here" })).ToBeEnabledAsync();
        await owner.Keyboard.PressAsync("Tab");
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Add a point here" })).ToBeFocusedAsync();
        await owner.Keyboard.PressAsync("Enter");
        await Expect(owner.GetByLabel("Passage of the draft").First).ToHaveValueAsync("The beans were stale and the water was hard.");
        await owner.GetByLabel("What to change").First.FillAsync("Say which beans, and how old.");

        // Typed into the next row: marked as it is found, or said not to be there.
        await owner.GetByRole(AriaRole.Button, new() { Name = "Add another point" }).ClickAsync();
        var second = owner.Locator("#points .point-row").Nth(1);
        await second.Locator("summary").ClickAsync();
        await second.GetByLabel("Passage of the draft").FillAsync("gram by grams");
        await Expect(second.Locator(".passage-found")).ToHaveTextAsync("Not found in the draft as typed.");
        await second.GetByLabel("Passage of the draft").FillAsync("gram  BY gram");
        await Expect(second.Locator(".passage-found")).ToHaveTextAsync("Marked in the draft as point 2.");
        await Expect(owner.Locator("#draft-text mark.passage-mark[data-point-number='2']")).ToHaveTextAsync("gram by gram");

        // The row's "Show in the draft" focuses its mark; the mark brings back its row.
        await second.GetByRole(AriaRole.Button, new() { Name = "Show in the draft" }).ClickAsync();
        await Expect(owner.Locator("#draft-text mark.passage-mark[data-point-number='2']")).ToBeFocusedAsync();
        await owner.Keyboard.PressAsync("Enter");
        await Expect(second.GetByLabel("What to change")).ToBeFocusedAsync();
        await owner.Locator("#draft-text mark.passage-mark[data-point-number='1']").First.ClickAsync();
        await Expect(owner.GetByLabel("What to change").First).ToBeFocusedAsync();
        await owner.AssertAccessibleAsync();
        await second.GetByLabel("What to change").FillAsync("End on the number of grams.");
        foreach (var row in new[] { owner.Locator("#points .point-row").First, second })
        {
            await row.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Facts" });
            await row.GetByLabel("Holds the draft to").SelectOptionAsync(new SelectOptionValue { Label = "Expectations" });
        }
        await owner.GetByRole(AriaRole.Button, new() { Name = "Send to the writer" }).ClickAsync();
        await Expect(owner.GetByText("Revision requested. The writer has been told.")).ToBeVisibleAsync();
        await Expect(owner.Locator("#draft-text mark.passage-mark")).ToHaveCountAsync(2);

        // The writer's "Show in your text" selects the passage in the working text.
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await writer.GetByLabel("Your draft").FillAsync(DraftOne);
        var point = writer.Locator("[data-point-passage]").Nth(1);
        await point.GetByRole(AriaRole.Button, new() { Name = "Show in your text" }).ClickAsync();
        await Expect(writer.GetByLabel("Your draft")).ToBeFocusedAsync();
        var chosen = await writer.GetByLabel("Your draft").EvaluateAsync<string>("body => body.value.slice(body.selectionStart, body.selectionEnd)");
        Assert.Equal("gram by gram", chosen);
        await writer.GetByLabel("Your draft").FillAsync("A new draft about tea.");
        await Expect(point.GetByRole(AriaRole.Button, new() { Name = "Show in your text" })).ToBeHiddenAsync();
        await Expect(point.Locator(".passage-status")).ToHaveTextAsync("No longer in your text as it was.");
    }
}
