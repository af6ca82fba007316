// `dotnet run --project src/OutsourceHub.Cli -- voice-match --sample a.md --sample b.md --draft d.md [--profile p.json] [--format json|text]`
return OutsourceHub.Cli.VoiceMatchCommand.Run(args, Console.Out, Console.Error);
