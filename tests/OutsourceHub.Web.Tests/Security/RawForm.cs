using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// A form read from a page as a browser would send it (antiforgery token, hidden fields, ticked boxes), then bent
/// the way an attacker or a broken client bends it: a value replaced, a field sent twice or left out, another
/// address posted to. Unlike <see cref="TestBrowser.SubmitAsync"/> it keeps repeated names, so "the same field
/// twice" can be sent.
/// </summary>
public sealed class RawForm
{
    private readonly List<KeyValuePair<string, string>> fields;

    private RawForm(
        string action, List<KeyValuePair<string, string>> fields, IReadOnlyDictionary<string, string> kinds, IReadOnlyDictionary<string, List<string>> choices)
    {
        Action = action;
        this.fields = fields;
        Kinds = kinds;
        Choices = choices;
    }

    /// <summary>Where the form posts; change it to post the same form to another address.</summary>
    public string Action { get; set; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => fields;

    /// <summary>Each named control's kind as the page drew it: "text", "textarea", "password", "hidden", "select", "checkbox"...</summary>
    public IReadOnlyDictionary<string, string> Kinds { get; }

    /// <summary>The values a person could pick for a box, a radio button or a list, ticked or not.</summary>
    public IReadOnlyDictionary<string, List<string>> Choices { get; }

    /// <summary>The fields a person types into (text inputs of any kind and text areas, passwords excepted).</summary>
    public IEnumerable<string> TextFields => Kinds.Where(k => k.Value is "text" or "email" or "url" or "search" or "tel" or "number" or "date" or "textarea").Select(k => k.Key);

    public static RawForm Read(HtmlPage page, string selector = "main form[method=post]")
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(selector)
            ?? throw new InvalidOperationException($"No form '{selector}' on {page.Url} (status {(int)page.StatusCode}).");
        var fields = new List<KeyValuePair<string, string>>();
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var choices = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var control in form.Elements)
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (control)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" }:
                case IHtmlButtonElement:
                    continue;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    kinds.TryAdd(name, box.Type);
                    ChoicesOf(name).Add(box.Value);
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    kinds.TryAdd(name, input.Type);
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    kinds.TryAdd(name, "textarea");
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    kinds.TryAdd(name, "select");
                    ChoicesOf(name).AddRange(select.Options.Select(o => o.Value));
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new RawForm(string.IsNullOrEmpty(action) ? page.Url : action, fields, kinds, choices);

        List<string> ChoicesOf(string name) => choices.TryGetValue(name, out var list) ? list : choices[name] = [];
    }

    /// <summary>Replaces every value of the field, or adds it.</summary>
    public RawForm Set(string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return this;
    }

    /// <summary>Sends one more value under the same name.</summary>
    public RawForm Add(string name, string value)
    {
        fields.Add(new(name, value));
        return this;
    }

    public RawForm Remove(string name)
    {
        fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>The single value the form would send for the field, or null.</summary>
    public string? ValueOf(string name) => fields.Where(f => f.Key == name).Select(f => f.Value).SingleOrDefault();

    public int Count(string name) => fields.Count(f => f.Key == name);

    public async Task<HtmlPage> PostAsync(TestBrowser browser)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await HtmlPage.ReadAsync(await browser.Http.PostAsync(new Uri(Action, UriKind.Relative), content), Action);
    }
}
