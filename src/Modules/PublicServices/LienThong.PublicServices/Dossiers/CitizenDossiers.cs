using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LienThong.BuildingBlocks.Identifiers;
using LienThong.BuildingBlocks.Time;
using LienThong.Exchange.Contracts;
using LienThong.PublicServices.Catalogue;
using LienThong.PublicServices.Contracts;
using LienThong.PublicServices.Domain;
using LienThong.PublicServices.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LienThong.PublicServices.Dossiers;

/// <summary>The signed-in citizen: number, name and commune of residence (from the VNeID-style login).</summary>
internal sealed record Citizen(string PersonalId, string Name, string? Unit)
{
    public string Masked => "cong-dan:" + PersonalIdNumber.Mask(PersonalId);
}

/// <summary>
/// The citizen's side of a dossier: a draft pre-filled from the population register, saved as typed; components re-used from
/// the citizen's store, fetched from the issuing register through the gateway, or uploaded; a preview of everything that
/// will be sent; submission with explicit consent, which gives the code and the appointment date; answers to supplement
/// requests; payment; rating. Each method checks that the dossier is the citizen's own (403 otherwise).
/// </summary>
internal sealed partial class CitizenDossiers(PublicServicesDbContext db, ProcedureCatalogue catalogue, IProcedurePrefill prefill,
    ReceivingAgencies agencies, DossierCodes codes, DossierClock clock, DossierHistory history, IExchangeClient exchange, IPaymentProvider payments,
    LandTaxLegs legs, DossierWorkflow workflow, TimeProvider time)
{
    public const string ConsentText =
        "Tôi cam đoan thông tin đã khai là đúng sự thật và đồng ý để cơ quan giải quyết thủ tục sử dụng, chia sẻ dữ liệu trong hồ sơ qua nền tảng tích hợp, chia sẻ dữ liệu cho việc giải quyết thủ tục này (Nghị định 13/2023/NĐ-CP).";

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]{0,39})\}")]
    private static partial Regex Placeholder();

    public async Task<Dossier> CreateDraftAsync(Citizen citizen, string procedureCode, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var procedure = await catalogue.FindAsync(procedureCode, today, cancellationToken)
            ?? throw new DossierProblemException(DossierProblems.NotFound, $"Không có thủ tục {procedureCode} đang hiệu lực.");
        var filled = await prefill.PrefillAsync(procedure.Code, citizen.PersonalId, cancellationToken);
        var now = time.GetUtcNow();
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(), ProcedureCode = procedure.Code, ProcedureVersion = procedure.ValidFrom, ApplicantId = citizen.PersonalId,
            ApplicantName = citizen.Name, ApplicantUnit = citizen.Unit, Status = DossierStatus.Draft,
            Form = JsonSerializer.Serialize(filled.Values), CreatedAt = now, UpdatedAt = now,
        };
        db.Dossiers.Add(dossier);
        if (filled.Values.Count > 0)
        {
            history.Record(dossier, DossierEventKinds.Prefilled, citizen.Masked, null,
                $"Điền sẵn {filled.Values.Count} trường từ Cơ sở dữ liệu quốc gia về dân cư (thông điệp {filled.MessageId}).");
        }
        await db.SaveChangesAsync(cancellationToken);
        return dossier;
    }

    public async Task<Dossier> OwnAsync(Citizen citizen, Guid id, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DossierProblemException(DossierProblems.NotFound, "Không có hồ sơ này.");
        return dossier.ApplicantId == citizen.PersonalId
            ? dossier
            : throw new DossierProblemException(DossierProblems.NotYours, "Hồ sơ này không phải của bạn.");
    }

    public Task<List<Dossier>> ListAsync(Citizen citizen, CancellationToken cancellationToken) =>
        db.Dossiers.AsNoTracking().Where(d => d.ApplicantId == citizen.PersonalId).OrderByDescending(d => d.CreatedAt).Take(200).ToListAsync(cancellationToken);

    /// <summary>Saves what was typed, even when it does not pass yet (nothing typed is lost); returns the errors still to fix.</summary>
    public async Task<IDictionary<string, string[]>> SaveFormAsync(Citizen citizen, Guid id, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        Editable(dossier);
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var form = Merge(definition, Form(dossier), values);
        dossier.Form = JsonSerializer.Serialize(form);
        await SaveAsync(dossier, cancellationToken);
        return FormRules.Check(definition.Form, form.ToDictionary(k => k.Key, k => (string?)k.Value));
    }

    /// <summary>The form with the new values: only the procedure's fields, trimmed, NFC, at most 2,000 characters; empty removes.</summary>
    private static Dictionary<string, string> Merge(ProcedureDefinition definition, Dictionary<string, string> form, Dictionary<string, string?> values)
    {
        var known = definition.Form.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = values.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Có trường không thuộc tờ khai của thủ tục.",
                unknown.ToDictionary(k => k, _ => new[] { "Trường không thuộc tờ khai." }));
        }
        foreach (var (name, value) in values)
        {
            var clean = value?.Trim().Normalize(NormalizationForm.FormC);
            if (string.IsNullOrEmpty(clean))
            {
                form.Remove(name);
            }
            else
            {
                form[name] = clean.Length > 2000 ? clean[..2000] : clean;
            }
        }
        return form;
    }

    /// <summary>An uploaded scan for a component (or for a supplement): type by content, size-limited; replaces the earlier one.</summary>
    public async Task<DossierFile> UploadAsync(Citizen citizen, Guid id, string component, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        var supplement = dossier.Status == DossierStatus.AwaitingSupplement;
        if (!supplement)
        {
            Editable(dossier);
        }
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var part = definition.Components.FirstOrDefault(c => c.Code == component);
        if (part is null || part.Source is "form" or "fetch")
        {
            throw new DossierProblemException(DossierProblems.InvalidFile, $"Thành phần \"{component}\" không nhận tệp tải lên.");
        }
        if (content.Length == 0)
        {
            throw new DossierProblemException(DossierProblems.InvalidFile, "Tệp rỗng.");
        }
        var type = DossierFiles.Sniff(content)
            ?? throw new DossierProblemException(DossierProblems.InvalidFile, "Chỉ nhận tệp PDF, JPEG hoặc PNG (nhận biết theo nội dung tệp).");
        var file = await ReplaceAsync(dossier, component, supplement ? "supplement" : "upload", DossierFiles.CleanName(fileName, type), type, content,
            null, null, cancellationToken);
        await SaveAsync(dossier, cancellationToken);
        return file;
    }

    /// <summary>Re-uses a document of the citizen's store for a component of the same evidence type (no copy to notarise again).</summary>
    public async Task<DossierFile> ReuseAsync(Citizen citizen, Guid id, string component, Guid documentId, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        Editable(dossier);
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var part = definition.Components.FirstOrDefault(c => c.Code == component && c.Source is "reuse" or "upload")
            ?? throw new DossierProblemException(DossierProblems.InvalidFile, $"Thành phần \"{component}\" không dùng lại giấy tờ.");
        var document = await db.StoredDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null || document.Owner != citizen.PersonalId)
        {
            throw new DossierProblemException(DossierProblems.NotYours, "Giấy tờ này không có trong kho dữ liệu của bạn.");
        }
        if (document.EvidenceType != part.EvidenceType)
        {
            throw new DossierProblemException(DossierProblems.InvalidFile, $"\"{document.Title}\" không phải loại giấy tờ thành phần này cần.");
        }
        var file = await ReplaceAsync(dossier, component, "reuse", document.FileName, document.ContentType, document.Content, document.Id, null, cancellationToken);
        await SaveAsync(dossier, cancellationToken);
        return file;
    }

    /// <summary>The evidence broker: reads the component from the issuing register through the gateway (purpose = the procedure).</summary>
    public async Task<DossierFile> FetchAsync(Citizen citizen, Guid id, string component, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        Editable(dossier);
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var part = definition.Components.FirstOrDefault(c => c.Code == component && c.Source == "fetch" && c.Service is not null && c.Path is not null)
            ?? throw new DossierProblemException(DossierProblems.InvalidFile, $"Thành phần \"{component}\" không lấy từ cơ sở dữ liệu.");
        var form = Form(dossier);
        var missing = new List<string>();
        var path = Placeholder().Replace(part.Path!, m =>
        {
            var name = m.Groups[1].Value;
            var value = name == "applicant" ? citizen.PersonalId : form.GetValueOrDefault(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(name);
                return "";
            }
            return Uri.EscapeDataString(value);
        });
        if (missing.Count > 0)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Cần khai trước các trường để tra cứu.",
                missing.ToDictionary(m => m, _ => new[] { "Khai trường này trước khi lấy thông tin từ cơ sở dữ liệu." }));
        }
        var started = time.GetUtcNow();
        using var response = await exchange.SendAsync(new ExchangeCall(ProcedurePrefill.Portal, part.Service!, HttpMethod.Get, path, dossier.ProcedureCode,
            User: citizen.Masked, Subject: citizen.PersonalId), cancellationToken);
        var messageId = response.Headers.TryGetValues(ExchangeHeaders.MessageId, out var ids) ? ids.FirstOrDefault() : null;
        legs.Record(dossier, "fetch:" + component, started, response.IsSuccessStatusCode, messageId);
        if (!response.IsSuccessStatusCode)
        {
            await db.SaveChangesAsync(cancellationToken);
            throw (int)response.StatusCode == 404
                ? new DossierProblemException(DossierProblems.Incomplete, "Cơ sở dữ liệu không có bản ghi này; kiểm tra lại thông tin đã khai.",
                    new Dictionary<string, string[]> { [component] = ["Không tìm thấy trong cơ sở dữ liệu."] })
                : new DossierProblemException(DossierProblems.AgencyUnavailable, $"Chưa lấy được thông tin (mã {(int)response.StatusCode}); thử lại sau.");
        }
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var file = await ReplaceAsync(dossier, component, "fetch", component + ".json", "application/json", content, null, messageId, cancellationToken);
        await SaveAsync(dossier, cancellationToken);
        return file;
    }

    /// <summary>Everything that will be sent, and what is still missing; its digest is what the citizen consents to.</summary>
    public async Task<DossierPreview> PreviewAsync(Citizen citizen, Guid id, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        var procedure = await catalogue.FindAsync(dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken)!;
        var definition = procedure!.Read();
        var files = await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == id).ToListAsync(cancellationToken);
        var form = Form(dossier);
        var errors = new Dictionary<string, string[]>(FormRules.Check(definition.Form, form.ToDictionary(k => k.Key, k => (string?)k.Value)));
        foreach (var part in definition.Components.Where(c => c.Required && c.Source != "form" && files.All(f => f.Component != c.Code)))
        {
            errors[part.Code] = [part.Source switch
            {
                "fetch" => "Chưa lấy thông tin từ cơ sở dữ liệu.",
                "reuse" => "Chưa chọn giấy tờ trong kho dữ liệu hoặc tải lên.",
                _ => "Chưa tải lên.",
            }];
        }
        var agency = await agencies.ResolveAsync(definition, dossier.ApplicantUnit, VietnamTime.Today(time), cancellationToken);
        var fees = definition.Fees.Select(f => new FeeLine(f.Name, f.Amount, f.Rule)).ToList();
        var parts = definition.Components.Select(c =>
        {
            var file = files.FirstOrDefault(f => f.Component == c.Code);
            return new ComponentLine(c.Code, c.Name, c.Source, c.Required, file?.Source, file?.FileName, file?.Size, file?.Sha256);
        }).ToList();
        var fields = definition.Form.Select(f => new FieldLine(f.Name, f.Label, form.GetValueOrDefault(f.Name))).ToList();
        var digest = DossierFiles.Sha256(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { fields, parts, agency = agency?.ElectronicId })));
        return new DossierPreview(dossier.Id, procedure.Code, procedure.Name, agency?.ElectronicId, agency?.Name, fields, parts, fees, errors, digest, ConsentText);
    }

    /// <summary>Submits with consent to the preview the citizen saw: the code is given, the clock starts, the dossier goes to the first step.</summary>
    public async Task<Dossier> SubmitAsync(Citizen citizen, Guid id, SubmitRequest request, CancellationToken cancellationToken)
    {
        var preview = await PreviewAsync(citizen, id, cancellationToken);
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        Editable(dossier);
        if (!request.Consent)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Cần xác nhận cam đoan và đồng ý trước khi nộp.",
                new Dictionary<string, string[]> { ["consent"] = ["Đánh dấu ô cam đoan và đồng ý."] });
        }
        if (request.PreviewDigest != preview.Digest)
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ đã thay đổi sau khi xem trước; xem lại trước khi nộp.");
        }
        if (preview.Errors.Count > 0)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Hồ sơ chưa đủ hoặc có trường chưa đúng.", preview.Errors);
        }
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var agency = await agencies.ResolveAsync(definition, dossier.ApplicantUnit, today, cancellationToken)
            ?? throw new DossierProblemException(DossierProblems.NoReceivingAgency,
                "Không xác định được cơ quan tiếp nhận hồ sơ của bạn vào ngày hôm nay; liên hệ bộ phận một cửa.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        dossier.Code = await codes.NextAsync(agency.ElectronicId, today, cancellationToken);
        (dossier.Agency, dossier.AgencyUnit, dossier.Status, dossier.SubmittedAt, dossier.UpdatedAt) =
            (agency.ElectronicId, agency.UnitCode, DossierStatus.Processing, now, now);
        dossier.Consent = $"{preview.Digest} {now:O}";
        dossier.ClockStart = await clock.StartAsync(now, cancellationToken);
        dossier.Due = await clock.DueAsync(dossier.ClockStart.Value, definition.TimeLimitDays, [], cancellationToken);
        var first = definition.Steps[0];
        (dossier.Step, dossier.StepSince) = (first.Code, now);
        var fixedFees = definition.Fees.Where(f => f.Amount is > 0).Sum(f => f.Amount!.Value);
        (dossier.AmountDue, dossier.Payment) = fixedFees > 0 ? (fixedFees, "due") : (0, "none");
        // The draft's events (pre-filled fields) belong to the dossier now that it has a code and an agency.
        await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.DossierCode == null).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.DossierCode, dossier.Code).SetProperty(e => e.Agency, agency.ElectronicId).SetProperty(e => e.Unit, agency.UnitCode),
            cancellationToken);
        history.Record(dossier, DossierEventKinds.Received, citizen.Masked, null, $"Nộp trực tuyến; hẹn trả ngày {dossier.Due:dd/MM/yyyy}.")
            .FeeDue = dossier.AmountDue > 0;
        foreach (var file in await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == id).ToListAsync(cancellationToken))
        {
            history.Record(dossier, file.Source switch
            {
                "reuse" => DossierEventKinds.Reused,
                "fetch" => DossierEventKinds.Fetched,
                _ => DossierEventKinds.Digitised,
            }, citizen.Masked, null, $"{file.Component}: {file.FileName}");
        }
        dossier.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Submitted twice at once: the other submission won; this one's code goes back with the rollback.
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ vừa được nộp; tải lại để xem mã hồ sơ.");
        }
        await transaction.CommitAsync(cancellationToken);
        return dossier;
    }

    /// <summary>The citizen's answer to a supplement request: a note, changed form values or new files — not nothing.</summary>
    public async Task<Dossier> AnswerSupplementAsync(Citizen citizen, Guid id, SupplementAnswer answer, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        if (dossier.Status != DossierStatus.AwaitingSupplement)
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ không đang chờ bổ sung.");
        }
        var definition = await DefinitionAsync(dossier, cancellationToken);
        var pauses = DossierHistory.Pauses(dossier);
        var askedAt = pauses.Count > 0 ? pauses[^1].RequestedOn : VietnamTime.Today(time);
        var requested = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == id && e.Kind == DossierEventKinds.SupplementRequested)
            .OrderByDescending(e => e.Id).Select(e => e.At).FirstOrDefaultAsync(cancellationToken);
        var newFiles = await db.DossierFiles.AsNoTracking().CountAsync(f => f.DossierId == id && f.Source == "supplement" && f.AddedAt >= requested, cancellationToken);
        var values = answer.Values ?? [];
        if (string.IsNullOrWhiteSpace(answer.Note) && values.Count == 0 && newFiles == 0)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Bổ sung chưa có nội dung: tải lên giấy tờ, sửa thông tin hoặc ghi giải trình.",
                new Dictionary<string, string[]> { ["note"] = ["Cần ít nhất một nội dung bổ sung."] });
        }
        var form = Merge(definition, Form(dossier), values);
        var errors = FormRules.Check(definition.Form, form.ToDictionary(k => k.Key, k => (string?)k.Value));
        if (errors.Count > 0)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Thông tin bổ sung chưa đúng.", errors);
        }
        var today = VietnamTime.Today(time);
        pauses[^1] = pauses[^1] with { ReceivedOn = today };
        dossier.Form = JsonSerializer.Serialize(form);
        dossier.Pauses = JsonSerializer.Serialize(pauses);
        dossier.Due = DossierClock.Later(await clock.DueAsync(dossier.ClockStart!.Value, definition.TimeLimitDays, pauses, cancellationToken), dossier.Rescheduled);
        (dossier.Status, dossier.SupplementRequest) = (DossierStatus.Processing, null);
        history.Record(dossier, DossierEventKinds.SupplementReceived, citizen.Masked, null,
            $"Đã bổ sung ({newFiles} tệp{(values.Count > 0 ? $", {values.Count} trường" : "")}){(string.IsNullOrWhiteSpace(answer.Note) ? "" : ": " + answer.Note.Trim()[..Math.Min(answer.Note.Trim().Length, 2000)])}; hẹn trả mới {dossier.Due:dd/MM/yyyy} (yêu cầu ngày {askedAt:dd/MM/yyyy}).");
        await SaveAsync(dossier, cancellationToken);
        return dossier;
    }

    /// <summary>Pays what is due through the payment provider; paying twice is refused (409) and charges nothing.</summary>
    public async Task<Dossier> PayAsync(Citizen citizen, Guid id, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        if (dossier.Payment == "paid" && dossier.Status == DossierStatus.AwaitingPayment)
        {
            // Paid, but the hand-off after payment did not go through (the tax system did not answer): try it again.
            await workflow.AfterPaymentAsync(dossier, CancellationToken.None);
            return dossier;
        }
        if (dossier.Payment != "due" || dossier.AmountDue <= 0 || dossier.Status is DossierStatus.Draft or DossierStatus.Refused or DossierStatus.Returned)
        {
            throw new DossierProblemException(DossierProblems.WrongState, dossier.Payment == "paid" ? "Hồ sơ đã được thanh toán." : "Hồ sơ không có khoản phải nộp.");
        }
        var receipt = await payments.ChargeAsync(new PaymentRequest(dossier.Code!, dossier.AmountDue, citizen.PersonalId,
            $"Nộp tiền hồ sơ {dossier.Code}"), cancellationToken);
        if (!receipt.Succeeded)
        {
            throw new DossierProblemException(DossierProblems.AgencyUnavailable, receipt.Error ?? "Thanh toán chưa thành công.");
        }
        // Charged: from here on the request's cancellation must not leave the payment half-recorded.
        (dossier.Payment, dossier.PaymentReference) = ("paid", receipt.Reference);
        history.Record(dossier, DossierEventKinds.PaidOnline, citizen.Masked, null,
            $"Đã nộp {dossier.AmountDue.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng qua {payments.Name} (mã giao dịch {receipt.Reference}).");
        try
        {
            await SaveAsync(dossier, CancellationToken.None);
        }
        catch (DossierProblemException)
        {
            // Another request changed the dossier first. The provider charges once per dossier and amount, so the same
            // reference means that request recorded this very payment; a different one means this charge must go back.
            var recorded = await db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.PaymentReference).SingleAsync(CancellationToken.None);
            if (recorded != receipt.Reference)
            {
                await payments.RefundAsync(receipt.Reference!, CancellationToken.None);
            }
            throw new DossierProblemException(DossierProblems.WrongState, recorded == receipt.Reference
                ? "Hồ sơ đã được thanh toán." : "Hồ sơ vừa thay đổi; khoản thanh toán này đã được hoàn lại.");
        }
        await workflow.AfterPaymentAsync(dossier, CancellationToken.None);
        return dossier;
    }

    public async Task<Dossier> RateAsync(Citizen citizen, Guid id, RatingRequest rating, CancellationToken cancellationToken)
    {
        var dossier = await OwnAsync(citizen, id, cancellationToken);
        if (dossier.Status is not (DossierStatus.Returned or DossierStatus.Refused))
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Chỉ đánh giá khi hồ sơ đã có kết quả.");
        }
        if (rating.Score is < 1 or > 5)
        {
            throw new DossierProblemException(DossierProblems.Incomplete, "Mức hài lòng từ 1 đến 5.",
                new Dictionary<string, string[]> { ["score"] = ["Chọn từ 1 (rất không hài lòng) đến 5 (rất hài lòng)."] });
        }
        if (dossier.Rating is not null)
        {
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ đã được đánh giá.");
        }
        (dossier.Rating, dossier.RatingComment) = (rating.Score, rating.Comment?.Trim() is { Length: > 0 } c ? c[..Math.Min(c.Length, 1000)] : null);
        history.Record(dossier, DossierEventKinds.Rated, citizen.Masked, null, $"Mức hài lòng {rating.Score}/5.").Score = rating.Score;
        await SaveAsync(dossier, cancellationToken);
        return dossier;
    }

    private async Task<DossierFile> ReplaceAsync(Dossier dossier, string component, string source, string fileName, string contentType, byte[] content,
        Guid? stored, string? messageId, CancellationToken cancellationToken)
    {
        if (source != "supplement")
        {
            // Removed with the save (not before it), so a refused save leaves the earlier file in place.
            var earlier = await db.DossierFiles.Where(f => f.DossierId == dossier.Id && f.Component == component).Select(f => f.Id).ToListAsync(cancellationToken);
            db.DossierFiles.RemoveRange(earlier.Select(fileId => new DossierFile { Id = fileId }));
        }
        var file = new DossierFile
        {
            Id = Guid.CreateVersion7(), DossierId = dossier.Id, Component = component, Source = source, FileName = fileName, ContentType = contentType,
            Size = content.Length, Sha256 = DossierFiles.Sha256(content), Content = content, StoredDocument = stored, MessageId = messageId,
            AddedAt = time.GetUtcNow(),
        };
        db.DossierFiles.Add(file);
        return file;
    }

    /// <summary>Saves a change of the dossier, refusing it (409) when someone else changed the dossier since it was read.</summary>
    private async Task SaveAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        dossier.Revision++;
        dossier.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DossierProblemException(DossierProblems.WrongState, "Hồ sơ vừa thay đổi (ở cửa sổ khác hoặc do cán bộ xử lý); tải lại rồi thử lại.");
        }
    }

    private static void Editable(Dossier dossier)
    {
        if (dossier.Status != DossierStatus.Draft)
        {
            throw new DossierProblemException(DossierProblems.WrongState, $"Hồ sơ {dossier.Code} đã nộp; không sửa được nữa.");
        }
    }

    private async Task<ProcedureDefinition> DefinitionAsync(Dossier dossier, CancellationToken cancellationToken) =>
        (await catalogue.FindAsync(dossier.ProcedureCode, dossier.ProcedureVersion, cancellationToken))!.Read();

    internal static Dictionary<string, string> Form(Dossier dossier) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(dossier.Form) ?? [];
}

public sealed record FieldLine(string Name, string Label, string? Value);

public sealed record ComponentLine(string Code, string Name, string Source, bool Required, string? ProvidedBy, string? FileName, long? Size, string? Sha256);

public sealed record FeeLine(string Name, long? Amount, string Rule);

/// <param name="Digest">What the citizen consents to: send it back with the submission.</param>
public sealed record DossierPreview(Guid Id, string ProcedureCode, string ProcedureName, string? Agency, string? AgencyName, IReadOnlyList<FieldLine> Fields,
    IReadOnlyList<ComponentLine> Components, IReadOnlyList<FeeLine> Fees, IDictionary<string, string[]> Errors, string Digest, string ConsentText);

public sealed record SubmitRequest(bool Consent, string? PreviewDigest);

public sealed record SupplementAnswer(string? Note, Dictionary<string, string?>? Values);

public sealed record RatingRequest(int Score, string? Comment);
