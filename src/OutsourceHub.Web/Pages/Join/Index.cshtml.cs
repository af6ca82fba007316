using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Join;

/// <summary>
/// The invitation link, /Join/{token}. Anonymous visitors create their account here (a writer, or an owner for an
/// owner invitation); a signed-in writer joins another client's roster with one button. GET never changes data;
/// used, withdrawn, expired and unknown links get a page that says which (<see cref="Invitations.OpenAsync"/>).
/// </summary>
public sealed class IndexModel(
    Invitations invitations,
    AccountCreator accounts,
    IValidator<IndexModel.InputModel> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InvitationLink? Invitation { get; private set; }

    public JoinState State { get; private set; }

    public string SignInUrl => Url.Page("/Account/Login", new { ReturnUrl = Url.Page("/Join/Index", new { token = Token }) }) ?? "/Account/Login";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    /// <summary>Creates the account the invitation is for, accepts it and signs the new user in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (State != JoinState.CreateAccount || Invitation is not { } invitation || !await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Show();
        }

        var role = Invitations.RoleOf(invitation.Kind);
        IdentityResult created;
        try
        {
            created = await accounts.CreateAndSignInAsync(
                new NewAccount(Input.Name, invitation.Email, Input.Password),
                role,
                (user, ct) => invitations.AcceptAsync(invitation.Id, user.Id, ct),
                cancellationToken);
        }
        catch (DomainException)
        {
            // Someone used, withdrew or outlived the link between loading and saving: show what it is now.
            return await ShowAsync(cancellationToken);
        }

        if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            // The address got an account meanwhile: the page now says to sign in.
            return await ShowAsync(cancellationToken);
        }

        if (!created.Succeeded)
        {
            created.AddTo(ModelState, string.Empty, $"{nameof(Input)}.{nameof(InputModel.Password)}");
            return Show();
        }

        return role == AppRoles.Writer ? RedirectToPage("/MyJobs/Index") : RedirectToPage("/Projects/Index");
    }

    /// <summary>A signed-in writer joins another client's roster.</summary>
    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (State != JoinState.JoinClient || Invitation is null)
        {
            return Show();
        }

        try
        {
            await invitations.AcceptAsync(Invitation.Id, User.UserId(), cancellationToken);
        }
        catch (DomainException)
        {
            return await ShowAsync(cancellationToken);
        }

        return RedirectToPage("/MyJobs/Index");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var viewerId = User.Identity?.IsAuthenticated == true ? User.UserId() : null;
        (Invitation, State) = await invitations.OpenAsync(Token, viewerId, cancellationToken);
    }

    /// <summary>The link as it stands now.</summary>
    private async Task<PageResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Show();
    }

    private PageResult Show()
    {
        Response.StatusCode = State switch
        {
            JoinState.Unknown => StatusCodes.Status404NotFound,
            JoinState.Used or JoinState.Revoked or JoinState.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        // The URL holds a live token: keep it out of caches and Referer headers.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Input.Password = string.Empty;
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Your name")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Name).DisplayName();
            RuleFor(x => x.Password).NewPassword();
        }
    }
}
