using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using OutsourceHub.Web.Email;

namespace OutsourceHub.Web.Pages.Writers;

/// <summary>
/// "Invitation sent": shows the owner the join link once, after the redirect from an invite page. The link travels
/// in TempData (an encrypted cookie, read once) because the database keeps only the token's hash; reloading the
/// page sends the owner back to the writers list. Where the server sends no email, this link is the invitation: the
/// page says so and asks the owner to send it themselves.
/// </summary>
public sealed class InvitedModel(EmailStatus emailStatus) : PageModel
{
    private const string LinkKey = "Invitation.Link";
    private const string EmailKey = "Invitation.Email";
    private const string ClientKey = "Invitation.Client";

    public string Link { get; private set; } = string.Empty;

    public bool EmailOn => emailStatus.IsOn;

    public string Heading => EmailOn ? "Invitation sent" : "Send this invitation link yourself";

    /// <summary>The invite pages' button: nothing is sent when email is off, the link is made for the owner to send.</summary>
    public static string SubmitText(bool emailOn) => emailOn ? "Send invitation" : "Create the invitation link";

    public string Email { get; private set; } = string.Empty;

    /// <summary>The client a writer was invited to; null for an owner invitation.</summary>
    public string? Client { get; private set; }

    public static void Show(ITempDataDictionary tempData, string link, string email, string? client)
    {
        tempData[LinkKey] = link;
        tempData[EmailKey] = email;
        tempData[ClientKey] = client;
    }

    public IActionResult OnGet()
    {
        if (TempData[LinkKey] is not string link || TempData[EmailKey] is not string email)
        {
            return RedirectToPage("Index");
        }

        Link = link;
        Email = email;
        Client = TempData[ClientKey] as string;
        // The page shows a live token: keep it out of caches and out of any Referer header.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Page();
    }
}
