# Telegram: the command menu and the line said in a group (English mirror of vi/telegram.ftl).
tg-command-start = Start again
tg-command-menu = Main menu
tg-command-help = How to use it, and what cannot be deleted
tg-command-khancap = Emergency numbers
tg-command-thoat = Quick exit: clear this chat
tg-command-xoa = Delete my data
tg-command-lang = Language
tg-private-only = This bot only chats in private, not in groups.
