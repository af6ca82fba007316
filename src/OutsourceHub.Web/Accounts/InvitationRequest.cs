using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Web.Accounts;

/// <summary>Who invites, and to what: a writer to one client's roster, or an owner to the install.</summary>
public sealed record InvitationRequest(
    InvitationKind Kind, string InvitedById, string InvitedByName, int? ClientId, string? ClientName, string Email, string? Note);
