using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>Add a client: name, website, audience, the voice profile and the standing expectations and requests.</summary>
public sealed class CreateModel(
    ClientBook clients,
    MarkdownRenderer renderer,
    IValidator<CreateModel.InputModel> validator,
    ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await this.ValidAsync(validator, Input, cancellationToken))
        {
            return Page();
        }

        var id = await clients.CreateAsync(User.UserId(), Input.ToDetails(renderer), cancellationToken);
        logger.LogInformation("Client {ClientId} created", id);
        this.Flash("Client added.");
        return RedirectToPage("Details", new { id });
    }

    public sealed class InputModel : ClientFields;

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() => Include(new ClientFieldsValidator());
    }
}
