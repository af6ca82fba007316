using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>
/// Form binding defaults: an empty text box binds as "" (not null), validation comes only from the
/// FluentValidation validators, not from implicit [Required] on non-nullable properties, the id in the address
/// is the one acted on, and a tick box sent something other than true or false is refused without a 500.
/// </summary>
public sealed class FormBindingSetup : IConfigureOptions<MvcOptions>, IPostConfigureOptions<MvcOptions>, IDisplayMetadataProvider
{
    public void Configure(MvcOptions options)
    {
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelMetadataDetailsProviders.Add(this);
    }

    /// <summary>After MVC has added its own binders and value providers, which this reorders.</summary>
    public void PostConfigure(string? name, MvcOptions options)
    {
        options.ModelBinderProviders.Insert(0, new TickBoxBinderProvider());

        // Form fields come before route values by default, so a posted "id=7" would override /Projects/Cancel/5 and
        // act on job 7. The address names what a request acts on, as the logs record it: route values go first.
        var route = options.ValueProviderFactories.OfType<RouteValueProviderFactory>().Single();
        options.ValueProviderFactories.Remove(route);
        options.ValueProviderFactories.Insert(0, route);
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}

/// <summary>
/// Binds bool as MVC does, but when the value is not a bool ("abc" for a tick box) it keeps the model error and
/// forgets the raw value: the tick box tag helper re-reads that value as a bool when the page is drawn again, and
/// "abc" would throw there (a 500) instead of showing the message.
/// </summary>
public sealed class TickBoxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) && !context.Metadata.IsComplexType
            ? new TickBoxBinder(new SimpleTypeModelBinder(typeof(bool), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class TickBoxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet
                && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry)
                && entry.Errors.Count > 0)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, entry.AttemptedValue);
            }
        }
    }
}

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
