namespace LienThong.Host.Cli;

/// <summary>The database (PostgreSQL) has migrations to apply before a command can use it.</summary>
internal sealed class DatabaseNotReadyException()
    : InvalidOperationException("Cơ sở dữ liệu chưa có đủ migration; hãy chạy `lienthong migrate` trước / run `lienthong migrate` first.");
