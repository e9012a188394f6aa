# Zalo (Official Account and Zalo Bot): the lines only Zalo needs. Zalo Bot has no buttons, so the two options
# offered on every screen are typed: 0 for the emergency numbers, the word "thoát" for the quick exit.
zalo-typed-sos = 0. 🆘 Emergency numbers (type 0)
zalo-typed-exit = 🚪 Quick exit: type "thoat"
# After a quick exit: the bot cannot delete Zalo messages, so it says how to delete the conversation by hand.
zalo-quick-exit = I cannot delete Zalo messages. To delete this conversation: press and hold it in your Zalo message list, then choose "Delete".
# Zalo sends no content for protected users (for example children): answer kindly, with where to get help.
zalo-protected-user = I could not read your message. If you are a child or need help, call 111 (child protection line, free, 24/7) or the counselling line { $primaryLine }. If you are in danger, call 113.
# For counsellors (Telegram group): a message could not reach a Zalo user because of Zalo's messaging window.
staff-zalo-undeliverable = Không gửi được tin nhắn Zalo cho người dùng của ca { $ref }: họ chưa nhắn cho trang Zalo trong 7 ngày qua (Zalo chặn tin gửi đi). Tin nhắn vẫn được lưu là chưa gửi được; hãy dùng cách liên hệ khác nếu có.
# Zalo has no "send my location" button: how to share it by hand (Official Account only; the Zalo Bot cannot read locations).
zalo-share-location = 📍 To send your location: tap "…" or "+" next to the message box, choose "Location" and send it (used only to find places near you, not kept).
