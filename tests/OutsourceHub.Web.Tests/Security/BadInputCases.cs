using System.Globalization;
using OutsourceHub.Core;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Forms;
using OutsourceHub.Web.Hosting;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>What a bad form must get back. Never a 500.</summary>
public enum Expect
{
    /// <summary>200: the form again, a message (beside the named field when there is one), and what was typed still in it.</summary>
    Message,
    NotFound,

    /// <summary>400: the antiforgery token is missing.</summary>
    BadRequest,

    /// <summary>413: the body is larger than any form needs.</summary>
    TooLarge,

    /// <summary>
    /// 200: the form again with what was typed still in it, no message needed. For a forged hidden field the page
    /// draws from the server anyway (a revision point's id), so the next save is right without anyone doing a thing.
    /// </summary>
    Redrawn,

    /// <summary>Anything but a server error: harmless input (a field sent twice, a stray field) may simply be accepted.</summary>
    NoServerError,
}

/// <summary>One bad form: who sends it, which form, how it is bent, and what must come back.</summary>
public sealed record BadInput(
    string Name,
    Actor Actor,
    Func<BadInputApp, Task<string>> Open,
    string Form,
    string? Button,
    Action<RawForm> Bend,
    Expect Expect,
    string? MessageFor);

/// <summary>A numeric, date, boolean, enum or id field and the bad values it is sent, with what each must get.</summary>
public sealed record BadValues(string Field, Expect Expect, string? MessageFor, params string[] Values);

/// <summary>
/// A form of the app, described once; <see cref="BadInputCases"/> turns it into its bad cases: empty, spaces, each
/// text field one over its limit and 1 MB, wrong types and unknown values, bad ids in the route and the fields,
/// every field twice, no token, and a body over the size limit.
/// </summary>
public sealed record FormSpec(string Page, Actor Actor, Func<BadInputApp, Task<string>> Open)
{
    public string Form { get; init; } = "main form[method=post]";

    /// <summary>The submit button whose formaction the form posts to (the editor's "Save working copy").</summary>
    public string? Button { get; init; }

    /// <summary>Values that make the drawn form valid, so one bent field is the only thing wrong.</summary>
    public IReadOnlyDictionary<string, string> Fill { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Field, int Limit)> Text { get; init; } = [];

    /// <summary>The field whose message shows when everything is left empty; null when empty is a valid answer.</summary>
    public string? Required { get; init; }

    /// <summary>The field whose message shows when the filled form's text is only spaces, if not <see cref="Required"/>.</summary>
    public string? RequiredText { get; init; }

    public IReadOnlyList<BadValues> Values { get; init; } = [];

    /// <summary>Path segments (0-based, after the host) that hold an id or token.</summary>
    public IReadOnlyList<int> RouteIds { get; init; } = [];

    /// <summary>Query-string keys of the form's address that hold an id.</summary>
    public IReadOnlyList<string> QueryIds { get; init; } = [];

    /// <summary>A form of its own for cases that may be accepted, when accepting would change what other cases share.</summary>
    public Func<BadInputApp, Task<string>>? OpenFresh { get; init; }
}

public static class BadInputCases
{
    public const int Megabyte = 1024 * 1024;

    /// <summary>Ids no one has: negative, zero, the largest int, one too big for an int, and not a number.</summary>
    private static readonly string[] BadIds = ["-1", "0", int.MaxValue.ToString(CultureInfo.InvariantCulture), "99999999999", "abc"];

    public static IReadOnlyDictionary<string, BadInput> All { get; } = Build();

    /// <summary>The cases with a text field one character over its limit, each with that limit.</summary>
    public static IReadOnlyDictionary<string, int> OverTheLimit { get; } = Forms()
        .SelectMany(spec => spec.Text.Select(text => (Name: $"{spec.Page} · {Short(text.Field)}: {text.Limit + 1} characters, one over the limit", text.Limit)))
        .ToDictionary(c => c.Name, c => c.Limit, StringComparer.Ordinal);

