using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Tests;

public sealed class DatesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(-5, "5 minutes ago")]
    [InlineData(-60, "1 hour ago")]
    [InlineData(-60 * 26, "1 day ago")]
    [InlineData(-60 * 24 * 90, "3 months ago")]
    [InlineData(60 * 3, "in 3 hours")]
    public void Moments_read_relative_to_now(int minutes, string expected) =>
        Assert.Equal(expected, Dates.Relative(Now.AddMinutes(minutes), Now));

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "tomorrow")]
    [InlineData(-1, "yesterday")]
    [InlineData(14, "in 14 days")]
    [InlineData(-3, "3 days ago")]
    public void Days_read_relative_to_today(int days, string expected) =>
        Assert.Equal(expected, Dates.Relative(new DateOnly(2026, 11, 25).AddDays(days), new DateOnly(2026, 11, 25)));
}
