using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Caching;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Diffs;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Voice;
using OutsourceHub.Core.Writers;
using OutsourceHub.Web.Accounts;
using OutsourceHub.Web.Benchmarks;
using OutsourceHub.Web.Demo;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Not a static bootstrap logger, and the static Log.Logger is left alone (preserveStaticLogger): several test hosts
// run in one process, each with its own pipeline, and a host must not write through the logger the last-built host
// put in the static field.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext(),
    preserveStaticLogger: true);

builder.Services.AddOutsourceHubDatabase();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSingleton<ContentCache>();
builder.Services.AddSingleton<MarkdownPreviews>();
builder.Services.AddSingleton<TextDiffs>();
builder.Services.AddScoped<KickoffBriefs>();
builder.Services.AddScoped<WorkingCopies>();
builder.Services.AddScoped<DraftEditor>();
builder.Services.AddScoped<DraftSubmission>();
builder.Services.AddNotices();
builder.Services.AddScoped<Jobs>();
builder.Services.AddScoped<VoiceChecks>();
builder.Services.AddSingleton<InstallBackground>();
builder.Services.AddScoped<ClientBook>();
builder.Services.AddScoped<Corrections>();
builder.Services.AddScoped<ReferencePieces>();
builder.Services.AddScoped<Rosters>();
builder.Services.AddScoped<Reviewing>();
builder.Services.AddScoped<Threads>();
builder.Services.AddScoped<Invitations>();
builder.Services.AddScoped<FirstOwner>();
builder.Services.AddScoped<PasswordResets>();
builder.Services.AddSingleton<PublicLinks>();
builder.Services.AddOutbox();
builder.Services.AddSingleton<EmailStatus>();
builder.Services.AddSingleton<FirstRun>();
builder.Services.AddAccountServices();
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.ConfigureOptions<FormBindingSetup>();

builder.Services
    .AddIdentity<AppUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        // Length over composition rules (NIST SP 800-63B, OWASP ASVS 2.1).
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    })
    .AddEntityFrameworkStores<OutsourceHubDbContext>()
    .AddClaimsPrincipalFactory<AppClaimsFactory>()
    .AddDefaultTokenProviders();

builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
    options.Cookie.Name = "OutsourceHub.Auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = TimeSpan.FromDays(14);
});

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(AppRoles.Owner, policy => policy.RequireRole(AppRoles.Owner))
    .AddPolicy(AppRoles.Writer, policy => policy.RequireRole(AppRoles.Writer));

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Clients", AppRoles.Owner);
    options.Conventions.AuthorizeFolder("/Samples", AppRoles.Owner);
    options.Conventions.AuthorizeFolder("/Writers", AppRoles.Owner);
    options.Conventions.AuthorizeFolder("/Projects", AppRoles.Owner);
    options.Conventions.AuthorizeFolder("/MyJobs", AppRoles.Writer);
    options.Conventions.AllowAnonymousToFolder("/Join");
    options.Conventions.AllowAnonymousToPage("/Account/Login");
    options.Conventions.AllowAnonymousToPage("/Account/Register");
    options.Conventions.AllowAnonymousToPage("/Account/Setup");
    options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
    options.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
    options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
    options.Conventions.AllowAnonymousToPage("/Error");
    options.Conventions.LimitSignInPages();
});

builder.Services.AddRequestLimits();
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

builder.Services.AddHealthChecks().AddDbContextCheck<OutsourceHubDbContext>("database");

var app = builder.Build();

await app.Services.MigrateDatabaseAsync(app.Lifetime.ApplicationStopping);
if (PasswordResetLinks.IsAsked(args))
{
    // A command run on the server, not a start: print the link and exit without serving.
    Environment.ExitCode = await PasswordResetLinks.RunAsync(app.Services, args, Console.Out, app.Lifetime.ApplicationStopping);
    await app.DisposeAsync();
    return;
}

if (!app.Environment.IsDevelopment() && !app.Services.GetRequiredService<PublicLinks>().IsConfigured)
{
    app.Logger.LogWarning("{Setting} is not set: emailed links use the host each request names. Set it to the address people use", PublicLinks.SettingKey);
}
if (args.Contains("--seed-demo", StringComparer.OrdinalIgnoreCase))
{
    await DemoData.SeedAsync(app.Services, app.Lifetime.ApplicationStopping);
}

app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/Error",
        // A body cut off by the server's size limit is the client's mistake (413), not ours (500).
        StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
    });
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseMiddleware<BodySizeLimitMiddleware>();
app.UseStaticFiles();
app.UseSerilogRequestLogging(options =>
{
    RequestLogging.Configure(options);
    // This host's own logger, not the static one (see AddSerilog above).
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
});
app.UseMiddleware<AbandonedRequestMiddleware>();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<FirstRunMiddleware>();
app.UseAuthorization();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapRazorPages();
app.MapBenchmarkBaseline();

await app.RunAsync();
