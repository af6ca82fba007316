using Microsoft.AspNetCore.Mvc;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Display;

namespace OutsourceHub.Web.Hosting;

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
