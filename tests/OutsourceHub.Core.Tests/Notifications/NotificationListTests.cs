using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Notifications;

/// <summary>The notifications list: opening one notice marks it read and says where it points; "mark all read" settles the rest.</summary>
public sealed class NotificationListTests
{
    [Fact]
    public async Task Opening_a_notice_marks_it_read_and_gives_the_page_it_points_at()
    {
        await using var database = new SqliteDatabase();
        var job = await database.JobInProgressAsync();
        var opened = await AddAsync(database, job.WriterUserId, "/MyJobs/Job/1");
        var other = await AddAsync(database, job.WriterUserId, "/Thread/1");

        await using var db = database.NewContext();
        var url = await new NoticeReading(db, database.Clock).OpenAsync(job.WriterUserId, opened, default);

        Assert.Equal("/MyJobs/Job/1", url);
        Assert.Equal([opened], await ReadIdsAsync(database));
        Assert.DoesNotContain(other, await ReadIdsAsync(database));
    }

    [Fact]
    public async Task Another_users_notice_is_not_found_and_stays_unread()
    {
        await using var database = new SqliteDatabase();
        var job = await database.JobInProgressAsync();
        var writers = await AddAsync(database, job.WriterUserId, "/MyJobs/Job/1");

        await using var db = database.NewContext();
        var url = await new NoticeReading(db, database.Clock).OpenAsync(job.OwnerId, writers, default);

        Assert.Null(url);
        Assert.Empty(await ReadIdsAsync(database));
    }

    [Fact]
    public async Task Mark_all_read_settles_every_unread_notice_of_the_user_and_no_one_elses()
    {
        await using var database = new SqliteDatabase();
        var job = await database.JobInProgressAsync();
        var first = await AddAsync(database, job.WriterUserId, "/MyJobs/Job/1");
        var second = await AddAsync(database, job.WriterUserId, "/Thread/1");
        await AddAsync(database, job.OwnerId, "/Projects/Details/1");

        await using var db = database.NewContext();
        var marked = await new NoticeReading(db, database.Clock).MarkAllReadAsync(job.WriterUserId, default);

        Assert.Equal(2, marked);
        Assert.Equal([first, second], await ReadIdsAsync(database));
    }

    private static async Task<long> AddAsync(SqliteDatabase database, string userId, string url)
    {
        await using var db = database.NewContext();
        var notification = new Notification(userId, NotificationKind.NewMessage, "Sam Writer wrote in “Water”.", url, projectId: null, SqliteDatabase.Start);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private static async Task<List<long>> ReadIdsAsync(SqliteDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Notifications.Where(n => n.ReadAt != null).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync();
    }
}
