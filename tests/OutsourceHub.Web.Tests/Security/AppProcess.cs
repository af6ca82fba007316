using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// The built app run as its own process, as in production: <c>dotnet OutsourceHub.Web.dll</c> on a loopback port
/// chosen by the OS, with its own database file and log folder, its content root on the web project (appsettings and
/// wwwroot). Ready once it prints "Now listening on:"; killed outright by <see cref="Crash"/> or on dispose.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private AppProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the app printed, for the failure message when it does not start.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>The app on a SQLite file.</summary>
    public static Task<AppProcess> StartAsync(string databasePath, string logFolder) =>
        StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:OutsourceHub"] = $"Data Source={databasePath}" }, logFolder);

    /// <summary>
    /// The app with the given settings (as environment variables, the way a deployment sets them) and command-line
    /// arguments. Its HOME is a folder of its own, so nothing (Data Protection keys included) is shared with another
    /// process through the user profile: whatever two instances share, they share through the database.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string logFolder, params string[] arguments)
    {
        var start = StartInfo(settings, logFolder, arguments);
        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            app.output.Enqueue(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        app.process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                app.output.Enqueue(line.Data);
            }
        };
        app.process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The app exited before it listened."));

        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            app.BaseAddress = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
        {
            app.Dispose();
            throw new InvalidOperationException($"The app did not start listening ({failure.Message}). It printed:{Environment.NewLine}{app.Output}", failure);
        }

        return app;
    }

    /// <summary>
    /// The app run as a one-off command (such as <c>--reset-link</c>): waits for it to exit by itself and returns its
    /// exit code and everything it printed. Killed, and the test failed, if it is still running after the timeout.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string?> settings, string logFolder, params string[] arguments)
    {
        using var process = new Process { StartInfo = StartInfo(settings, logFolder, arguments) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The app was still running after {StartTimeout}; a command must exit. It printed:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> settings, string logFolder, string[] arguments)
    {
        var home = Path.Combine(logFolder, "home");
        Directory.CreateDirectory(home);
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = logFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(WebProjectFolder());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOME"] = home;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(logFolder, "outsourcehub-.log");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>A browser on this process: cookies kept, redirects shown rather than followed.</summary>
    public TestBrowser NewBrowser() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        });

    /// <summary>SIGKILL: no shutdown, no flush, no finally block runs in the app.</summary>
    public void Crash()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                Crash();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        process.Dispose();
    }

    /// <summary>The dotnet host running these tests, so the app runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <summary>src/OutsourceHub.Web of this checkout, found above the test's build output: it holds appsettings and wwwroot.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var web = Path.Combine(folder.FullName, "src", "OutsourceHub.Web");
            if (File.Exists(Path.Combine(web, "appsettings.json")) && Directory.Exists(Path.Combine(web, "wwwroot")))
            {
                return web;
            }
        }

        throw new InvalidOperationException($"No src/OutsourceHub.Web above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
