using System.Net;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>The steps of the owner–writer loop through the real pages, for tests about what comes after them.</summary>
public static class LoopSteps
{
    public static async Task<HtmlPage> SubmitDraftAsync(this TestBrowser writer, int projectId, string body, IReadOnlyDictionary<string, string>? extra = null)
    {
        var editor = await writer.GetAsync($"/Drafts/Submit/{projectId}");
        var values = new Dictionary<string, string>(extra ?? new Dictionary<string, string>()) { ["Input.Body"] = body };
        return await writer.SubmitAsync(editor, values, "#draft-form");
    }

    /// <summary>Requests a revision of the given draft with the given points (text, section value).</summary>
    public static async Task<HtmlPage> RequestRevisionAsync(
        this TestBrowser owner, int projectId, int number, params (string Text, string Section)[] points)
    {
        var review = await owner.GetAsync($"/Feedback/Give/{projectId}/{number}");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var values = new Dictionary<string, string> { ["Input.Decision"] = "RequestRevision", ["Input.Comment"] = "Close, but not yet me." };
        for (var i = 0; i < points.Length; i++)
        {
            values[$"Input.Points[{i}].Text"] = points[i].Text;
            values[$"Input.Points[{i}].Category"] = "Voice";
            values[$"Input.Points[{i}].Section"] = points[i].Section;
        }

        return await owner.SubmitAsync(review, values, "#feedback-form");
    }

    public static async Task<HtmlPage> ApproveAsync(this TestBrowser owner, int projectId, int number)
    {
        var review = await owner.GetAsync($"/Feedback/Give/{projectId}/{number}");
        return await owner.SubmitAsync(review, new Dictionary<string, string> { ["Input.Decision"] = "Approve", ["Input.Comment"] = "Sounds like me." }, "#feedback-form");
    }
}
