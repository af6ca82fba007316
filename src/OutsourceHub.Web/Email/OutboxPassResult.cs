using System.Data.Common;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Email;

/// <summary>How one pass over the outbox went.</summary>
public sealed record OutboxPassResult(int Sent, int Failed);
