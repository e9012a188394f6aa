# Report intake (flows/main/intake). Vietnamese first; en/intake.ftl mirrors every key.
# Option labels are short: the core numbers them ("1", "2"…), so people can type the number instead.
# Age groups nest the national statistics and the GBVIMS groups (case-standards.md (a)); "last incident" uses the
# GBVIMS elapsed-reporting-time buckets.

intake-intro =
    Mình sẽ hỏi một số câu ngắn, thường mất vài phút. Câu nào bạn cũng có thể bỏ qua hoặc quay lại.
    • Câu trả lời chưa được gửi cho ai cho đến khi bạn xác nhận ở bước cuối.
    • Nếu chọn “lưu dần”, mỗi câu trả lời được lưu ngay, để nếu bạn phải dừng giữa chừng thì những gì bạn đã kể vẫn được giữ lại. Số điện thoại và từ khoá an toàn vẫn chỉ được lưu khi bạn xác nhận.
    • Muốn dừng, gõ “menu”: bạn sẽ được chọn xoá hay giữ những gì đã trả lời.
    Nếu đang gặp nguy hiểm, bấm 🆘 để xem số khẩn cấp.
intake-start = Bắt đầu
intake-start-save = Bắt đầu, lưu dần
intake-affected = Ai là người bị bạo lực hoặc bị đối xử tệ?
affected-self = Tôi
affected-other = Một người khác
affected-child = Một trẻ em
intake-child-note = Với trẻ em, bạn có thể gọi 111 — Tổng đài quốc gia bảo vệ trẻ em (miễn phí, 24/7). Nếu trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi 113.

intake-kinds = Chuyện gì đã xảy ra? Bạn có thể chọn nhiều mục: mỗi lần bấm một mục (bấm lại để bỏ chọn), rồi bấm “Xong”.
kind-physical = Đánh đập, gây thương tích
kind-rape = Ép quan hệ tình dục
kind-sexual_contact = Động chạm, quấy rối tình dục khác
kind-psychological = Chửi bới, lăng mạ, đe doạ
kind-economic = Kiểm soát, lấy tiền hoặc tài sản
kind-controlling = Cấm đoán, cô lập, nhốt giữ
kind-neglect = Bỏ mặc, không chăm sóc
kind-forced_marriage = Ép cưới hoặc ép ly hôn
kind-online = Bạo lực trên mạng
kind-trafficking = Mua bán người, lừa bán
kind-workplace_harassment = Quấy rối tình dục nơi làm việc
intake-kind-name = { $kind ->
    [physical] { kind-physical }
    [rape] { kind-rape }
    [sexual_contact] { kind-sexual_contact }
    [psychological] { kind-psychological }
    [economic] { kind-economic }
    [controlling] { kind-controlling }
    [neglect] { kind-neglect }
    [forced_marriage] { kind-forced_marriage }
    [online] { kind-online }
    [trafficking] { kind-trafficking }
   *[workplace_harassment] { kind-workplace_harassment }
}
intake-kind-added = ✓ Đã chọn: { intake-kind-name }. Chọn thêm, hoặc bấm “Xong”.
intake-kind-removed = Đã bỏ chọn: { intake-kind-name }.

intake-relationship = Người gây ra bạo lực là ai đối với người bị bạo lực?
rel-spouse = Chồng hoặc vợ
rel-ex_spouse = Chồng hoặc vợ cũ
rel-partner = Người yêu
rel-ex_partner = Người yêu cũ
rel-parent = Bố hoặc mẹ (kể cả bố, mẹ kế)
rel-child = Con trai hoặc con gái
rel-family = Người khác trong gia đình, họ hàng
rel-employer = Cấp trên, đồng nghiệp
rel-acquaintance = Người quen, hàng xóm
rel-stranger = Người lạ
rel-other = Người khác
intake-ongoing = Chuyện này có còn đang tiếp diễn không?
ongoing-yes = Có, vẫn đang tiếp diễn
ongoing-no = Không, đã dừng
ongoing-unsure = Không chắc
intake-last = Lần gần nhất xảy ra là khi nào?
last-0_3_days = Trong 3 ngày qua
last-4_5_days = 4 đến 5 ngày trước
last-6_14_days = 6 đến 14 ngày trước
last-2_weeks_1_month = 2 tuần đến 1 tháng trước
last-over_1_month = Hơn 1 tháng trước

intake-province = Chuyện xảy ra ở tỉnh hoặc thành phố nào? Gõ tên (ví dụ: Thái Nguyên, Hà Nội, TP Hồ Chí Minh). Tên tỉnh cũ trước năm 2025 cũng được.
intake-commune = Ở xã hoặc phường nào? Chỉ cần tên xã, phường — không cần địa chỉ nhà.

