using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OutsourceHub.Web.Pages;

/// <summary>What a person sees when a page is missing, refused or failed: plain words, never a stack trace.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string? RequestId { get; private set; }

    public string Heading => Status switch
    {
        404 => "Page not found",
        403 => "Not allowed",
        400 => "That request could not be handled",
        413 => "That was too much to send at once",
        429 => "Too many requests",
        _ => "Something went wrong",
    };

    public string Explanation => Status switch
    {
        404 => "There is nothing here, or it is not yours to see. Check the link, or go back to your jobs.",
        403 => "Your account cannot open this page.",
        400 => "The form may have expired. Go back, reload the page and try again: what you typed is still in the form you left.",
        413 => "Nothing was saved. Go back: your text is still in the form. Split very long text, or shorten it, and send again.",
        429 => "Too many attempts from your address in a short time. Please wait a minute before trying again.",
        _ => "The problem has been logged. Please try again in a moment.",
    };

    public void OnGet([FromQuery] int? status) => Show(status);

    // A failed POST is re-executed here as a POST; its body is never read.
    public void OnPost([FromQuery] int? status) => Show(status);

    private void Show(int? status)
    {
        // Re-executed for a failed request, the response already carries its status.
        Status = Response.StatusCode >= 400 ? Response.StatusCode : status ?? 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