    private static Dictionary<string, BadInput> Build()
    {
        var cases = new Dictionary<string, BadInput>(StringComparer.Ordinal);
        foreach (var spec in Forms())
        {
            foreach (var badInput in CasesOf(spec))
            {
                cases.Add(badInput.Name, badInput);
            }
        }

        foreach (var badInput in Particular())
        {
            cases.Add(badInput.Name, badInput);
        }

        return cases;
    }

    private static IEnumerable<FormSpec> Forms()
    {
        var newOwner = new Dictionary<string, string>
        {
            ["Input.Name"] = "Nora Newcomer",
            ["Input.Email"] = "nora@example.com",
            ["Input.Password"] = "a long enough sentence",
        };
        (string, int)[] newOwnerText = [("Input.Name", FieldLengths.DisplayName), ("Input.Email", FieldLengths.Email), ("Input.Password", AccountRules.PasswordMaxLength)];

        yield return new FormSpec("Account/Setup", Actor.FirstRun, _ => Task.FromResult("/Account/Setup"))
        {
            // One accepted first-run form would end first run for every later case, whatever order they run in:
            // here even the filled form stays one step from valid (its password is too short).
            Fill = new Dictionary<string, string>(newOwner) { ["Input.Password"] = "too short" },
            Text = newOwnerText,
            Required = "Input.Name",
        };
        yield return new FormSpec("Account/Register", Actor.OpenRegistration, _ => Task.FromResult("/Account/Register"))
        {
            Fill = newOwner, Text = newOwnerText, Required = "Input.Name",
        };
        yield return new FormSpec("Account/Login", Actor.Anonymous, _ => Task.FromResult("/Account/Login"))
        {
            Fill = new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "not anyone's password" },
            Text = [("Input.Email", FieldLengths.Email), ("Input.Password", AccountRules.PasswordMaxLength)],
            Required = "Input.Email",
            Values = [new BadValues("Input.RememberMe", Expect.Message, null, "abc", "2")],
        };
        yield return new FormSpec("Account/Manage (name and email)", Actor.AccountHolder, _ => Task.FromResult("/Account/Manage"))
        {
            Form = "#profile-form",
            Text = [("Profile.Name", FieldLengths.DisplayName), ("Profile.Email", FieldLengths.Email)],
            Required = "Profile.Name",
        };
        yield return new FormSpec("Account/Manage (password)", Actor.AccountHolder, _ => Task.FromResult("/Account/Manage"))
        {
            Form = "#password-form",
            // The right current password with a new one too short: never a change, never a wrong guess towards lockout.
            Fill = new Dictionary<string, string> { ["Password.CurrentPassword"] = AppFactory.Password, ["Password.NewPassword"] = "too short" },
            Text = [("Password.CurrentPassword", AccountRules.PasswordMaxLength), ("Password.NewPassword", AccountRules.PasswordMaxLength)],
            Required = "Password.CurrentPassword",
        };

        var client = new Dictionary<string, string> { ["Input.Name"] = "Juniper & Oak", ["Input.PointOfView"] = "FirstPersonPlural" };
        (string, int)[] clientText =
        [
            ("Input.Name", FieldLengths.Name), ("Input.Website", FieldLengths.Url), ("Input.Audience", FieldLengths.Line),
            ("Input.ToneWords", FieldLengths.Line), ("Input.SignatureWords", FieldLengths.Note), ("Input.WordsToAvoid", FieldLengths.Note),
            ("Input.CaresAbout", FieldLengths.Markdown), ("Input.StandingExpectations", FieldLengths.Markdown),
            ("Input.StandingSpecialRequests", FieldLengths.Markdown),
        ];
        var pointOfView = new BadValues("Input.PointOfView", Expect.Message, "Input.PointOfView", "Nope", "7", "-1", "firstpersonsingular");
        yield return new FormSpec("Clients/Create", Actor.Owner, _ => Task.FromResult("/Clients/Create"))
        {
            Fill = client, Text = clientText, Required = "Input.Name", Values = [pointOfView],
        };
        yield return new FormSpec("Clients/Edit", Actor.Owner, app => Task.FromResult($"/Clients/Edit/{app.Client.Id}"))
        {
            Fill = client, Text = clientText, Required = "Input.Name", RouteIds = [2],
            Values =
            [
                pointOfView,
                new BadValues("Input.Version", Expect.Message, "Input.Version", "abc", "99999999999"),
                // A version that was never saved reads as someone else's newer save: the "changed while you were editing" notice.
                new BadValues("Input.Version", Expect.Message, null, "-1"),
            ],
        };

