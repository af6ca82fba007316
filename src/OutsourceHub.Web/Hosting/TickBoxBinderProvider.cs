using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace OutsourceHub.Web.Hosting;

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
