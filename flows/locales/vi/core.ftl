# Texts the core uses around every flow. Vietnamese first; the English file mirrors these keys.

# The primary counselling line is configuration (PRIMARY_HOTLINE, PRIMARY_HOTLINE_SCOPE); the default 18008080 is
# named by the Thái Nguyên plan 114/KH-UBND (2021) as the counselling line of the province's Social Protection and
# Social Work Centre (domain.md §1). Every "call the counselling line" sentence uses $primaryLine and this name.
primary-line-name = { $primaryLineScope ->
    [default] Đường dây tư vấn của Trung tâm Bảo trợ và Công tác xã hội tỉnh Thái Nguyên
   *[other] { $primaryLineScope }
}

choice-sos = 🆘 Số khẩn cấp
choice-exit = 🚪 Thoát nhanh
reprompt-unknown = Mình chưa hiểu ý bạn. Bạn có thể bấm một nút hoặc gõ số thứ tự của lựa chọn.
menu-expired = Danh sách này đã cũ. Đây là câu hỏi hiện tại:
flow-restarted = Tin Cậy vừa được cập nhật nên mình bắt đầu lại từ danh sách chính. Xin lỗi bạn vì sự bất tiện này.
share-location = 📍 Gửi vị trí của tôi
share-location-hint = Hoặc bấm nút bên dưới để gửi vị trí (chỉ dùng để tìm nơi gần bạn, không lưu lại).
error-fallback = Xin lỗi, mình gặp lỗi khi xử lý tin nhắn của bạn. Bạn thử gửi lại sau ít phút nhé. Nếu đang nguy hiểm: gọi 113 (công an), 115 (cấp cứu), 111 (trẻ em); tư vấn: { $primaryLine }.

# Sent once per window to a chat that went over its message limit (src/channels/limits/chat-gate.ts); the messages
# after it in that window were not read, so it says so — and always carries the numbers.
rate-limited-notice = Bạn gửi nhanh quá nên vài tin nhắn vừa rồi mình chưa đọc được. Bạn chờ khoảng { $seconds } giây rồi gửi lại nhé, mình vẫn ở đây. Nếu đang nguy hiểm: gọi 113 (công an), 115 (cấp cứu), 111 (trẻ em); tư vấn: { $primaryLine }.

# What a person sees when a request to the web chat fails, by error code (src/http/server.ts). Always ends with
# what to do in danger: an error must never leave someone without the numbers.
http-emergency = Nếu đang nguy hiểm: gọi 113 (công an), 115 (cấp cứu), 111 (trẻ em); tư vấn: { $primaryLine }.
http-error-bad-request = Yêu cầu này chưa đúng. Bạn tải lại trang rồi thử lại nhé. { http-emergency }
http-error-unauthorized = Yêu cầu này cần được xác thực. { http-emergency }
http-error-forbidden = Yêu cầu này không được phép. { http-emergency }
http-error-not-found = Không tìm thấy trang này. { http-emergency }
http-error-conflict = Yêu cầu này trùng với một thao tác khác. Bạn thử lại nhé. { http-emergency }
http-error-payload-too-large = Tin nhắn dài quá. Bạn gửi ngắn hơn nhé. { http-emergency }
http-error-unsupported-media = Định dạng này chưa được hỗ trợ. { http-emergency }
http-error-rate-limited = Bạn gửi nhanh quá, mình chưa kịp đọc hết. Bạn chờ vài giây rồi gửi lại nhé. { http-emergency }
http-error-internal = Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút nhé. { http-emergency }
http-error-unavailable = Tin Cậy đang tạm gián đoạn. Bạn thử lại sau ít phút nhé. { http-emergency }
http-error-config-invalid = Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút nhé. { http-emergency }
http-error-data-invalid = Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút nhé. { http-emergency }
http-error-delivery-refused = Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút nhé. { http-emergency }
http-error-flow-failed = Có lỗi ở phía chúng tôi. Bạn thử lại sau ít phút nhé. { http-emergency }
