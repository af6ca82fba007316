using System.Globalization;
using System.Net;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// Every length limit of every form says the same thing beside its field, with the limit and what was typed:
/// "Keep this to 2,000 characters or fewer; it has 2,001." The forms and their limits are the table of
/// <see cref="BadInputCases"/>, so a new form's fields are held to it too.
/// </summary>
public sealed class LengthMessageTests(BadInputApp fixture) : IClassFixture<BadInputApp>
{
    /// <summary>No current password is that long, so the form says the password is wrong rather than too long.</summary>
    private const string CurrentPassword = "Account/Manage (password) · Password.CurrentPassword";

    public static TheoryData<string> Cases => new(BadInputCases.OverTheLimit.Keys.Where(name => !name.StartsWith(CurrentPassword, StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_text_one_over_its_limit_is_told_the_limit_and_its_length_in_the_same_words(string name)
    {
        var bad = BadInputCases.All[name];
        var limit = BadInputCases.OverTheLimit[name];
        var browser = fixture.BrowserFor(bad.Actor);
        try
        {
            var page = await browser.GetAsync(await bad.Open(fixture));
            var form = RawForm.Read(page, bad.Form);
            if (bad.Button is not null)
            {
                form.Action = page.Document.QuerySelector($"{bad.Form} {bad.Button}")!.GetAttribute("formaction")!;
            }

            bad.Bend(form);
            var answer = await form.PostAsync(browser);

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var expected = string.Create(CultureInfo.InvariantCulture, $"Keep this to {limit:N0} characters or fewer; it has {limit + 1:N0}.");
            Assert.Equal(expected, answer.ErrorFor(bad.MessageFor!));
        }
        finally
        {
            if (!BadInputApp.IsShared(bad.Actor))
            {
                browser.Dispose();
            }
        }
    }
}