        var sample = new Dictionary<string, string>
        {
            ["Input.Title"] = "Why I stopped weighing my beans",
            ["Input.Url"] = "https://example.com/beans",
            ["Input.WhatToTake"] = "The opening story.",
        };
        (string, int)[] sampleText =
        [
            ("Input.Title", FieldLengths.Title), ("Input.Url", FieldLengths.Url), ("Input.Text", FieldLengths.Document),
            ("Input.WhatToTake", FieldLengths.Note),
        ];
        BadValues[] sampleValues =
        [
            new("Input.Kind", Expect.Message, "Input.Kind", "Nope", "99", "-1", "blogpost"),
            new("Input.PublishedOn", Expect.Message, "Input.PublishedOn", "abc", "2025-02-30", "14/03/2025", "9999-12-31", "99999-01-01"),
        ];
        yield return new FormSpec("Samples/Create", Actor.Owner, app => Task.FromResult($"/Samples/Create/{app.Client.Id}"))
        {
            Fill = sample, Text = sampleText, Required = "Input.Title", Values = sampleValues, RouteIds = [2],
        };
        yield return new FormSpec("Samples/Edit", Actor.Owner, app => Task.FromResult($"/Samples/Edit/{app.SampleId}"))
        {
            Fill = sample, Text = sampleText, Required = "Input.Title", Values = sampleValues, RouteIds = [2],
        };
        yield return new FormSpec("Samples/Details (archive)", Actor.Owner, app => Task.FromResult($"/Samples/Details/{app.SampleId}"))
        {
            Form = "main form[action*='handler=Archive']", RouteIds = [2], OpenFresh = async app => $"/Samples/Details/{await app.NewSampleAsync()}",
        };

        yield return new FormSpec("Writers/Invite", Actor.Owner, app => Task.FromResult($"/Writers/Invite?clientId={app.Client.Id}"))
        {
            Fill = new Dictionary<string, string> { ["Input.Email"] = "new-writer@example.com" },
            Text = [("Input.Email", FieldLengths.Email), ("Input.Note", FieldLengths.Note)],
            Required = "Input.Email",
            Values = [new BadValues("Input.ClientId", Expect.NotFound, null, BadIds)],
        };
        yield return new FormSpec("Writers/InviteOwner", Actor.Owner, _ => Task.FromResult("/Writers/InviteOwner"))
        {
            Fill = new Dictionary<string, string> { ["Input.Email"] = "new-owner@example.com" },
            Text = [("Input.Email", FieldLengths.Email), ("Input.Note", FieldLengths.Note)],
            Required = "Input.Email",
        };
        yield return new FormSpec("Writers/Index (withdraw)", Actor.Owner, async app => { await app.NewPendingInvitationAsync(); return "/Writers"; })
        {
            Form = "main form[action*='handler=Revoke']", QueryIds = ["id"],
        };
        yield return new FormSpec("Join", Actor.Anonymous, async app => $"/Join/{await app.NewInvitationTokenAsync()}")
        {
            Fill = new Dictionary<string, string> { ["Input.Name"] = "Sam Newwriter", ["Input.Password"] = "a long enough sentence" },
            Text = [("Input.Name", FieldLengths.DisplayName), ("Input.Password", AccountRules.PasswordMaxLength)],
            Required = "Input.Name",
            RouteIds = [1],
        };

