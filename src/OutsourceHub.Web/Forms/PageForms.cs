using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core;

namespace OutsourceHub.Web.Forms;

/// <summary>
/// The steps every form handler shares, written once: validate the bound input into model state, show a refusal from
/// Core beside the form, and say what happened on the next page (the flash the layout shows).
/// </summary>
public static class PageForms
{
    /// <summary>The TempData key the layout's flash reads.</summary>
    public const string FlashKey = "Flash";

    /// <summary>
    /// Runs the validator on <paramref name="input"/> and puts its messages in model state under
    /// <paramref name="prefix"/> (the bound property's name), beside the fields they are about. True when the
    /// input and anything already in model state (binding errors) are valid.
    /// </summary>
    public static async Task<bool> ValidAsync<T>(
        this PageModel page, IValidator<T> validator, T input, CancellationToken cancellationToken, string prefix = "Input")
    {
        (await validator.ValidateAsync(input, cancellationToken)).AddToModelState(page.ModelState, prefix);
        return page.ModelState.IsValid;
    }

    /// <summary>
    /// Shows the sentence a Core use case refused with beside <paramref name="field"/>, else beside the input field the
    /// refusal is <see cref="DomainException.About"/> (under <paramref name="prefix"/>), else above the form.
    /// </summary>
    public static void Refused(this PageModel page, DomainException refused, string? field = null, string prefix = "Input") =>
        page.ModelState.AddModelError(field ?? (refused.About is { } about ? $"{prefix}.{about}" : string.Empty), refused.Message);

    /// <summary>
    /// After a file was read into the form's fields: the fields show the values just set rather than the ones posted
    /// (nothing was validated yet), and the reason a file gave no text goes beside the file field.
    /// </summary>
    public static void ReadFile(this PageModel page, string? refused, string field = "Upload")
    {
        page.ModelState.Clear();
        if (refused is not null)
        {
            page.ModelState.AddModelError(field, refused);
        }
    }

    /// <summary>The line the next page shows at its top.</summary>
    public static void Flash(this PageModel page, string message) => page.TempData[FlashKey] = message;
}
