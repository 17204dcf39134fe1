using System.Globalization;
using System.Text.Json;
using LienThong.BuildingBlocks.Time;
using LienThong.PublicServices.Catalogue;
using LienThong.PublicServices.Contracts;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using LienThong.Trust.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Dossiers;

/// <summary>The signed-in official: user name, agency (e-ID) and working roles.</summary>
internal sealed record Official(string UserName, string? Agency, IReadOnlyList<string> Roles);

/// <summary>
/// The officials' side and the steps of the procedure: an official of the receiving agency (or of an agency merged into it)
/// with the step's role accepts, completes the step (handing the dossier to the next one), asks for a supplement (the
/// clock stops), refuses with reasons, approves and signs the result, returns it. The automated steps run on the way: the
/// tax leg when the dossier reaches the tax step, the land-register leg and the signature when their steps complete.
/// Every action is an event with who, when, the step's budget and the time it took.
/// </summary>
internal sealed class DossierWorkflow(PublicServicesDbContext db, ProcedureCatalogue catalogue, ReceivingAgencies agencies, DossierClock clock,
    DossierHistory history, LandTaxLegs legs, IDocumentSigner signer, TimeProvider time)
{
    public const string System = "he-thong";

    /// <summary>The tax authority the slips go to, as it was when the tax service was registered; followed through successions for events.</summary>
    private const string TaxAuthority = "000.47.01.G12";

    public static readonly DossierStatus[] Active =
        [DossierStatus.Processing, DossierStatus.AwaitingSupplement, DossierStatus.AwaitingTax, DossierStatus.AwaitingPayment, DossierStatus.ResultReady];

    /// <summary>The dossiers waiting at a step the official may act on, in their agency (or the one it merged into), by appointment date.</summary>
    public async Task<List<Dossier>> InboxAsync(Official official, CancellationToken cancellationToken)
    {
        var mine = await AgenciesOfAsync(official, cancellationToken);
        // Appointments first (stopped clocks last, the same on both databases); the role is checked per step below.
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.Agency != null && mine.Contains(d.Agency) && Active.Contains(d.Status))
            .OrderBy(d => d.Due == null).ThenBy(d => d.Due).ThenBy(d => d.SubmittedAt).Take(2000).ToListAsync(cancellationToken);
        var result = new List<Dossier>();
        var definitions = new Dictionary<(string, DateOnly), ProcedureDefinition>();
        foreach (var dossier in dossiers)
        {
            if (!definitions.TryGetValue((dossier.ProcedureCode, dossier.ProcedureVersion), out var definition))
            {
                definitions[(dossier.ProcedureCode, dossier.ProcedureVersion)] = definition = await DefinitionAsync(dossier, cancellationToken);
            }
            var step = definition.Steps.FirstOrDefault(s => s.Code == dossier.Step);
            if (step is not null && official.Roles.Contains(step.Role) && result.Count < 500)
            {
                result.Add(dossier);
            }
        }
        return result;
    }

    public async Task<Dossier> ForOfficialAsync(Official official, Guid id, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DossierProblemException(DossierProblems.NotFound, "Không có hồ sơ này.");
        if (dossier.Agency is null || !(await AgenciesOfAsync(official, cancellationToken)).Contains(dossier.Agency))
        {
            throw new DossierProblemException(DossierProblems.NotYours, "Hồ sơ thuộc cơ quan khác; cán bộ chỉ xử lý hồ sơ của cơ quan mình.");
        }
        return dossier;
    }

    /// <summary>Completes the current step: accepts (first step), hands over, approves and signs, or returns (last step).</summary>
    public async Task<Dossier> AdvanceAsync(Official official, Guid id, string? note, CancellationToken cancellationToken, string? expectedStep = null)
    {
        var dossier = await ForOfficialAsync(official, id, cancellationToken);
        if (dossier.Status is not (DossierStatus.Processing or DossierStatus.ResultReady))
        {
            throw new DossierProblemException(DossierProblems.WrongState, Waiting(dossier));
        }
        var (procedure, definition) = await ProcedureAsync(dossier, cancellationToken);
        var step = CurrentStep(definition, dossier, expectedStep);
        RequireRole(official, step);
        var now = time.GetUtcNow();
        var index = definition.Steps.ToList().IndexOf(step);
        var detail = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
        if (step.Automation == Step.LandTransfer)
        {
            dossier.Certificate = await legs.RegisterTransferAsync(dossier, cancellationToken);
            detail = $"Đã đăng ký biến động trong cơ sở dữ liệu đất đai; số phát hành giấy chứng nhận {dossier.Certificate}. {detail}".Trim();
        }
        if (step.Automation == Step.SignResult)
        {
            await SignResultAsync(official, dossier, procedure, definition, step, cancellationToken);
            history.Record(dossier, DossierEventKinds.ResultIssued, official.UserName, step, "Đã ký số kết quả và đóng dấu điện tử của cơ quan. " + detail);
            dossier.Status = DossierStatus.ResultReady;
        }
        else if (step.Next.Count == 0)
        {
            await ReturnAsync(official, dossier, definition, step, detail, cancellationToken);
            return await SaveAsync(dossier, cancellationToken);
        }
        else
        {
            history.Record(dossier, index == 0 ? DossierEventKinds.Accepted : DossierEventKinds.HandedOver, official.UserName, step,
                detail ?? (index == 0 ? "Tiếp nhận hồ sơ hợp lệ." : $"Chuyển bước: {step.Name}."));
        }
        var next = definition.Steps.First(s => s.Code == step.Next[0]);
        (dossier.Step, dossier.StepSince, dossier.UpdatedAt) = (next.Code, now, now);
        if (dossier.Status != DossierStatus.ResultReady)
        {
            dossier.Status = DossierStatus.Processing;
        }
        await SaveAsync(dossier, cancellationToken);
        if (next.Automation == Step.TaxNotice)
        {
            await TaxLegAsync(dossier, definition, next, cancellationToken);
        }
        return dossier;
    }

    /// <summary>The dossier reaches the tax step: the clock stops, the slip goes to the tax system, the notice comes back (or is held).</summary>
    private async Task TaxLegAsync(Dossier dossier, ProcedureDefinition definition, Step taxStep, CancellationToken cancellationToken)
    {
        // The time to fulfil financial obligations does not count towards the time limit: the clock stops until payment.
        var pauses = DossierHistory.Pauses(dossier);
        pauses.Add(new ClockPause(VietnamTime.Today(time), null));
        DossierHistory.SetPauses(dossier, pauses);
        dossier.Due = null;
        dossier.Status = DossierStatus.AwaitingTax;
        history.Record(dossier, DossierEventKinds.HandedOver, System, null, "Gửi phiếu chuyển thông tin xác định nghĩa vụ tài chính cho cơ quan thuế qua nền tảng tích hợp.",
            agency: await TaxAgencyAsync(cancellationToken));
        await SaveAsync(dossier, cancellationToken);
        await SendSlipAsync(dossier, definition, taxStep, cancellationToken);
    }

    /// <summary>Sends (or sends again: the message id is the same) the information slip and records the answer.</summary>
    private async Task SendSlipAsync(Dossier dossier, ProcedureDefinition definition, Step taxStep, CancellationToken cancellationToken)
    {
        var parcelFile = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.DossierId == dossier.Id && f.Source == "fetch"
            && f.ContentType == "application/json" && f.Component == "giay-chung-nhan", cancellationToken)
            ?? throw new DossierProblemException(DossierProblems.Incomplete, "Hồ sơ thiếu thông tin thửa đất từ cơ sở dữ liệu đất đai.");
        var parcel = JsonSerializer.Deserialize<LandTaxLegs.Parcel>(parcelFile.Content, JsonSerializerOptions.Web)!;
        var notice = await legs.SendSlipAsync(dossier, parcel, cancellationToken);
        if (notice.Held)
        {
            history.Record(dossier, DossierEventKinds.HandedOver, System, null, $"Cơ quan thuế giữ phiếu để xem xét ({notice.Number}): {notice.Review}",
                agency: await TaxAgencyAsync(cancellationToken));
            (dossier.TaxNotice, dossier.UpdatedAt) = (notice.Number, time.GetUtcNow());
            await SaveAsync(dossier, cancellationToken);
            return;
        }
        await NoticeReceivedAsync(dossier, definition, taxStep, notice, cancellationToken);
    }

    private async Task<string> TaxAgencyAsync(CancellationToken cancellationToken) =>
        (await agencies.FollowAsync(TaxAuthority, VietnamTime.Today(time), cancellationToken))?.ElectronicId ?? TaxAuthority;

    /// <summary>
    /// The land office's follow-up of a notice the tax system held for review: when it is issued, the tax leg ends (from the
    /// slip to the notice, the officer's review included) and the citizen is to pay. Returns whether the dossier moved.
    /// </summary>
    public async Task<bool> FollowUpTaxAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        if (dossier.Status != DossierStatus.AwaitingTax)
        {
            return false;
        }
        if (dossier.TaxNotice is null)
        {
            // The slip did not reach the tax system (the gateway or the tax system failed): send it again.
            var stuck = (await ProcedureAsync(dossier, cancellationToken)).Definition;
            await SendSlipAsync(dossier, stuck, CurrentStep(stuck, dossier), cancellationToken);
            return dossier.Status != DossierStatus.AwaitingTax;
        }
        var notice = await legs.FollowUpAsync(dossier, cancellationToken);
        if (notice is null || notice.Held)
        {
            return false;
        }
        var slipSent = await db.DossierLegs.AsNoTracking().Where(l => l.DossierId == dossier.Id && l.Leg == "tax-slip")
            .OrderBy(l => l.Id).Select(l => l.StartedAt).FirstOrDefaultAsync(cancellationToken);
        legs.Record(dossier, "tax", slipSent == default ? time.GetUtcNow() : slipSent, true, null);
        var definition = (await ProcedureAsync(dossier, cancellationToken)).Definition;
        await NoticeReceivedAsync(dossier, definition, CurrentStep(definition, dossier), notice, cancellationToken);
        return true;
    }

    private async Task NoticeReceivedAsync(Dossier dossier, ProcedureDefinition definition, Step taxStep, LandTaxLegs.Notice notice,
        CancellationToken cancellationToken)
    {
        var payStep = definition.Steps.First(s => s.Code == taxStep.Next[0]);
        history.Record(dossier, DossierEventKinds.HandedOver, System, taxStep,
            $"Cơ quan thuế ra thông báo {notice.Number}: lệ phí trước bạ {Money(notice.RegistrationFee)}, thuế thu nhập cá nhân {Money(notice.IncomeTax)}, tổng {Money(notice.Total)}, hạn nộp {notice.DueDate:dd/MM/yyyy}."
            + (notice.Review is null ? "" : " " + notice.Review));
        var now = time.GetUtcNow();
        (dossier.TaxNotice, dossier.AmountDue, dossier.Payment, dossier.Status, dossier.Step, dossier.StepSince, dossier.UpdatedAt) =
            (notice.Number, notice.Total, notice.Total > 0 ? "due" : "none", DossierStatus.AwaitingPayment, payStep.Code, now, now);
        await SaveAsync(dossier, cancellationToken);
        if (notice.Total == 0)
        {
            await AfterPaymentAsync(dossier, cancellationToken);
        }
    }

    /// <summary>After the citizen paid at the payment step: the tax system is told, the clock restarts, the dossier goes on.</summary>
    public async Task AfterPaymentAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        if (dossier.Status != DossierStatus.AwaitingPayment)
        {
            return;
        }
        var definition = (await ProcedureAsync(dossier, cancellationToken)).Definition;
        if (dossier.TaxNotice is not null && dossier.Payment == "paid")
        {
            await legs.ConfirmPaymentAsync(dossier, cancellationToken);
        }
        var step = CurrentStep(definition, dossier);
        var next = definition.Steps.First(s => s.Code == step.Next[0]);
        var pauses = DossierHistory.Pauses(dossier);
        if (pauses.Count > 0 && pauses[^1].ReceivedOn is null)
        {
            pauses[^1] = pauses[^1] with { ReceivedOn = VietnamTime.Today(time) };
        }
        DossierHistory.SetPauses(dossier, pauses);
        dossier.Due = DossierClock.Later(await clock.DueAsync(dossier.ClockStart!.Value, definition.TimeLimitDays, pauses, cancellationToken), dossier.Rescheduled);
        history.Record(dossier, DossierEventKinds.HandedOver, System, step, "Cơ quan thuế đã nhận xác nhận nộp tiền; hồ sơ chuyển về văn phòng đăng ký đất đai.");
        var now = time.GetUtcNow();
        (dossier.Status, dossier.Step, dossier.StepSince, dossier.UpdatedAt) = (DossierStatus.Processing, next.Code, now, now);
        await SaveAsync(dossier, cancellationToken);
    }

    public async Task<Dossier> RequestSupplementAsync(Official official, Guid id, string? reason, CancellationToken cancellationToken, string? expectedStep = null)
    {
        var dossier = await ForOfficialAsync(official, id, cancellationToken);
        var definition = (await ProcedureAsync(dossier, cancellationToken)).Definition;
        var step = CurrentStep(definition, dossier, expectedStep);
        RequireRole(official, step);
        if (dossier.Status != DossierStatus.Processing)
        {
            throw new DossierProblemException(DossierProblems.WrongState, Waiting(dossier));
        }
        var what = Reason(reason, "reason", "Ghi rõ giấy tờ, thông tin cần bổ sung và lý do.");
        var pauses = DossierHistory.Pauses(dossier);
        pauses.Add(new ClockPause(VietnamTime.Today(time), null));
        DossierHistory.SetPauses(dossier, pauses);
        (dossier.Status, dossier.SupplementRequest, dossier.Due, dossier.UpdatedAt) = (DossierStatus.AwaitingSupplement, what, null, time.GetUtcNow());
        history.Record(dossier, DossierEventKinds.SupplementRequested, official.UserName, step, "Yêu cầu bổ sung: " + what);
        return await SaveAsync(dossier, cancellationToken);
    }

    /// <summary>
    /// For an overdue dossier: the apology slip with a new appointment <paramref name="extraDays"/> working days from today
    /// (Decree 61/2018/NĐ-CP Art. 19, now Decree 118/2025/NĐ-CP); the citizen sees it on the dossier; an <c>overdue</c> event.
    /// </summary>
    public async Task<Dossier> ApologizeAsync(Official official, Guid id, string? reason, int extraDays, CancellationToken cancellationToken)
    {
        var dossier = await ForOfficialAsync(official, id, cancellationToken);
        var (procedure, definition) = await ProcedureAsync(dossier, cancellationToken);
        var step = CurrentStep(definition, dossier);
        var today = VietnamTime.Today(time);
        if (!Active.Contains(dossier.Status) || dossier.Due is not { } due || today <= due)
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Chỉ lập phiếu xin lỗi cho hồ sơ đã quá ngày hẹn trả.");
        }
        if (extraDays is < 1 or > 30)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Số ngày hẹn lại từ 1 đến 30 ngày làm việc.",
                new Dictionary<string, string[]> { ["days"] = ["Từ 1 đến 30 ngày làm việc."] });
        }
        var why = Reason(reason, "reason", "Ghi rõ lý do quá hạn.");
        var agency = await agencies.FollowAsync(dossier.Agency!, today, cancellationToken);
        var slip = await clock.ApologyAsync(dossier.Code!, procedure.Name, dossier.ApplicantName, agency?.Name ?? dossier.Agency!, due, today, extraDays, why,
            cancellationToken);
        (dossier.Apology, dossier.Due, dossier.Rescheduled, dossier.UpdatedAt) = (slip.Text, slip.NewAppointment, slip.NewAppointment, time.GetUtcNow());
        history.Record(dossier, DossierEventKinds.Overdue, official.UserName, step, $"Quá hạn ngày {due:dd/MM/yyyy}; phiếu xin lỗi, hẹn lại ngày {slip.NewAppointment:dd/MM/yyyy}. Lý do: {why}");
        return await SaveAsync(dossier, cancellationToken);
    }

    public async Task<Dossier> RefuseAsync(Official official, Guid id, string? reason, CancellationToken cancellationToken, string? expectedStep = null)
    {
        var dossier = await ForOfficialAsync(official, id, cancellationToken);
        var definition = (await ProcedureAsync(dossier, cancellationToken)).Definition;
        var step = CurrentStep(definition, dossier, expectedStep);
        RequireRole(official, step);
        if (dossier.Status is not (DossierStatus.Processing or DossierStatus.AwaitingSupplement))
        {
            throw new DossierProblemException(DossierProblems.WrongState, Waiting(dossier));
        }
        var why = Reason(reason, "reason", "Ghi rõ lý do từ chối và căn cứ.");
        (dossier.Status, dossier.RefusalReason, dossier.UpdatedAt) = (DossierStatus.Refused, why, time.GetUtcNow());
        history.Record(dossier, DossierEventKinds.Refused, official.UserName, step, "Từ chối: " + why);
        return await SaveAsync(dossier, cancellationToken);
    }

    private async Task SignResultAsync(Official official, Dossier dossier, Procedure procedure, ProcedureDefinition definition, Step step,
        CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var agency = await agencies.FollowAsync(dossier.Agency!, today, cancellationToken);
        var form = CitizenDossiers.Form(dossier);
        var facts = new List<(string, string)> { ("Người yêu cầu", dossier.ApplicantName) };
        facts.AddRange(definition.Form.Where(f => f.Type != "pid" && form.ContainsKey(f.Name)).Select(f => (f.Label, form[f.Name])));
        if (dossier.Certificate is not null)
        {
            facts.Add(("Số phát hành giấy chứng nhận sau đăng ký biến động", dossier.Certificate));
        }
        var pdf = ResultDocument.Render(procedure, definition, dossier, agency?.Name ?? dossier.Agency!, dossier.Agency!.EndsWith("H15", StringComparison.Ordinal)
            ? "Đà Nẵng" : "Quảng Nam", today, facts);
        var started = time.GetUtcNow();
        var signed = await signer.SignPdfAsync(pdf, PdfSigningRequest.Official(official.UserName) with { Reason = "Ký kết quả hồ sơ " + dossier.Code },
            cancellationToken);
        var sealedPdf = signed.Succeeded
            ? await signer.SignPdfAsync(signed.Signed!, PdfSigningRequest.Seal(dossier.Agency!), cancellationToken)
            : signed;
        legs.Record(dossier, "signing", started, sealedPdf.Succeeded, null);
        if (!sealedPdf.Succeeded)
        {
            await db.SaveChangesAsync(cancellationToken);
            throw new DossierProblemException(DossierProblems.WrongState, "Chưa ký được kết quả: " + sealedPdf.Error);
        }
        db.DossierFiles.Add(new DossierFile
        {
            Id = Guid.CreateVersion7(), DossierId = dossier.Id, Component = "ket-qua", Source = "result", FileName = $"ket-qua-{dossier.Code}.pdf",
            ContentType = "application/pdf", Size = sealedPdf.Signed!.Length, Sha256 = DossierFiles.Sha256(sealedPdf.Signed), Content = sealedPdf.Signed,
            AddedAt = time.GetUtcNow(),
        });
    }

    private async Task ReturnAsync(Official official, Dossier dossier, ProcedureDefinition definition, Step step, string? note, CancellationToken cancellationToken)
    {
        var result = await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.DossierId == dossier.Id && f.Source == "result", cancellationToken);
        var today = VietnamTime.Today(time);
        var onTime = dossier.Due is not { } due || today <= due;
        if (result is not null)
        {
            db.StoredDocuments.Add(new StoredDocument
            {
                Id = Guid.CreateVersion7(), Owner = dossier.ApplicantId, EvidenceType = "ket-qua:" + dossier.ProcedureCode, Title = definition.ResultType,
                Issuer = dossier.Agency!, IssuedOn = today, FileName = result.FileName, ContentType = result.ContentType, Sha256 = result.Sha256,
                Content = result.Content, SourceDossier = dossier.Code, AddedAt = time.GetUtcNow(),
            });
        }
        if (!onTime)
        {
            history.Record(dossier, DossierEventKinds.Overdue, System, null, $"Trả kết quả sau ngày hẹn {dossier.Due:dd/MM/yyyy}.");
        }
        var returned = history.Record(dossier, DossierEventKinds.Returned, official.UserName, step,
            (result is null ? "Trả kết quả." : "Trả kết quả điện tử; bản điện tử đã lưu vào Kho dữ liệu của công dân.") + (note is null ? "" : " " + note));
        returned.OnTime = onTime;
        (dossier.Status, dossier.Step, dossier.StepSince, dossier.UpdatedAt) = (DossierStatus.Returned, null, null, time.GetUtcNow());
    }

    private async Task<Dossier> SaveAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        dossier.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ vừa được người khác xử lý; tải lại để xem trạng thái mới.");
        }
        return dossier;
    }

    /// <summary>The official's agency and the one it merged into, if any.</summary>
    public async Task<HashSet<string>> AgenciesOfAsync(Official official, CancellationToken cancellationToken)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (official.Agency is { } own)
        {
            set.Add(own);
            if (await agencies.FollowAsync(own, VietnamTime.Today(time), cancellationToken) is { } successor)
            {
                set.Add(successor.ElectronicId);
            }
        }
        return set;
    }

    private async Task<(Procedure Procedure, ProcedureDefinition Definition)> ProcedureAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var procedure = (await catalogue.FindAsync(dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken))!;
        return (procedure, procedure.Read());
    }

    private async Task<ProcedureDefinition> DefinitionAsync(Dossier dossier, CancellationToken cancellationToken) =>
        (await ProcedureAsync(dossier, cancellationToken)).Definition;

    private static Step CurrentStep(ProcedureDefinition definition, Dossier dossier, string? expected = null)
    {
        var step = definition.Steps.FirstOrDefault(s => s.Code == dossier.Step)
            ?? throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ đã kết thúc.");
        // The official acted on the step they saw; a double click or an old tab must not act on the next one.
        return expected is null || expected == step.Code
            ? step
            : throw new DossierProblemException(DossierProblems.WrongState, $"Hồ sơ đã chuyển sang bước \"{step.Name}\"; tải lại để xem.");
    }

    private static void RequireRole(Official official, Step step)
    {
        if (!official.Roles.Contains(step.Role))
        {
            throw new DossierProblemException(DossierProblems.NotYours, $"Bước \"{step.Name}\" do {RoleName(step.Role)} thực hiện.");
        }
    }

    private static string Reason(string? text, string field, string message)
    {
        var clean = text?.Trim();
        return string.IsNullOrEmpty(clean)
            ? throw new DossierProblemException(DossierProblems.Incomplete, message, new Dictionary<string, string[]> { [field] = [message] })
            : clean[..Math.Min(clean.Length, 2000)];
    }

    private static string Waiting(Dossier dossier) => dossier.Status switch
    {
        DossierStatus.AwaitingSupplement => "Hồ sơ đang chờ công dân bổ sung.",
        DossierStatus.AwaitingTax => "Hồ sơ đang chờ cơ quan thuế.",
        DossierStatus.AwaitingPayment => "Hồ sơ đang chờ công dân nộp tiền.",
        DossierStatus.Returned or DossierStatus.Refused => "Hồ sơ đã kết thúc.",
        _ => "Hồ sơ không ở bước này.",
    };

    public static string RoleName(string role) => role switch
    {
        "one-stop-officer" => "cán bộ một cửa",
        "specialist" => "chuyên viên",
        "leader" => "lãnh đạo",
        "citizen" => "công dân",
        _ => role,
    };

    internal static string Money(long amount) => amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " đồng";
}
