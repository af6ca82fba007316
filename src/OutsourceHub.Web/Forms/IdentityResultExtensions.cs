using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OutsourceHub.Web.Forms;

public static class IdentityResultExtensions
{
    /// <summary>Puts Identity's refusals beside the field they concern.</summary>
    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string emailKey, string passwordKey)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordKey,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailKey,
                _ => string.Empty,
            };
            var message = error.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "An account with this email already exists. Sign in instead."
                : error.Description;
            if (modelState[key]?.Errors.Any(e => e.ErrorMessage == message) != true)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
