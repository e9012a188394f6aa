# Telegram: the command menu (setMyCommands) and the one line said in a group the bot was added to by mistake —
# read by everyone there, so it says nothing about what the bot is for.
tg-command-start = Bắt đầu lại
tg-command-menu = Menu chính
tg-command-help = Cách dùng, và những gì không xoá được
tg-command-khancap = Số điện thoại khẩn cấp
tg-command-thoat = Thoát nhanh, xoá cuộc trò chuyện
tg-command-xoa = Xoá dữ liệu của tôi
tg-command-lang = Đổi ngôn ngữ
tg-private-only = Bot này chỉ trò chuyện riêng, không dùng trong nhóm.
