using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Options;

namespace OutsourceHub.Web.Hosting;

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
