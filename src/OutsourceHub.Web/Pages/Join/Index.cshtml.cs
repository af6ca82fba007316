using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Join;

/// <summary>Where a visitor stands with an invitation link, which decides what the join page offers.</summary>
public enum JoinState
{
    /// <summary>No invitation has this token.</summary>
    Unknown,
    Used,
    Revoked,
    Expired,

    /// <summary>Anonymous, and the invited email has no account yet: name and password make one.</summary>
    CreateAccount,

    /// <summary>Anonymous, and the invited email already has an account: sign in, then come back.</summary>
    SignInFirst,

    /// <summary>An owner invitation for an email that already has an account; it can only make a new one.</summary>
    EmailTaken,

    /// <summary>A signed-in writer with the invited email: one button adds them to the client's roster.</summary>
    JoinClient,

    /// <summary>
    /// Signed in with an account that cannot take this invitation: an owner on a writer's link, a writer whose email
    /// is not the invited one, anyone on an owner's.
    /// </summary>
    WrongAccount,
}

/// <summary>
/// The invitation link, /Join/{token}. Anonymous visitors create their account here (a writer, or an owner for an
/// owner invitation); a signed-in writer joins another client's roster with one button. GET never changes data;
/// used, withdrawn, expired and unknown links get a page that says which.
/// </summary>
public sealed class IndexModel(
    OutsourceHubDbContext db,
    UserManager<AppUser> users,
    AccountCreator accounts,
    InvitationService invitations,
    TimeProvider clock,
    IValidator<IndexModel.InputModel> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InvitationView? Invitation { get; private set; }

    public JoinState State { get; private set; }

    public string SignInUrl => Url.Page("/Account/Login", new { ReturnUrl = Url.Page("/Join/Index", new { token = Token }) }) ?? "/Account/Login";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Show();
    }

    /// <summary>Creates the account the invitation is for, accepts it and signs the new user in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (State != JoinState.CreateAccount || Invitation is null)
        {
            return Show();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Show();
        }

        var invitation = Invitation;
        var role = invitation.Kind == InvitationKind.Writer ? AppRoles.Writer : AppRoles.Owner;
        IdentityResult created;
        try
        {
            created = await accounts.CreateAndSignInAsync(
                new NewAccount(Input.Name, invitation.Email, Input.Password),
                role,
                (user, ct) => invitations.AcceptAsync(invitation.Id, user, ct),
                cancellationToken);
        }
        catch (DomainException)
        {
            // Someone used, withdrew or outlived the link between loading and saving: show what it is now.
            await LoadAsync(cancellationToken);
            return Show();
        }

        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
            {
                // The address got an account meanwhile: the page now says to sign in.
                await LoadAsync(cancellationToken);
                return Show();
            }

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

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await invitations.AcceptAsync(Invitation.Id, user, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            return Show();
        }

        return RedirectToPage("/MyJobs/Index");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var hash = Core.Accounts.Invitation.HashToken(Token);
        Invitation = await db.Invitations.AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Select(i => new InvitationView(
                i.Id,
                i.Kind,
                i.Email,
                db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == i.InvitedById).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                i.ExpiresAt,
                i.AcceptedAt != null,
                i.RevokedAt != null,
                i.Note))
            .SingleOrDefaultAsync(cancellationToken);
        State = await StateOfAsync(Invitation, cancellationToken);
    }

    private async Task<JoinState> StateOfAsync(InvitationView? invitation, CancellationToken cancellationToken)
    {
        // The same order as Invitation.Accept checks, so the page and the refusal agree.
        if (invitation is null)
        {
            return JoinState.Unknown;
        }

        if (invitation.Accepted)
        {
            return JoinState.Used;
        }

        if (invitation.Revoked)
        {
            return JoinState.Revoked;
        }

        if (clock.GetUtcNow().UtcDateTime >= invitation.ExpiresAt)
        {
            return JoinState.Expired;
        }

        var normalized = users.NormalizeEmail(invitation.Email);
        if (User.Identity?.IsAuthenticated == true)
        {
            // An invitation is for one email. Anyone else holding the link (forwarded, or read from a log) must not
            // use it up, nor put themselves on the owner's roster.
            var userId = User.UserId();
            return invitation.Kind == InvitationKind.Writer && User.IsInRole(AppRoles.Writer)
                && await db.Users.AnyAsync(u => u.Id == userId && u.NormalizedEmail == normalized, cancellationToken)
                ? JoinState.JoinClient
                : JoinState.WrongAccount;
        }

        if (!await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            return JoinState.CreateAccount;
        }

        return invitation.Kind == InvitationKind.Writer ? JoinState.SignInFirst : JoinState.EmailTaken;
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

    /// <summary>What the page shows of an invitation. <see cref="Note"/> is the owner's plain text, shown encoded.</summary>
    public sealed record InvitationView(
        int Id, InvitationKind Kind, string Email, string? Client, string InvitedBy, DateTime ExpiresAt, bool Accepted, bool Revoked, string? Note)
    {
        /// <summary>The note's paragraphs (split at blank lines), each as its lines, so the page keeps the owner's breaks.</summary>
        public IReadOnlyList<string[]> NoteParagraphs => string.IsNullOrWhiteSpace(Note)
            ? []
            : Note.ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split('\n', StringSplitOptions.TrimEntries))
                .ToList();
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
