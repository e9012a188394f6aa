# Counsellor hand-off (English mirror). Counsellors' texts (staff-*) are used in Vietnamese; English mirrors them.

escalation-unavailable =
    Tin Cậy has no counsellor online at the moment, so I cannot hand you to a person here — I do not want to promise what is not there.
    You can call the counselling line { $primaryLine }. If you are in danger: 113 (police), 115 (ambulance), 111 (children).
escalation-queued = I have passed your request to the counsellors. Someone usually takes it within about { $minutes } minutes. A counsellor writes to you here only if you allow it. If the danger grows, call 113.
escalation-updated = I have updated your request for the counsellors.
escalation-out-of-hours =
    Counsellors are off duty right now; they are back at { $time } (Vietnam time). Your request is saved and will be seen first.
    Meanwhile: counselling line { $primaryLine }; in danger: 113 (police), 115 (ambulance), 111 (children).
escalation-delayed =
    Sorry, no counsellor has taken your request in time yet. It is kept, and the counsellors will be reminded again in about { $minutes } minutes.
    You can call { $primaryLine } now; in danger: 113 (police), 115 (ambulance), 111 (children).
relay-no-counsellor = No counsellor has taken this conversation yet. Your request is kept; if it is urgent, call { $primaryLine } or 113.

staff-case = Ca
staff-level-danger = 🔴 NGUY HIỂM NGAY
staff-level-selfharm = 🟣 NGUY CƠ TỰ HẠI
staff-level-ongoing = 🟠 BẠO LỰC ĐANG DIỄN RA
staff-level-talk = 🔵 MUỐN NÓI CHUYỆN
staff-status-draft = đang khai
staff-status-open = chưa ai nhận
staff-status-claimed = đã có người nhận
staff-status-closed = đã đóng
staff-case-meta = Kênh: { $channel } · Mở { $minutes } phút trước · { $status }
staff-no-answers = (Chưa có thông tin khai báo.)
staff-callback = Gọi lại: { $phone } · Giờ an toàn: { $hours } · Máy dùng chung: { $shared } · Được để lại lời nhắn: { $leaveMessage } · Mật mã nói trước: { $codeWord }
staff-relay-allowed = Người dùng đồng ý nhận tin nhắn của tư vấn viên trong cuộc trò chuyện này.
staff-relay-not-allowed = Người dùng CHƯA đồng ý nhận tin nhắn ở đây: không gửi được tin cho họ qua bot.
staff-button-claim = ✋ Nhận ca
staff-button-close = ✔️ Đóng ca
staff-default-alias = Tư vấn viên
staff-not-allowed = Bạn không có trong danh sách tư vấn viên.
staff-claimed-you = Bạn đã nhận ca { $ref }.
staff-claimed = ✅ { $alias } đã nhận ca { $ref }. Trả lời trong chủ đề (hoặc trả lời tin nhắn của ca) để nhắn cho người dùng; /ketthuc để kết thúc trò chuyện.
staff-already-claimed = Ca này đã được { $alias } nhận.
staff-claim-unknown = Không tìm thấy ca này.
staff-claim-closed = Ca này đã đóng.
staff-choose-outcome = Kết quả của ca { $ref }?
staff-outcome-counselled = Đã tư vấn
staff-outcome-referred-police = Chuyển công an
staff-outcome-referred-health = Chuyển y tế
staff-outcome-referred-legal = Chuyển trợ giúp pháp lý
staff-outcome-referred-shelter = Chuyển nơi tạm lánh
staff-outcome-unreachable = Không liên lạc được
staff-outcome-other = Khác
staff-closed = Ca { $ref } đã đóng: { $outcome }.
staff-closed-you = Đã đóng ca { $ref }.
staff-announce = ⏰ Ca { $ref } ({ $level }) vẫn chưa có ai nhận sau { $minutes } phút.
# Above a card (or re-announcement) sent again because the app restarted before it knew the first send arrived.
staff-card-repeat = ♻️ Gửi lại sau khi hệ thống khởi động lại — có thể trùng với thẻ trước của ca { $ref }.
staff-person-left = Người dùng của ca { $ref } đã rời cuộc trò chuyện trước khi có người nhận.
staff-level-raised = Ca { $ref } vừa báo mức khẩn cấp mới: { $level }.
staff-alias-usage = Dùng: /alias Tên hiển thị (người dùng sẽ thấy tên này).
staff-alias-set = Người dùng sẽ thấy bạn là “{ $alias }”.
staff-queue-empty = Không có ca nào đang mở.
staff-queue-line = { $level } · { $ref } · { $minutes } phút · { $who }
staff-unclaimed = chưa ai nhận
staff-case-unknown = Không tìm thấy ca. Dùng: /ca TC-XXXXXX
staff-note-usage = Dùng: /ghichu TC-XXXXXX nội dung ghi chú
staff-note-saved = Đã lưu ghi chú nội bộ cho ca { $ref }.
staff-not-in-thread = Hãy dùng lệnh này trong chủ đề của ca (hoặc trả lời tin nhắn của ca).
staff-relay-ended = Đã kết thúc trò chuyện của ca { $ref }; người dùng được đưa về danh sách chính.
staff-answer-not-claimer = Chỉ tư vấn viên đã nhận ca mới nhắn được cho người dùng. Bấm “Nhận ca” trước.
staff-answer-not-allowed = Không gửi được: người dùng chưa đồng ý nhận tin ở đây, hoặc đã thoát nhanh và chưa nhắn lại.

# Labels of the case card's summary lines (values use the flow's own option labels).
staff-answer-risk = Báo động
staff-answer-affected = Người bị ảnh hưởng
staff-answer-kinds = Hình thức bạo lực
staff-answer-relationship = Quan hệ với người gây hại
staff-answer-ongoing = Vẫn đang tiếp diễn
staff-answer-lastIncident = Lần gần nhất
staff-answer-province = Tỉnh/thành
staff-answer-commune = Xã/phường
staff-answer-victimSex = Giới tính người bị ảnh hưởng
staff-answer-victimAge = Tuổi người bị ảnh hưởng
staff-answer-perpSex = Giới tính người gây hại
staff-answer-perpAge = Tuổi người gây hại
staff-answer-callback = Cách liên hệ
staff-answer-safeHours = Giờ an toàn
staff-answer-sharedPhone = Điện thoại dùng chung
staff-answer-leaveMessage = Được để lại lời nhắn
staff-answer-consentReferral = Đồng ý chuyển gửi dịch vụ
staff-answer-consentStatistics = Đồng ý đưa vào thống kê ẩn danh
staff-answer-gbvimsType = Loại GBVIMS
staff-risk-danger = đang gặp nguy hiểm ngay
staff-risk-selfharm = có nguy cơ tự hại
staff-person-exited = Người dùng của ca { $ref } vừa thoát nhanh: không gửi tin cho họ cho đến khi họ nhắn lại.
