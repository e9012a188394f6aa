# Danger and self-harm (flows/main/danger.ts). Only what the sources say (domain.md §1):
# 113 police — covers security, crimes and "bạo hành" ✅; 115 medical emergency ✅;
# 111 National Child Protection Hotline: free, 24/7, also the national anti-trafficking line (Decree 56/2017
#   Art. 23; Decree 162/2025/NĐ-CP) ✅;
# 18008080: named by the Thái Nguyên plan 114/KH-UBND (20/6/2021) as the counselling line of the Thái Nguyên
#   Social Protection and Social Work Centre for GBV victims ("Tổng đài tư vấn 18008080 của tỉnh Thái Nguyên").
#   Hours and cost are not known: say neither.
# No mental-health line is named until its number is verified.
# Every number still has to be dialled and confirmed before launch (domain.md, top note).

danger-numbers =
    Sự an toàn của bạn là quan trọng nhất. Nếu bạn đang gặp nguy hiểm, hãy gọi ngay:
    📞 113 — Công an
    📞 115 — Cấp cứu y tế
    📞 111 — Tổng đài quốc gia bảo vệ trẻ em (miễn phí, 24/7; nhận cả tin báo về mua bán người)
    📞 { $primaryLine } — { primary-line-name }
    Nếu gọi điện không an toàn, hãy tìm đến chỗ có người khác.
danger-prompt = Khi có thể, bạn chọn một việc dưới đây (không bắt buộc):
danger-relay-yes = Cho tư vấn viên nhắn tôi ở đây
danger-where = Cho biết tôi đang ở đâu
danger-where-prompt = Bạn đang ở tỉnh, thành phố nào? Gõ tên tỉnh (ví dụ: Thái Nguyên), hoặc bấm gửi vị trí. Tên tỉnh được ghi vào hồ sơ của bạn; vị trí chỉ dùng để tìm nơi hỗ trợ gần nhất và không được lưu.
danger-allowed = Bạn có thể chọn tiếp:
relay-allowed = Bạn đã đồng ý để tư vấn viên nhắn cho bạn ở đây. Chỉ khi bạn đồng ý như vậy, họ mới nhắn. Muốn dừng, bấm “Thoát nhanh”.

selfharm-safety =
    Cảm ơn bạn đã nói cho mình biết. Những gì bạn đang trải qua thật sự nặng nề, và bạn không phải chịu một mình.
    📞 Nếu bạn đã uống thuốc, đã làm mình bị thương, hoặc sắp làm điều đó: gọi ngay 115 (cấp cứu).
    📞 Nếu có người đang làm hại hoặc đe doạ bạn: gọi 113 (công an).
    Nếu được, hãy ở gần một người bạn tin tưởng, và để những thứ có thể gây hại ra xa.
selfharm-prompt = Bạn có muốn một tư vấn viên nhắn cho bạn ngay tại đây không? Chỉ khi bạn đồng ý, họ mới nhắn.
selfharm-relay-yes = Có, cho tư vấn viên nhắn tôi
selfharm-allowed = Mình vẫn ở đây. Bạn có thể chọn tiếp:
selfharm-alone = Mình là trợ lý tự động, không có người đọc cuộc trò chuyện này. Để nói chuyện với một người, hãy gọi { $primaryLine }; nếu đã làm mình bị thương hoặc đã uống thuốc, gọi 115. Bạn có thể chọn tiếp:
