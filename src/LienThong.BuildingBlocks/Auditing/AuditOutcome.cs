namespace LienThong.BuildingBlocks.Auditing;

public enum AuditOutcome
{
    Success,
    Failure,
}