        var job = new Dictionary<string, string>(JobPagesTestData.ValidJobFields());
        (string, int)[] jobText =
        [
            ("Input.Title", FieldLengths.Title), ("Input.Audience", FieldLengths.Line), ("Input.Goal", FieldLengths.Note),
            ("Input.KeyPoints", FieldLengths.Note), ("Input.Keywords", FieldLengths.Line), ("Input.Expectations", FieldLengths.Markdown),
            ("Input.SpecialRequests", FieldLengths.Markdown),
        ];
        BadValues[] jobValues =
        [
            // Enum names bind in any case ("blogpost"), so only names and numbers that are no kind at all are bad.
            new("Input.Kind", Expect.Message, "Input.Kind", "Nope", "99", "-1"),
            new("Input.TargetLength", Expect.Message, "Input.TargetLength", "abc", "-1", "0", int.MaxValue.ToString(CultureInfo.InvariantCulture), "99999999999", "1.5"),
            new("Input.RevisionRounds", Expect.Message, "Input.RevisionRounds", "abc", "-1", int.MaxValue.ToString(CultureInfo.InvariantCulture), "99999999999"),
            new("Input.DueOn", Expect.Message, "Input.DueOn", "abc", "2025-02-30", "31/12/2099", "0001-01-01", "99999-01-01"),
            new("Input.WriterId", Expect.Message, "Input.WriterId", BadIds),
            new("Input.SampleIds", Expect.Message, "Input.SampleIds", BadIds),
        ];
        yield return new FormSpec("Projects/Create", Actor.Owner, app => Task.FromResult($"/Projects/Create?clientId={app.Client.Id}"))
        {
            Fill = job, Text = jobText, Required = "Input.Title",
            Values = [.. jobValues, new BadValues("Input.ClientId", Expect.NotFound, null, [.. BadIds, ""])],
        };
        yield return new FormSpec("Projects/Edit", Actor.Owner, app => Task.FromResult($"/Projects/Edit/{app.SetupJob}"))
        {
            Fill = job, Text = jobText, Required = "Input.Title", RouteIds = [2],
            Values =
            [
                .. jobValues,
                new BadValues("Input.Version", Expect.Message, "Input.Version", "abc", "99999999999"),
                new BadValues("Input.Version", Expect.Message, null, "-1"),
            ],
        };
        yield return new FormSpec("Projects/Cancel", Actor.Owner, app => Task.FromResult($"/Projects/Cancel/{app.SetupJob}"))
        {
            RouteIds = [2], OpenFresh = async app => $"/Projects/Cancel/{await app.NewJobAsync(ProjectStatus.Setup)}",
        };
        yield return new FormSpec("Briefs/Preview (issue)", Actor.Owner, app => Task.FromResult($"/Briefs/Preview/{app.SetupJob}"))
        {
            RouteIds = [2], OpenFresh = async app => $"/Briefs/Preview/{await app.NewJobAsync(ProjectStatus.Setup)}",
        };
        yield return new FormSpec("Briefs/Version (acknowledge)", Actor.Writer, app => Task.FromResult($"/Briefs/Version/{app.BriefedJob}/1"))
        {
            Required = "Input.ReadSampleIds",
            RouteIds = [2, 3],
            Values = [new BadValues("Input.ReadSampleIds", Expect.Message, "Input.ReadSampleIds", BadIds)],
            OpenFresh = async app => $"/Briefs/Version/{await app.NewJobAsync(ProjectStatus.Briefed)}/1",
        };
        yield return new FormSpec("Drafts/Submit", Actor.Writer, app => Task.FromResult($"/Drafts/Submit/{app.RevisionJob}"))
        {
            Form = "#draft-form",
            Fill = new Dictionary<string, string> { ["Input.Body"] = "Morning, friend.", ["Input.Points[0].Addressed"] = "true" },
            Text = [("Input.Body", FieldLengths.Document), ("Input.Points[0].Note", FieldLengths.Note)],
            Required = "Input.Body",
            RouteIds = [2],
            Values =
            [
                new("Input.Points[0].Addressed", Expect.Message, null, "abc", "2"),
                new("Input.Points[0].Id", Expect.Message, null, "-1", "0", int.MaxValue.ToString(CultureInfo.InvariantCulture)),
                new("Input.Points[0].Id", Expect.Redrawn, null, "99999999999", "abc"),
                new("Input.DraftsSubmittedWhenOpened", Expect.NoServerError, null, BadIds),
            ],
            OpenFresh = async app => $"/Drafts/Submit/{await app.NewRevisionJobAsync()}",
        };
        yield return new FormSpec("Drafts/Submit (save working copy)", Actor.Writer, app => Task.FromResult($"/Drafts/Submit/{app.InProgressJob}"))
        {
            Form = "#draft-form",
            Button = "button[formaction*='handler=Save']",
            Text = [("Input.Body", FieldLengths.Document)],
            RouteIds = [2],
        };
        yield return new FormSpec("Feedback/Give", Actor.Owner, app => Task.FromResult($"/Feedback/Give/{app.SubmittedJob}/1"))
        {
            Form = "#feedback-form",
            Fill = new Dictionary<string, string>
            {
                ["Input.Decision"] = "RequestRevision",
                ["Input.Points[0].Text"] = "Open with a story.",
                ["Input.Points[0].Category"] = "Voice",
                ["Input.Points[0].Section"] = "Voice",
            },
            Text = [("Input.Comment", FieldLengths.Markdown), ("Input.Points[0].Text", FieldLengths.Note), ("Input.Points[0].Passage", Passages.MaxLength)],
            Required = "Input.Decision",
            RequiredText = "Input.Comment",
            RouteIds = [2, 3],
            Values =
            [
                new("Input.Decision", Expect.Message, "Input.Decision", "Nope", "7", "-1"),
                new("Input.Points[0].Category", Expect.Message, null, "Nope", "99", "-1"),
                new("Input.Points[0].Section", Expect.Message, "Input.Points[0].Section", "Nope", "ReferencePiece", "Sample-abc", "Sample-99999999999", "Sample--1"),
                // Not drawn until the included rounds are used up: a forged value has no place for a message.
                new("Input.ConfirmExtraRound", Expect.NoServerError, null, "abc"),
                // Hidden, filled by the selection script: a forged one is refused, never a 500.
                new("Input.Points[0].PassagePrefix", Expect.NoServerError, null, new string('x', Passages.ContextLength + 1)),
                new("Input.Points[0].Passage", Expect.Message, "Input.Points[0].Passage", "not in the draft at all"),
            ],
            OpenFresh = async app => $"/Feedback/Give/{await app.NewJobAsync(ProjectStatus.Submitted)}/1",
        };
        yield return new FormSpec("Thread", Actor.Owner, app => Task.FromResult($"/Thread/{app.InProgressJob}"))
        {
            Text = [("Input.Body", FieldLengths.Markdown)], Required = "Input.Body", RouteIds = [1],
        };
        yield return new FormSpec("Notifications (open)", Actor.Owner, async app => { await app.NewNotificationAsync(); return "/Notifications"; })
        {
            Form = "main form[action*='handler=Open']", QueryIds = ["id"],
        };
        yield return new FormSpec("Notifications (mark all read)", Actor.Owner, async app => { await app.NewNotificationAsync(); return "/Notifications"; })
        {
            Form = "main form[action*='handler=ReadAll']",
        };
    }

    /// <summary>Cases no general rule produces: each names what it tries.</summary>
    private static IEnumerable<BadInput> Particular()
    {
        yield return new BadInput(
            "Feedback/Give · approving with a half-written revision point left in the form",
            Actor.Owner,
            async app => $"/Feedback/Give/{await app.NewJobAsync(ProjectStatus.Submitted)}/1",
            "#feedback-form",
            null,
            form => form.Set("Input.Decision", "Approve").Set("Input.Points[0].Text", "Maybe shorter?").Set("Input.Points[0].Section", string.Empty),
            Expect.NoServerError,
            null);
        yield return new BadInput(
            "Drafts/Submit · two answers for the same revision point",
            Actor.Writer,
            async app => $"/Drafts/Submit/{await app.NewRevisionJobAsync()}",
            "#draft-form",
            null,
            form => form.Set("Input.Body", "Morning, friend.").Set("Input.Points[0].Addressed", "true")
                .Set("Input.Points[1].Id", form.ValueOf("Input.Points[0].Id")!).Set("Input.Points[1].Note", "Done twice."),
            Expect.NoServerError,
            null);
        yield return new BadInput(
            "Projects/Create · a due date on the last day of year 9999",
            Actor.Owner,
            app => Task.FromResult($"/Projects/Create?clientId={app.Client.Id}"),
            "main form[method=post]",
            null,
            form => FillWith(form, JobPagesTestData.ValidJobFields("Far future")).Set("Input.DueOn", "9999-12-31"),
            Expect.NoServerError,
            null);
        yield return new BadInput(
            "Projects/Create · the same reference piece ticked twice",
            Actor.Owner,
            app => Task.FromResult($"/Projects/Create?clientId={app.Client.Id}"),
            "main form[method=post]",
            null,
            form =>
            {
                var sampleId = form.Choices["Input.SampleIds"][0];
                FillWith(form, JobPagesTestData.ValidJobFields("Twice ticked")).Remove("Input.SampleIds").Add("Input.SampleIds", sampleId).Add("Input.SampleIds", sampleId);
            },
            Expect.NoServerError,
            null);
        yield return new BadInput(
            "Account/Login · a return address on another site",
            Actor.Anonymous,
            _ => Task.FromResult("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F"),
            "main form[method=post]",
            null,
            form => form.Set("Input.Email", "nobody@example.com").Set("Input.Password", "not anyone's password").Set("ReturnUrl", "//evil.example/"),
            Expect.Message,
            null);
    }

    private static IEnumerable<BadInput> CasesOf(FormSpec spec)
    {
        var fresh = spec.OpenFresh ?? spec.Open;

        BadInput Case(string what, Action<RawForm> bend, Expect expect, string? messageFor, bool mayBeAccepted = false) =>
            new($"{spec.Page} · {what}", spec.Actor, mayBeAccepted ? fresh : spec.Open, spec.Form, spec.Button, bend, expect, messageFor);

        yield return Case(
            "every field empty",
            form => Blank(form, string.Empty),
            spec.Required is null ? Expect.NoServerError : Expect.Message,
            spec.Required,
            mayBeAccepted: spec.Required is null);
        if (spec.Text.Count > 0)
        {
            yield return Case(
                "every text field only spaces",
                form => { FillWith(form, spec.Fill); foreach (var (field, _) in spec.Text) { form.Set(field, "   "); } },
                spec.Required is null ? Expect.NoServerError : Expect.Message,
                spec.RequiredText ?? spec.Required,
                mayBeAccepted: spec.Required is null);
        }

        foreach (var (field, limit) in spec.Text)
        {
            var name = Short(field);
            yield return Case($"{name}: {limit + 1} characters, one over the limit", form => FillWith(form, spec.Fill).Set(field, TooLong(field, limit + 1)), Expect.Message, field);
            yield return Case($"{name}: 1 MB", form => FillWith(form, spec.Fill).Set(field, TooLong(field, Megabyte)), Expect.Message, field);
        }

        foreach (var values in spec.Values)
        {
            foreach (var value in values.Values)
            {
                yield return Case(
                    $"{Short(values.Field)}: \"{value}\"",
                    form => FillWith(form, spec.Fill).Set(values.Field, value),
                    values.Expect,
                    values.MessageFor,
                    mayBeAccepted: values.Expect == Expect.NoServerError);
            }
        }

        foreach (var segment in spec.RouteIds)
        {
            foreach (var id in BadIds)
            {
                yield return Case($"address part {segment} is \"{id}\"", form => FillWith(form, spec.Fill).Action = WithSegment(form.Action, segment, id), Expect.NotFound, null);
            }
        }

        foreach (var key in spec.QueryIds)
        {
            foreach (var id in BadIds)
            {
                yield return Case($"{key} in the address is \"{id}\"", form => FillWith(form, spec.Fill).Action = WithQuery(form.Action, key, id), Expect.NotFound, null);
            }
        }

        yield return Case(
            "every field sent twice",
            form =>
            {
                FillWith(form, spec.Fill);
                foreach (var field in form.Fields.Where(f => f.Key != "__RequestVerificationToken").ToList())
                {
                    form.Add(field.Key, field.Value.Length == 0 ? string.Empty : field.Value + " again");
                }
            },
            Expect.NoServerError,
            null,
            mayBeAccepted: true);
        yield return Case("a field the form does not have", form => FillWith(form, spec.Fill).Add("Input.IsAdmin", "true").Add("Id", "1"), Expect.NoServerError, null, mayBeAccepted: true);
        yield return Case("no antiforgery token", form => FillWith(form, spec.Fill).Remove("__RequestVerificationToken"), Expect.BadRequest, null);
        yield return Case(
            "a body over the size limit",
            form => FillWith(form, spec.Fill).Add("Padding", new string('x', (int)RequestLimits.MaxBodyBytes + 1)),
            Expect.TooLarge,
            null);
    }

    /// <summary>Every field a person fills in set to the value; ticked boxes and radio buttons cleared. Hidden fields stay.</summary>
    private static void Blank(RawForm form, string value)
    {
        foreach (var (name, kind) in form.Kinds)
        {
            if (kind is "checkbox" or "radio")
            {
                form.Remove(name);
            }
            else if (kind != "hidden")
            {
                form.Set(name, value);
            }
        }
    }

    private static RawForm FillWith(RawForm form, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            form.Set(name, value);
        }

        return form;
    }

    /// <summary>Too long, but otherwise well-formed where the field has a format (an email, a web address).</summary>
    private static string TooLong(string field, int length)
    {
        var prefix = field.EndsWith("Email", StringComparison.Ordinal) ? "someone@"
            : field.EndsWith("Url", StringComparison.Ordinal) || field.EndsWith("Website", StringComparison.Ordinal) ? "https://example.com/"
            : string.Empty;
        var suffix = field.EndsWith("Email", StringComparison.Ordinal) ? ".example.com" : string.Empty;
        return prefix + new string('x', length - prefix.Length - suffix.Length) + suffix;
    }

    private static string Short(string field) => field.StartsWith("Input.", StringComparison.Ordinal) ? field["Input.".Length..] : field;

    private static string WithSegment(string action, int segment, string value)
    {
        var query = action.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? action : action[..query];
        var parts = path.Split('/');
        parts[segment + 1] = Uri.EscapeDataString(value);
        return string.Join('/', parts) + (query < 0 ? string.Empty : action[query..]);
    }

    private static string WithQuery(string action, string key, string value)
    {
        var query = action.IndexOf('?', StringComparison.Ordinal);
        var pairs = (query < 0 ? string.Empty : action[(query + 1)..]).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase))
            .Append($"{key}={Uri.EscapeDataString(value)}");
        return (query < 0 ? action : action[..query]) + "?" + string.Join('&', pairs);
    }
}
