// `dotnet run --project src/OutsourceHub.Cli -- voice-match --sample a.md --sample b.md --draft d.md [--profile p.json] [--format json|text]`
// `dotnet run --project src/OutsourceHub.Cli -- voice-eval --corpus ../shared/voice-corpus-real [--samples 3]`
// `dotnet run --project src/OutsourceHub.Cli -- seed-perf --database perf.db --jobs 10000 [--small]`
using OutsourceHub.Cli;
using OutsourceHub.Cli.PerfData;

return args.FirstOrDefault() switch
{
    SeedPerfCommand.Name => await SeedPerfCommand.RunAsync(args, Console.Out, Console.Error),
    VoiceEvalCommand.Name => VoiceEvalCommand.Run(args, Console.Out, Console.Error),
    _ => VoiceMatchCommand.Run(args, Console.Out, Console.Error),
};
