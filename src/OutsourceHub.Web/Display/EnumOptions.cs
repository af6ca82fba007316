using Microsoft.AspNetCore.Mvc.Rendering;

namespace OutsourceHub.Web.Display;

/// <summary>A select list of every value of an enum, each worded by its label (Core's <c>Labels</c>).</summary>
public static class EnumOptions
{
    public static IEnumerable<SelectListItem> Of<TEnum>(Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString()));
}