intake-about = Tiếp theo là vài câu không bắt buộc về giới tính và độ tuổi, để số liệu thống kê tách được theo giới. Không có tên, không ai nhận ra bạn từ những câu này. Bạn có muốn trả lời không?
about-answer = Có, trả lời
intake-victim-sex = Giới tính của người bị bạo lực:
intake-victim-age = Người bị bạo lực bao nhiêu tuổi?
intake-perp-sex = Giới tính của người gây ra bạo lực:
intake-perp-age = Người gây ra bạo lực khoảng bao nhiêu tuổi?
sex-female = Nữ
sex-male = Nam
sex-other = Giới tính khác
sex-unknown = Không rõ
sex-prefer_not = Không muốn nói
age-0-11 = 0–11 tuổi
age-12-17 = 12–17 tuổi
age-18-25 = 18–25 tuổi
age-26-40 = 26–40 tuổi
age-41-60 = 41–60 tuổi
age-61plus = Từ 61 tuổi
age-unknown = Không rõ tuổi
age-prefer_not = Không muốn nói

# The safe-callback plan. Phone, typed safe hours and code word go to the case under `contact` (sealed).
intake-callback = Bạn có muốn tư vấn viên liên hệ với bạn không? Hãy chọn cách an toàn nhất với bạn.
callback-chat = Chỉ nhắn trong cuộc trò chuyện này
callback-phone = Gọi điện cho tôi
callback-none = Không cần liên hệ
# Where no counsellor exists (flows/main/people.ts): nobody will contact the person, and they are told so.
intake-no-contact =
    Hiện Tin Cậy không có tư vấn viên để liên hệ lại với bạn: sẽ không có ai gọi điện hay nhắn tin cho bạn về báo cáo này. Báo cáo vẫn được ghi lại khi bạn gửi ở bước cuối.
    Nếu muốn nói chuyện với một người, hãy gọi { $primaryLine } — { primary-line-name }.
intake-phone = Số điện thoại an toàn để gọi cho bạn là số nào? Số này được mã hoá khi lưu, và được xoá { $retentionDays } ngày sau khi ca đóng.
intake-phone-invalid = Số này có vẻ chưa đúng. Bạn gõ lại số điện thoại (ví dụ: 0912 345 678), hoặc bấm “Bỏ qua”.
intake-safe-hours = Khi nào gọi cho bạn là an toàn? Chọn một khung giờ, hoặc gõ điều bạn muốn (ví dụ: “sau 21 giờ”, “chỉ thứ Bảy”).
hours-morning = Sáng (8–11 giờ)
hours-midday = Trưa (11–14 giờ)
hours-afternoon = Chiều (14–17 giờ)
hours-evening = Tối (17–21 giờ)
hours-any = Giờ nào cũng được
intake-shared-phone = Có ai khác dùng chung hoặc hay xem điện thoại này không?
shared-yes = Có người khác dùng
shared-no = Chỉ mình tôi dùng
shared-unsure = Không chắc
intake-leave-message = Nếu bạn không nghe máy, tư vấn viên có được để lại lời nhắn hoặc tin nhắn không? Nếu bạn bỏ qua, họ sẽ không để lại gì.
leave-no = Không, đừng để lại gì
leave-yes = Có, được để lại lời nhắn
intake-code-word = Bạn có muốn đặt một từ khoá an toàn không? Khi gọi, tư vấn viên sẽ nói từ này trước tiên để bạn biết chắc là họ. Gõ từ khoá (ví dụ: “hoa sen”), hoặc bấm “Bỏ qua”.

# Two separate consents (case-standards.md (a): consent_referral, consent_reporting).
intake-consent-referral = Bạn có đồng ý để chúng tôi chuyển thông tin ca này đến dịch vụ hỗ trợ ở địa phương (như Hội Phụ nữ, trung tâm công tác xã hội, trợ giúp pháp lý) để họ giúp bạn không? Nếu bạn không đồng ý hoặc bỏ qua, thông tin sẽ không được chuyển đi.
intake-consent-stats = Bạn có đồng ý để ca này được tính vào số liệu thống kê ẩn danh (không tên, không số điện thoại, không lời kể) mà chúng tôi chia sẻ với các cơ quan, tổ chức đối tác không? Nếu bạn không đồng ý hoặc bỏ qua, ca này không được tính.
consent-yes = Có, tôi đồng ý
consent-no = Không

