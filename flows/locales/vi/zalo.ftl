# Zalo (Official Account and Zalo Bot): the lines only Zalo needs. Zalo Bot has no buttons, so the two options
# offered on every screen are typed: 0 for the emergency numbers, the word "thoát" for the quick exit.
zalo-typed-sos = 0. 🆘 Số khẩn cấp (gõ 0)
zalo-typed-exit = 🚪 Thoát nhanh: gõ "thoát"
# After a quick exit: the bot cannot delete Zalo messages, so it says how to delete the conversation by hand.
zalo-quick-exit = Mình không xoá được tin nhắn trên Zalo. Để xoá cuộc trò chuyện này: giữ ngón tay lên cuộc trò chuyện trong danh sách tin nhắn Zalo, rồi chọn "Xoá".
# Zalo sends no content for protected users (for example children): answer kindly, with where to get help.
zalo-protected-user = Mình chưa đọc được tin nhắn của bạn. Nếu bạn là trẻ em hoặc đang cần giúp, hãy gọi 111 (Tổng đài bảo vệ trẻ em, miễn phí, 24/7) hoặc đường dây tư vấn { $primaryLine }. Nếu đang nguy hiểm, gọi 113.
# For counsellors (Telegram group): a message could not reach a Zalo user because of Zalo's messaging window.
staff-zalo-undeliverable = Không gửi được tin nhắn Zalo cho người dùng của ca { $ref }: họ chưa nhắn cho trang Zalo trong 7 ngày qua (Zalo chặn tin gửi đi). Tin nhắn vẫn được lưu là chưa gửi được; hãy dùng cách liên hệ khác nếu có.
# Zalo has no "send my location" button: how to share it by hand (Official Account only; the Zalo Bot cannot read locations).
zalo-share-location = 📍 Muốn gửi vị trí: bấm nút "…" hoặc dấu "+" cạnh ô nhập tin, chọn "Vị trí" rồi gửi (chỉ dùng để tìm nơi gần bạn, không lưu lại).
