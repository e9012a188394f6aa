# Texts the core uses around every flow. Vietnamese first; the English file mirrors these keys.

choice-sos = 🆘 Số khẩn cấp
choice-exit = 🚪 Thoát nhanh
reprompt-unknown = Mình chưa hiểu ý bạn. Bạn có thể bấm một nút hoặc gõ số thứ tự của lựa chọn.
menu-expired = Danh sách này đã cũ. Đây là câu hỏi hiện tại:
flow-restarted = Tin Cậy vừa được cập nhật nên mình bắt đầu lại từ danh sách chính. Xin lỗi bạn vì sự bất tiện này.
share-location = 📍 Gửi vị trí của tôi
share-location-hint = Hoặc bấm nút bên dưới để gửi vị trí (chỉ dùng để tìm nơi gần bạn, không lưu lại).