# The summary before submitting. Arguments: flows/main/intake/summary.ts (ids → `v…` variant keys).
summary-none = (chưa trả lời)
intake-summary =
    Mình tóm tắt lại câu trả lời của bạn:
    • Ai bị bạo lực: { $affected ->
        [self] { affected-self }
        [other] { affected-other }
        [child] { affected-child }
       *[none] { summary-none }
    }
    • Chuyện đã xảy ra:{ $kindCount ->
        [0] {" "}{ summary-none }
       *[other] {""}
    }{ $kPhysical ->
        [y] {"\u000A"}   – { kind-physical }
       *[n] {""}
    }{ $kRape ->
        [y] {"\u000A"}   – { kind-rape }
       *[n] {""}
    }{ $kSexualContact ->
        [y] {"\u000A"}   – { kind-sexual_contact }
       *[n] {""}
    }{ $kPsychological ->
        [y] {"\u000A"}   – { kind-psychological }
       *[n] {""}
    }{ $kEconomic ->
        [y] {"\u000A"}   – { kind-economic }
       *[n] {""}
    }{ $kControlling ->
        [y] {"\u000A"}   – { kind-controlling }
       *[n] {""}
    }{ $kNeglect ->
        [y] {"\u000A"}   – { kind-neglect }
       *[n] {""}
    }{ $kForcedMarriage ->
        [y] {"\u000A"}   – { kind-forced_marriage }
       *[n] {""}
    }{ $kOnline ->
        [y] {"\u000A"}   – { kind-online }
       *[n] {""}
    }{ $kTrafficking ->
        [y] {"\u000A"}   – { kind-trafficking }
       *[n] {""}
    }{ $kWorkplaceHarassment ->
        [y] {"\u000A"}   – { kind-workplace_harassment }
       *[n] {""}
    }
    • Người gây ra bạo lực: { $relationship ->
        [spouse] { rel-spouse }
        [ex_spouse] { rel-ex_spouse }
        [partner] { rel-partner }
        [ex_partner] { rel-ex_partner }
        [parent] { rel-parent }
        [child] { rel-child }
        [family] { rel-family }
        [employer] { rel-employer }
        [acquaintance] { rel-acquaintance }
        [stranger] { rel-stranger }
        [other] { rel-other }
       *[none] { summary-none }
    }
    • Còn tiếp diễn: { $ongoing ->
        [yes] { ongoing-yes }
        [no] { ongoing-no }
        [unsure] { ongoing-unsure }
       *[none] { summary-none }
    }
    • Lần gần nhất: { $lastIncident ->
        [v0_3_days] { last-0_3_days }
        [v4_5_days] { last-4_5_days }
        [v6_14_days] { last-6_14_days }
        [v2_weeks_1_month] { last-2_weeks_1_month }
        [over_1_month] { last-over_1_month }
       *[none] { summary-none }
    }
    • Nơi xảy ra: { $province ->
        [none] { summary-none }
       *[other] { $province }
    }{ $commune ->
        [none] {""}
       *[other] , { $commune }
    }
    • Người bị bạo lực: { $victimSex ->
        [female] { sex-female }
        [male] { sex-male }
        [other] { sex-other }
        [unknown] { sex-unknown }
        [prefer_not] { sex-prefer_not }
       *[none] { summary-none }
    }, { $victimAge ->
        [v0-11] { age-0-11 }
        [v12-17] { age-12-17 }
        [v18-25] { age-18-25 }
        [v26-40] { age-26-40 }
        [v41-60] { age-41-60 }
        [v61plus] { age-61plus }
        [unknown] { age-unknown }
        [prefer_not] { age-prefer_not }
       *[none] { summary-none }
    }
    • Người gây ra bạo lực (giới tính, tuổi): { $perpSex ->
        [female] { sex-female }
        [male] { sex-male }
        [other] { sex-other }
        [unknown] { sex-unknown }
        [prefer_not] { sex-prefer_not }
       *[none] { summary-none }
    }, { $perpAge ->
        [v0-11] { age-0-11 }
        [v12-17] { age-12-17 }
        [v18-25] { age-18-25 }
        [v26-40] { age-26-40 }
        [v41-60] { age-41-60 }
        [v61plus] { age-61plus }
        [unknown] { age-unknown }
        [prefer_not] { age-prefer_not }
       *[none] { summary-none }
    }
    • Liên hệ: { $callback ->
        [chat] { callback-chat }
        [phone] { callback-phone }: { $phone ->
            [none] { summary-none }
           *[other] { $phone }
        }
        [none] { callback-none }
       *[other] { summary-none }
    }{ $callback ->
        [phone] {"\u000A"}   – Giờ an toàn: { $safeHours ->
            [morning] { hours-morning }
            [midday] { hours-midday }
            [afternoon] { hours-afternoon }
            [evening] { hours-evening }
            [any] { hours-any }
            [note] { $safeHoursNote }
           *[none] { summary-none }
        }{"\u000A"}   – Điện thoại dùng chung: { $sharedPhone ->
            [yes] { shared-yes }
            [no] { shared-no }
            [unsure] { shared-unsure }
           *[none] { summary-none }
        }{"\u000A"}   – Để lại lời nhắn: { $leaveMessage ->
            [no] { leave-no }
            [yes] { leave-yes }
           *[none] { summary-none }
        }{"\u000A"}   – Từ khoá an toàn: { $codeWordText ->
            [none] { summary-none }
           *[other] { $codeWordText }
        }
       *[other] {""}
    }
    • Đồng ý chuyển đến dịch vụ hỗ trợ: { $consentReferral ->
        [yes] { consent-yes }
        [no] { consent-no }
       *[none] { summary-none }
    }
    • Đồng ý tính vào thống kê ẩn danh: { $consentStatistics ->
        [yes] { consent-yes }
        [no] { consent-no }
       *[none] { summary-none }
    }
