using FluentValidation;

namespace OutsourceHub.Web.Infrastructure;

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
}
