using OutsourceHub.Web.Display;

namespace OutsourceHub.Web.Accounts;

/// <summary>Registers what the account, invitation and registration pages share.</summary>
public static class AccountServices
{
    public static IServiceCollection AddAccountServices(this IServiceCollection services)
    {
        services.AddScoped<AccountCreator>();
        services.AddSingleton<JoinLinks>();
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section);
        return services;
    }
}
