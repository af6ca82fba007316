using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Accounts;

namespace OutsourceHub.Web.Pages;

/// <summary>The home page sends each person to where their work is.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(AppRoles.Owner))
        {
            return RedirectToPage("/Projects/Index");
        }

        if (User.IsInRole(AppRoles.Writer))
        {
            return RedirectToPage("/MyJobs/Index");
        }

        return Forbid();
    }
}
