using FluentValidation;
using OutsourceHub.Core;

namespace OutsourceHub.Web.Forms;

/// <summary>Rules several validators share.</summary>
public static class ValidationRules
{
    /// <summary>Empty, or an absolute http/https URL.</summary>
    public static IRuleBuilderOptions<T, string> HttpUrlOrEmpty<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || IsHttpUrl(value.Trim()))
            .WithMessage("Enter a full web address starting with http:// or https://.");

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// At most <paramref name="max"/> characters (a <see cref="Core.FieldLengths"/> constant), refused with
    /// <see cref="TooLong"/>: every length limit of the app is worded the same way.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MaxChars<T>(this IRuleBuilder<T, string> rule, int max) =>
        rule.MaximumLength(max).WithMessage((_, value) => FieldLengths.TooLong(max, value?.Length ?? 0));

    /// <summary>For the few checks that are not a plain MaximumLength (a text measured as it will be stored).</summary>
    public static string TooLong(int max, int length) => FieldLengths.TooLong(max, length);
}
