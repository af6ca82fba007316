using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OutsourceHub.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
