using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;

namespace OutsourceHub.Web.Accounts;

/// <summary>
/// Creates an account with one role and signs it in: joining by invitation and open registration both end here.
/// Everything the caller saves alongside (a writer profile, the accepted invitation) is in the same
/// transaction, so a refused invitation leaves no half-made account behind.
/// </summary>
public sealed class AccountCreator(
    OutsourceHubDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    TimeProvider clock,
    IServiceScopeFactory scopes,
    ILogger<AccountCreator> logger)
{
    /// <summary>
    /// Returns Identity's answer; on failure nothing is saved and nobody is signed in. A DomainException thrown by
    /// <paramref name="alongside"/> rolls the account back and reaches the caller.
    /// </summary>
    public async Task<IdentityResult> CreateAndSignInAsync(
        NewAccount account, string role, Func<AppUser, CancellationToken, Task>? alongside, CancellationToken cancellationToken)
    {
        var email = account.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = account.Name.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                IdentityResult result;
                try
                {
                    result = await users.CreateAsync(user, account.Password);
                }
                catch (DbUpdateException)
                {
                    // Identity checks the address with a query; a request on another instance may have taken it between
                    // that check and this insert, in which case the unique index refused this second account.
                    if (!await EmailTakenAsync(users.NormalizeEmail(email), cancellationToken))
                    {
                        throw;
                    }

                    db.ChangeTracker.Clear();
                    return IdentityResult.Failed(users.ErrorDescriber.DuplicateEmail(email));
                }

                if (result.Succeeded)
                {
                    result = await users.AddToRoleAsync(user, role);
                }

                if (!result.Succeeded)
                {
                    db.ChangeTracker.Clear();
                    return result;
                }

                if (alongside is not null)
                {
                    await alongside(user, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                // The rollback happens as the transaction is disposed; forget the rows it took back too.
                db.ChangeTracker.Clear();
                throw;
            }
        }

        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Account {UserId} created with role {Role}", user.Id, role);
        return IdentityResult.Success;
    }

    /// <summary>Whether an account with this address exists, read outside the failed transaction.</summary>
    private async Task<bool> EmailTakenAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var fresh = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        return await fresh.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
    }
}
