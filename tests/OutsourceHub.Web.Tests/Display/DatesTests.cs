using OutsourceHub.Web.Display;

namespace OutsourceHub.Web.Tests.Display;

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

    [Theory]
    [InlineData(0, "under a minute")]
    [InlineData(0.75, "under a minute")]
    [InlineData(1, "1 minute")]
    [InlineData(42, "42 minutes")]
    [InlineData(59.9, "59 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1.5 hours")]
    [InlineData(60 * 24, "1 day")]
    [InlineData(60 * 24 * 3.25, "3.3 days")]
    public void A_duration_reads_in_the_largest_unit_that_is_not_zero(double minutes, string expected) =>
        Assert.Equal(expected, Dates.Duration(TimeSpan.FromMinutes(minutes)));
}
