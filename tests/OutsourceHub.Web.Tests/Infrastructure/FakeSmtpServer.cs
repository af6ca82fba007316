using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>One message as the server took it: the envelope and the raw DATA, dot-stuffing undone.</summary>
public sealed record ReceivedEmail(string From, IReadOnlyList<string> Recipients, string Data)
{
    public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(Data)));
}

/// <summary>
/// Just enough of an SMTP server, on 127.0.0.1 and a free port, for MailKit without TLS: it offers no
/// STARTTLS, AUTH, PIPELINING or 8BITMIME, so MailKit sends one command at a time in 7-bit ASCII. It records
/// every message it accepts and can be told to refuse the next few with a temporary error, as a real
/// server does when it is busy.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedEmail> received = new();
    private readonly ConcurrentBag<Task> sessions = [];
    private readonly Task accepting;
    private int refusalsLeft;
    private int connections;

    public FakeSmtpServer()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Every accepted message, in order.</summary>
    public IReadOnlyList<ReceivedEmail> Received => [.. received];

    /// <summary>How many SMTP sessions clients opened.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Answers the next <paramref name="count"/> MAIL FROM commands with 451 (try again later).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref refusalsLeft, count);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await Quietly(accepting);
        foreach (var session in sessions)
        {
            await Quietly(session);
        }

        stopping.Dispose();
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The server is being stopped; a session cut short is expected.
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            Interlocked.Increment(ref connections);
            sessions.Add(ServeAsync(client, stopping.Token));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };

        string? from = null;
        var recipients = new List<string>();
        await writer.WriteLineAsync("220 fake-smtp ready");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake-smtp");
                    await writer.WriteLineAsync("250 HELP");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 fake-smtp");
                    break;
                case "MAIL" when TakeRefusal():
                    await writer.WriteLineAsync("451 4.3.0 Mailbox busy, try again later");
                    break;
                case "MAIL":
                    from = Address(line);
                    recipients.Clear();
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT" when from is null:
                    await writer.WriteLineAsync("503 5.5.1 MAIL first");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA" when from is null || recipients.Count == 0:
                    await writer.WriteLineAsync("503 5.5.1 MAIL and RCPT first");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader, cancellationToken);
                    received.Enqueue(new ReceivedEmail(from, [.. recipients], data));
                    from = null;
                    recipients.Clear();
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "RSET":
                    from = null;
                    recipients.Clear();
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    private bool TakeRefusal()
    {
        int left;
        do
        {
            left = Volatile.Read(ref refusalsLeft);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref refusalsLeft, left - 1, left) != left);

        return true;
    }

    /// <summary>The lines up to the lone ".", with the leading dot the client added to dot-lines removed.</summary>
    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    /// <summary>The address between the angle brackets of "MAIL FROM:&lt;a@b&gt; SIZE=…" or "RCPT TO:&lt;a@b&gt;".</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal) + 1;
        var end = line.IndexOf('>', start);
        return start > 0 && end > start ? line[start..end] : string.Empty;
    }
}
