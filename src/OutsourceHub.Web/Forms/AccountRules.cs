using FluentValidation;
using OutsourceHub.Core;

namespace OutsourceHub.Web.Forms;

/// <summary>
/// The rules for a name, an email and a new password, worded the same on every account form. Each stops at its
/// first failure, so a field gets one clear message.
/// </summary>
public static class AccountRules
{
    /// <summary>Identity's own minimum (Program.cs); checked here too so the message sits beside the field.</summary>
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;

    public static IRuleBuilderOptions<T, string> DisplayName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage("Enter your name.")
            .MaxChars(FieldLengths.DisplayName);

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilderInitial<T, string> rule, string emptyMessage = "Enter your email address.") =>
        rule.Cascade(CascadeMode.Stop).Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage(emptyMessage)
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .MaxChars(FieldLengths.Email);

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordMinLength).WithMessage("Use at least 12 characters: a short sentence is easy to remember.")
            .MaxChars(PasswordMaxLength);
}