intake-confirm = Mọi thông tin đã đúng chưa?
intake-submit = Đúng, gửi đi
intake-edit = Sửa một phần
intake-cancel = Dừng, không gửi
intake-edit-pick = Bạn muốn sửa phần nào?
edit-affected = Ai bị bạo lực
edit-kinds = Chuyện đã xảy ra
edit-relationship = Người gây ra bạo lực
edit-when = Khi nào
edit-place = Ở đâu
edit-about = Giới tính, độ tuổi
edit-contact = Cách liên hệ
edit-consent = Sự đồng ý

# After submit. `case-submitted` is sent by the case module with the reference code.
case-submitted =
    Đã gửi. Mã hồ sơ của bạn là: { $ref }
    Hãy ghi mã này ở nơi an toàn (hoặc nhớ trong đầu). Khi liên hệ lại, bạn chỉ cần đọc mã này. Gõ mã này ở đây để xem tình trạng hồ sơ.

# Status by reference code (src/cases/case-status.ts): only in the chat that made the case; anywhere else, and for
# a code that does not exist, the same `case-status-unknown`.
case-status-unknown = Mình không tìm thấy hồ sơ nào với mã này trong cuộc trò chuyện này. Bạn kiểm tra lại mã nhé (dạng TC-XXXXXX). Mã chỉ xem được trong cuộc trò chuyện đã gửi hồ sơ.
case-status-received =
    Hồ sơ { $ref }: đã nhận.
    { $queued ->
        [yes] Yêu cầu liên hệ của bạn đang chờ một tư vấn viên nhận. Họ chỉ nhắn cho bạn ở đây nếu bạn đã đồng ý.
       *[other] Không có ai được giao liên hệ với bạn về hồ sơ này. Nếu muốn nói chuyện với một người, hãy gọi { $primaryLine } — { primary-line-name }.
    }
case-status-claimed =
    Hồ sơ { $ref }: đang được một tư vấn viên phụ trách.
    Họ chỉ nhắn cho bạn ở đây nếu bạn đã đồng ý. Nếu nguy hiểm tăng lên, hãy gọi 113.
case-status-closed =
    Hồ sơ { $ref }: đã đóng.
    Thông tin liên lạc và lời kể của hồ sơ được xoá sau { $retentionDays } ngày kể từ khi đóng. Bạn có thể báo cáo lại bất cứ lúc nào từ menu chính.
intake-next =
    { $callback ->
        [chat] Bạn đã đồng ý để tư vấn viên nhắn cho bạn ngay tại đây.
        [phone] Ca của bạn được chuyển cho đội tư vấn để gọi lại theo giờ an toàn bạn đã chọn.
       *[other] Sẽ không ai liên hệ với bạn. Bạn có thể quay lại đây bất cứ lúc nào.
    }
    { $referral ->
        [yes] Với sự đồng ý của bạn, ca này có thể được chuyển đến dịch vụ hỗ trợ ở địa phương.
       *[other] Thông tin của bạn sẽ không được chuyển đến nơi khác.
    }
    Khi ca được đóng, thông tin liên lạc và lời kể sẽ được xoá sau { $retentionDays } ngày.
intake-done = Bạn muốn làm gì tiếp?

# Stopping half-way: the person decides what is kept (flows/main/intake/submit.ts).
intake-leave =
    Bạn muốn dừng báo cáo ở đây?
    • Tiếp tục: quay lại câu đang trả lời.
    • Dừng, giữ câu đã trả lời: các câu trả lời được lưu lại như một báo cáo chưa hoàn tất, không có số điện thoại hay từ khoá; sẽ không ai liên hệ với bạn.
    • Dừng và xoá hết: mọi câu trả lời của lần này bị bỏ.
intake-continue = Tiếp tục
intake-stop-keep = Dừng, giữ câu đã trả lời
intake-stop-delete = Dừng và xoá hết
intake-stopped-kept = Mình đã dừng và giữ lại những câu bạn đã trả lời (không có thông tin liên lạc). Bạn có thể báo cáo lại bất cứ lúc nào.
intake-stopped-deleted = Mình đã dừng và bỏ hết câu trả lời của lần này.
intake-resume = Bạn đang có một báo cáo làm dở. Bạn muốn tiếp tục hay bắt đầu lại?
intake-restart = Bắt đầu lại
