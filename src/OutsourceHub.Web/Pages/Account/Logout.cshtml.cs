using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Accounts;

namespace OutsourceHub.Web.Pages.Account;

/// <summary>Sign out is a POST with the antiforgery token, so no link on another site can sign anyone out.</summary>
public sealed class LogoutModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The auth cookie is self-contained: deleting it from this browser leaves every copy of it (a stolen one, one
        // left on a shared computer) valid until it expires. A new security stamp makes each copy fail at its next
        // stamp check (SecurityStampValidatorOptions.ValidationInterval), and with it the account's other sessions.
        if (await users.GetUserAsync(User) is { } user)
        {
            var renewed = await users.UpdateSecurityStampAsync(user);
            if (!renewed.Succeeded)
            {
                logger.LogWarning("Account {UserId} signed out but its security stamp was not renewed: {Errors}", user.Id, renewed.Errors.Select(e => e.Code));
            }
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
