using Microsoft.AspNetCore.Mvc;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Web.Infrastructure;

/// <summary>Registers the notices: sending them (with Web's links) and marking them read when their page is opened.</summary>
public static class NoticeServices
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddScoped<Notifier>();
        services.AddHttpContextAccessor();
        services.AddScoped<INoticeLinks, NoticeLinks>();
        services.AddScoped<NoticeReading>();
        services.Configure<MvcOptions>(options => options.Filters.Add<ReadOnOpenFilter>());
        return services;
    }
}
